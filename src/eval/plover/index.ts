/**
 * Scoring a CAMEO coder against the shared half of the PLOVER gold standard records (OEDA, CC BY-SA 4.0;
 * ../shared/corpus/plover-gsr/README.md). Pure functions, no `fs`: `scripts/eval-plover.ts` reads the files,
 * runs the pipeline and writes its table into docs/quality.md.
 */
export * from './types.js';
export * from './table.js';
export * from './names.js';
export * from './score.js';
export * from './coded.js';
