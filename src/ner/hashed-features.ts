/**
 * The static features of features.ts, hashed, with the parts that depend on one word only cached per word
 * form: the word's own features and what it contributes as a neighbour (`l-1=…`, `sh+2=…`) are hashed once
 * per form instead of once per occurrence. Must equal `hashFeature` over `staticFeatures` exactly, in the
 * same order (test/ner.test.ts checks it): the order fixes the floating-point sums that training depends on.
 */
import { gazetteerHits } from './gazetteer.js';
import { normWord, shortShape, wordShape } from './features.js';
import type { FeatureOptions, SentenceFeatures } from './features.js';
import { hashFeature } from './model.js';
import type { NerInput } from './types.js';

interface WordEntry {
  lower: string;
  shape: string;
  cap: boolean;
  /** b, w, l, sh, lsh, prefixes and suffixes. */
  own: number[];
  /** allcaps, hyph (they come after the positional first/sentence-case features). */
  flags: number[];
  /** As the neighbour at offset d ∈ {-2, -1, 1, 2}: [l, sh] hashes, indexed by d + 2 (skipping 0). */
  asNeighbour: [number, number][];
}

const OFFSETS = [-2, -1, 1, 2] as const;
const cache = new Map<string, WordEntry>();
/** Bounded: a long-running process sees unbounded vocabularies. */
const CACHE_LIMIT = 200_000;

function entry(w: string): WordEntry {
  let e = cache.get(w);
  if (e) return e;
  const l = normWord(w);
  const long = wordShape(w);
  const sh = shortShape(long);
  const cap = /^\p{Lu}/u.test(w);
  const own = ['b', `w=${w}`, `l=${l}`, `sh=${sh}`, `lsh=${long.slice(0, 6)}`];
  for (let k = 1; k <= 4 && k < l.length; k++) own.push(`p${k}=${l.slice(0, k)}`, `s${k}=${l.slice(-k)}`);
  const flags: string[] = [];
  if (cap && w === w.toUpperCase() && /\p{L}/u.test(w)) flags.push('allcaps');
  if (/-/.test(w) && w.length > 1) flags.push('hyph');
  e = {
    lower: l,
    shape: sh,
    cap,
    own: own.map(hashFeature),
    flags: flags.map(hashFeature),
    asNeighbour: OFFSETS.map((d) => [hashFeature(`l${d}=${l}`), hashFeature(`sh${d}=${sh}`)]),
  };
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(w, e);
  return e;
}

/** Sentence-boundary neighbours, hashed once. */
const BOUNDARY = new Map(OFFSETS.map((d) => [d, [hashFeature(`l${d}=${d < 0 ? '<s>' : '</s>'}`), hashFeature(`sh${d}=${d < 0 ? '<s>' : '</s>'}`)] as const]));

export interface HashedSentence {
  features: Uint32Array[];
  shapes: string[];
  lower: string[];
}

export function hashedFeatures(input: NerInput, opts: FeatureOptions = {}): HashedSentence {
  const { words, tags } = input;
  const n = words.length;
  const es = words.map(entry);
  const lw = es.map((e) => e.lower);
  const shapes = es.map((e) => e.shape);
  const gaz = opts.gazetteer ? gazetteerHits(words, opts.gazetteer) : undefined;
  const given = opts.gazetteer?.givenNames;
  const letters = words.filter((w, i) => i > 0 && /^\p{L}/u.test(w));
  const sentCase = letters.length < 3 ? 'short' : letters.every((w) => w === w.toLowerCase()) ? 'lower' : letters.every((w) => w === w.toUpperCase()) ? 'upper' : 'mixed';
  const at = (a: readonly string[], i: number) => (i < 0 ? '<s>' : i >= n ? '</s>' : a[i]!);
  const features: Uint32Array[] = [];
  const f: number[] = [];
  for (let i = 0; i < n; i++) {
    const e = es[i]!;
    const { cap } = e;
    const l = e.lower;
    const sh = e.shape;
    f.length = 0;
    f.push(...e.own);
    if (i === 0) f.push(hashFeature(`first|cap=${cap}`));
    if (sentCase !== 'mixed') f.push(hashFeature(`sc=${sentCase}`), hashFeature(`sc=${sentCase}|sh=${sh}`));
    f.push(...e.flags);
    OFFSETS.forEach((d, k) => {
      const j = i + d;
      const pair = j < 0 || j >= n ? BOUNDARY.get(d)! : es[j]!.asNeighbour[k]!;
      f.push(pair[0], pair[1]);
    });
    f.push(hashFeature(`l-1l=${at(lw, i - 1)}|${l}`), hashFeature(`ll+1=${l}|${at(lw, i + 1)}`), hashFeature(`sh-1sh+1=${at(shapes, i - 1)}|${sh}|${at(shapes, i + 1)}`));
    if (gaz) {
      for (const g of gaz[i]!) f.push(hashFeature(`g=${g}`), hashFeature(`g=${g}|${cap}`));
      for (const d of [-1, 1]) for (const g of i + d >= 0 && i + d < n ? gaz[i + d]! : []) f.push(hashFeature(`g${d}=${g}`));
    }
    if (given) {
      if (given.has(l)) f.push(hashFeature(`fn|${cap}`));
      if (i > 0 && given.has(lw[i - 1]!)) f.push(hashFeature(`fn-1|${cap}`));
    }
    if (tags) {
      const t = (j: number) => (j < 0 ? '<s>' : j >= n ? '</s>' : tags[j]!);
      for (const s of [`t=${t(i)}`, `t-1=${t(i - 1)}`, `t+1=${t(i + 1)}`, `t-1t=${t(i - 1)}|${t(i)}`, `tt+1=${t(i)}|${t(i + 1)}`]) f.push(hashFeature(s));
    }
    features.push(Uint32Array.from(f));
  }
  return { features, shapes, lower: lw };
}

/** The string features hashed one by one: the slow reference that `hashedFeatures` must equal. */
export function hashSentence(sf: SentenceFeatures): HashedSentence {
  return { features: sf.words.map((f) => Uint32Array.from(f.map(hashFeature))), shapes: sf.shapes, lower: sf.lower };
}
