// npm run bench:ner: decoding speed of the recogniser against the pipeline's own time, on the Wikinews articles
// of ../shared/corpus/wikinews (texts CC BY 2.5). The issue allows the recogniser at most 30 % of the pipeline's time.
// Both run on the pipeline's words (the syntax layer, src/nlp/document.ts); analysis is counted in the pipeline only.
// The pipeline runs the recogniser itself (src/extract/entities/recognised.ts), so its share is recogniser / pipeline.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defaultData, defaultKnowledge } from '../src/knowledge/index.js';
import { extractArticle } from '../src/extract/pipeline.js';
import { parseJsonl } from '../src/input/index.js';
import { loadNerModel } from '../src/io/ner-model.js';
import { kbGazetteer, recognise } from '../src/ner/index.js';
import { analyse } from '../src/nlp/document.js';
import { sharedDir } from './shared-path.js';

const ROOT = join(import.meta.dirname, '..');
const limit = Number(process.argv[2] ?? 100);
const { articles } = parseJsonl(readFileSync(join(sharedDir(ROOT), 'corpus/wikinews/wikinews.jsonl'), 'utf8'), 'wikinews.jsonl');
const sample = articles.filter((a) => !a.id.startsWith('gum:')).slice(0, limit);
const kb = defaultKnowledge();
const data = defaultData();
const model = loadNerModel();
const gazetteer = kbGazetteer(data.gazetteer, data.givenNames, data.companies);
const sentences = sample.map((a) => {
  const doc = analyse(a.text);
  return doc.sentences.map((s) => doc.tokens.slice(s.first, s.last + 1).map((t) => t.text));
});
const words = sentences.flat(2).length;

// Warm-up, then the median of three runs each.
const time = (f: () => void) => {
  f();
  const runs = [0, 1, 2].map(() => {
    const t0 = performance.now();
    f();
    return performance.now() - t0;
  });
  return runs.sort((a, b) => a - b)[1]!;
};
const nerMs = time(() => {
  for (const doc of sentences) for (const ws of doc) recognise(model, { words: ws }, { gazetteer });
});
const pipeMs = time(() => {
  for (const a of sample) extractArticle(a, kb);
});
const rate = (ms: number) => Math.round(words / (ms / 1000)).toLocaleString('en');
console.log(`${sample.length} Wikinews articles, ${words.toLocaleString('en')} words (median of 3 runs after a warm-up)`);
console.log(`recogniser: ${nerMs.toFixed(0)} ms, ${rate(nerMs)} words/s`);
console.log(`pipeline (extractArticle): ${pipeMs.toFixed(0)} ms, ${rate(pipeMs)} words/s`);
console.log(`recogniser / pipeline (which includes it): ${((100 * nerMs) / pipeMs).toFixed(0)} %`);
