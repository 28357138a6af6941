/**
 * Averaged perceptron over greedy BILOU decoding, trained on its own predicted history (so that training
 * sees the errors decoding will make). Deterministic: fixed feature order, a seeded shuffle per epoch.
 */
import { allowedAfter, canEnd, spansToBilou } from './bilou.js';
import { decodeHashed } from './decode.js';
import { hashedFeatures } from './hashed-features.js';
import type { HashedSentence } from './hashed-features.js';
import { historyFeatures } from './features.js';
import type { FeatureOptions } from './features.js';
import { hashFeature, quantise } from './model.js';
import type { NerModel, Scorer } from './model.js';
import { TAGS } from './types.js';
import type { NerSentence } from './types.js';

export interface TrainOptions extends FeatureOptions {
  epochs: number;
  seed: number;
  /** Features seen fewer times than this in the gold data get no weights (smaller model, less overfitting). */
  minCount: number;
  /** Use the sentences' POS tags as features. */
  posTags?: boolean;
  /** Called after each epoch with the averaged model; returns a score (higher is better) to pick the epoch. */
  evaluate?: (model: NerModel, epoch: number) => number;
  log?: (line: string) => void;
}

export interface TrainResult {
  model: NerModel;
  bestEpoch: number;
  scores: number[];
}

/** mulberry32: a small seeded PRNG, so the shuffle is the same on every machine. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Perceptron weights with lazy averaging: each weight keeps the running sum of its past values. */
class AveragedWeights implements Scorer {
  readonly tagCount = TAGS.length;
  private readonly w: Float32Array;
  private readonly acc: Float64Array;
  private readonly stamp: Uint32Array;
  time = 1;

  constructor(private readonly rows: Map<number, number>) {
    const size = rows.size * this.tagCount;
    this.w = new Float32Array(size);
    this.acc = new Float64Array(size);
    this.stamp = new Uint32Array(size);
  }

  score(features: ArrayLike<number>, out: Float64Array): void {
    const T = this.tagCount;
    for (let k = 0; k < features.length; k++) {
      const r = this.rows.get(features[k]!);
      if (r === undefined) continue;
      for (let t = 0; t < T; t++) out[t]! += this.w[r * T + t]!;
    }
  }

  update(features: readonly number[], tag: number, delta: number): void {
    for (const f of features) {
      const r = this.rows.get(f);
      if (r === undefined) continue;
      const p = r * this.tagCount + tag;
      this.acc[p]! += (this.time - this.stamp[p]!) * this.w[p]!;
      this.stamp[p] = this.time;
      this.w[p]! += delta;
    }
  }

  averaged(): Float32Array {
    const out = new Float32Array(this.w.length);
    for (let p = 0; p < out.length; p++) out[p] = (this.acc[p]! + (this.time - this.stamp[p]!) * this.w[p]!) / this.time;
    return out;
  }
}

export function trainNer(sentences: readonly NerSentence[], opts: TrainOptions): TrainResult {
  const log = opts.log ?? (() => {});
  const featureOpts: FeatureOptions = { gazetteer: opts.gazetteer };
  const data: { s: HashedSentence; gold: number[] }[] = sentences.map((sent) => {
    const input = opts.posTags ? sent : { words: sent.words };
    return { s: hashedFeatures(input, featureOpts), gold: spansToBilou(sent.words.length, sent.spans) };
  });

  // Count features under gold history; keep the frequent ones, in first-seen order (deterministic rows).
  const counts = new Map<number, number>();
  for (const { s, gold } of data) {
    s.features.forEach((fs, i) => {
      const hist = historyFeatures(i > 0 ? TAGS[gold[i - 1]!]! : '<s>', i > 1 ? TAGS[gold[i - 2]!]! : '<s>', s.shapes[i]!, s.lower[i]!);
      for (const f of [...fs, ...hist.map(hashFeature)]) counts.set(f, (counts.get(f) ?? 0) + 1);
    });
  }
  const rows = new Map<number, number>();
  for (const [f, c] of counts) if (c >= opts.minCount) rows.set(f, rows.size);
  log(`${data.length} sentences, ${counts.size} features, ${rows.size} kept (count ≥ ${opts.minCount})`);

  const weights = new AveragedWeights(rows);
  const keys = [...rows.keys()];
  const header = { gazetteer: opts.gazetteer !== undefined, posTags: opts.posTags === true };
  const random = rng(opts.seed);
  const order = data.map((_, i) => i);
  const scores: number[] = [];
  let best: { model: NerModel; epoch: number; score: number } | undefined;
  for (let epoch = 1; epoch <= opts.epochs; epoch++) {
    // Fisher–Yates with the seeded generator.
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    let errors = 0;
    let tokens = 0;
    for (const idx of order) {
      const { s, gold } = data[idx]!;
      const hist: number[] = [];
      decodeHashed(weights, s, (i, feats, guess) => {
        const g = gold[i]!;
        tokens++;
        if (guess !== g) {
          errors++;
          // After a wrong tag the gold one may be unreachable (I-PER after a predicted O): no update then,
          // or the weights would chase a tag that decoding can never choose.
          if (!allowedAfter(i > 0 ? hist[i - 1]! : -1, g) || (i === gold.length - 1 && !canEnd(g))) {
            hist.push(guess);
            weights.time++;
            return;
          }
          weights.update(feats, g, 1);
          weights.update(feats, guess, -1);
        }
        hist.push(guess);
        weights.time++;
      });
    }
    const model = quantise(keys, weights.averaged(), [...TAGS], { ...header, meta: { epoch } });
    const score = opts.evaluate ? opts.evaluate(model, epoch) : -errors;
    scores.push(score);
    log(`epoch ${epoch}: train token error ${(errors / tokens).toFixed(4)}, score ${score.toFixed(4)}, ${model.rows.size} rows`);
    if (!best || score > best.score) best = { model, epoch, score };
  }
  if (!best) throw new Error('trainNer: no epochs');
  best.model.header.meta = { ...best.model.header.meta, epoch: best.epoch, selectionScore: best.score };
  return { model: best.model, bestEpoch: best.epoch, scores };
}
