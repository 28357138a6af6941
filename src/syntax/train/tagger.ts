import { hashString } from '../model/hash.js';
import { WeightTable } from '../model/table.js';
import { TrainTable } from '../model/train-table.js';
import { MAX_TAG_FEATURES, tagFeatures, wordCodes } from '../tagger/features.js';
import { Tagger } from '../tagger/tagger.js';
import type { TrainSentence } from './corpus.js';
import { seeded, shuffled } from '../../util/random.js';

export interface TaggerTraining {
  tags: [string, string][];
  ambiguity: Map<string, number>;
  /** Word form → tag class, for frequent words that take that tag at least 99.5 % of the time. */
  frequent: Map<string, number>;
  keys: Uint32Array;
  weights: Float32Array;
}

export interface TaggerOptions {
  epochs: number;
  seed: number;
  /** A UPOS+XPOS pair seen fewer times is folded into its UPOS's most frequent pair. */
  minTagCount: number;
  /** Words seen at least this often with one tag 99.5 % of the time are tagged by look-up. */
  minFrequent: number;
  /** Words seen at least this often get an ambiguity class. */
  minAmbiguityCount: number;
  /** Rows whose largest averaged |weight| is below this are dropped. */
  prune: number;
  /** Called after each epoch with the tagger so far (for model selection on a dev set). */
  onEpoch?: (epoch: number, tagger: Tagger) => void;
}

/** Trains the averaged-perceptron tagger; deterministic for a given seed. */
export function trainTagger(sentences: readonly TrainSentence[], options: TaggerOptions): TaggerTraining {
  const pairCount = new Map<string, number>();
  const wordTags = new Map<string, Map<string, number>>();
  const formTags = new Map<string, Map<string, number>>();
  for (const s of sentences)
    s.forms.forEach((f, i) => {
      const pair = `${s.upos[i]}\t${s.xpos[i]}`;
      pairCount.set(pair, (pairCount.get(pair) ?? 0) + 1);
      let ft = formTags.get(f);
      if (!ft) formTags.set(f, (ft = new Map()));
      ft.set(pair, (ft.get(pair) ?? 0) + 1);
      const low = f.toLowerCase();
      let m = wordTags.get(low);
      if (!m) wordTags.set(low, (m = new Map()));
      m.set(pair, (m.get(pair) ?? 0) + 1);
    });
  const sortedPairs = [...pairCount].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const kept = sortedPairs.filter(([, n]) => n >= options.minTagCount).map(([p]) => p);
  const index = new Map(kept.map((p, i) => [p, i]));
  // A rare pair becomes its UPOS's most frequent kept pair, else the most frequent pair of all.
  const classOf = (pair: string): number => {
    const known = index.get(pair);
    if (known !== undefined) return known;
    const upos = pair.split('\t')[0];
    const same = kept.findIndex((p) => p.split('\t')[0] === upos);
    return same >= 0 ? same : 0;
  };
  const ambiguity = new Map<string, number>();
  for (const [word, m] of [...wordTags].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    let total = 0;
    for (const n of m.values()) total += n;
    if (total < options.minAmbiguityCount) continue;
    const set = [...m].filter(([, n]) => n / total >= 0.05).map(([p]) => classOf(p)).sort((a, b) => a - b);
    ambiguity.set(word, hashString(set.join(',')));
  }

  const frequent = new Map<string, number>();
  for (const [form, m] of [...formTags].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    let total = 0;
    let best = '';
    let bestN = 0;
    for (const [p, n] of [...m].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
      total += n;
      if (n > bestN) [best, bestN] = [p, n];
    }
    if (total >= options.minFrequent && bestN / total >= 0.995 && index.has(best)) frequent.set(form, index.get(best) as number);
  }
  const gold = sentences.map((s) => Int32Array.from(s.forms.map((_, i) => classOf(`${s.upos[i]}\t${s.xpos[i]}`))));
  const codes = sentences.map((s) => wordCodes(s.forms, ambiguity));
  const table = new TrainTable(kept.length, 1 << 20);
  const feats = new Int32Array(MAX_TAG_FEATURES);
  const scores = new Float32Array(kept.length);
  const random = seeded(options.seed);
  const order = sentences.map((_, i) => i);
  let time = 1;
  const tags = kept.map((p) => p.split('\t') as [string, string]);
  const snapshot = (): TaggerTraining => {
    const { keys, weights } = table.averaged(time, options.prune);
    return { tags, ambiguity, frequent, keys, weights };
  };
  for (let epoch = 1; epoch <= options.epochs; epoch++) {
    for (const si of shuffled(order, random)) {
      const c = codes[si]!;
      const g = gold[si]!;
      let t1 = -1;
      let t2 = -1;
      for (let i = 0; i < c.n; i++) {
        const n = tagFeatures(c, i, t1, t2, feats);
        table.score(feats, n, scores);
        let best = 0;
        for (let k = 1; k < scores.length; k++) if ((scores[k] as number) > (scores[best] as number)) best = k;
        const truth = g[i] as number;
        if (best !== truth) table.update(feats, n, truth, best, time);
        time++;
        t2 = t1;
        t1 = best;
      }
    }
    if (options.onEpoch) {
      const snap = snapshot();
      options.onEpoch(epoch, new Tagger(snap.tags, WeightTable.fromFloats(snap.keys, snap.weights, snap.tags.length), snap.ambiguity, snap.frequent));
    }
  }
  return snapshot();
}
