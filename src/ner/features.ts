/**
 * Ratinov–Roth-style features of a word in its sentence, as readable strings: the reference for
 * hashed-features.ts, which computes the same features hashed (and cached per word form) for training and
 * decoding. The static part (everything but the tags already predicted) is computed once per sentence; the
 * history part is added at each greedy step.
 * POS tags are an optional input: when a sentence has `tags`, they add features; a model trained without
 * them simply has no weights for those features.
 */
import { gazetteerHits } from './gazetteer.js';
import type { Gazetteer } from './gazetteer.js';
import type { NerInput } from './types.js';

/** "Xxxx-dd" → long shape; repeated classes collapsed gives the short shape ("Xx-d"). */
export function wordShape(w: string): string {
  let s = '';
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    // ASCII by code (the common case, and this runs for every word); other letters through Unicode classes.
    if (c >= 65 && c <= 90) s += 'X';
    else if (c >= 97 && c <= 122) s += 'x';
    else if (c >= 48 && c <= 57) s += 'd';
    else if (c < 128) s += w[i];
    else {
      const ch = w[i]!;
      s += /\p{Lu}/u.test(ch) ? 'X' : /\p{Ll}/u.test(ch) ? 'x' : /\p{N}/u.test(ch) ? 'd' : ch;
    }
  }
  return s;
}

export function shortShape(shape: string): string {
  return shape.replace(/(.)\1+/g, '$1');
}

/** Lower case, with digits folded so that years and amounts share features. */
export function normWord(w: string): string {
  return w.toLowerCase().replace(/\d/g, '0');
}

export interface FeatureOptions {
  gazetteer?: Gazetteer | undefined;
}

export interface SentenceFeatures {
  /** One string array per word. Feature names start with a template id so that templates never collide. */
  words: string[][];
  /** Short shape and normalised form per word, for the history features. */
  shapes: string[];
  lower: string[];
}

export function staticFeatures(input: NerInput, opts: FeatureOptions = {}): SentenceFeatures {
  const { words, tags } = input;
  const n = words.length;
  const lw = words.map(normWord);
  const longShapes = words.map(wordShape);
  const shapes = longShapes.map(shortShape);
  const gaz = opts.gazetteer ? gazetteerHits(words, opts.gazetteer) : undefined;
  const given = opts.gazetteer?.givenNames;
  // A sentence without capitals after its first word (web text, headlines in caps) says little through case.
  const letters = words.filter((w, i) => i > 0 && /^\p{L}/u.test(w));
  const sentCase = letters.length < 3 ? 'short' : letters.every((w) => w === w.toLowerCase()) ? 'lower' : letters.every((w) => w === w.toUpperCase()) ? 'upper' : 'mixed';
  const at = (a: readonly string[], i: number) => (i < 0 ? '<s>' : i >= n ? '</s>' : a[i]!);
  const out: string[][] = [];
  for (let i = 0; i < n; i++) {
    const w = words[i]!;
    const l = lw[i]!;
    const sh = shapes[i]!;
    const cap = /^\p{Lu}/u.test(w);
    const f = ['b', `w=${w}`, `l=${l}`, `sh=${sh}`, `lsh=${longShapes[i]!.slice(0, 6)}`];
    for (let k = 1; k <= 4 && k < l.length; k++) f.push(`p${k}=${l.slice(0, k)}`, `s${k}=${l.slice(-k)}`);
    if (i === 0) f.push(`first|cap=${cap}`);
    if (sentCase !== 'mixed') f.push(`sc=${sentCase}`, `sc=${sentCase}|sh=${sh}`);
    if (cap && w === w.toUpperCase() && /\p{L}/u.test(w)) f.push('allcaps');
    if (/-/.test(w) && w.length > 1) f.push('hyph');
    // Neighbouring words and their shapes, ±2; the bigrams around the word.
    for (const d of [-2, -1, 1, 2]) f.push(`l${d}=${at(lw, i + d)}`, `sh${d}=${at(shapes, i + d)}`);
    f.push(`l-1l=${at(lw, i - 1)}|${l}`, `ll+1=${l}|${at(lw, i + 1)}`, `sh-1sh+1=${at(shapes, i - 1)}|${sh}|${at(shapes, i + 1)}`);
    if (gaz) {
      for (const g of gaz[i]!) f.push(`g=${g}`, `g=${g}|${cap}`);
      for (const d of [-1, 1]) for (const g of i + d >= 0 && i + d < n ? gaz[i + d]! : []) f.push(`g${d}=${g}`);
    }
    if (given) {
      if (given.has(l)) f.push(`fn|${cap}`);
      if (i > 0 && given.has(lw[i - 1]!)) f.push(`fn-1|${cap}`);
    }
    if (tags) {
      const t = (j: number) => (j < 0 ? '<s>' : j >= n ? '</s>' : tags[j]!);
      f.push(`t=${t(i)}`, `t-1=${t(i - 1)}`, `t+1=${t(i + 1)}`, `t-1t=${t(i - 1)}|${t(i)}`, `tt+1=${t(i)}|${t(i + 1)}`);
    }
    out.push(f);
  }
  return { words: out, shapes, lower: lw };
}

/** Features of the tags already predicted: the previous tag, the previous two, and the previous tag with the word's shape. */
export function historyFeatures(prev1: string, prev2: string, shape: string, lower: string): string[] {
  return [`y1=${prev1}`, `y2y1=${prev2}|${prev1}`, `y1sh=${prev1}|${shape}`, `y1l=${prev1}|${lower}`];
}
