/** Greedy left-to-right BILOU decoding: each word takes the best tag the previous one allows. */
import { allowedAfter, bilouToSpans, canEnd } from './bilou.js';
import { historyFeatures, staticFeatures } from './features.js';
import type { FeatureOptions, SentenceFeatures } from './features.js';
import { hashFeature, modelScorer } from './model.js';
import type { NerModel, Scorer } from './model.js';
import { TAGS } from './types.js';
import type { NerInput, Span } from './types.js';

/** A sentence's static features, hashed once. */
export interface HashedSentence {
  features: Uint32Array[];
  shapes: string[];
  lower: string[];
}

export function hashSentence(sf: SentenceFeatures): HashedSentence {
  // A plain loop: TypedArray.from with a map function is several times slower in V8.
  const features = sf.words.map((f) => {
    const h = new Uint32Array(f.length);
    for (let k = 0; k < f.length; k++) h[k] = hashFeature(f[k]!);
    return h;
  });
  return { features, shapes: sf.shapes, lower: sf.lower };
}

/** Called at each word during training with the features used and the tag chosen (before it becomes history). */
export type StepHook = (i: number, features: number[], guess: number) => void;

export function decodeHashed(scorer: Scorer, s: HashedSentence, hook?: StepHook): number[] {
  const n = s.features.length;
  const out: number[] = [];
  const T = scorer.tagCount;
  const scores = new Float64Array(T);
  for (let i = 0; i < n; i++) {
    const prev1 = i > 0 ? out[i - 1]! : -1;
    const prev2 = i > 1 ? out[i - 2]! : -1;
    const hist = historyFeatures(prev1 < 0 ? '<s>' : TAGS[prev1]!, prev2 < 0 ? '<s>' : TAGS[prev2]!, s.shapes[i]!, s.lower[i]!).map(hashFeature);
    scores.fill(0);
    scorer.score(s.features[i]!, scores);
    scorer.score(hist, scores);
    let best = -1;
    for (let t = 0; t < T; t++) {
      if (!allowedAfter(prev1, t)) continue;
      // The last word closes any open mention; so does a word whose only continuation would be invalid.
      if (i === n - 1 && !canEnd(t)) continue;
      if (best < 0 || scores[t]! > scores[best]!) best = t;
    }
    if (hook) hook(i, [...s.features[i]!, ...hist], best);
    out.push(best);
  }
  return out;
}

/** Words (and optional POS tags) → entity spans over word indices. */
export function recognise(model: NerModel, input: NerInput, opts: FeatureOptions = {}): Span[] {
  if (input.words.length === 0) return [];
  const scorer = modelScorer(model);
  const tagged = model.header.posTags ? input : { words: input.words };
  return bilouToSpans(decodeHashed(scorer, hashSentence(staticFeatures(tagged, opts))));
}

