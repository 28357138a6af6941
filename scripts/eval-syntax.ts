// npm run eval:syntax: scores the syntax layer (src/syntax) with the CoNLL 2018 shared-task metrics on
// (a) EWT test with gold tokens, (b) EWT test, (c) GUM news and (d) GUM test from raw text, times it, and
// rewrites the generated block of docs/syntax.md. Evaluation only: these files are never trained or tuned on
// (../shared/corpus/treebanks/README.md). `--no-write` prints the table without touching the docs;
// `--save <dir>` also writes each run's system CoNLL-U there, for error analysis;
// `--score <gold.conllu> <system.conllu>` only scores two files and prints the official script's -v table.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as syntax from '../src/syntax/index.js';
import { readConllu } from '../src/syntax/conllu/read.js';
import { conlluRawText } from '../src/syntax/conllu/raw-text.js';
import { parsedToConllu, writeConllu } from '../src/syntax/conllu/write.js';
import type { ConlluSentence } from '../src/syntax/conllu/types.js';
import { evaluate } from '../src/syntax/eval/conll18.js';
import type { Metric, Scores } from '../src/syntax/eval/conll18.js';
import { markdownTable, replaceBlock, verboseTable } from '../src/syntax/eval/report.js';

const argv = process.argv.slice(2);
const scoreAt = argv.indexOf('--score');
if (scoreAt >= 0) {
  const [goldFile, systemFile] = argv.slice(scoreAt + 1);
  if (!goldFile || !systemFile) {
    console.error('usage: npm run eval:syntax -- --score <gold.conllu> <system.conllu>');
    process.exit(2);
  }
  console.log(verboseTable(evaluate(readConllu(readFileSync(goldFile, 'utf8')), readConllu(readFileSync(systemFile, 'utf8')))));
  process.exit(0);
}
const saveAt = argv.indexOf('--save');
const saveDir = saveAt >= 0 ? argv[saveAt + 1] : undefined;
if (saveDir) mkdirSync(saveDir, { recursive: true });
const save = (name: string, sentences: ConlluSentence[]) => {
  if (saveDir) writeFileSync(join(saveDir, `${name}.conllu`), writeConllu(sentences));
};

const ROOT = join(import.meta.dirname, '..');
// The shared data sits beside the checkout (../shared), or two levels up from a worktree.
const TREEBANKS = [process.env.NEWSGRAPH_TREEBANKS, join(ROOT, '../shared/corpus/treebanks'), join(ROOT, '../../shared/corpus/treebanks')].find(
  (d): d is string => d !== undefined && existsSync(join(d, 'ud-english-ewt')),
);
if (!TREEBANKS) {
  console.error('eval:syntax needs the treebanks of ../shared/corpus/treebanks (or NEWSGRAPH_TREEBANKS); not found.');
  process.exit(1);
}
const parse = syntax.parse;
const write = !argv.includes('--no-write');

interface Run {
  name: string;
  scores?: Scores;
  wordsPerSecond?: number;
  note?: string;
}

const load = (file: string) => readConllu(readFileSync(join(TREEBANKS, file), 'utf8'));
const wordCount = (ss: readonly ConlluSentence[]) => ss.reduce((n, s) => n + s.words.length, 0);

/** Gold tokens: annotate() on each sentence's word forms; the tokens, multiword lines and comments stay gold. */
function goldTokens(name: string, id: string, file: string): Run {
  const gold = load(file);
  const t0 = performance.now();
  const system = gold.map((s) => {
    const a = syntax.annotate(s.words.map((w) => w.form));
    return {
      comments: s.comments,
      extra: s.extra.filter((e) => !(e.columns[0] ?? '').includes('.')),
      words: s.words.map((w, i) => {
        const x = a[i] as syntax.WordAnalysis;
        return { ...w, lemma: x.lemma, upos: x.upos, xpos: x.xpos, feats: '_', head: x.head, deprel: x.deprel, deps: '_' };
      }),
    };
  });
  const secs = (performance.now() - t0) / 1000;
  save(id, system);
  return { name, scores: evaluate(gold, system), wordsPerSecond: wordCount(gold) / secs };
}

/** Raw text: the treebank's text (src/syntax/conllu/raw-text.ts) through parse(text). */
function fromRawText(name: string, id: string, file: string): Run {
  const gold = load(file);
  const { text } = conlluRawText(gold);
  try {
    const t0 = performance.now();
    const parsed = parse(text);
    const secs = (performance.now() - t0) / 1000;
    const system = parsedToConllu(parsed);
    save(id, system);
    return { name, scores: evaluate(gold, system), wordsPerSecond: wordCount(gold) / secs };
  } catch (e) {
    return { name, note: `failed: ${(e as Error).message}` };
  }
}

const runs: Run[] = [
  goldTokens('(a) EWT test, gold tokens', 'ewt-test-gold-tokens', 'ud-english-ewt/en_ewt-ud-test.conllu'),
  fromRawText('(b) EWT test, raw text', 'ewt-test-raw', 'ud-english-ewt/en_ewt-ud-test.conllu'),
  fromRawText('(c) GUM news, raw text', 'gum-news-raw', 'gum/gum-news.conllu'),
  fromRawText('(d) GUM test, raw text', 'gum-test-raw', 'gum/gum-test.conllu'),
];

const COLUMNS: Array<[Metric, string]> = [
  ['Tokens', 'Tokens'],
  ['Sentences', 'Sentences'],
  ['Words', 'Words'],
  ['UPOS', 'UPOS'],
  ['XPOS', 'XPOS'],
  ['Lemmas', 'Lemmas'],
  ['UAS', 'UAS'],
  ['LAS', 'LAS'],
  ['CLAS', 'CLAS'],
  ['LASFull', 'LAS with subtypes'],
];
const pct = (x: number) => (100 * x).toFixed(2);
const header = ['Run', ...COLUMNS.map(([, label]) => label), 'words/s'];
const rows = runs.map((r) =>
  r.scores
    ? [r.name, ...COLUMNS.map(([m]) => pct((r.scores as Scores)[m].f1)), Math.round(r.wordsPerSecond ?? 0).toLocaleString('en-US')]
    : [r.name, ...COLUMNS.map(() => '–'), r.note ?? ''],
);
const ref = (values: Partial<Record<Metric, string>>) => COLUMNS.map(([m]) => values[m] ?? '');
const anchors = [
  ['UDPipe 1.2 (CoNLL 2018 baseline), EWT gold tokens', ...ref({ UPOS: '94.4', UAS: '84.5', LAS: '81.2' }), ''],
  ['UDPipe 1.2 (CoNLL 2018 baseline), EWT raw text', ...ref({ LAS: '77.5' }), ''],
  ['**target** EWT gold tokens', ...ref({ UPOS: '≥ 95.0', UAS: '≥ 88.0', LAS: '≥ 85.0' }), ''],
  ['**target** EWT raw text', ...ref({ LAS: '≥ 81.0' }), ''],
  ['**target** GUM news raw text', ...ref({ LAS: '≥ 82.0' }), ''],
];
const table = markdownTable(header, [...rows, ...anchors]);
const block = [
  table,
  '',
  'F1 in %, `npm run eval:syntax` (src/syntax/eval/conll18.ts, a port of the CoNLL 2018 `conll18_ud_eval.py`).',
  'With gold tokens, F1 equals accuracy. LAS compares the universal relation only, as the shared task does;',
  '"LAS with subtypes" compares the full relation (`nsubj:pass`, `obl:tmod`). words/s: gold words per second',
  'of `annotate()` (a) or `parse(text)` (b–d), one thread. The UDPipe anchors are on EWT of UD 2.2, ours on UD 2.16.',
].join('\n');
const intro = [
  'The syntax layer is scored with the metrics of the CoNLL 2018 shared task on held-out test data only:',
  'EWT test (UD English Web Treebank), GUM test and the GUM news documents (`gum-news.conllu`). The raw-text',
  'runs rebuild each treebank\'s text from its tokens (src/syntax/conllu/raw-text.ts) and parse it end to end.',
  'The table below is generated; `npm run eval:syntax` rewrites it.',
].join('\n');

console.log(table);
if (write) {
  const path = join(ROOT, 'docs/syntax.md');
  writeFileSync(path, replaceBlock(existsSync(path) ? readFileSync(path, 'utf8') : undefined, block, intro));
  console.log('\n→ docs/syntax.md');
}
