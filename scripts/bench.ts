// Corpus-scale benchmark (issue 6). Prints words/s, parallel speed-up, writer overhead and peak RSS,
// with the baselines measured in the same run. Not a test: figures depend on the machine and its load.
//   npm run bench -- [--articles 2000] [--rss-articles 20000] [--runs 3] [--skip-rss] [--writing-only]
// --writing-only: map the last corpus once and time only the writers.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { DataFactory, Writer } from 'n3';
import type { Quad } from '@rdfjs/types';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { extractArticle } from '../src/extract/pipeline.js';
import { defaultKnowledge } from '../src/knowledge/index.js';
import { mapArticle } from '../src/rdf/mapper.js';
import { PREFIXES, dataPrefixes, graphPrefixes } from '../src/rdf/vocabulary.js';
import { serialize } from '../src/rdf/serialize.js';
import { quadText } from '../src/corpus/fragment.js';
import { buildCorpus } from '../src/corpus/build-corpus.js';
import { generateArticles } from '../src/corpus/generate.js';
import { listInputs, readArticles } from '../src/corpus/source.js';
import type { Article } from '../src/input/types.js';
import { SHARED } from './shared-dir.js';

const args = process.argv.slice(2);
const opt = (name: string, dflt: number) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : dflt;
};
const GEN = opt('articles', 2000);
const RSS_N = opt('rss-articles', 20000);
const RUNS = opt('runs', 3);
const WRITING_ONLY = args.includes('--writing-only');
const SKIP_RSS = WRITING_ONLY || args.includes('--skip-rss');
const BASE = 'https://w3id.org/newsgraph/data/';
const ROOT = join(import.meta.dirname, '..');
const WIKINEWS = join(SHARED, 'corpus/wikinews/wikinews.jsonl');
const tmp = mkdtempSync(join(tmpdir(), 'newsgraph-bench-'));

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;
const words = (as: Article[]) => as.reduce((n, a) => n + a.text.split(/\s+/).filter(Boolean).length, 0);
const fmt = (n: number) => Math.round(n).toLocaleString('en-US');
/** Median wall time of `runs` runs after one warm-up. */
async function time(fn: () => unknown, runs = RUNS): Promise<number> {
  await fn();
  const ts: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await fn();
    ts.push(performance.now() - t);
  }
  return median(ts);
}
async function load(paths: string[]): Promise<Article[]> {
  const out: Article[] = [];
  for await (const it of readArticles(listInputs(paths))) if (it.kind === 'article') out.push(it.article);
  return out;
}

const genPath = join(tmp, 'generated.jsonl');
writeFileSync(genPath, [...generateArticles(GEN, 1)].map((a) => JSON.stringify(a)).join('\n') + '\n');
const corpora: [string, string[]][] = [
  [`generated (${GEN} articles, seed 1)`, [genPath]],
  ['data/ (articles + dev)', [join(ROOT, 'data/articles'), join(ROOT, 'data/dev/articles')]],
  ...(existsSync(WIKINEWS) ? [['Wikinews (334 articles)', [WIKINEWS]] as [string, string[]]] : []),
];

const cpu = cpus()[0]?.model ?? 'unknown CPU';
console.log(`# newsgraph bench — ${new Date().toISOString().slice(0, 10)}, Node ${process.version}, ${availableParallelism()} cores (${cpu}), ${(totalmem() / 2 ** 30).toFixed(1)} GB RAM; medians of ${RUNS} runs after a warm-up\n`);

// Machine check: how much of a second core do we get right now (other processes share it)?
async function spin(n: number): Promise<number> {
  const code = `let x=0; for (let i=0;i<2e8;i++) x+=i%7; require('worker_threads').parentPort.postMessage(x)`;
  const t = performance.now();
  await Promise.all(Array.from({ length: n }, () => new Promise((r) => new Worker(code, { eval: true }).on('message', r))));
  return performance.now() - t;
}
const s1 = median([await spin(1), await spin(1), await spin(1)]);
const s2 = median([await spin(2), await spin(2), await spin(2)]);
console.log(`machine: a pure-CPU loop in 2 threads vs 1 runs ${((2 * s1) / s2).toFixed(2)}× (2.00× = two free cores); load average ${loadavg().map((x) => x.toFixed(2)).join(', ')}\n`);

const kb = defaultKnowledge();
const nlp = winkNLP(model, ['sbd', 'pos', 'ner']);
let wikinewsQuads: Quad[][] = [];
if (WRITING_ONLY) {
  const [name, paths] = corpora[corpora.length - 1]!;
  wikinewsQuads = (await load(paths)).map((a) => mapArticle(extractArticle(a, kb), kb, BASE, { namedGraph: true }) as Quad[]);
  console.log(`(--writing-only: ${name} mapped once)\n`);
} else {
  console.log('## Extraction, one core (text → quads: wink-nlp + every extractor + the mapper)\n');
  console.log('| corpus | words | wink-nlp alone, words/s | newsgraph, words/s | newsgraph / wink |');
  console.log('|---|--:|--:|--:|--:|');
  for (const [name, paths] of corpora) {
    const as = await load(paths);
    const w = words(as);
    const tw = await time(() => {
      for (const a of as) {
        const d = nlp.readDoc(a.text);
        d.tokens().out(nlp.its.pos);
        d.entities().out();
      }
    });
    let last: Quad[][] = [];
    const tn = await time(() => {
      last = as.map((a) => mapArticle(extractArticle(a, kb), kb, BASE, { namedGraph: true }) as Quad[]);
    });
    if (name.startsWith('Wikinews') || wikinewsQuads.length === 0) wikinewsQuads = last;
    console.log(`| ${name} | ${fmt(w)} | ${fmt((w / tw) * 1000)} | **${fmt((w / tn) * 1000)}** | ${(tw / tn).toFixed(2)} |`);
  }
}

console.log('\n## Writing (the quads of the last corpus above)\n');
const all = wikinewsQuads.flat();
const nWriter = (format: string, quads: Quad[], prefixes = {}) => new Promise<string>((res, rej) => {
  const wr = new Writer({ format, prefixes });
  wr.addQuads(quads);
  wr.end((e, out) => (e ? rej(e) : res(out)));
});
/**
 * Medians of the baseline and of `fn`, run alternately so a change in the machine's load hits both:
 * wall time, and CPU time (user + system, all threads), which waiting for a busy core does not inflate.
 */
async function paired(base: () => unknown, fn: () => unknown): Promise<{ wall: [number, number]; cpu: [number, number] }> {
  await base();
  await fn();
  const runs = [base, fn].map(() => ({ wall: [] as number[], cpu: [] as number[] }));
  for (let i = 0; i < RUNS; i++) {
    for (const [k, f] of [base, fn].entries()) {
      const t = performance.now();
      const c = process.cpuUsage();
      await f();
      const d = process.cpuUsage(c);
      runs[k]!.wall.push(performance.now() - t);
      runs[k]!.cpu.push((d.user + d.system) / 1000);
    }
  }
  return { wall: [median(runs[0]!.wall), median(runs[1]!.wall)], cpu: [median(runs[0]!.cpu), median(runs[1]!.cpu)] };
}
// Turtle and N-Triples hold one graph: n3 alone gets the same quads already in the default graph.
const triples = all.map((q) => DataFactory.quad(q.subject, q.predicate, q.object) as Quad);
const ttlPrefixes = { ...PREFIXES, ...dataPrefixes(BASE) };
const trigPrefixes = { ...ttlPrefixes, ...graphPrefixes(BASE) };
const rows: [string, string, () => unknown, () => unknown][] = [
  ['Turtle (serialize: merge, canonical order, n3 Writer)', 'triples', () => nWriter('text/turtle', triples, ttlPrefixes), () => serialize(all, 'ttl', BASE)],
  ['N-Triples (serialize, in memory)', 'triples', () => nWriter('application/n-triples', triples), () => serialize(all, 'nt', BASE)],
  ['TriG (serialize: canonical order, n3 Writer)', 'quads', () => nWriter('application/trig', all, trigPrefixes), () => serialize(all, 'trig', BASE)],
  ['N-Quads (serialize, in memory)', 'quads', () => nWriter('application/n-quads', all), () => serialize(all, 'nq', BASE)],
  ['N-Quads (streamed: per-article dedup, n3 Writer)', 'quads', () => nWriter('application/n-quads', all), () => wikinewsQuads.map((q) => quadText(q).text).join('')],
];
const pct = ([b, f]: [number, number]) => `${(((f - b) / b) * 100).toFixed(0)} %`;
console.log('| output | quads | n3 Writer alone, wall | newsgraph, wall | overhead, wall | overhead, CPU time |');
console.log('|---|--:|--:|--:|--:|--:|');
for (const [name, unit, base, fn] of rows) {
  const { wall, cpu } = await paired(base, fn);
  console.log(`| ${name} | ${fmt(all.length)} | ${fmt(wall[0])} ms (${fmt((all.length / wall[0]) * 1000)} ${unit}/s) | ${fmt(wall[1])} ms | ${pct(wall)} | ${pct(cpu)} (${fmt(cpu[0])} → ${fmt(cpu[1])} ms) |`);
}

if (!WRITING_ONLY) {
  console.log('\n## Parallel build (whole pipeline to N-Quads on disk, worker threads)\n');
  console.log('| corpus | 1 thread | 2 workers | speed-up |');
  console.log('|---|--:|--:|--:|');
  for (const [name, paths] of corpora.filter(([n]) => !n.startsWith('data/'))) {
    const as = await load(paths);
    const w = words(as);
    const t1 = await time(() => buildCorpus(paths, { output: join(tmp, 'p1.nq'), format: 'nq', base: BASE, jobs: 1 }), Math.min(RUNS, 3));
    const t2 = await time(() => buildCorpus(paths, { output: join(tmp, 'p2.nq'), format: 'nq', base: BASE, jobs: 2 }), Math.min(RUNS, 3));
    const same = readFileSync(join(tmp, 'p1.nq'), 'utf8') === readFileSync(join(tmp, 'p2.nq'), 'utf8');
    console.log(`| ${name} | ${fmt(t1)} ms (${fmt((w / t1) * 1000)} words/s) | ${fmt(t2)} ms (${fmt((w / t2) * 1000)} words/s) | **${(t1 / t2).toFixed(2)}×**${same ? '' : ' (outputs differ: was the code edited during the run?)'} |`);
  }
}

if (!SKIP_RSS) {
  console.log(`\n## Memory: ${fmt(RSS_N)} generated articles through the CLI, streamed to N-Quads\n`);
  const big = join(tmp, 'big.jsonl');
  spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts/gen-corpus.ts'), '--articles', String(RSS_N), '--seed', '2', '-o', big], { stdio: 'inherit' });
  // A wrapper that runs the CLI and reports the process's peak RSS (all threads) on exit.
  const wrapper = join(tmp, 'rss.mts');
  writeFileSync(wrapper, `const { main } = await import(${JSON.stringify(join(ROOT, 'src/cli/main.ts'))});\nconst code = await main(process.argv);\nprocess.stderr.write('maxRSS ' + process.resourceUsage().maxRSS + '\\n');\nprocess.exitCode = code;\n`);
  const t = performance.now();
  const r = spawnSync(process.execPath, ['--import', 'tsx', wrapper, 'build', big, '-o', join(tmp, 'big.nq'), '--no-progress'], { encoding: 'utf8', cwd: ROOT });
  const secs = (performance.now() - t) / 1000;
  const rss = Number(/maxRSS (\d+)/.exec(r.stderr)?.[1] ?? NaN) / 1024;
  console.log(`| articles | wall time | peak RSS | summary |`);
  console.log('|--:|--:|--:|---|');
  console.log(`| ${fmt(RSS_N)} | ${secs.toFixed(1)} s | **${fmt(rss)} MB** | ${r.stdout.trim().replace(/→.*/, '')} |`);
}
rmSync(tmp, { recursive: true, force: true });
