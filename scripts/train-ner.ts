// npm run train:ner: trains the named-entity recogniser (src/ner) and writes models/ner/ner-en.bin.
// Data (../shared/corpus/treebanks, CC BY-SA 4.0 / CC BY 4.0; see models/ner/LICENSE.md): UNER English-EWT
// train and GUM train's Entity= annotations. UNER dev picks the epoch; the test files are never read here.
// Options: --epochs N (default 12), --min-count N (2), --seed N (1), --no-gum, --no-gazetteer, --out PATH,
// --gum-only-check (print the GUM names found and exit).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { defaultData } from '../src/knowledge/index.js';
import { addSentence, emptyScore, f1, kbGazetteer, readGum, readIob2, recognise, serialiseModel, splitDocuments, trainNer } from '../src/ner/index.js';
import type { Gazetteer, NerModel, NerSentence } from '../src/ner/index.js';
import { sharedDir } from './shared-path.js';
import titles from '../data/lexicon/titles.json' with { type: 'json' };

const ROOT = join(import.meta.dirname, '..');
const TREEBANKS = join(sharedDir(ROOT), 'corpus/treebanks');
const args = process.argv.slice(2);
const opt = (name: string, dflt: number) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : dflt;
};
const flag = (name: string) => args.includes(`--${name}`);
const outIndex = args.indexOf('--out');
const out = outIndex >= 0 ? args[outIndex + 1]! : join(ROOT, 'models/ner/ner-en.bin');

// One-word titles only: the words of longer ones ("secretary of state") include "of", which names need.
export const titleWords = new Set([...Object.values(titles.roles).flat(), ...titles.honorifics].filter((t) => !/\s/.test(t)));

export function gumTrain(): NerSentence[] {
  const text = readFileSync(join(TREEBANKS, 'gum/gum-train.conllu'), 'utf8');
  return splitDocuments(text).flatMap((d) => readGum(d, titleWords));
}

export function projectGazetteer(): Gazetteer {
  const data = defaultData();
  return kbGazetteer(data.gazetteer, data.givenNames, data.companies);
}

export function scoreOn(model: NerModel, sentences: readonly NerSentence[], gazetteer: Gazetteer | undefined) {
  const score = emptyScore();
  for (const s of sentences) addSentence(score, s.spans, recognise(model, s, { gazetteer }));
  return score;
}

const started = Date.now();
const uner = readIob2(readFileSync(join(TREEBANKS, 'uner-english-ewt/train.iob2'), 'utf8'));
const gum = flag('no-gum') ? [] : gumTrain();
if (flag('gum-only-check')) {
  const counts: Record<string, number> = {};
  for (const s of gum) for (const sp of s.spans) counts[sp.type] = (counts[sp.type] ?? 0) + 1;
  console.log(`GUM train: ${gum.length} sentences, names by type`, counts);
  for (const s of gum.slice(0, 400)) for (const sp of s.spans) console.log(sp.type, s.words.slice(sp.start, sp.end).join(' '));
  process.exit(0);
}
const dev = readIob2(readFileSync(join(TREEBANKS, 'uner-english-ewt/dev.iob2'), 'utf8'));
const gazetteer = flag('no-gazetteer') ? undefined : projectGazetteer();
// UNER's train has no POS column; GUM's tags are dropped too, so the model does not expect them (yet).
const train = [...uner, ...gum].map((s) => ({ words: s.words, spans: s.spans }));
console.log(`train: ${uner.length} UNER + ${gum.length} GUM sentences; dev ${dev.length}`);

const result = trainNer(train, {
  epochs: opt('epochs', 12),
  seed: opt('seed', 1),
  minCount: opt('min-count', 2),
  gazetteer,
  evaluate: (model) => f1(scoreOn(model, dev, gazetteer).all).f1,
  log: (l) => console.log(l),
});
result.model.header.meta = {
  ...result.model.header.meta,
  data: `UNER English-EWT train (0c7ce0d)${gum.length ? ' + GUM train Entity= (PER/ORG/LOC proper names)' : ''}`,
  devF1: result.scores[result.bestEpoch - 1],
};
const bytes = serialiseModel(result.model);
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, bytes);
console.log(`best epoch ${result.bestEpoch} (dev F1 ${result.scores[result.bestEpoch - 1]!.toFixed(4)}); ${result.model.rows.size} features, ${(bytes.length / 1e6).toFixed(2)} MB → ${out} in ${((Date.now() - started) / 1000).toFixed(0)} s`);
