// Corpus-build benchmark of issue 17: start-up, end-to-end throughput, JSON-LD against N-Quads, peak
// memory per format, and quads differing between worker counts, input orders and cached re-runs.
// Runs the real CLI (bin/newsgraph.js over dist/: run `npm run build` first) in child processes; the
// baselines are measured in the same run. Not a test: figures depend on the machine and its load.
//   npx tsx scripts/bench-builds.ts [--articles 1500] [--runs 3] [--skip-memory] [--skip-determinism]
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateArticles } from '../src/corpus/generate.js';
import { extractArticle } from '../src/extract/pipeline.js';
import { defaultKnowledge } from '../src/knowledge/index.js';
import { mapArticle } from '../src/rdf/mapper.js';
import { RDF_FORMATS } from '../src/rdf/formats.js';
import { nquadsByGraph } from '../src/corpus/nquads-by-graph.js';

const args = process.argv.slice(2);
const opt = (name: string, dflt: number) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : dflt;
};
const N = opt('articles', 1500);
const RUNS = opt('runs', 3);
const ROOT = join(import.meta.dirname, '..');
const BIN = join(ROOT, 'bin/newsgraph.js');
if (!existsSync(join(ROOT, 'dist/src/cli/main.js'))) throw new Error('dist/ is missing: run `npm run build` first');
const tmp = mkdtempSync(join(tmpdir(), 'newsgraph-bench-builds-'));
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;
const fmt = (n: number) => Math.round(n).toLocaleString('en-US');
const secs = (ms: number) => (ms / 1000).toFixed(2);

/** Runs the CLI under /usr/bin/time: wall ms and peak RSS (MB, the process and its worker threads). */
function cli(argv: string[], env: Record<string, string> = {}): { ms: number; rssMb: number; out: string } {
  const r = spawnSync('/usr/bin/time', ['-f', 'TIME %e %M', process.execPath, BIN, ...argv], { encoding: 'utf8', env: { ...process.env, ...env } });
  const m = /TIME ([\d.]+) (\d+)/.exec(r.stderr);
  if (r.status !== 0 || !m) throw new Error(`newsgraph ${argv.join(' ')} failed (${r.status}): ${r.stderr}`);
  return { ms: Number(m[1]) * 1000, rssMb: Number(m[2]) / 1024, out: r.stdout };
}

const corpus = join(tmp, `generated-${N}.jsonl`);
const articles = [...generateArticles(N, 1)];
writeFileSync(corpus, `${articles.map((a) => JSON.stringify(a)).join('\n')}\n`);
const words = articles.reduce((n, a) => n + a.text.split(/\s+/).filter(Boolean).length, 0);
console.log(`# newsgraph corpus builds — ${new Date().toISOString().slice(0, 16)}Z, Node ${process.version}, ${availableParallelism()} cores; load average ${loadavg().map((x) => x.toFixed(1)).join(', ')}`);
console.log(`corpus: generated, ${N} articles (seed 1), ${fmt(words)} words, ${(statSync(corpus).size / 2 ** 20).toFixed(2)} MB; medians of ${RUNS} runs\n`);

// 1. Start-up: compiled against tsx (NEWSGRAPH_FROM_SOURCE=1), alternating.
const help: number[] = [];
const helpTsx: number[] = [];
cli(['--help']);
for (let i = 0; i < Math.max(5, RUNS); i++) {
  help.push(cli(['--help']).ms);
  helpTsx.push(cli(['--help'], { NEWSGRAPH_FROM_SOURCE: '1' }).ms);
}
console.log(`## Start-up\n\n| command | median | runs |\n|---|--:|---|`);
console.log(`| \`newsgraph --help\` (dist/) | **${secs(median(help))} s** | ${help.map(secs).join(', ')} |`);
console.log(`| \`newsgraph --help\` through tsx (baseline) | ${secs(median(helpTsx))} s | ${helpTsx.map(secs).join(', ')} |\n`);

// Baseline: extraction and mapping alone, in this process (no start-up, no serialisation, no I/O).
const kb = defaultKnowledge();
const inputs = articles.map((a) => ({ ...a, origin: 'bench' }));
const extraction: number[] = [];
for (let i = 0; i <= RUNS; i++) {
  const t = performance.now();
  for (const a of inputs) mapArticle(extractArticle(a, kb), kb, 'https://w3id.org/newsgraph/data/', { namedGraph: true });
  if (i > 0) extraction.push(performance.now() - t); // the first pass warms the JIT up
}

// 2. End to end, -j 1, N-Quads; 3. JSON-LD against N-Quads, alternating.
const nq: number[] = [];
const jl: number[] = [];
for (let i = 0; i < RUNS; i++) {
  nq.push(cli(['build', corpus, '-o', join(tmp, 'g.nq'), '-j', '1', '--no-progress']).ms);
  jl.push(cli(['build', corpus, '-o', join(tmp, 'g.jsonld'), '-j', '1', '--no-progress']).ms);
}
console.log(`## End to end, \`-j 1\`\n\n| output | median | words/s | runs |\n|---|--:|--:|---|`);
console.log(`| (baseline: extraction + mapping alone, in process, warm) | ${secs(median(extraction))} s | ${fmt(words / (median(extraction) / 1000))} | ${extraction.map(secs).join(', ')} |`);
console.log(`| N-Quads | ${secs(median(nq))} s | **${fmt(words / (median(nq) / 1000))}** | ${nq.map(secs).join(', ')} |`);
console.log(`| JSON-LD | ${secs(median(jl))} s | ${fmt(words / (median(jl) / 1000))} | ${jl.map(secs).join(', ')} |`);
console.log(`\nJSON-LD / N-Quads: **${(median(jl) / median(nq)).toFixed(2)}×**\n`);

// 4. Peak memory per format (one run each; the streamed formats and, for Turtle, --in-memory as the baseline).
if (!args.includes('--skip-memory')) {
  console.log(`## Peak memory, ${N} articles, \`-j 1\`\n\n| output | peak RSS | time |\n|---|--:|--:|`);
  for (const f of RDF_FORMATS) {
    const r = cli(['build', corpus, '-o', join(tmp, `m.${f}`), '-j', '1', '--no-progress']);
    console.log(`| ${f} (streamed) | **${fmt(r.rssMb)} MB** | ${secs(r.ms)} s |`);
  }
  const r = cli(['build', corpus, '-o', join(tmp, 'm-mem.ttl'), '-j', '1', '--in-memory', '--no-progress']);
  console.log(`| ttl, \`--in-memory\` (baseline: the whole graph sorted) | ${fmt(r.rssMb)} MB | ${secs(r.ms)} s |\n`);
}

// 5. Quads differing per article between -j 1, -j 2, reversed input and a cached re-run.
if (!args.includes('--skip-determinism')) {
  const byGraph = (path: string) => nquadsByGraph(readFileSync(path, 'utf8'));
  const differing = (a: Map<string, string[]>, b: Map<string, string[]>) => {
    let n = 0;
    for (const g of new Set([...a.keys(), ...b.keys()])) if ((a.get(g) ?? []).join('\n') !== (b.get(g) ?? []).join('\n')) n++;
    return n;
  };
  const reversed = join(tmp, 'reversed.jsonl');
  writeFileSync(reversed, `${articles.map((a) => JSON.stringify(a)).reverse().join('\n')}\n`);
  const ref = join(tmp, 'ref.nq');
  cli(['build', corpus, '-o', ref, '-j', '1', '--no-progress']);
  const base = byGraph(ref);
  const cases: [string, string[]][] = [
    ['`-j 2`', ['build', corpus, '-o', join(tmp, 'j2.nq'), '-j', '2', '--no-progress']],
    ['reversed input, `-j 1`', ['build', reversed, '-o', join(tmp, 'rev.nq'), '-j', '1', '--no-progress']],
    ['`--cache`, first run, `-j 2`', ['build', corpus, '-o', join(tmp, 'c1.nq'), '-j', '2', '--cache', join(tmp, 'cache'), '--no-progress']],
    ['`--cache`, re-run over the reversed input (all from cache)', ['build', reversed, '-o', join(tmp, 'c2.nq'), '-j', '1', '--cache', join(tmp, 'cache'), '--no-progress']],
  ];
  console.log(`## Articles whose quads differ from a clean \`-j 1\` build (${base.size} articles)\n\n| build | articles differing |\n|---|--:|`);
  for (const [name, argv] of cases) {
    cli(argv);
    console.log(`| ${name} | **${differing(base, byGraph(argv[3] as string))}** |`);
  }
  console.log('');
}
rmSync(tmp, { recursive: true, force: true });
