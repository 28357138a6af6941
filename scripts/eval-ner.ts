// npm run eval:ner: entity F1 (exact span and type) of the shipped recogniser on UNER English-EWT dev and test,
// and on GUM's news documents (names converted as for training: src/ner/corpus.ts readGum), plus decoding
// speed. Writes the table into docs/ner.md between the ner-eval markers. Evaluation only: nothing is tuned here.
// Options: --model PATH (default models/ner/ner-en.bin).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadNerModel, NER_MODEL_PATH } from '../src/io/ner-model.js';
import { addSentence, emptyScore, f1, kbGazetteer, NER_TYPES, readGum, readIob2, recognise, splitDocuments } from '../src/ner/index.js';
import type { NerScore, NerSentence } from '../src/ner/index.js';
import { defaultData } from '../src/knowledge/index.js';
import { sharedDir } from './shared-path.js';
import titles from '../data/lexicon/titles.json' with { type: 'json' };

const ROOT = join(import.meta.dirname, '..');
const TREEBANKS = join(sharedDir(ROOT), 'corpus/treebanks');
const args = process.argv.slice(2);
const modelPath = args.includes('--model') ? args[args.indexOf('--model') + 1]! : NER_MODEL_PATH;
const model = loadNerModel(modelPath);
const data = defaultData();
const gazetteer = model.header.gazetteer ? kbGazetteer(data.gazetteer, data.givenNames, data.companies) : undefined;
const titleWords = new Set([...Object.values(titles.roles).flat(), ...titles.honorifics].filter((t) => !/\s/.test(t)));

const sets: [string, NerSentence[]][] = [
  ['UNER English-EWT dev', readIob2(readFileSync(join(TREEBANKS, 'uner-english-ewt/dev.iob2'), 'utf8'))],
  ['UNER English-EWT test', readIob2(readFileSync(join(TREEBANKS, 'uner-english-ewt/test.iob2'), 'utf8'))],
  ['GUM news (24 Wikinews documents, names converted)', splitDocuments(readFileSync(join(TREEBANKS, 'gum/gum-news.conllu'), 'utf8')).flatMap((d) => readGum(d, titleWords))],
];

const f2 = (x: number) => x.toFixed(3);
const rows: string[] = [];
let words = 0;
let ms = 0;
for (const [name, sentences] of sets) {
  const score: NerScore = emptyScore();
  const t0 = performance.now();
  const predicted = sentences.map((s) => recognise(model, { words: s.words }, { gazetteer }));
  ms += performance.now() - t0;
  words += sentences.reduce((n, s) => n + s.words.length, 0);
  sentences.forEach((s, i) => addSentence(score, s.spans, predicted[i]!));
  const all = f1(score.all);
  const per = NER_TYPES.map((t) => f2(f1(score.byType[t]).f1)).join(' | ');
  rows.push(`| ${name} | ${f2(all.p)} | ${f2(all.r)} | **${f2(all.f1)}** | ${per} | ${score.all.tp + score.all.fn} |`);
}
const speed = Math.round(words / (ms / 1000));
const meta = model.header.meta;
const block = [
  '<!-- ner-eval:start (written by `npm run eval:ner`) -->',
  '| data | P | R | F1 | F1 PER | F1 ORG | F1 LOC | gold mentions |',
  '|---|---|---|---|---|---|---|---|',
  ...rows,
  '',
  `Model: \`${modelPath.replace(`${ROOT}/`, '')}\`, ${model.rows.size} features, trained on ${String(meta.data ?? '?')}, epoch ${String(meta.epoch ?? '?')} chosen on UNER dev.`,
  `Decoding speed (words given, features + greedy decoding, gazetteer on): ${speed.toLocaleString('en')} words/s on this machine (2 shared cores; noisy).`,
  '<!-- ner-eval:end -->',
];
const path = join(ROOT, 'docs/ner.md');
const doc = existsSync(path) ? readFileSync(path, 'utf8') : '# Named-entity recogniser\n';
const re = /<!-- ner-eval:start[\s\S]*?<!-- ner-eval:end -->/;
writeFileSync(path, re.test(doc) ? doc.replace(re, block.join('\n')) : `${doc.trimEnd()}\n\n${block.join('\n')}\n`);
console.log(block.slice(1, -1).join('\n'));
