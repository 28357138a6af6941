/**
 * Throughput of the tokenizer + sentence segmenter on one core: all texts of the Wikinews corpus
 * (/work/shared/corpus/wikinews/wikinews.jsonl, CC BY 2.5, Wikinews contributors), after a warm-up, median of 5
 * runs. Words are UD words (a multiword token counts its words).
 *
 *   npx tsx scripts/bench-tokenize.ts [path/to/wikinews.jsonl]
 */
import { readFileSync } from 'node:fs';
import { tokenize } from '../src/syntax/tokenize/index.js';

const path = process.argv[2] ?? '/work/shared/corpus/wikinews/wikinews.jsonl';
const texts = readFileSync(path, 'utf8')
  .split('\n')
  .filter((l) => l.trim() !== '')
  .map((l) => (JSON.parse(l) as { text: string }).text);

function run(): { words: number; sentences: number; ms: number } {
  let words = 0;
  let sentences = 0;
  const t0 = performance.now();
  for (const text of texts) {
    for (const s of tokenize(text)) {
      sentences++;
      for (const t of s.tokens) words += t.words === undefined ? 1 : t.words.length;
    }
  }
  return { words, sentences, ms: performance.now() - t0 };
}

run(); // warm-up: JIT and the character table
const runs = Array.from({ length: 5 }, run).sort((a, b) => a.ms - b.ms);
const median = runs[2]!;
const chars = texts.reduce((n, t) => n + t.length, 0);
console.log(`${texts.length} texts, ${chars} chars, ${median.words} words, ${median.sentences} sentences`);
console.log(`median of 5: ${median.ms.toFixed(1)} ms = ${Math.round(median.words / (median.ms / 1000)).toLocaleString('en')} words/s (runs: ${runs.map((r) => r.ms.toFixed(0)).join(', ')} ms)`);
