import { hashString, mix } from '../model/hash.js';
import type { SentenceCodes } from './features.js';

const CLAUSE_PUNCT = new Set([',', ';', ':', '-', '--', '–', '—']);
const ROOT_W = 0x1f2e3d4c;
const ROOT_P = 0x4c3d2e1f;

/** The parser's per-word codes: lower-cased form and tag class; index 0 is the root. `lower`: the forms' lower-case hashes, if known. */
export function sentenceCodes(forms: readonly string[], tags: ArrayLike<number>, lower?: ArrayLike<number>): SentenceCodes {
  const n = forms.length;
  const w = new Int32Array(n + 1);
  const p = new Int32Array(n + 1);
  const punct = new Int32Array(n + 1);
  const tag = new Int32Array(n + 1);
  tag[0] = -1;
  w[0] = ROOT_W;
  p[0] = ROOT_P;
  for (let i = 0; i < n; i++) {
    w[i + 1] = lower ? (lower[i] as number) : hashString((forms[i] as string).toLowerCase());
    p[i + 1] = mix(0x51ed27, tags[i] as number);
    tag[i + 1] = tags[i] as number;
    punct[i + 1] = (punct[i] as number) + (CLAUSE_PUNCT.has(forms[i] as string) ? 1 : 0);
  }
  return { w, p, punct, tag };
}
