import { f1, f2, f3, mix } from '../model/hash.js';
import type { ParserState } from './state.js';

/**
 * The feature templates of Zhang and Nivre (2011) for arc-eager: words (w), tags (p), labels (l) of the stack
 * top (s), the buffer front (n) and the words around them, with distance, valency and children's label sets.
 */

/** Per-word hashes of the sentence; index 0 is the root. */
export interface SentenceCodes {
  w: Uint32Array;
  p: Uint32Array;
  /** Running count of clause punctuation (, ; : dashes) up to and including each word. */
  punct: Int32Array;
}

export const MAX_PARSER_FEATURES = 84;
export const MAX_LABEL_FEATURES = 24;

const NONE = 0x7a3c1d;
const LNONE = 0x3b5;

function distance(a: number, b: number): number {
  const d = b - a;
  return d <= 4 ? d : d <= 7 ? 5 : d <= 12 ? 6 : 7;
}

export function parserFeatures(st: ParserState, c: SentenceCodes, out: Uint32Array): number {
  const W = (i: number) => (i < 0 ? NONE : (c.w[i] as number));
  const P = (i: number) => (i < 0 ? NONE : (c.p[i] as number));
  const L = (i: number) => (i < 0 ? LNONE : (st.labels[i] as number));
  const at = (a: Int32Array, i: number) => (i < 0 ? -1 : (a[i] as number));
  const s0 = st.s0;
  const s1 = st.sp > 1 ? (st.stack[st.sp - 2] as number) : -1;
  const n0 = st.b <= st.n ? st.b : -1;
  const n1 = st.b + 1 <= st.n ? st.b + 1 : -1;
  const n2 = st.b + 2 <= st.n ? st.b + 2 : -1;
  const s0h = at(st.heads, s0);
  const s0h2 = at(st.heads, s0h);
  const s0l = at(st.lc1, s0);
  const s0l2 = at(st.lc2, s0);
  const s0r = at(st.rc1, s0);
  const s0r2 = at(st.rc2, s0);
  const n0l = at(st.lc1, n0);
  const n0l2 = at(st.lc2, n0);
  const sw = W(s0), sp = P(s0), nw = W(n0), np = P(n0);
  const swp = mix(sw, sp), nwp = mix(nw, np);
  const d = s0 >= 0 && n0 >= 0 ? distance(s0, n0) : 0;
  const vl = (i: number) => (i < 0 ? -1 : (st.nl[i] as number));
  const vr = (i: number) => (i < 0 ? -1 : (st.nr[i] as number));
  const ls = (i: number) => (i < 0 ? -1 : (st.lset[i] as number));
  const rs = (i: number) => (i < 0 ? -1 : (st.rset[i] as number));
  let k = 0;
  // single words
  out[k++] = f1(1, swp);
  out[k++] = f1(2, sw);
  out[k++] = f1(3, sp);
  out[k++] = f1(4, nwp);
  out[k++] = f1(5, nw);
  out[k++] = f1(6, np);
  out[k++] = f2(7, W(n1), P(n1));
  out[k++] = f1(8, W(n1));
  out[k++] = f1(9, P(n1));
  out[k++] = f2(10, W(n2), P(n2));
  out[k++] = f1(11, W(n2));
  out[k++] = f1(12, P(n2));
  // word pairs
  out[k++] = f2(13, swp, nwp);
  out[k++] = f2(14, swp, nw);
  out[k++] = f2(15, sw, nwp);
  out[k++] = f2(16, swp, np);
  out[k++] = f2(17, sp, nwp);
  out[k++] = f2(18, sw, nw);
  out[k++] = f2(19, sp, np);
  out[k++] = f2(20, np, P(n1));
  // three words
  out[k++] = f3(21, np, P(n1), P(n2));
  out[k++] = f3(22, sp, np, P(n1));
  out[k++] = f3(23, P(s0h), sp, np);
  out[k++] = f3(24, sp, P(s0l), np);
  out[k++] = f3(25, sp, P(s0r), np);
  out[k++] = f3(26, sp, np, P(n0l));
  // distance
  out[k++] = f2(27, sw, d);
  out[k++] = f2(28, sp, d);
  out[k++] = f2(29, nw, d);
  out[k++] = f2(30, np, d);
  out[k++] = f3(31, sw, nw, d);
  out[k++] = f3(32, sp, np, d);
  // valency
  out[k++] = f2(33, sw, vr(s0));
  out[k++] = f2(34, sp, vr(s0));
  out[k++] = f2(35, sw, vl(s0));
  out[k++] = f2(36, sp, vl(s0));
  out[k++] = f2(37, nw, vl(n0));
  out[k++] = f2(38, np, vl(n0));
  // second-order unigrams
  out[k++] = f1(39, W(s0h));
  out[k++] = f1(40, P(s0h));
  out[k++] = f1(41, L(s0));
  out[k++] = f1(42, W(s0l));
  out[k++] = f1(43, P(s0l));
  out[k++] = f1(44, L(s0l));
  out[k++] = f1(45, W(s0r));
  out[k++] = f1(46, P(s0r));
  out[k++] = f1(47, L(s0r));
  out[k++] = f1(48, W(n0l));
  out[k++] = f1(49, P(n0l));
  out[k++] = f1(50, L(n0l));
  // third order
  out[k++] = f1(51, W(s0h2));
  out[k++] = f1(52, P(s0h2));
  out[k++] = f1(53, L(s0h));
  out[k++] = f1(54, W(s0l2));
  out[k++] = f1(55, P(s0l2));
  out[k++] = f1(56, L(s0l2));
  out[k++] = f1(57, W(s0r2));
  out[k++] = f1(58, P(s0r2));
  out[k++] = f1(59, L(s0r2));
  out[k++] = f1(60, W(n0l2));
  out[k++] = f1(61, P(n0l2));
  out[k++] = f1(62, L(n0l2));
  out[k++] = f3(63, sp, P(s0l), P(s0l2));
  out[k++] = f3(64, sp, P(s0r), P(s0r2));
  out[k++] = f3(65, sp, P(s0h), P(s0h2));
  out[k++] = f3(66, np, P(n0l), P(n0l2));
  // label sets
  out[k++] = f2(67, sw, rs(s0));
  out[k++] = f2(68, sp, rs(s0));
  out[k++] = f2(69, sw, ls(s0));
  out[k++] = f2(70, sp, ls(s0));
  out[k++] = f2(71, nw, ls(n0));
  out[k++] = f2(72, np, ls(n0));
  // the second stack word, and whether the top has a head (arc-eager's REDUCE depends on it)
  out[k++] = f3(73, P(s1), sp, np);
  out[k++] = f1(74, W(s1));
  out[k++] = f1(75, P(s1));
  out[k++] = f3(76, s0 >= 0 && s0h >= 0 ? 1 : 0, sp, np);
  out[k++] = f3(77, P(s0 - 1), sp, np);
  out[k++] = f3(78, sp, np, P(n0 - 1));
  // punctuation between the two (clause and coordination boundaries)
  const between = s0 >= 0 && n0 >= 0 ? Math.min((c.punct[n0 - 1] as number) - (c.punct[s0] as number), 3) : -1;
  out[k++] = f3(79, sp, np, between);
  out[k++] = f3(80, sw, np, between);
  return k;
}

/** Features for the label of the arc h → d (dir 0: d left of h). */
export function labelFeatures(st: ParserState, c: SentenceCodes, h: number, d: number, out: Uint32Array): number {
  const n = st.n;
  const W = (i: number) => (i < 0 || i > n ? NONE : (c.w[i] as number));
  const P = (i: number) => (i < 0 || i > n ? NONE : (c.p[i] as number));
  const L = (i: number) => (i < 0 ? LNONE : (st.labels[i] as number));
  const dir = d < h ? 0 : 1;
  const t = (x: number) => x * 2 + dir + 200;
  const hw = W(h), hp = P(h), dw = W(d), dp = P(d);
  const dist = distance(Math.min(h, d), Math.max(h, d));
  let k = 0;
  out[k++] = f1(t(1), hw);
  out[k++] = f1(t(2), hp);
  out[k++] = f1(t(3), dw);
  out[k++] = f1(t(4), dp);
  out[k++] = f2(t(5), hp, dp);
  out[k++] = f2(t(6), hw, dp);
  out[k++] = f2(t(7), hp, dw);
  out[k++] = f2(t(8), hw, dw);
  out[k++] = f3(t(9), hp, dp, dist);
  out[k++] = f2(t(10), dp, L(st.lc1[d] as number));
  out[k++] = f2(t(11), dp, W(st.lc1[d] as number));
  out[k++] = f2(t(12), dp, L(st.rc1[d] as number));
  out[k++] = f3(t(13), hp, dp, L(st.lc1[h] as number));
  out[k++] = f3(t(14), hp, dp, L(h));
  out[k++] = f2(t(15), dp, P(d + 1));
  out[k++] = f2(t(16), dp, P(d - 1));
  out[k++] = f3(t(17), hp, dp, st.lset[h] as number);
  out[k++] = f2(t(18), dp, st.lset[d] as number);
  out[k++] = f3(t(19), hw, dp, L(st.lc1[h] as number));
  out[k++] = f3(t(20), dw, hp, W(d - 1));
  out[k++] = f2(t(21), dw, W(d + 1));
  out[k++] = f3(t(22), hp, dp, h === 0 ? 1 : 0);
  return k;
}
