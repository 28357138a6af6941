/**
 * An arc-eager configuration (Nivre 2003) over words 1…n with the artificial root 0 at the stack's bottom,
 * plus what the feature templates read: leftmost/rightmost children, valencies and children's label sets.
 */
export const SHIFT = 0;
export const REDUCE = 1;
export const LEFT = 2;
export const RIGHT = 3;
export const N_ACTIONS = 4;

export class ParserState {
  readonly n: number;
  readonly stack: Int32Array;
  sp = 1;
  /** Front of the buffer; > n when the buffer is empty. */
  b = 1;
  readonly heads: Int32Array;
  readonly labels: Int32Array;
  readonly lc1: Int32Array;
  readonly lc2: Int32Array;
  readonly rc1: Int32Array;
  readonly rc2: Int32Array;
  readonly nl: Int32Array;
  readonly nr: Int32Array;
  /** Bit sets of the labels of each word's left and right children (labels ≥ 31 share the top bit). */
  readonly lset: Int32Array;
  readonly rset: Int32Array;
  readonly inStack: Uint8Array;
  rootArcs = 0;

  constructor(n: number) {
    this.n = n;
    const mk = (fill: number) => new Int32Array(n + 1).fill(fill);
    this.stack = new Int32Array(n + 1);
    this.heads = mk(-1);
    this.labels = mk(-1);
    this.lc1 = mk(-1);
    this.lc2 = mk(-1);
    this.rc1 = mk(-1);
    this.rc2 = mk(-1);
    this.nl = mk(0);
    this.nr = mk(0);
    this.lset = mk(0);
    this.rset = mk(0);
    this.inStack = new Uint8Array(n + 1);
    this.stack[0] = 0;
    this.inStack[0] = 1;
  }

  get terminal(): boolean {
    return this.b > this.n;
  }

  get s0(): number {
    return this.sp > 0 ? (this.stack[this.sp - 1] as number) : -1;
  }

  valid(action: number): boolean {
    const s0 = this.s0;
    switch (action) {
      case SHIFT:
        return this.b <= this.n;
      case REDUCE:
        return s0 > 0 && (this.heads[s0] as number) >= 0;
      case LEFT:
        return s0 > 0 && this.b <= this.n && (this.heads[s0] as number) < 0;
      default:
        // One root: the artificial root takes a single dependent.
        return s0 >= 0 && this.b <= this.n && (s0 !== 0 || this.rootArcs === 0);
    }
  }

  apply(action: number, label: number): void {
    const s0 = this.s0;
    switch (action) {
      case SHIFT:
        this.push(this.b++);
        return;
      case REDUCE:
        this.pop();
        return;
      case LEFT:
        this.arc(this.b, s0, label);
        this.pop();
        return;
      default:
        this.arc(s0, this.b, label);
        this.push(this.b++);
    }
  }

  /** Attaches d to h with the label; also used to finish a parse. */
  arc(h: number, d: number, label: number): void {
    this.heads[d] = h;
    this.labels[d] = label;
    if (h === 0) this.rootArcs++;
    const bit = 1 << Math.min(label, 31);
    if (d < h) {
      this.nl[h] = (this.nl[h] as number) + 1;
      this.lset[h] = (this.lset[h] as number) | bit;
      const l1 = this.lc1[h] as number;
      if (l1 < 0 || d < l1) {
        this.lc2[h] = l1;
        this.lc1[h] = d;
      } else {
        const l2 = this.lc2[h] as number;
        if (l2 < 0 || d < l2) this.lc2[h] = d;
      }
    } else {
      this.nr[h] = (this.nr[h] as number) + 1;
      this.rset[h] = (this.rset[h] as number) | bit;
      const r1 = this.rc1[h] as number;
      if (d > r1) {
        this.rc2[h] = r1;
        this.rc1[h] = d;
      } else if (d > (this.rc2[h] as number)) this.rc2[h] = d;
    }
  }

  private push(i: number): void {
    this.stack[this.sp++] = i;
    this.inStack[i] = 1;
  }

  private pop(): void {
    const i = this.stack[--this.sp] as number;
    this.inStack[i] = 0;
  }
}
