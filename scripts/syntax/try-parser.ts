import { readFileSync } from 'node:fs';
import { trainSentences, type TrainSentence } from '../../src/syntax/train/corpus.js';
import { trainTagger } from '../../src/syntax/train/tagger.js';
import { trainParser, type ParserExample } from '../../src/syntax/train/parser.js';
import { Tagger } from '../../src/syntax/tagger/tagger.js';
import { WeightTable } from '../../src/syntax/model/table.js';
import { sentenceCodes } from '../../src/syntax/parser/codes.js';
const tb = '../shared/corpus/treebanks';
const train = [...trainSentences(readFileSync(`${tb}/ud-english-ewt/en_ewt-ud-train.conllu`, 'utf8')), ...trainSentences(readFileSync(`${tb}/gum/gum-train.conllu`, 'utf8'))];
const dev = trainSentences(readFileSync(`${tb}/ud-english-ewt/en_ewt-ud-dev.conllu`, 'utf8'));
const epochs = Number(process.argv[2] ?? 10);
const folds = Number(process.argv[3] ?? 4);
const tagOpts = { epochs: 5, seed: 1, minTagCount: 20, minAmbiguityCount: 3, prune: 0 };
const t0 = Date.now();
const full = trainTagger(train, tagOpts);
const tagger = new Tagger(full.tags, new WeightTable(full.keys, full.weights, full.tags.length), full.ambiguity);
const tagIndex = new Map(full.tags.map((t, i) => [t.join('\t'), i]));
// Jackknifed tags for training.
const predicted: Int32Array[] = new Array(train.length);
for (let f = 0; f < folds; f++) {
  const rest = train.filter((_, i) => i % folds !== f);
  const m = trainTagger(rest, tagOpts);
  const tg = new Tagger(m.tags, new WeightTable(m.keys, m.weights, m.tags.length), m.ambiguity);
  train.forEach((s, i) => { if (i % folds === f) { const t = tg.tag(s.forms); predicted[i] = Int32Array.from(t, (c) => tagIndex.get(m.tags[c]!.join('\t')) ?? 0); } });
}
console.log('tagging done', (Date.now() - t0) / 1000);
const labels = [...new Set(train.flatMap((s) => s.deprels))].sort();
const li = new Map(labels.map((l, i) => [l, i]));
const example = (s: TrainSentence, tags: ArrayLike<number>): ParserExample => ({ codes: sentenceCodes(s.forms, tags), n: s.forms.length, heads: Int32Array.from([0, ...s.heads]), labels: Int32Array.from([0, ...s.deprels.map((d) => li.get(d) ?? 0)]) });
const examples = train.map((s, i) => example(s, predicted[i]!));
const devEx = dev.map((s) => ({ s, codes: sentenceCodes(s.forms, tagger.tag(s.forms)) }));
trainParser(examples, labels, { epochs, seed: 1, exploreFrom: 2, explore: 0.9, prune: 0, onEpoch: (e, parser) => {
  let u = 0, l = 0, n = 0;
  const t1 = Date.now();
  for (const { s, codes } of devEx) { const r = parser.parse(codes, s.forms.length); for (let i = 1; i <= s.forms.length; i++) { n++; if (r.heads[i] === s.heads[i - 1]) { u++; if (labels[r.labels[i]!] === s.deprels[i - 1]) l++; } } }
  console.log(e, 'UAS', (u / n * 100).toFixed(2), 'LAS', (l / n * 100).toFixed(2), 'words/s', Math.round(n / ((Date.now() - t1) / 1000)), 's', (Date.now() - t0) / 1000);
} });
