import { f1, f2, f3, hashString } from '../model/hash.js';

/** Per-word values hashed once per sentence, so the features of every decision are integer mixes. */
export interface WordCodes {
  n: number;
  lower: Uint32Array;
  suf1: Uint32Array;
  suf2: Uint32Array;
  suf3: Uint32Array;
  suf4: Uint32Array;
  pre1: Uint32Array;
  pre3: Uint32Array;
  shape: Uint32Array;
  /** The set of tags the word took in training (its "ambiguity class"); 0 for a rare word. */
  amb: Uint32Array;
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
  const mk = () => new Uint32Array(n);
  const codes: WordCodes = { n, lower: mk(), suf1: mk(), suf2: mk(), suf3: mk(), suf4: mk(), pre1: mk(), pre3: mk(), shape: mk(), amb: mk() };
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
export function tagFeatures(c: WordCodes, i: number, t1: number, t2: number, out: Uint32Array): number {
  const at = (a: Uint32Array, j: number) => (j >= 0 && j < c.n ? (a[j] as number) : BOUNDARY + j - i);
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
  out[k++] = f1(13, at(c.lower, i - 1));
  out[k++] = f1(14, at(c.suf3, i - 1));
  out[k++] = f1(15, at(c.lower, i - 2));
  out[k++] = f1(16, at(c.lower, i + 1));
  out[k++] = f1(17, at(c.suf3, i + 1));
  out[k++] = f1(18, at(c.lower, i + 2));
  out[k++] = f1(19, at(c.shape, i + 1));
  out[k++] = f1(20, at(c.shape, i - 1));
  out[k++] = f2(21, w, at(c.lower, i + 1));
  out[k++] = f2(22, at(c.lower, i - 1), w);
  out[k++] = f2(23, i === 0 ? 1 : 0, c.shape[i] as number);
  out[k++] = f1(24, c.amb[i] as number);
  out[k++] = f1(25, at(c.amb, i + 1));
  out[k++] = f1(26, at(c.amb, i + 2));
  out[k++] = f2(27, t1, at(c.amb, i + 1));
  out[k++] = f2(28, c.amb[i] as number, at(c.amb, i + 1));
  out[k++] = f3(29, t1, c.amb[i] as number, at(c.amb, i + 1));
  out[k++] = f2(30, c.suf3[i] as number, at(c.lower, i + 1));
  out[k++] = f2(31, t1, c.suf3[i] as number);
  return k;
}
