import { WeightTable } from '../model/table.js';
import { MAX_TAG_FEATURES, tagFeatures, wordCodes } from './features.js';

/** A trained tagger: one class per UPOS+XPOS pair, greedy left to right. */
export class Tagger {
  /** Class → [UPOS, XPOS]. */
  readonly tags: readonly (readonly [string, string])[];
  private readonly table: WeightTable;
  private readonly ambiguity: ReadonlyMap<string, number>;
  /** Frequent words that (nearly) always take one tag ("the", ",", "of"): tagged without scoring. */
  private readonly frequent: ReadonlyMap<string, number>;

  constructor(tags: readonly (readonly [string, string])[], table: WeightTable, ambiguity: ReadonlyMap<string, number>, frequent: ReadonlyMap<string, number> = new Map()) {
    this.tags = tags;
    this.table = table;
    this.ambiguity = ambiguity;
    this.frequent = frequent;
  }

  /** Tag class ids of the sentence's words. */
  tag(forms: readonly string[]): Int32Array {
    const codes = wordCodes(forms, this.ambiguity);
    const out = new Int32Array(forms.length);
    const feats = new Int32Array(MAX_TAG_FEATURES);
    const scores = new Int32Array(this.tags.length);
    let t1 = -1;
    let t2 = -1;
    for (let i = 0; i < forms.length; i++) {
      const known = this.frequent.get(forms[i] as string);
      if (known !== undefined) {
        out[i] = known;
        t2 = t1;
        t1 = known;
        continue;
      }
      const n = tagFeatures(codes, i, t1, t2, feats);
      scores.fill(0);
      this.table.score(feats, n, scores);
      let best = 0;
      for (let c = 1; c < scores.length; c++) if ((scores[c] as number) > (scores[best] as number)) best = c;
      out[i] = best;
      t2 = t1;
      t1 = best;
    }
    return out;
  }
}
