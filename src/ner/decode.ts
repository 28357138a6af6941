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
  return { features: sf.words.map((f) => Uint32Array.from(f, hashFeature)), shapes: sf.shapes, lower: sf.lower };
}

/** Called at each word during training with the features used and the tag chosen (before it becomes history). */
export type StepHook = (i: number, features: number[], guess: number) => void;

export function decodeHashed(scorer: Scorer, s: HashedSentence, hook?: StepHook): number[] {
  const n = s.features.length;
  const out: number[] = [];
  const scores = new Float64Array(scorer.tagCount);
  for (let i = 0; i < n; i++) {
    const prev1 = i > 0 ? out[i - 1]! : -1;
    const prev2 = i > 1 ? out[i - 2]! : -1;
    const hist = historyFeatures(prev1 < 0 ? '<s>' : TAGS[prev1]!, prev2 < 0 ? '<s>' : TAGS[prev2]!, s.shapes[i]!, s.lower[i]!);
    const feats = [...s.features[i]!, ...hist.map(hashFeature)];
    scores.fill(0);
    scorer.score(feats, scores);
    let best = -1;
    for (let t = 0; t < scorer.tagCount; t++) {
      if (!allowedAfter(prev1, t)) continue;
      // The last word closes any open mention; so does a word whose only continuation would be invalid.
      if (i === n - 1 && !canEnd(t)) continue;
      if (best < 0 || scores[t]! > scores[best]!) best = t;
    }
    hook?.(i, feats, best);
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

