import type { WeightTable } from '../model/table.js';
import {
  LABEL_NONE,
  LABEL_TEMPLATES,
  MAX_LABEL_FEATURES,
  MAX_PARSER_FEATURES,
  MAX_ROLE_FEATURES,
  N_ROLES,
  labelFeature,
  MAX_LABEL_TAG_FEATURES,
  labelRestFeatures,
  labelTagFeatures,
  labelTagKey,
  parserFeatures,
  restFeatures,
  roleFeatures,
  type SentenceCodes,
} from './features.js';
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
  /** Sums of the action rows of each label template's values (see parse()). */
  private readonly labelSums: Int32Array;
  // Scratch space, reused from sentence to sentence (parse() runs to the end before it is called again).
  private readonly feats = new Int32Array(MAX_PARSER_FEATURES);
  private readonly roleFeats = new Int32Array(MAX_ROLE_FEATURES);
  private readonly lfeats = new Int32Array(MAX_LABEL_FEATURES);
  private readonly roles = new Int32Array(N_ROLES);
  private readonly labelValues = new Int32Array(LABEL_TEMPLATES.length);
  private readonly scores = new Int32Array(N_ACTIONS);
  private readonly lscores: Int32Array;
  private readonly labelTagFeats = new Int32Array(MAX_LABEL_TAG_FEATURES);
  /** Tag-pair key (labelTagKey) → 1 + offset of its labeller row sum in labelTagSums, 0 if not computed yet. */
  private readonly labelTagAt = new Int32Array(129 * 129 * 16);
  private labelTagSums = new Int32Array(0);
  private labelTagUsed = 0;
  private roleDone = new Uint8Array(0);
  private roleSums = new Int32Array(0);

  constructor(labels: readonly string[], actions: WeightTable, labeller: WeightTable, allowed: readonly Uint8Array[]) {
    this.labels = labels;
    this.actions = actions;
    this.labeller = labeller;
    this.allowed = allowed;
    this.rootLabel = Math.max(0, labels.indexOf('root'));
    this.lscores = new Int32Array(labels.length);
    // The rows of each label template for every value it can read: label ids, -1 (none yet), LABEL_NONE.
    const nValues = labels.length + 2;
    this.labelSums = new Int32Array(LABEL_TEMPLATES.length * nValues * N_ACTIONS);
    const one = new Int32Array(1);
    LABEL_TEMPLATES.forEach((template, t) => {
      for (let v = 0; v < nValues; v++) {
        one[0] = labelFeature(template, v === nValues - 1 ? LABEL_NONE : v - 1);
        actions.score(one, 1, this.labelSums, (t * nValues + v) * N_ACTIONS);
      }
    });
  }

  parse(codes: SentenceCodes, n: number): ParseResult {
    const st = new ParserState(n);
    const feats = this.feats;
    const roles = this.roles;
    const labels = this.labelValues;
    const roleFeats = this.roleFeats;
    const lfeats = this.lfeats;
    const lscores = this.lscores;
    const scores = this.scores;
    const labelSums = this.labelSums;
    const nLabelValues = this.labels.length + 2;
    // Per word (index i + 1; 0 for none) and role: the sum of the role's rows, computed on first use.
    const size = (n + 2) * N_ROLES;
    if (this.roleDone.length < size) {
      this.roleDone = new Uint8Array(size * 2);
      this.roleSums = new Int32Array(size * 2 * N_ACTIONS);
    } else this.roleDone.fill(0, 0, size);
    const roleDone = this.roleDone;
    const roleSums = this.roleSums;
    while (!st.terminal) {
      const k = restFeatures(st, codes, feats, roles, labels);
      scores.fill(0);
      this.actions.score(feats, k, scores);
      let a0 = scores[0] as number;
      let a1 = scores[1] as number;
      let a2 = scores[2] as number;
      let a3 = scores[3] as number;
      for (let r = 0; r < N_ROLES; r++) {
        const word = roles[r] as number;
        const slot = (word + 1) * N_ROLES + r;
        const at = slot * N_ACTIONS;
        if (roleDone[slot] === 0) {
          roleDone[slot] = 1;
          roleSums.fill(0, at, at + N_ACTIONS);
          this.actions.score(roleFeats, roleFeatures(r, codes, word, roleFeats), roleSums, at);
        }
        a0 += roleSums[at] as number;
        a1 += roleSums[at + 1] as number;
        a2 += roleSums[at + 2] as number;
        a3 += roleSums[at + 3] as number;
      }
      for (let t = 0; t < LABEL_TEMPLATES.length; t++) {
        const v = labels[t] as number;
        const at = (t * nLabelValues + (v === LABEL_NONE ? nLabelValues - 1 : v + 1)) * N_ACTIONS;
        a0 += labelSums[at] as number;
        a1 += labelSums[at + 1] as number;
        a2 += labelSums[at + 2] as number;
        a3 += labelSums[at + 3] as number;
      }
      scores[0] = a0;
      scores[1] = a1;
      scores[2] = a2;
      scores[3] = a3;
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

  /** The transition scores of the configuration, by the plain sum of parserFeatures() (tests compare the two). */
  scoreTransitions(st: ParserState, codes: SentenceCodes, scores: Int32Array): void {
    scores.fill(0);
    const k = parserFeatures(st, codes, this.feats);
    this.actions.score(this.feats, k, scores);
  }

  /** Best label of h → d among those seen in its direction. */
  label(st: ParserState, codes: SentenceCodes, h: number, d: number, lfeats: Int32Array, lscores: Int32Array): number {
    const k = labelRestFeatures(st, codes, h, d, lfeats);
    lscores.fill(0);
    this.labeller.score(lfeats, k, lscores);
    // The templates of the two tags, direction and distance: their sum, cached per tag pair.
    const key = labelTagKey(codes, h, d);
    if (key < 0) this.labeller.score(this.labelTagFeats, labelTagFeatures(st, codes, h, d, this.labelTagFeats), lscores);
    else {
      const at = this.labelTagSum(st, codes, h, d, key);
      const sums = this.labelTagSums;
      for (let l = 0; l < lscores.length; l++) lscores[l] = (lscores[l] as number) + (sums[at + l] as number);
    }
    const ok = this.allowed[d < h ? 0 : 1] as Uint8Array;
    let best = -1;
    for (let l = 0; l < lscores.length; l++) if (ok[l] && l !== this.rootLabel && (best < 0 || (lscores[l] as number) > (lscores[best] as number))) best = l;
    return Math.max(best, 0);
  }

  /** Offset in labelTagSums of the sum of labelTagFeatures() for the arc's tag-pair key, computed on first use. */
  private labelTagSum(st: ParserState, codes: SentenceCodes, h: number, d: number, key: number): number {
    const known = (this.labelTagAt[key] as number) - 1;
    if (known >= 0) return known;
    const nl = this.labels.length;
    const at = this.labelTagUsed;
    this.labelTagUsed += nl;
    if (this.labelTagSums.length < this.labelTagUsed) {
      const grown = new Int32Array(Math.max(this.labelTagUsed * 2, 64 * nl));
      grown.set(this.labelTagSums);
      this.labelTagSums = grown;
    }
    this.labeller.score(this.labelTagFeats, labelTagFeatures(st, codes, h, d, this.labelTagFeats), this.labelTagSums, at);
    this.labelTagAt[key] = at + 1;
    return at;
  }

  /** Words left without a head hang from the root word (the first of them becomes it if there is none). */
  private finish(st: ParserState, codes: SentenceCodes, lfeats: Int32Array, lscores: Int32Array): void {
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
