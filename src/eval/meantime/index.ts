/**
 * Scoring against the shared half of MEANTIME (NewsReader's Wikinews corpus; CC BY 4.0, © 2015 FBK, VU
 * Amsterdam, UPV/EHU). Pure functions, no `fs`: `scripts/eval-meantime.ts` reads the files and writes the
 * table into docs/quality.md.
 */
export * from './types.js';
export * from './gold.js';
export * from './score.js';
