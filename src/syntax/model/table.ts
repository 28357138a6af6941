/**
 * Feature → row of class weights, as an open-addressed hash table over 32-bit feature keys. Each slot holds
 * its key and its row side by side, and weights are int16 (the model file's precision), so a look-up touches
 * one small place in memory: the tagger's and parser's inner loop is bound by memory, not arithmetic.
 *
 * Scores are summed as integers (int16 steps of `scale`), exactly: a decision adds at most a few hundred rows of
 * |w| ≤ 32767, far from 2³¹. So any order or grouping of the additions gives the same scores, which lets the
 * parser add cached partial sums (parser/parser.ts) and still choose exactly what a plain sum would.
 */
export class WeightTable {
  readonly nClasses: number;
  /** Slot s: key at ints[s * intStride]; its weights at shorts[s * shortStride + 2 …]; key 0 = empty. */
  private readonly ints: Int32Array;
  private readonly shorts: Int16Array;
  private readonly intStride: number;
  private readonly shortStride: number;
  private readonly mask: number;
  /** Row offsets (into `shorts`) of the features found by one score() call. */
  private found = new Int32Array(128);
  private touched = 0;
  /** Scores come out in int16 steps; argmax needs no rescaling, `scale` gives them back in weight units. */
  readonly scale: number;

  /** From training weights: `keys[r]` owns `weights[r*nClasses … (r+1)*nClasses)`, quantised here. */
  static fromFloats(keys: Uint32Array, weights: Float32Array, nClasses: number): WeightTable {
    let max = 0;
    for (const w of weights) if (Math.abs(w) > max) max = Math.abs(w);
    const scale = max > 0 ? max / 32767 : 1;
    return new WeightTable(keys, Int16Array.from(weights, (w) => Math.round(w / scale)), scale, nClasses);
  }

  /** From a model file's int16 rows (value × scale = weight): no float pass at load. */
  constructor(keys: Uint32Array, quantised: Int16Array, scale: number, nClasses: number) {
    this.nClasses = nClasses;
    this.intStride = 1 + ((nClasses + 1) >> 1);
    this.shortStride = this.intStride * 2;
    let cap = 16;
    while (cap < keys.length * 2) cap <<= 1;
    this.mask = cap - 1;
    this.scale = scale;
    const buffer = new ArrayBuffer(cap * this.intStride * 4);
    this.ints = new Int32Array(buffer);
    this.shorts = new Int16Array(buffer);
    for (let r = 0; r < keys.length; r++) {
      const k = (keys[r] as number) | 0;
      let slot = k & this.mask;
      while (this.ints[slot * this.intStride] !== 0) slot = (slot + 1) & this.mask;
      this.ints[slot * this.intStride] = k;
      this.shorts.set(quantised.subarray(r * nClasses, (r + 1) * nClasses), slot * this.shortStride + 2);
    }
  }

  /**
   * Adds the rows of `features[0 … n)` to `scores[at … at + nClasses)`, in int16 steps of `scale`.
   * Wide rows (tagger, labeller): first every key is found, then the rows are added, so the look-ups (cache
   * misses, mostly) do not wait on the additions and the processor overlaps them.
   */
  score(features: Int32Array, n: number, scores: Int32Array, at = 0): void {
    const ints = this.ints;
    const shorts = this.shorts;
    const mask = this.mask;
    const intStride = this.intStride;
    const shortStride = this.shortStride;
    const nc = this.nClasses;
    if (nc === 4) {
      // The parser's transitions: a first pass touches every home slot (independent loads that the processor
      // overlaps, so the misses are paid once, together), then four running sums in registers.
      let touched = 0;
      for (let i = 0; i < n; i++) touched |= ints[((features[i] as number) & mask) * intStride] as number;
      this.touched = touched; // kept, so the compiler cannot drop the pass
      let s0 = 0;
      let s1 = 0;
      let s2 = 0;
      let s3 = 0;
      for (let i = 0; i < n; i++) {
        const k = features[i] as number;
        let slot = k & mask;
        let key = ints[slot * intStride] as number;
        while (key !== k && key !== 0) {
          slot = (slot + 1) & mask;
          key = ints[slot * intStride] as number;
        }
        if (key === 0) continue;
        const base = slot * shortStride + 2;
        s0 += shorts[base] as number;
        s1 += shorts[base + 1] as number;
        s2 += shorts[base + 2] as number;
        s3 += shorts[base + 3] as number;
      }
      scores[at] = (scores[at] as number) + s0;
      scores[at + 1] = (scores[at + 1] as number) + s1;
      scores[at + 2] = (scores[at + 2] as number) + s2;
      scores[at + 3] = (scores[at + 3] as number) + s3;
      return;
    }
    if (this.found.length < n) this.found = new Int32Array(n);
    const found = this.found;
    let m = 0;
    for (let i = 0; i < n; i++) {
      const k = features[i] as number;
      let slot = k & mask;
      let key = ints[slot * intStride] as number;
      while (key !== k && key !== 0) {
        slot = (slot + 1) & mask;
        key = ints[slot * intStride] as number;
      }
      if (key !== 0) found[m++] = slot * shortStride + 2;
    }
    for (let j = 0; j < m; j++) {
      const base = (found[j] as number) - at;
      for (let c = at; c < at + nc; c++) scores[c] = (scores[c] as number) + (shorts[base + c] as number);
    }
  }
}
