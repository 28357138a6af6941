/**
 * Throughput of the whole syntax layer (tokens, sentences, tags, lemmas, dependency trees) on one core, over
 * the Wikinews corpus, with wink-nlp's tokenise + POS measured in the same run as the baseline. Median of 5
 * runs after a warm-up; also the model's load time and the memory it adds.
 *
 *   npx tsx scripts/bench-syntax.ts [path/to/wikinews.jsonl] [--runs N]
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { parse, syntaxModel } from '../src/syntax/index.js';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { runs: { type: 'string', default: '5' } } });
const path = positionals[0] ?? '../shared/corpus/wikinews/wikinews.jsonl';
const texts = readFileSync(path, 'utf8')
  .split('\n')
  .filter((l) => l.trim() !== '')
  .map((l) => (JSON.parse(l) as { text: string }).text);
const runs = Number(values.runs);

const heapBefore = process.memoryUsage();
const t0 = performance.now();
syntaxModel();
const loadMs = performance.now() - t0;
globalThis.gc?.();
const heapAfter = process.memoryUsage();

// Wall time and this process's CPU time: on a shared machine the CPU time is the steadier measure.
function time(label: string, fn: () => number): { label: string; words: number; ms: number; cpu: number; all: number[] } {
  fn(); // warm-up
  const all: number[] = [];
  const cpus: number[] = [];
  let words = 0;
  for (let r = 0; r < runs; r++) {
    const start = performance.now();
    const cpu = process.cpuUsage();
    words = fn();
    const used = process.cpuUsage(cpu);
    all.push(performance.now() - start);
    cpus.push((used.user + used.system) / 1000);
  }
  all.sort((a, b) => a - b);
  cpus.sort((a, b) => a - b);
  const mid = Math.floor(all.length / 2);
  return { label, words, ms: all[mid] as number, cpu: cpus[mid] as number, all };
}

const ours = time('newsgraph syntax: parse(text)', () => {
  let words = 0;
  for (const text of texts) for (const s of parse(text)) words += s.words.length;
  return words;
});
const nlp = winkNLP(model, ['sbd', 'pos']);
const wink = time('wink-nlp: readDoc + tokens + POS (baseline)', () => {
  let words = 0;
  for (const text of texts) words += (nlp.readDoc(text).tokens().out(nlp.its.pos) as string[]).length;
  return words;
});
console.log(`${texts.length} texts from ${path}; model load ${loadMs.toFixed(0)} ms; memory added: heap ${((heapAfter.heapUsed - heapBefore.heapUsed) / 1e6).toFixed(0)} MB, rss ${((heapAfter.rss - heapBefore.rss) / 1e6).toFixed(0)} MB`);
for (const r of [ours, wink])
  console.log(
    `${r.label}: ${r.words.toLocaleString('en')} words, median ${r.ms.toFixed(0)} ms = ${Math.round(r.words / (r.ms / 1000)).toLocaleString('en')} words/s wall, ${Math.round(r.words / (r.cpu / 1000)).toLocaleString('en')} words/s of CPU time (runs ${r.all.map((m) => m.toFixed(0)).join(', ')} ms)`,
  );
