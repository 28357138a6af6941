/** Greedy left-to-right BILOU decoding: each word takes the best tag the previous one allows. */
import { allowedAfter, bilouToSpans, canEnd } from './bilou.js';
import { historyFeatures } from './features.js';
import { hashedFeatures } from './hashed-features.js';
import type { HashedSentence } from './hashed-features.js';
import type { FeatureOptions } from './features.js';
import { hashFeature, modelScorer } from './model.js';
import type { NerModel, Scorer } from './model.js';
import { TAGS } from './types.js';
import type { NerInput, Span } from './types.js';

const tagName = (t: number) => (t < 0 ? '<s>' : TAGS[t]!);
/** The tag-only history features, hashed once: `y1=` by previous tag, `y2y1=` by the previous two. */
const Y1 = Array.from({ length: TAGS.length + 1 }, (_, a) => hashFeature(historyFeatures(tagName(a - 1), '', '', '')[0]!));
const Y2Y1 = Array.from({ length: (TAGS.length + 1) ** 2 }, (_, k) => {
  const p2 = Math.floor(k / (TAGS.length + 1)) - 1;
  const p1 = (k % (TAGS.length + 1)) - 1;
  return hashFeature(historyFeatures(tagName(p1), tagName(p2), '', '')[1]!);
});

/** `historyFeatures` hashed, in its order; only the two features that involve the word are built as strings. */
function historyHashes(prev1: number, prev2: number, shape: string, lower: string): number[] {
  const p = tagName(prev1);
  return [Y1[prev1 + 1]!, Y2Y1[(prev2 + 1) * (TAGS.length + 1) + prev1 + 1]!, hashFeature(`y1sh=${p}|${shape}`), hashFeature(`y1l=${p}|${lower}`)];
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
    const hist = historyHashes(prev1, prev2, s.shapes[i]!, s.lower[i]!);
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
  return bilouToSpans(decodeHashed(scorer, hashedFeatures(tagged, opts)));
}

