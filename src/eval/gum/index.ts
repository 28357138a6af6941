/**
 * Scoring against GUM (the Georgetown University Multilayer corpus) as a second, real benchmark.
 *
 * GUM annotates 43 Wikinews documents that `../shared/corpus/wikinews/wikinews.jsonl` also holds (ids
 * `gum:*`, text rebuilt from GUM's sentences). Its annotations are CC BY 4.0 by the GUM annotators; the
 * texts are Wikinews, CC BY 2.5 (see `../shared/corpus/wikinews/README.md`).
 *
 * Pure functions, no `fs`: `scripts/eval-gum.ts` reads the files and writes `docs/quality-gum.md`.
 * - `parseConllu`: tokens, and entity mentions with their GUM type and Wikipedia link, from the MISC
 *   column (`Entity=(GRP-etype-infstat-salience-centering-minspan-link-identity`).
 * - `parseTeiDates`: `<date when=…>` (and range) elements of the TEI file, as word ranges.
 * - `alignGum`: GUM words → character offsets in the jsonl text, word by word with a cursor.
 * - `scoreGum`: named-entity mentions, types, linking and date values against one extraction.
 */
export * from './parse.js';
export * from './align.js';
export * from './score.js';
