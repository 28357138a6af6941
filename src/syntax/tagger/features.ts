import { f1, f2, f3, hashString } from '../model/hash.js';

/** Per-word values hashed once per sentence, so the features of every decision are integer mixes. */
export interface WordCodes {
  n: number;
  lower: Int32Array;
  suf1: Int32Array;
  suf2: Int32Array;
  suf3: Int32Array;
  suf4: Int32Array;
  pre1: Int32Array;
  pre3: Int32Array;
  shape: Int32Array;
  /** The set of tags the word took in training (its "ambiguity class"); 0 for a rare word. */
  amb: Int32Array;
}

const BOUNDARY = 0x2f1b3c4d;

/** "McDonald's" → "XxXx'x", "1,000" → "d,d": runs of a character class collapsed. */
export function shapeOf(form: string): string {
  let out = '';
  let last = '';
  for (let i = 0; i < form.length && out.length < 8; i++) {
    const ch = form[i] as string;
    const c = ch >= 'a' && ch <= 'z' ? 'x' : ch >= 'A' && ch <= 'Z' ? 'X' : ch >= '0' && ch <= '9' ? 'd' : ch.toLowerCase() !== ch ? 'X' : ch.toUpperCase() !== ch ? 'x' : ch;
    if (c !== last) out += c;
    last = c;
  }
  return out;
}

export function wordCodes(forms: readonly string[], ambiguity: ReadonlyMap<string, number>): WordCodes {
  const n = forms.length;
  const codes: WordCodes = {
    n,
    lower: new Int32Array(n),
    suf1: new Int32Array(n),
    suf2: new Int32Array(n),
    suf3: new Int32Array(n),
    suf4: new Int32Array(n),
    pre1: new Int32Array(n),
    pre3: new Int32Array(n),
    shape: new Int32Array(n),
    amb: new Int32Array(n),
  };
  for (let i = 0; i < n; i++) {
    const form = forms[i] as string;
    const low = form.toLowerCase();
    codes.lower[i] = hashString(low);
    codes.suf1[i] = hashString(low.slice(-1));
    codes.suf2[i] = hashString(low.slice(-2));
    codes.suf3[i] = hashString(low.slice(-3));
    codes.suf4[i] = hashString(low.slice(-4));
    codes.pre1[i] = hashString(form.slice(0, 1));
    codes.pre3[i] = hashString(low.slice(0, 3));
    codes.shape[i] = hashString(shapeOf(form)) + Math.min(form.length, 6);
    codes.amb[i] = ambiguity.get(low) ?? 0;
  }
  return codes;
}

/** Room for the features of one decision. */
export const MAX_TAG_FEATURES = 32;

/** Features of tagging word i, given the two tags before it (tag ids, -1 before the sentence). */
// A module-level accessor, not a closure: a closure per call costs an allocation per word.
const at = (c: WordCodes, a: Int32Array, j: number, i: number): number => (j >= 0 && j < c.n ? (a[j] as number) : BOUNDARY + j - i);

export function tagFeatures(c: WordCodes, i: number, t1: number, t2: number, out: Int32Array): number {
  let k = 0;
  const w = c.lower[i] as number;
  out[k++] = f1(1, 0);
  out[k++] = f1(2, w);
  out[k++] = f1(3, c.suf1[i] as number);
  out[k++] = f1(4, c.suf2[i] as number);
  out[k++] = f1(5, c.suf3[i] as number);
  out[k++] = f1(6, c.suf4[i] as number);
  out[k++] = f1(7, c.pre1[i] as number);
  out[k++] = f1(8, c.pre3[i] as number);
  out[k++] = f1(9, c.shape[i] as number);
  out[k++] = f1(10, t1);
  out[k++] = f2(11, t1, t2);
  out[k++] = f2(12, t1, w);
  out[k++] = f1(13, at(c, c.lower, i - 1, i));
  out[k++] = f1(14, at(c, c.suf3, i - 1, i));
  out[k++] = f1(15, at(c, c.lower, i - 2, i));
  out[k++] = f1(16, at(c, c.lower, i + 1, i));
  out[k++] = f1(17, at(c, c.suf3, i + 1, i));
  out[k++] = f1(18, at(c, c.lower, i + 2, i));
  out[k++] = f1(19, at(c, c.shape, i + 1, i));
  out[k++] = f1(20, at(c, c.shape, i - 1, i));
  out[k++] = f2(21, w, at(c, c.lower, i + 1, i));
  out[k++] = f2(22, at(c, c.lower, i - 1, i), w);
  out[k++] = f2(23, i === 0 ? 1 : 0, c.shape[i] as number);
  out[k++] = f1(24, c.amb[i] as number);
  out[k++] = f1(25, at(c, c.amb, i + 1, i));
  out[k++] = f1(26, at(c, c.amb, i + 2, i));
  out[k++] = f2(27, t1, at(c, c.amb, i + 1, i));
  out[k++] = f2(28, c.amb[i] as number, at(c, c.amb, i + 1, i));
  out[k++] = f3(29, t1, c.amb[i] as number, at(c, c.amb, i + 1, i));
  out[k++] = f2(30, c.suf3[i] as number, at(c, c.lower, i + 1, i));
  out[k++] = f2(31, t1, c.suf3[i] as number);
  return k;
}

/**
 * Inference splits the templates of tagFeatures() as the parser does (parser/features.ts): most read one word
 * of the window and nothing else, so their rows' sum is a property of that word's form in that role; the
 * tagger caches it per form (tagger.ts). test/syntax-speed.test.ts checks the parts make up tagFeatures().
 * Roles: the word itself, the word before it, two before, after it, two after.
 */
export const TAG_OWN = 0;
export const TAG_PREV = 1;
export const TAG_PREV2 = 2;
export const TAG_NEXT = 3;
export const TAG_NEXT2 = 4;
export const N_TAG_ROLES = 5;
export const MAX_TAG_ROLE_FEATURES = 10;
/** Where a role's word lies from the tagged word (its boundary value outside the sentence is BOUNDARY + this). */
export const TAG_ROLE_OFFSET = [0, -1, -2, 1, 2] as const;

/** One word's codes, as wordCodes() computes them: lower, suf1, suf2, suf3, suf4, pre1, pre3, shape, amb. */
export const N_FORM_CODES = 9;
export function formCodes(form: string, ambiguity: ReadonlyMap<string, number>, out: Int32Array): void {
  const low = form.toLowerCase();
  out[0] = hashString(low);
  out[1] = hashString(low.slice(-1));
  out[2] = hashString(low.slice(-2));
  out[3] = hashString(low.slice(-3));
  out[4] = hashString(low.slice(-4));
  out[5] = hashString(form.slice(0, 1));
  out[6] = hashString(low.slice(0, 3));
  out[7] = hashString(shapeOf(form)) + Math.min(form.length, 6);
  out[8] = ambiguity.get(low) ?? 0;
}

/** The features of a word's form (its codes; undefined outside the sentence) in a role. */
export function tagRoleFeatures(role: number, codes: Int32Array | undefined, out: Int32Array): number {
  const b = BOUNDARY + (TAG_ROLE_OFFSET[role] as number);
  const lower = codes ? (codes[0] as number) : b;
  const suf3 = codes ? (codes[3] as number) : b;
  const shape = codes ? (codes[7] as number) : b;
  const amb = codes ? (codes[8] as number) : b;
  switch (role) {
    case TAG_OWN:
      if (!codes) return 0;
      out[0] = f1(1, 0);
      out[1] = f1(2, lower);
      out[2] = f1(3, codes[1] as number);
      out[3] = f1(4, codes[2] as number);
      out[4] = f1(5, suf3);
      out[5] = f1(6, codes[4] as number);
      out[6] = f1(7, codes[5] as number);
      out[7] = f1(8, codes[6] as number);
      out[8] = f1(9, shape);
      out[9] = f1(24, amb);
      return 10;
    case TAG_PREV:
      out[0] = f1(13, lower);
      out[1] = f1(14, suf3);
      out[2] = f1(20, shape);
      return 3;
    case TAG_PREV2:
      out[0] = f1(15, lower);
      return 1;
    case TAG_NEXT:
      out[0] = f1(16, lower);
      out[1] = f1(17, suf3);
      out[2] = f1(19, shape);
      out[3] = f1(25, amb);
      return 4;
    default:
      out[0] = f1(18, lower);
      out[1] = f1(26, amb);
      return 2;
  }
}

/** The templates of tagFeatures() that are in no role: those over the previous tags or two words. */
export function tagRestFeatures(c: WordCodes, i: number, t1: number, t2: number, out: Int32Array): number {
  let k = 0;
  const w = c.lower[i] as number;
  out[k++] = f1(10, t1);
  out[k++] = f2(11, t1, t2);
  out[k++] = f2(12, t1, w);
  out[k++] = f2(21, w, at(c, c.lower, i + 1, i));
  out[k++] = f2(22, at(c, c.lower, i - 1, i), w);
  out[k++] = f2(23, i === 0 ? 1 : 0, c.shape[i] as number);
  out[k++] = f2(27, t1, at(c, c.amb, i + 1, i));
  out[k++] = f2(28, c.amb[i] as number, at(c, c.amb, i + 1, i));
  out[k++] = f3(29, t1, c.amb[i] as number, at(c, c.amb, i + 1, i));
  out[k++] = f2(30, c.suf3[i] as number, at(c, c.lower, i + 1, i));
  out[k++] = f2(31, t1, c.suf3[i] as number);
  return k;
}
