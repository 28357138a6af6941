import type { WeightTable } from '../model/table.js';
import { MAX_LABEL_FEATURES, MAX_PARSER_FEATURES, labelFeatures, parserFeatures, type SentenceCodes } from './features.js';
import { LEFT, N_ACTIONS, ParserState, RIGHT } from './state.js';

export interface ParseResult {
  /** 1-based heads per word (index 0 unused). */
  heads: Int32Array;
  /** Label ids per word (index 0 unused). */
  labels: Int32Array;
}

/**
 * Greedy arc-eager parsing: an averaged perceptron picks the transition, a second one the arc's label
 * (over the labels seen in that direction), so a step scores 4 classes rather than 2 × labels.
 */
export class Parser {
  readonly labels: readonly string[];
  private readonly actions: WeightTable;
  private readonly labeller: WeightTable;
  /** Per direction (0 left, 1 right), whether a label was seen there in training. */
  private readonly allowed: readonly Uint8Array[];
  private readonly rootLabel: number;

  constructor(labels: readonly string[], actions: WeightTable, labeller: WeightTable, allowed: readonly Uint8Array[]) {
    this.labels = labels;
    this.actions = actions;
    this.labeller = labeller;
    this.allowed = allowed;
    this.rootLabel = Math.max(0, labels.indexOf('root'));
  }

  parse(codes: SentenceCodes, n: number): ParseResult {
    const st = new ParserState(n);
    const feats = new Int32Array(MAX_PARSER_FEATURES);
    const lfeats = new Int32Array(MAX_LABEL_FEATURES);
    const scores = new Float32Array(N_ACTIONS);
    const lscores = new Float32Array(this.labels.length);
    while (!st.terminal) {
      const k = parserFeatures(st, codes, feats);
      scores.fill(0);
      this.actions.score(feats, k, scores);
      let best = -1;
      for (let a = 0; a < N_ACTIONS; a++) if (st.valid(a) && (best < 0 || (scores[a] as number) > (scores[best] as number))) best = a;
      let label = 0;
      if (best === LEFT || best === RIGHT) {
        const h = best === LEFT ? st.b : st.s0;
        const d = best === LEFT ? st.s0 : st.b;
        label = h === 0 ? this.rootLabel : this.label(st, codes, h, d, lfeats, lscores);
      }
      st.apply(best, label);
    }
    this.finish(st, codes, lfeats, lscores);
    return { heads: st.heads, labels: st.labels };
  }

  /** Best label of h → d among those seen in its direction. */
  label(st: ParserState, codes: SentenceCodes, h: number, d: number, lfeats: Int32Array, lscores: Float32Array): number {
    const k = labelFeatures(st, codes, h, d, lfeats);
    lscores.fill(0);
    this.labeller.score(lfeats, k, lscores);
    const ok = this.allowed[d < h ? 0 : 1] as Uint8Array;
    let best = -1;
    for (let l = 0; l < lscores.length; l++) if (ok[l] && l !== this.rootLabel && (best < 0 || (lscores[l] as number) > (lscores[best] as number))) best = l;
    return Math.max(best, 0);
  }

  /** Words left without a head hang from the root word (the first of them becomes it if there is none). */
  private finish(st: ParserState, codes: SentenceCodes, lfeats: Int32Array, lscores: Float32Array): void {
    let root = -1;
    for (let i = 1; i <= st.n; i++) if (st.heads[i] === 0) root = i;
    for (let i = 1; i <= st.n; i++) {
      if ((st.heads[i] as number) >= 0) continue;
      if (root < 0) {
        root = i;
        st.arc(0, i, this.rootLabel);
      } else st.arc(root, i, this.label(st, codes, root, i, lfeats, lscores));
    }
  }
}
