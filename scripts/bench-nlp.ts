/**
 * bench-nlp — throughput and quality probe for the candidate NLP base libraries
 * (wink-nlp + wink-eng-lite-web-model, compromise, chrono-node).
 *
 * Usage (no arguments):  npx tsx scripts/bench-nlp.ts
 *
 * Inputs (each skipped with a message when missing):
 *   <shared>/seeds/*.txt                       seed articles (reference date 2025-07-18)
 *   <root>/data/articles/**.md                 YAML front matter stripped; `date:` used as reference date
 *   <root>/data/dev/articles/**.md             same
 *   <shared>/corpus/wikinews/wikinews.jsonl    field `text` (and `date` as reference date)
 * <root> is the newsgraph checkout (cwd or the script's parent dir, else /work/main);
 * <shared> is <root>/../shared, else /work/shared.
 *
 * Throughput = words / second, words = whitespace-separated tokens of the input text,
 * median of 5 timed runs after 1 warm-up run over the whole input set.
 * Findings are recorded in docs/nlp-choice.md.
 */
import winkNLP from 'wink-nlp';
import type { ItemEntity, ItemSentence } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import nlp from 'compromise';
import * as chrono from 'chrono-node';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';

// ---------------------------------------------------------------- inputs

const SEED_DATE = '2025-07-18'; // publication date of the seed article (a Friday)
const RUNS = 5;

interface Article {
  source: string;
  id: string;
  text: string;
  refDate: Date;
  words: number;
}

const scriptDir = decodeURIComponent(new URL('.', import.meta.url).pathname);

function isProjectRoot(dir: string): boolean {
  try {
    const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { name?: string };
    return pkg.name === 'newsgraph';
  } catch {
    return false;
  }
}

const root = [process.cwd(), resolve(scriptDir, '..'), '/work/main'].find(isProjectRoot) ?? process.cwd();
const shared = [resolve(root, '../shared'), '/work/shared'].find((d) => existsSync(d)) ?? resolve(root, '../shared');

function countWords(text: string): number {
  return text.match(/\S+/g)?.length ?? 0;
}

/** Local noon of an ISO day, so that day arithmetic never crosses a date line. */
function dayAt(iso: string): Date {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) return dayAt(SEED_DATE);
  return new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]), 12, 0, 0, 0);
}

function ymd(d: Date): string {
  const p = (n: number): string => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}

function listFiles(dir: string, ext: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) out.push(...listFiles(full, ext));
    else if (name.endsWith(ext)) out.push(full);
  }
  return out;
}

function splitFrontMatter(raw: string): { meta: string; body: string } {
  const m = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/.exec(raw);
  return m ? { meta: m[1] ?? '', body: raw.slice(m[0].length) } : { meta: '', body: raw };
}

function article(source: string, id: string, text: string, date: string): Article {
  return { source, id, text, refDate: dayAt(date), words: countWords(text) };
}

function loadArticles(): Article[] {
  const all: Article[] = [];
  const seedDir = join(shared, 'seeds');
  if (existsSync(seedDir)) {
    const files = readdirSync(seedDir).filter((f) => f.endsWith('.txt')).sort();
    for (const f of files) all.push(article('seed', f, readFileSync(join(seedDir, f), 'utf8'), SEED_DATE));
    console.log(`input: ${files.length} seed file(s) from ${seedDir}`);
  } else console.log(`skip: ${seedDir} not found`);

  for (const rel of ['data/articles', 'data/dev/articles']) {
    const dir = join(root, rel);
    if (!existsSync(dir)) {
      console.log(`skip: ${dir} not found`);
      continue;
    }
    const files = listFiles(dir, '.md');
    for (const f of files) {
      const { meta, body } = splitFrontMatter(readFileSync(f, 'utf8'));
      const date = /^date:\s*["']?(\d{4}-\d{2}-\d{2})/m.exec(meta)?.[1] ?? SEED_DATE;
      all.push(article(rel, f, body, date));
    }
    console.log(`input: ${files.length} .md file(s) from ${dir}`);
  }

  const wn = join(shared, 'corpus/wikinews/wikinews.jsonl');
  if (existsSync(wn)) {
    let n = 0;
    for (const line of readFileSync(wn, 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const rec = JSON.parse(line) as { id?: string; date?: string; text?: string };
      if (typeof rec.text !== 'string' || !rec.text.trim()) continue;
      all.push(article('wikinews', rec.id ?? `wikinews:${n}`, rec.text, rec.date ?? SEED_DATE));
      n++;
    }
    console.log(`input: ${n} article(s) from ${wn}`);
  } else console.log(`skip: ${wn} not found`);
  return all;
}

// ---------------------------------------------------------------- helpers

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] ?? 0) : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2;
}

function table(head: string[], rows: string[][], alignRight: boolean[] = []): void {
  const w = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const fmt = (r: string[]): string =>
    '| ' + r.map((c, i) => (alignRight[i] ? c.padStart(w[i] ?? 0) : c.padEnd(w[i] ?? 0))).join(' | ') + ' |';
  console.log(fmt(head));
  console.log('|' + w.map((n, i) => (alignRight[i] ? '-'.repeat(n + 1) + ':' : '-'.repeat(n + 2))).join('|') + '|');
  for (const r of rows) console.log(fmt(r));
}

const int = (n: number): string => Math.round(n).toLocaleString('en-US');

function countBy(xs: string[]): string {
  const m = new Map<string, number>();
  for (const x of xs) m.set(x, (m.get(x) ?? 0) + 1);
  return [...m].map(([k, n]) => (n > 1 ? `${k} ×${n}` : k)).join('; ') || '(none)';
}

function heading(s: string): void {
  console.log(`\n## ${s}\n`);
}

// ---------------------------------------------------------------- libraries

let t0 = performance.now();
const winkFull = winkNLP(model, ['sbd', 'pos', 'ner']);
const initWinkMs = performance.now() - t0;
const winkDefault = winkNLP(model); // default pipe: sbd, negation, sentiment, pos, ner, cer
const winkTok = winkNLP(model, ['sbd']);
const its = winkFull.its;
t0 = performance.now();
nlp('warm up compromise lexicon.');
const initCompromiseMs = performance.now() - t0;

type WinkDoc = ReturnType<typeof winkFull.readDoc>;

/** Char offsets of every token: offset = Σ(precedingSpaces + value) of the tokens before it. */
function tokenOffsets(doc: WinkDoc): { start: number[]; end: number[]; rebuilt: string } {
  const values = doc.tokens().out(its.value);
  const spaces = doc.tokens().out(its.precedingSpaces);
  const start: number[] = [];
  const end: number[] = [];
  let pos = 0;
  let rebuilt = '';
  for (let i = 0; i < values.length; i++) {
    pos += (spaces[i] ?? '').length;
    start.push(pos);
    pos += (values[i] ?? '').length;
    end.push(pos);
    rebuilt += (spaces[i] ?? '') + (values[i] ?? '');
  }
  return { start, end, rebuilt };
}

/** Sentences (text + char range) that wink flags as containing a DATE entity. */
function dateSentences(doc: WinkDoc, text: string): { text: string; start: number; end: number }[] {
  const off = tokenOffsets(doc);
  const out: { text: string; start: number; end: number }[] = [];
  doc.sentences().each((s: ItemSentence) => {
    if (s.entities().filter((e: ItemEntity) => e.out(its.type) === 'DATE').length() === 0) return;
    const [a, b] = s.out(its.span) as unknown as [number, number];
    const start = off.start[a] ?? 0;
    const end = off.end[b] ?? text.length;
    out.push({ text: text.slice(start, end), start, end });
  });
  return out;
}

// ---------------------------------------------------------------- benchmark

interface Row {
  name: string;
  words: number;
  times: number[];
  note: string;
}

function bench(name: string, words: number, note: string, fn: () => number): Row {
  let sink = fn(); // warm-up
  const times: number[] = [];
  for (let r = 0; r < RUNS; r++) {
    const s = performance.now();
    sink += fn();
    times.push(performance.now() - s);
  }
  if (sink < 0) console.log(sink); // keep the work observable
  return { name, words, times, note };
}

function runBenchmarks(arts: Article[]): void {
  const words = arts.reduce((n, a) => n + a.words, 0);
  const chars = arts.reduce((n, a) => n + a.text.length, 0);
  heading('Throughput');
  console.log(
    `${arts.length} articles, ${int(words)} words, ${int(chars)} chars; median of ${RUNS} runs after 1 warm-up; ` +
      `Node ${process.version}, ${process.platform}/${process.arch}`,
  );
  console.log(`init: winkNLP(model) ${initWinkMs.toFixed(0)} ms; first compromise call ${initCompromiseMs.toFixed(0)} ms\n`);

  // Pre-computed (untimed) DATE sentences for the gated chrono run.
  const gated = arts.map((a) => ({ a, sents: dateSentences(winkFull.readDoc(a.text), a.text) }));
  const gatedWords = gated.reduce((n, g) => n + g.sents.reduce((m, s) => m + countWords(s.text), 0), 0);
  const gatedSents = gated.reduce((n, g) => n + g.sents.length, 0);

  const rows: Row[] = [
    bench('wink-nlp full: readDoc + tokens + POS + sentences + entities (pipe sbd,pos,ner)', words, '', () => {
      let n = 0;
      for (const a of arts) {
        const doc = winkFull.readDoc(a.text);
        n += doc.tokens().out(its.value).length + doc.tokens().out(its.pos).length;
        n += doc.sentences().out().length + doc.entities().out(its.detail).length;
      }
      return n;
    }),
    bench('wink-nlp default pipe (+ negation, sentiment, cer), same outputs', words, '', () => {
      let n = 0;
      for (const a of arts) {
        const doc = winkDefault.readDoc(a.text);
        n += doc.tokens().out(winkDefault.its.value).length + doc.tokens().out(winkDefault.its.pos).length;
        n += doc.sentences().out().length + doc.entities().out(winkDefault.its.detail).length;
      }
      return n;
    }),
    bench('wink-nlp tokens + sentences only (pipe sbd)', words, '', () => {
      let n = 0;
      for (const a of arts) {
        const doc = winkTok.readDoc(a.text);
        n += doc.tokens().out(its.value).length + doc.sentences().out().length;
      }
      return n;
    }),
    bench('compromise: nlp() + people/places/organizations + sentences', words, '', () => {
      let n = 0;
      for (const a of arts) {
        const doc = nlp(a.text);
        n += doc.people().out('array').length + doc.places().out('array').length;
        n += doc.organizations().out('array').length + doc.sentences().out('array').length;
      }
      return n;
    }),
    bench('chrono-node: chrono.parse(article, refDate), whole articles', words, '', () => {
      let n = 0;
      for (const a of arts) n += chrono.parse(a.text, a.refDate).length;
      return n;
    }),
    bench(
      'chrono-node: chrono.parse(sentence, refDate), wink DATE sentences only',
      gatedWords,
      `${gatedSents} sentences, ${int(gatedWords)} words; wink time not included`,
      () => {
        let n = 0;
        for (const g of gated) for (const s of g.sents) n += chrono.parse(s.text, g.a.refDate).length;
        return n;
      },
    ),
    bench('pipeline: wink full + chrono on its DATE sentences', words, 'both timed', () => {
      let n = 0;
      for (const a of arts) {
        const doc = winkFull.readDoc(a.text);
        n += doc.tokens().out(its.pos).length;
        for (const s of dateSentences(doc, a.text)) n += chrono.parse(s.text, a.refDate).length;
      }
      return n;
    }),
  ];

  table(
    ['candidate', 'words', 'median ms', 'words/s (median)', 'words/s (min–max)', 'corpus words/s', 'note'],
    rows.map((r) => {
      const med = median(r.times);
      const lo = r.words / (Math.max(...r.times) / 1000);
      const hi = r.words / (Math.min(...r.times) / 1000);
      return [
        r.name,
        int(r.words),
        med.toFixed(1),
        int(r.words / (med / 1000)),
        `${int(lo)}–${int(hi)}`,
        int(words / (med / 1000)),
        r.note,
      ];
    }),
    [false, true, true, true, true, true, false],
  );
  console.log('\n"corpus words/s" = all input words / median time (the effective rate of that stage over the corpus).');

  // How many chrono hits does gating on wink DATE sentences lose?
  let whole = 0;
  let covered = 0;
  let missedDated = 0;
  const missed: string[] = [];
  for (const g of gated) {
    for (const r of chrono.parse(g.a.text, g.a.refDate)) {
      whole++;
      if (g.sents.some((s) => r.index >= s.start && r.index < s.end)) {
        covered++;
        continue;
      }
      const dated = (['year', 'month', 'day', 'weekday'] as const).some((k) => r.start.isCertain(k));
      if (dated) missedDated++;
      if (missed.length < 20) missed.push(JSON.stringify(r.text) + (dated ? '' : '(time only)'));
    }
  }
  let gatedHits = 0;
  for (const g of gated) for (const s of g.sents) gatedHits += chrono.parse(s.text, g.a.refDate).length;
  console.log(
    `\nchrono hits on whole articles: ${whole}; of these inside a wink DATE sentence: ${covered} ` +
      `(${((100 * covered) / Math.max(1, whole)).toFixed(1)}%); hits when parsing only DATE sentences: ${gatedHits}`,
  );
  console.log(
    `hits outside DATE sentences: ${whole - covered}, of which ${missedDated} fix a year, month, day or weekday; ` +
      `examples: ${missed.join(', ') || '(none)'}`,
  );
}

// ---------------------------------------------------------------- quality (seed)

const COMPONENTS = ['year', 'month', 'day', 'weekday', 'hour', 'minute', 'second', 'millisecond', 'meridiem', 'timezoneOffset'] as const;
const TIME_PARTS = new Set<string>(['hour', 'minute', 'second', 'millisecond', 'meridiem', 'timezoneOffset']);

/** knownValues vs impliedValues of a chrono component (via the public get/isCertain API); time parts omitted. */
function describe(c: chrono.ParsedComponents): string {
  const known: string[] = [];
  const implied: string[] = [];
  for (const k of COMPONENTS) {
    const v = c.get(k);
    if (v === null || TIME_PARTS.has(k)) continue;
    (c.isCertain(k) ? known : implied).push(`${k}=${v}`);
  }
  return `known{${known.join(',')}} implied{${implied.join(',')}} → ${ymd(c.date())}`;
}

function describeResults(rs: chrono.ParsedResult[]): string {
  if (rs.length === 0) return '(no result)';
  return rs.map((r) => `"${r.text}" ${describe(r.start)}${r.end ? ` … end ${ymd(r.end.date())}` : ''}`).join(' | ');
}

function quality(seed: Article | undefined): void {
  heading(`Quality on the seed article${seed ? ` (${seed.id}, reference date ${ymd(seed.refDate)})` : ''}`);
  if (!seed) {
    console.log('skip: no seed article');
  } else {
    const text = seed.text;
    const cdoc = nlp(text);
    const names = (v: { json(): unknown }): string[] =>
      (v.json() as { terms: { text: string }[] }[]).map((m) => m.terms.map((t) => t.text).join(' '));
    console.log(`compromise people: ${countBy(names(cdoc.people()))}`);
    console.log(`compromise places: ${countBy(names(cdoc.places()))}`);
    console.log(`compromise organizations: ${countBy(names(cdoc.organizations()))}`);
    console.log(`compromise sentences: ${cdoc.sentences().length}`);

    const doc = winkFull.readDoc(text);
    const values = doc.tokens().out(its.value);
    const pos = doc.tokens().out(its.pos);
    const spaces = doc.tokens().out(its.precedingSpaces);
    const runs: string[] = [];
    let cur = '';
    for (let i = 0; i <= values.length; i++) {
      if (i < values.length && pos[i] === 'PROPN') cur += (cur ? (spaces[i] ?? '') : '') + (values[i] ?? '');
      else if (cur) {
        runs.push(cur);
        cur = '';
      }
    }
    console.log(`wink PROPN runs: ${countBy(runs)}`);
    console.log(`wink sentences: ${doc.sentences().length()}`);
    const off = tokenOffsets(doc);
    const ents = doc.entities().out(its.detail) as unknown as { value: string; type: string }[];
    const spans = doc.entities().out(its.span) as unknown as [number, number][];
    console.log('wink entities (type "value" [char start,end) → text.slice check):');
    ents.forEach((e, i) => {
      const [a, b] = spans[i] ?? [0, 0];
      const s = off.start[a] ?? 0;
      const en = off.end[b] ?? 0;
      console.log(`  ${e.type.padEnd(8)} "${e.value}" [${s},${en}) ${text.slice(s, en) === e.value ? 'ok' : `MISMATCH "${text.slice(s, en)}"`}`);
    });

    console.log('\nchrono.parse(seed, refDate) over the whole article:');
    for (const r of chrono.parse(text, seed.refDate)) console.log(`  @${r.index} "${r.text}" ${describe(r.start)}`);
    console.log('chrono.parse over wink DATE sentences only:');
    for (const s of dateSentences(doc, text))
      for (const r of chrono.parse(s.text, seed.refDate)) console.log(`  @${s.start + r.index} "${r.text}" ${describe(r.start)}`);
  }

  heading('chrono-node on relative phrases, reference date 2025-07-18 (Friday), local noon');
  const ref = dayAt(SEED_DATE);
  const phrases = ['on Friday', 'in late June', 'earlier this year', 'in 2022', 'in June', 'last week', 'next month',
    'on Tuesday', 'March 3', 'early March', 'mid-2024'];
  const extra = ['2022', 'in the year 2022'];
  const variants: [string, (p: string) => chrono.ParsedResult[]][] = [
    ['chrono.parse(p, ref)', (p) => chrono.parse(p, ref)],
    ['chrono.parse(p, ref, { forwardDate: false })', (p) => chrono.parse(p, ref, { forwardDate: false })],
    ['chrono.parse(p, ref, { forwardDate: true })', (p) => chrono.parse(p, ref, { forwardDate: true })],
    ['chrono.strict.parse(p, ref)', (p) => chrono.strict.parse(p, ref)],
  ];
  for (const [label, fn] of variants) {
    console.log(`\n${label}:`);
    table(['phrase', 'result: "matched text" known{…} implied{…} → date'],
      [...phrases, ...extra].map((p) => [JSON.stringify(p) + (extra.includes(p) ? ' (extra)' : ''), describeResults(fn(p))]));
  }
}

// ---------------------------------------------------------------- offsets & packaging checks

function checks(arts: Article[]): void {
  heading('Offset recovery (wink-nlp)');
  const itsKeys = Object.keys(its);
  console.log(`its.* helpers: ${itsKeys.join(', ')}`);
  console.log(`any offset helper among them: ${itsKeys.some((k) => /offset|start|char|index/i.test(k)) ? 'yes' : 'no'}`);
  let exact = 0;
  let exactTrim = 0;
  let outSame = 0;
  for (const a of arts) {
    const doc = winkTok.readDoc(a.text);
    const { rebuilt } = tokenOffsets(doc);
    if (rebuilt === a.text) exact++;
    else if (rebuilt === a.text.trimEnd()) exactTrim++;
    if (doc.out() === a.text) outSame++;
  }
  console.log(
    `Σ(precedingSpaces + value) == text: ${exact}/${arts.length} exactly, ${exactTrim} more equal up to trailing whitespace; ` +
      `doc.out() == text: ${outSame}/${arts.length}`,
  );
  const probe = "  Lead space: can't won't\tTab\r\nCRLF “quoted” U.S. $5.3bn 👍🏽 e.g. end  ";
  const pd = winkTok.readDoc(probe);
  const po = tokenOffsets(pd);
  console.log(`probe ${JSON.stringify(probe)}:`);
  console.log(`  values=${JSON.stringify(pd.tokens().out(its.value))}`);
  console.log(`  precedingSpaces=${JSON.stringify(pd.tokens().out(its.precedingSpaces))}`);
  console.log(`  Σ == probe.trimEnd(): ${po.rebuilt === probe.trimEnd()}; doc.out() == probe: ${pd.out() === probe} (doc.out() = ${JSON.stringify(pd.out())})`);

  heading('Packaging / browser checks (static)');
  const findPkg = (name: string): string | undefined => {
    for (const start of [process.cwd(), scriptDir]) {
      let d = resolve(start);
      for (;;) {
        const cand = join(d, 'node_modules', name);
        if (existsSync(join(cand, 'package.json'))) return cand;
        const up = resolve(d, '..');
        if (up === d) break;
        d = up;
      }
    }
    return undefined;
  };
  const walk = (dir: string): string[] =>
    readdirSync(dir).flatMap((n) => {
      const f = join(dir, n);
      return statSync(f).isDirectory() ? (n === 'node_modules' ? [] : walk(f)) : [f];
    });
  const NODE_BUILTIN = /(?:require\(\s*|from\s+|import\(\s*)['"](?:node:)?(fs|path|os|child_process|crypto|url|util|stream|buffer|module|worker_threads|http|https|zlib)['"]/;
  const rows: string[][] = [];
  for (const name of ['wink-nlp', 'wink-eng-lite-web-model', 'compromise', 'chrono-node']) {
    const dir = findPkg(name);
    if (!dir) {
      rows.push([name, '(not found)', '', '', '']);
      continue;
    }
    const files = walk(dir);
    const bytes = files.reduce((n, f) => n + statSync(f).size, 0);
    const js = files.filter((f) => /\.(c|m)?js$/.test(f) && !f.endsWith('.map'));
    const json = files.filter((f) => f.endsWith('.json') && !f.endsWith('package.json'));
    const largest = json.map((f) => ({ f, s: statSync(f).size })).sort((a, b) => b.s - a.s)[0];
    const builtins = js.filter((f) => NODE_BUILTIN.test(readFileSync(f, 'utf8')));
    const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as {
      version?: string;
      type?: string;
      module?: string;
      exports?: unknown;
    };
    const exportsText = JSON.stringify(pkg.exports ?? {});
    const dual = exportsText.includes('"import"') && exportsText.includes('"require"');
    const format = pkg.type === 'module' ? (dual ? 'ESM (+CJS build)' : 'ESM') : dual || pkg.module ? 'CJS + ESM' : 'CJS';
    rows.push([
      `${name}@${pkg.version ?? '?'}`,
      `${(bytes / 1e6).toFixed(2)} MB in ${files.length} files` + (largest ? ` (largest JSON ${(largest.s / 1e6).toFixed(2)} MB)` : ''),
      format,
      builtins.length ? `${builtins.length} file(s), e.g. ${builtins[0]?.slice(dir.length + 1)}` : 'none',
    ]);
  }
  table(['package', 'size on disk', 'module format', 'JS files importing Node built-ins'], rows);

  const chronoDir = findPkg('chrono-node');
  if (chronoDir) {
    const esm = walk(join(chronoDir, 'dist/esm')).filter((f) => f.endsWith('.js'));
    const specs = esm.flatMap((f) => [...readFileSync(f, 'utf8').matchAll(/(?:^|\s)(?:import|export)[^'"]*?from\s+['"]([^'"]+)['"]/gm)].map((m) => m[1] ?? ''));
    const bare = specs.filter((s) => !s.startsWith('.'));
    const noExt = specs.filter((s) => s.startsWith('.') && !s.endsWith('.js'));
    console.log(
      `\nchrono-node dist/esm: ${esm.length} files, ${specs.length} import specifiers, ${bare.length} bare (package) specifiers, ` +
        `${noExt.length} relative without .js → ${bare.length + noExt.length === 0 ? 'loadable as native browser ESM without a bundler' : 'needs a bundler or import map'}`,
    );
  }
  const modelDir = findPkg('wink-eng-lite-web-model');
  if (modelDir) {
    const src = walk(join(modelDir, 'dist')).filter((f) => f.endsWith('.js')).map((f) => readFileSync(f, 'utf8')).join('\n');
    console.log(
      `wink-eng-lite-web-model dist: CommonJS; require()s JSON model files: ${/require\("[^"]+\.json"\)/.test(src) ? 'yes' : 'no'}; ` +
        `decodes with global atob(): ${/\batob\(/.test(src) ? 'yes' : 'no'} → needs a bundler that handles CJS + JSON (esbuild, Vite, webpack)`,
    );
  }
}

// ---------------------------------------------------------------- main

const articles = loadArticles();
if (articles.length === 0) {
  console.log('no input articles found; nothing to measure');
} else {
  runBenchmarks(articles);
  quality(articles.find((a) => a.source === 'seed'));
  checks(articles);
}
