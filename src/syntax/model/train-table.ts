/**
 * The averaged perceptron's training weights: rows created on first update. Averaging uses the
 * counter trick (Daumé 2006): keep w and u = Σ c·δ; the average is w − u/c, with no per-feature timestamps.
 */
export class TrainTable {
  private keys: Int32Array;
  private rows: Int32Array;
  private mask: number;
  private w: Float32Array;
  private u: Float64Array;
  private count = 0;
  readonly nClasses: number;

  constructor(nClasses: number, capacity = 1 << 16) {
    this.nClasses = nClasses;
    this.keys = new Int32Array(capacity);
    this.rows = new Int32Array(capacity);
    this.mask = capacity - 1;
    this.w = new Float32Array(1024 * nClasses);
    this.u = new Float64Array(1024 * nClasses);
  }

  get size(): number {
    return this.count;
  }

  private find(k: number): number {
    let slot = k & this.mask;
    for (;;) {
      const key = this.keys[slot] as number;
      if (key === k) return this.rows[slot] as number;
      if (key === 0) return -1;
      slot = (slot + 1) & this.mask;
    }
  }

  private create(k: number): number {
    if (this.count * 2 >= this.keys.length) this.grow();
    let slot = k & this.mask;
    while (this.keys[slot] !== 0) slot = (slot + 1) & this.mask;
    this.keys[slot] = k;
    const row = this.count++;
    this.rows[slot] = row;
    if ((row + 1) * this.nClasses > this.w.length) {
      const w = new Float32Array(this.w.length * 2);
      w.set(this.w);
      this.w = w;
      const u = new Float64Array(this.u.length * 2);
      u.set(this.u);
      this.u = u;
    }
    return row;
  }

  private grow(): void {
    const oldKeys = this.keys;
    const oldRows = this.rows;
    const cap = oldKeys.length * 2;
    this.keys = new Int32Array(cap);
    this.rows = new Int32Array(cap);
    this.mask = cap - 1;
    for (let s = 0; s < oldKeys.length; s++) {
      const k = oldKeys[s] as number;
      if (k === 0) continue;
      let slot = k & this.mask;
      while (this.keys[slot] !== 0) slot = (slot + 1) & this.mask;
      this.keys[slot] = k;
      this.rows[slot] = oldRows[s] as number;
    }
  }

  score(features: Int32Array, n: number, scores: Float32Array): void {
    scores.fill(0);
    const nc = this.nClasses;
    for (let i = 0; i < n; i++) {
      const row = this.find(features[i] as number);
      if (row < 0) continue;
      const base = row * nc;
      for (let c = 0; c < nc; c++) scores[c] = (scores[c] as number) + (this.w[base + c] as number);
    }
  }

  /** Moves the features' weights toward `good` and away from `bad`; `time` is the number of updates seen so far + 1. */
  update(features: Int32Array, n: number, good: number, bad: number, time: number): void {
    const nc = this.nClasses;
    for (let i = 0; i < n; i++) {
      const k = features[i] as number;
      let row = this.find(k);
      if (row < 0) row = this.create(k);
      const base = row * nc;
      this.w[base + good] = (this.w[base + good] as number) + 1;
      this.u[base + good] = (this.u[base + good] as number) + time;
      this.w[base + bad] = (this.w[base + bad] as number) - 1;
      this.u[base + bad] = (this.u[base + bad] as number) - time;
    }
  }

  /** The averaged weights at `time`, keeping only rows whose largest |weight| reaches `minAbs`. */
  averaged(time: number, minAbs: number): { keys: Uint32Array; weights: Float32Array } {
    const nc = this.nClasses;
    const keep: number[] = [];
    const slots: number[] = [];
    for (let s = 0; s < this.keys.length; s++) if (this.keys[s] !== 0) slots.push(s);
    // Sorted by key so the same training gives the same bytes whatever the insertion history.
    slots.sort((a, b) => ((this.keys[a] as number) >>> 0) - ((this.keys[b] as number) >>> 0));
    const avg = new Float32Array(nc);
    const out: number[] = [];
    for (const s of slots) {
      const row = this.rows[s] as number;
      let max = 0;
      for (let c = 0; c < nc; c++) {
        const v = (this.w[row * nc + c] as number) - (this.u[row * nc + c] as number) / time;
        avg[c] = v;
        if (Math.abs(v) > max) max = Math.abs(v);
      }
      if (max < minAbs) continue;
      keep.push((this.keys[s] as number) >>> 0);
      for (let c = 0; c < nc; c++) out.push(avg[c] as number);
    }
    return { keys: Uint32Array.from(keep), weights: Float32Array.from(out) };
  }
}
