// npm run train:ner: trains the named-entity recogniser (src/ner) and writes models/ner/ner-en.bin.
// Data (../shared/corpus/treebanks, CC BY-SA 4.0 / CC BY 4.0; see models/ner/LICENSE.md): UNER English-EWT
// train and GUM train's Entity= annotations. UNER dev picks the epoch; the test files are never read here.
// Options: --epochs N (default 12), --min-count N (2), --seed N (1), --no-gum, --no-gazetteer, --out PATH,
// --pos upos|both|none (default both: the syntax layer's predicted UPOS and XPOS tags as features; the
// treebanks' own tags are never read: the pipeline only ever has predicted ones), --gum-only-check (print the
// GUM names found and exit), --jackknife N (default 4; 0 = off: the training sentences are tagged by N taggers,
// each trained without its fold of the syntax model's training data, so that their tags are as wrong as the
// pipeline's; tagged by the shipped tagger, which learnt them, they are nearly gold and the model trusts them).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { defaultData } from '../src/knowledge/index.js';
import { addSentence, emptyScore, f1, kbGazetteer, posTag, readGum, readIob2, recognise, serialiseModel, splitDocuments, trainNer } from '../src/ner/index.js';
import type { Gazetteer, NerInput, NerModel, NerSentence } from '../src/ner/index.js';
import { sharedDir } from './shared-path.js';
import titles from '../data/lexicon/titles.json' with { type: 'json' };
import { trainSentences } from '../src/syntax/train/corpus.js';
import { trainTagger } from '../src/syntax/train/tagger.js';
import { Tagger } from '../src/syntax/tagger/tagger.js';
import { WeightTable } from '../src/syntax/model/table.js';

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

export type PosMode = 'none' | 'upos' | 'both';

/** The sentence's words with the syntax layer's predicted tags (gold tags, where a corpus has them, are dropped). */
export function withPos<S extends NerInput>(s: S, mode: PosMode): S {
  const rest: S = { ...s };
  delete rest.tags;
  delete rest.xpos;
  if (mode === 'none') return rest;
  const p = posTag(s.words);
  return { ...rest, tags: p.tags, ...(mode === 'both' ? { xpos: p.xpos } : {}) };
}

/**
 * Jackknifed tags: the syntax model's tagger was trained on these very sentences (UD English-EWT train and GUM
 * train), so it tags them almost without error, unlike the text the recogniser meets. Each fold of its
 * training data is tagged by a tagger trained on the other folds (same options as scripts/train-syntax.ts).
 * Returns words (joined by a tab) → [UPOS, XPOS] per word.
 */
export function jackknifeTags(folds: number, log: (l: string) => void): Map<string, [string[], string[]]> {
  const read = (f: string) => trainSentences(readFileSync(join(TREEBANKS, f), 'utf8'));
  const train = [...read('ud-english-ewt/en_ewt-ud-train.conllu'), ...read('gum/gum-train.conllu')];
  const out = new Map<string, [string[], string[]]>();
  for (let f = 0; f < folds; f++) {
    const t = trainTagger(
      train.filter((_, i) => i % folds !== f),
      { epochs: 10, seed: 1, minTagCount: 20, minAmbiguityCount: 3, minFrequent: 20, prune: 0 },
    );
    const tagger = new Tagger(t.tags, WeightTable.fromFloats(t.keys, t.weights, t.tags.length), t.ambiguity, t.frequent);
    let ok = 0;
    let n = 0;
    train.forEach((s, i) => {
      if (i % folds !== f) return;
      const ids = [...tagger.tag(s.forms)];
      const tags = ids.map((c) => tagger.tags[c]!);
      n += tags.length;
      ok += tags.filter((tg, k) => tg[0] === s.upos[k]).length;
      out.set(s.forms.join('\t'), [tags.map((tg) => tg[0]), tags.map((tg) => tg[1])]);
    });
    log(`jackknife fold ${f + 1}/${folds}: held-out UPOS accuracy ${(ok / n).toFixed(4)}`);
  }
  return out;
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
const posIndex = args.indexOf('--pos');
const pos = (posIndex >= 0 ? args[posIndex + 1]! : 'both') as PosMode;
if (!['none', 'upos', 'both'].includes(pos)) throw new Error(`--pos ${pos}: none, upos or both`);
const dev = readIob2(readFileSync(join(TREEBANKS, 'uner-english-ewt/dev.iob2'), 'utf8')).map((s) => withPos(s, pos));
const gazetteer = flag('no-gazetteer') ? undefined : projectGazetteer();
const folds = opt('jackknife', 4);
const jack = folds > 0 && pos !== 'none' ? jackknifeTags(folds, (l) => console.log(l)) : undefined;
let missing = 0;
const train = [...uner, ...gum].map((s) => {
  const plain = { words: s.words, spans: s.spans };
  const j = jack?.get(s.words.join('\t'));
  if (jack && !j) missing++;
  return j ? { ...plain, tags: j[0], ...(pos === 'both' ? { xpos: j[1] } : {}) } : withPos(plain, pos);
});
if (jack) console.log(`jackknifed tags for ${train.length - missing} of ${train.length} training sentences (the rest tagged by the shipped model)`);
console.log(`train: ${uner.length} UNER + ${gum.length} GUM sentences; dev ${dev.length}; POS features: ${pos}`);

const result = trainNer(train, {
  epochs: opt('epochs', 12),
  seed: opt('seed', 1),
  minCount: opt('min-count', 2),
  gazetteer,
  posTags: pos !== 'none',
  evaluate: (model) => f1(scoreOn(model, dev, gazetteer).all).f1,
  log: (l) => console.log(l),
});
result.model.header.meta = {
  ...result.model.header.meta,
  data: `UNER English-EWT train (0c7ce0d)${gum.length ? ' + GUM train Entity= (PER/ORG/LOC proper names)' : ''}`,
  devF1: result.scores[result.bestEpoch - 1],
  ...(pos !== 'none' ? { pos: `${pos === 'both' ? 'UPOS + XPOS' : 'UPOS'} predicted by the syntax model's tagger${jack ? ` (training sentences: ${folds}-fold jackknife)` : ''}` } : {}),
};
const bytes = serialiseModel(result.model);
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, bytes);
console.log(`best epoch ${result.bestEpoch} (dev F1 ${result.scores[result.bestEpoch - 1]!.toFixed(4)}); ${result.model.rows.size} features, ${(bytes.length / 1e6).toFixed(2)} MB → ${out} in ${((Date.now() - started) / 1000).toFixed(0)} s`);
