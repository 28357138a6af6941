/**
 * Feature → row of class weights, as an open-addressed hash table over 32-bit feature keys. One row per
 * feature keeps a class score a run of adds over contiguous memory: the inner loop of tagger and parser.
 */
export class WeightTable {
  private keys: Uint32Array;
  private rows: Int32Array;
  private mask: number;
  readonly nClasses: number;
  readonly weights: Float32Array;

  /** Built from parallel arrays: `keys[r]` owns `weights[r*nClasses … (r+1)*nClasses)`. */
  constructor(keys: Uint32Array, weights: Float32Array, nClasses: number) {
    this.nClasses = nClasses;
    this.weights = weights;
    let cap = 16;
    while (cap < keys.length * 2) cap <<= 1;
    this.mask = cap - 1;
    this.keys = new Uint32Array(cap);
    this.rows = new Int32Array(cap);
    for (let r = 0; r < keys.length; r++) {
      const k = keys[r] as number;
      let slot = k & this.mask;
      while (this.keys[slot] !== 0) slot = (slot + 1) & this.mask;
      this.keys[slot] = k;
      this.rows[slot] = r;
    }
  }

  /** Adds the rows of `n` features to `scores` (length nClasses). */
  score(features: Uint32Array, n: number, scores: Float32Array): void {
    const keys = this.keys;
    const mask = this.mask;
    const w = this.weights;
    const nc = this.nClasses;
    for (let i = 0; i < n; i++) {
      const k = features[i] as number;
      let slot = k & mask;
      let key = keys[slot] as number;
      while (key !== k && key !== 0) {
        slot = (slot + 1) & mask;
        key = keys[slot] as number;
      }
      if (key === 0) continue;
      const base = (this.rows[slot] as number) * nc;
      for (let c = 0; c < nc; c++) (scores as Float32Array)[c] = (scores[c] as number) + (w[base + c] as number);
    }
  }
}
