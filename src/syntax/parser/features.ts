import { f1, f2, f3, mix } from '../model/hash.js';
import type { ParserState } from './state.js';

/**
 * The feature templates of Zhang and Nivre (2011) for arc-eager: words (w), tags (p), labels (l) of the stack
 * top (s), the buffer front (n) and the words around them, with distance, valency and children's label sets.
 */

/** Per-word hashes of the sentence; index 0 is the root. */
export interface SentenceCodes {
  w: Int32Array;
  p: Int32Array;
  /** Running count of clause punctuation (, ; : dashes) up to and including each word. */
  punct: Int32Array;
  /** Tag class of each word; -1 for the root. */
  tag: Int32Array;
}

export const MAX_PARSER_FEATURES = 84;
export const MAX_LABEL_FEATURES = 24;

const NONE = 0x7a3c1d;
const LNONE = 0x3b5;

function distance(a: number, b: number): number {
  const d = b - a;
  return d <= 4 ? d : d <= 7 ? 5 : d <= 12 ? 6 : 7;
}

// Module-level accessors, not closures: a closure per call costs an allocation (and esbuild's __name) per step.
const wAt = (c: SentenceCodes, i: number): number => (i < 0 ? NONE : (c.w[i] as number));
const pAt = (c: SentenceCodes, i: number): number => (i < 0 ? NONE : (c.p[i] as number));
const lAt = (st: ParserState, i: number): number => (i < 0 ? LNONE : (st.labels[i] as number));
const of = (a: Int32Array, i: number): number => (i < 0 ? -1 : (a[i] as number));

export function parserFeatures(st: ParserState, c: SentenceCodes, out: Int32Array): number {
  const s0 = st.s0;
  const s1 = st.sp > 1 ? (st.stack[st.sp - 2] as number) : -1;
  const n0 = st.b <= st.n ? st.b : -1;
  const n1 = st.b + 1 <= st.n ? st.b + 1 : -1;
  const n2 = st.b + 2 <= st.n ? st.b + 2 : -1;
  const s0h = of(st.heads, s0);
  const s0h2 = of(st.heads, s0h);
  const s0l = of(st.lc1, s0);
  const s0l2 = of(st.lc2, s0);
  const s0r = of(st.rc1, s0);
  const s0r2 = of(st.rc2, s0);
  const n0l = of(st.lc1, n0);
  const n0l2 = of(st.lc2, n0);
  const sw = wAt(c, s0), sp = pAt(c, s0), nw = wAt(c, n0), np = pAt(c, n0);
  const swp = mix(sw, sp), nwp = mix(nw, np);
  const d = s0 >= 0 && n0 >= 0 ? distance(s0, n0) : 0;
  const s0vl = of(st.nl, s0), s0vr = of(st.nr, s0), n0vl = of(st.nl, n0);
  const s0ls = of(st.lset, s0), s0rs = of(st.rset, s0), n0ls = of(st.lset, n0);
  const n1p = pAt(c, n1), n2p = pAt(c, n2);
  const s0hp = pAt(c, s0h), s0lp = pAt(c, s0l), s0rp = pAt(c, s0r), n0lp = pAt(c, n0l);
  let k = 0;
  // single words
  out[k++] = f1(1, swp);
  out[k++] = f1(2, sw);
  out[k++] = f1(3, sp);
  out[k++] = f1(4, nwp);
  out[k++] = f1(5, nw);
  out[k++] = f1(6, np);
  out[k++] = f2(7, wAt(c, n1), n1p);
  out[k++] = f1(8, wAt(c, n1));
  out[k++] = f1(9, n1p);
  out[k++] = f2(10, wAt(c, n2), n2p);
  out[k++] = f1(11, wAt(c, n2));
  out[k++] = f1(12, n2p);
  // word pairs
  out[k++] = f2(13, swp, nwp);
  out[k++] = f2(14, swp, nw);
  out[k++] = f2(15, sw, nwp);
  out[k++] = f2(16, swp, np);
  out[k++] = f2(17, sp, nwp);
  out[k++] = f2(18, sw, nw);
  out[k++] = f2(19, sp, np);
  out[k++] = f2(20, np, n1p);
  // three words
  out[k++] = f3(21, np, n1p, n2p);
  out[k++] = f3(22, sp, np, n1p);
  out[k++] = f3(23, s0hp, sp, np);
  out[k++] = f3(24, sp, s0lp, np);
  out[k++] = f3(25, sp, s0rp, np);
  out[k++] = f3(26, sp, np, n0lp);
  // distance
  out[k++] = f2(27, sw, d);
  out[k++] = f2(28, sp, d);
  out[k++] = f2(29, nw, d);
  out[k++] = f2(30, np, d);
  out[k++] = f3(31, sw, nw, d);
  out[k++] = f3(32, sp, np, d);
  // valency
  out[k++] = f2(33, sw, s0vr);
  out[k++] = f2(34, sp, s0vr);
  out[k++] = f2(35, sw, s0vl);
  out[k++] = f2(36, sp, s0vl);
  out[k++] = f2(37, nw, n0vl);
  out[k++] = f2(38, np, n0vl);
  // second-order unigrams
  out[k++] = f1(39, wAt(c, s0h));
  out[k++] = f1(40, s0hp);
  out[k++] = f1(41, lAt(st, s0));
  out[k++] = f1(42, wAt(c, s0l));
  out[k++] = f1(43, s0lp);
  out[k++] = f1(44, lAt(st, s0l));
  out[k++] = f1(45, wAt(c, s0r));
  out[k++] = f1(46, s0rp);
  out[k++] = f1(47, lAt(st, s0r));
  out[k++] = f1(48, wAt(c, n0l));
  out[k++] = f1(49, n0lp);
  out[k++] = f1(50, lAt(st, n0l));
  // third order
  out[k++] = f1(51, wAt(c, s0h2));
  out[k++] = f1(52, pAt(c, s0h2));
  out[k++] = f1(53, lAt(st, s0h));
  out[k++] = f1(54, wAt(c, s0l2));
  out[k++] = f1(55, pAt(c, s0l2));
  out[k++] = f1(56, lAt(st, s0l2));
  out[k++] = f1(57, wAt(c, s0r2));
  out[k++] = f1(58, pAt(c, s0r2));
  out[k++] = f1(59, lAt(st, s0r2));
  out[k++] = f1(60, wAt(c, n0l2));
  out[k++] = f1(61, pAt(c, n0l2));
  out[k++] = f1(62, lAt(st, n0l2));
  out[k++] = f3(63, sp, s0lp, pAt(c, s0l2));
  out[k++] = f3(64, sp, s0rp, pAt(c, s0r2));
  out[k++] = f3(65, sp, s0hp, pAt(c, s0h2));
  out[k++] = f3(66, np, n0lp, pAt(c, n0l2));
  // label sets
  out[k++] = f2(67, sw, s0rs);
  out[k++] = f2(68, sp, s0rs);
  out[k++] = f2(69, sw, s0ls);
  out[k++] = f2(70, sp, s0ls);
  out[k++] = f2(71, nw, n0ls);
  out[k++] = f2(72, np, n0ls);
  // the second stack word, and whether the top has a head (arc-eager's REDUCE depends on it)
  out[k++] = f3(73, pAt(c, s1), sp, np);
  out[k++] = f1(74, wAt(c, s1));
  out[k++] = f1(75, pAt(c, s1));
  out[k++] = f3(76, s0 >= 0 && s0h >= 0 ? 1 : 0, sp, np);
  out[k++] = f3(77, pAt(c, s0 - 1), sp, np);
  out[k++] = f3(78, sp, np, pAt(c, n0 - 1));
  // punctuation between the two (clause and coordination boundaries)
  const between = s0 >= 0 && n0 >= 0 ? Math.min((c.punct[n0 - 1] as number) - (c.punct[s0] as number), 3) : -1;
  out[k++] = f3(79, sp, np, between);
  out[k++] = f3(80, sw, np, between);
  return k;
}

/**
 * Inference splits the templates of parserFeatures() in three, so that a parser can add cached sums of rows
 * instead of looking the same features up at every transition (the scores are integer sums, so the split
 * changes no decision; test/syntax-speed.test.ts checks the three parts make up parserFeatures() exactly):
 * - the templates of one word in one role (ROLE_*: the stack top, the buffer front, a child …), the same
 *   whenever that word takes that role: roleFeatures();
 * - the templates of one arc label (LABEL_TEMPLATES), a handful of values per template;
 * - the rest, over two or three positions or the configuration: restFeatures(), which also says which word
 *   takes each role and which label each label template reads.
 */
export const ROLE_S0 = 0;
export const ROLE_N0 = 1;
export const ROLE_N1 = 2;
export const ROLE_N2 = 3;
export const ROLE_S0H = 4;
export const ROLE_S0L = 5;
export const ROLE_S0R = 6;
export const ROLE_N0L = 7;
export const ROLE_S0H2 = 8;
export const ROLE_S0L2 = 9;
export const ROLE_S0R2 = 10;
export const ROLE_N0L2 = 11;
export const ROLE_S1 = 12;
export const N_ROLES = 13;
/** Most features of one role (roleFeatures). */
export const MAX_ROLE_FEATURES = 3;
/** Template ids of the single-label templates, in the order restFeatures() gives their values. */
export const LABEL_TEMPLATES = [41, 44, 47, 50, 53, 56, 59, 62] as const;
/** The value a label template reads where there is no word: labelFeature(t, LABEL_NONE). */
export const LABEL_NONE = LNONE;

/** The features of word i (-1: none) in a role: the templates of parserFeatures() that read only that word. */
export function roleFeatures(role: number, c: SentenceCodes, i: number, out: Int32Array): number {
  const w = wAt(c, i);
  const p = pAt(c, i);
  switch (role) {
    case ROLE_S0:
      out[0] = f1(1, mix(w, p));
      out[1] = f1(2, w);
      out[2] = f1(3, p);
      return 3;
    case ROLE_N0:
      out[0] = f1(4, mix(w, p));
      out[1] = f1(5, w);
      out[2] = f1(6, p);
      return 3;
    case ROLE_N1:
      out[0] = f2(7, w, p);
      out[1] = f1(8, w);
      out[2] = f1(9, p);
      return 3;
    case ROLE_N2:
      out[0] = f2(10, w, p);
      out[1] = f1(11, w);
      out[2] = f1(12, p);
      return 3;
    default: {
      // Two templates, word then tag: 39/40 for the head of s0, 42/43 its leftmost child …, 74/75 for s1.
      const t = role === ROLE_S1 ? 74 : 39 + (role - ROLE_S0H) * 3;
      out[0] = f1(t, w);
      out[1] = f1(t + 1, p);
      return 2;
    }
  }
}

/** The feature of a label template (LABEL_TEMPLATES) for a label id, -1 (no label yet) or LABEL_NONE. */
export function labelFeature(template: number, label: number): number {
  return f1(template, label);
}

/**
 * The templates of parserFeatures() that are neither role nor label templates; `roles` gets the word in each
 * role (-1: none) and `labels` the value each of LABEL_TEMPLATES reads.
 */
export function restFeatures(st: ParserState, c: SentenceCodes, out: Int32Array, roles: Int32Array, labels: Int32Array): number {
  const s0 = st.s0;
  const s1 = st.sp > 1 ? (st.stack[st.sp - 2] as number) : -1;
  const n0 = st.b <= st.n ? st.b : -1;
  const n1 = st.b + 1 <= st.n ? st.b + 1 : -1;
  const n2 = st.b + 2 <= st.n ? st.b + 2 : -1;
  const s0h = of(st.heads, s0);
  const s0h2 = of(st.heads, s0h);
  const s0l = of(st.lc1, s0);
  const s0l2 = of(st.lc2, s0);
  const s0r = of(st.rc1, s0);
  const s0r2 = of(st.rc2, s0);
  const n0l = of(st.lc1, n0);
  const n0l2 = of(st.lc2, n0);
  roles[ROLE_S0] = s0;
  roles[ROLE_N0] = n0;
  roles[ROLE_N1] = n1;
  roles[ROLE_N2] = n2;
  roles[ROLE_S0H] = s0h;
  roles[ROLE_S0L] = s0l;
  roles[ROLE_S0R] = s0r;
  roles[ROLE_N0L] = n0l;
  roles[ROLE_S0H2] = s0h2;
  roles[ROLE_S0L2] = s0l2;
  roles[ROLE_S0R2] = s0r2;
  roles[ROLE_N0L2] = n0l2;
  roles[ROLE_S1] = s1;
  labels[0] = lAt(st, s0);
  labels[1] = lAt(st, s0l);
  labels[2] = lAt(st, s0r);
  labels[3] = lAt(st, n0l);
  labels[4] = lAt(st, s0h);
  labels[5] = lAt(st, s0l2);
  labels[6] = lAt(st, s0r2);
  labels[7] = lAt(st, n0l2);
  const sw = wAt(c, s0), sp = pAt(c, s0), nw = wAt(c, n0), np = pAt(c, n0);
  const swp = mix(sw, sp), nwp = mix(nw, np);
  const d = s0 >= 0 && n0 >= 0 ? distance(s0, n0) : 0;
  const s0vl = of(st.nl, s0), s0vr = of(st.nr, s0), n0vl = of(st.nl, n0);
  const s0ls = of(st.lset, s0), s0rs = of(st.rset, s0), n0ls = of(st.lset, n0);
  const n1p = pAt(c, n1), n2p = pAt(c, n2);
  const s0hp = pAt(c, s0h), s0lp = pAt(c, s0l), s0rp = pAt(c, s0r), n0lp = pAt(c, n0l);
  let k = 0;
  // word pairs
  out[k++] = f2(13, swp, nwp);
  out[k++] = f2(14, swp, nw);
  out[k++] = f2(15, sw, nwp);
  out[k++] = f2(16, swp, np);
  out[k++] = f2(17, sp, nwp);
  out[k++] = f2(18, sw, nw);
  out[k++] = f2(19, sp, np);
  out[k++] = f2(20, np, n1p);
  // three words
  out[k++] = f3(21, np, n1p, n2p);
  out[k++] = f3(22, sp, np, n1p);
  out[k++] = f3(23, s0hp, sp, np);
  out[k++] = f3(24, sp, s0lp, np);
  out[k++] = f3(25, sp, s0rp, np);
  out[k++] = f3(26, sp, np, n0lp);
  // distance
  out[k++] = f2(27, sw, d);
  out[k++] = f2(28, sp, d);
  out[k++] = f2(29, nw, d);
  out[k++] = f2(30, np, d);
  out[k++] = f3(31, sw, nw, d);
  out[k++] = f3(32, sp, np, d);
  // valency
  out[k++] = f2(33, sw, s0vr);
  out[k++] = f2(34, sp, s0vr);
  out[k++] = f2(35, sw, s0vl);
  out[k++] = f2(36, sp, s0vl);
  out[k++] = f2(37, nw, n0vl);
  out[k++] = f2(38, np, n0vl);
  // third order
  out[k++] = f3(63, sp, s0lp, pAt(c, s0l2));
  out[k++] = f3(64, sp, s0rp, pAt(c, s0r2));
  out[k++] = f3(65, sp, s0hp, pAt(c, s0h2));
  out[k++] = f3(66, np, n0lp, pAt(c, n0l2));
  // label sets
  out[k++] = f2(67, sw, s0rs);
  out[k++] = f2(68, sp, s0rs);
  out[k++] = f2(69, sw, s0ls);
  out[k++] = f2(70, sp, s0ls);
  out[k++] = f2(71, nw, n0ls);
  out[k++] = f2(72, np, n0ls);
  // the second stack word, and whether the top has a head
  out[k++] = f3(73, pAt(c, s1), sp, np);
  out[k++] = f3(76, s0 >= 0 && s0h >= 0 ? 1 : 0, sp, np);
  out[k++] = f3(77, pAt(c, s0 - 1), sp, np);
  out[k++] = f3(78, sp, np, pAt(c, n0 - 1));
  // punctuation between the two
  const between = s0 >= 0 && n0 >= 0 ? Math.min((c.punct[n0 - 1] as number) - (c.punct[s0] as number), 3) : -1;
  out[k++] = f3(79, sp, np, between);
  out[k++] = f3(80, sw, np, between);
  return k;
}

/** Features for the label of the arc h → d (dir 0: d left of h). */
const wIn = (c: SentenceCodes, n: number, i: number): number => (i < 0 || i > n ? NONE : (c.w[i] as number));
const pIn = (c: SentenceCodes, n: number, i: number): number => (i < 0 || i > n ? NONE : (c.p[i] as number));

export function labelFeatures(st: ParserState, c: SentenceCodes, h: number, d: number, out: Int32Array): number {
  const n = st.n;
  const dir = d < h ? 0 : 1;
  // Template ids differ by direction: x * 2 + dir, offset past the transition templates.
  const base = 200 + dir;
  const hw = wIn(c, n, h), hp = pIn(c, n, h), dw = wIn(c, n, d), dp = pIn(c, n, d);
  const dist = distance(Math.min(h, d), Math.max(h, d));
  const hlc = lAt(st, st.lc1[h] as number);
  let k = 0;
  out[k++] = f1(base + 2, hw);
  out[k++] = f1(base + 4, hp);
  out[k++] = f1(base + 6, dw);
  out[k++] = f1(base + 8, dp);
  out[k++] = f2(base + 10, hp, dp);
  out[k++] = f2(base + 12, hw, dp);
  out[k++] = f2(base + 14, hp, dw);
  out[k++] = f2(base + 16, hw, dw);
  out[k++] = f3(base + 18, hp, dp, dist);
  out[k++] = f2(base + 20, dp, lAt(st, st.lc1[d] as number));
  out[k++] = f2(base + 22, dp, wIn(c, n, st.lc1[d] as number));
  out[k++] = f2(base + 24, dp, lAt(st, st.rc1[d] as number));
  out[k++] = f3(base + 26, hp, dp, hlc);
  out[k++] = f3(base + 28, hp, dp, lAt(st, h));
  out[k++] = f2(base + 30, dp, pIn(c, n, d + 1));
  out[k++] = f2(base + 32, dp, pIn(c, n, d - 1));
  out[k++] = f3(base + 34, hp, dp, st.lset[h] as number);
  out[k++] = f2(base + 36, dp, st.lset[d] as number);
  out[k++] = f3(base + 38, hw, dp, hlc);
  out[k++] = f3(base + 40, dw, hp, wIn(c, n, d - 1));
  out[k++] = f2(base + 42, dw, wIn(c, n, d + 1));
  out[k++] = f3(base + 44, hp, dp, h === 0 ? 1 : 0);
  return k;
}

/**
 * The label templates split for inference as the transition templates are (see restFeatures()): those of the
 * head's and the dependent's tags, direction and distance alone (labelTagFeatures(), cached per tag pair by the
 * parser) and the rest (labelRestFeatures()). Together they are labelFeatures(), as test/syntax-speed.test.ts checks.
 */
export const MAX_LABEL_TAG_FEATURES = 5;

/**
 * The tag-pair key of the arc h → d: head tag, dependent tag, direction, distance (all that labelTagFeatures()
 * reads), below 129 × 129 × 16; -1 for a tag set of over 128 tags, whose pairs are not cached.
 */
export function labelTagKey(c: SentenceCodes, h: number, d: number): number {
  const th = c.tag[h] as number;
  const td = c.tag[d] as number;
  if (th >= 128 || td >= 128) return -1;
  const dir = d < h ? 0 : 1;
  const dist = distance(Math.min(h, d), Math.max(h, d));
  return (((th + 1) * 129 + td + 1) * 2 + dir) * 8 + dist;
}

export function labelTagFeatures(st: ParserState, c: SentenceCodes, h: number, d: number, out: Int32Array): number {
  const n = st.n;
  const base = 200 + (d < h ? 0 : 1);
  const hp = pIn(c, n, h), dp = pIn(c, n, d);
  const dist = distance(Math.min(h, d), Math.max(h, d));
  out[0] = f1(base + 4, hp);
  out[1] = f1(base + 8, dp);
  out[2] = f2(base + 10, hp, dp);
  out[3] = f3(base + 18, hp, dp, dist);
  out[4] = f3(base + 44, hp, dp, h === 0 ? 1 : 0);
  return 5;
}

export function labelRestFeatures(st: ParserState, c: SentenceCodes, h: number, d: number, out: Int32Array): number {
  const n = st.n;
  const base = 200 + (d < h ? 0 : 1);
  const hw = wIn(c, n, h), hp = pIn(c, n, h), dw = wIn(c, n, d), dp = pIn(c, n, d);
  const hlc = lAt(st, st.lc1[h] as number);
  let k = 0;
  out[k++] = f1(base + 2, hw);
  out[k++] = f1(base + 6, dw);
  out[k++] = f2(base + 12, hw, dp);
  out[k++] = f2(base + 14, hp, dw);
  out[k++] = f2(base + 16, hw, dw);
  out[k++] = f2(base + 20, dp, lAt(st, st.lc1[d] as number));
  out[k++] = f2(base + 22, dp, wIn(c, n, st.lc1[d] as number));
  out[k++] = f2(base + 24, dp, lAt(st, st.rc1[d] as number));
  out[k++] = f3(base + 26, hp, dp, hlc);
  out[k++] = f3(base + 28, hp, dp, lAt(st, h));
  out[k++] = f2(base + 30, dp, pIn(c, n, d + 1));
  out[k++] = f2(base + 32, dp, pIn(c, n, d - 1));
  out[k++] = f3(base + 34, hp, dp, st.lset[h] as number);
  out[k++] = f2(base + 36, dp, st.lset[d] as number);
  out[k++] = f3(base + 38, hw, dp, hlc);
  out[k++] = f3(base + 40, dw, hp, wIn(c, n, d - 1));
  out[k++] = f2(base + 42, dw, wIn(c, n, d + 1));
  return k;
}
