/**
 * The shipped model: hashed feature keys with int16 weights, one per tag. Bytes in, bytes out, no `fs`:
 * the same code loads it in Node (see src/io/ner-model.ts) and in the browser.
 *
 * Format (little-endian): "NER1", u32 header length, header JSON (padded to 4 bytes), u32 keys (sorted),
 * then int16 weights, `tags.length` per key. Weight = int16 × header.scale.
 */
export interface ModelHeader {
  tags: string[];
  scale: number;
  count: number;
  /** Whether the model was trained with gazetteer / POS features; decoding should supply the same inputs. */
  gazetteer: boolean;
  posTags: boolean;
  /** Free-form provenance: data, epochs, dev score. */
  meta: Record<string, unknown>;
}

export interface NerModel {
  header: ModelHeader;
  /** Feature hash → row in `weights`. */
  rows: Map<number, number>;
  weights: Int16Array;
}

/** Anything that scores a token's features for every tag: the shipped model or the weights being trained. */
export interface Scorer {
  readonly tagCount: number;
  /** Adds the weights of `features` (hashes) into `out` (one slot per tag). */
  score(features: ArrayLike<number>, out: Float64Array): void;
}

/** FNV-1a, 32 bits, over UTF-16 code units: fast, stable across platforms, good enough for ~10^6 keys. */
export function hashFeature(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

export function modelScorer(model: NerModel): Scorer {
  return (scorers.get(model) ?? scorers.set(model, makeScorer(model)).get(model))!;
}

/** One scorer per model, with the int16 weights scaled to floats once (decoding adds them ~700 times per word). */
const scorers = new WeakMap<NerModel, Scorer>();

function makeScorer(model: NerModel): Scorer {
  const T = model.header.tags.length;
  const weights = Float64Array.from(model.weights, (w) => w * model.header.scale);
  // Open addressing with linear probing over the (already well mixed) feature hashes: several times faster
  // than Map lookups, which were half of decoding time.
  let size = 1;
  while (size < model.rows.size * 2) size <<= 1;
  const mask = size - 1;
  const keys = new Uint32Array(size);
  const slots = new Int32Array(size).fill(-1);
  for (const [key, row] of model.rows) {
    let i = key & mask;
    while (slots[i]! >= 0) i = (i + 1) & mask;
    keys[i] = key;
    slots[i] = row;
  }
  return {
    tagCount: T,
    score(features, out) {
      for (let k = 0; k < features.length; k++) {
        const f = features[k]!;
        let i = f & mask;
        let r = slots[i]!;
        while (r >= 0 && keys[i] !== f) {
          i = (i + 1) & mask;
          r = slots[i]!;
        }
        if (r < 0) continue;
        const base = r * T;
        for (let t = 0; t < T; t++) out[t]! += weights[base + t]!;
      }
    },
  };
}

const MAGIC = 'NER1';

export function serialiseModel(model: NerModel): Uint8Array {
  const keys = [...model.rows.keys()].sort((a, b) => a - b);
  const T = model.header.tags.length;
  let json = new TextEncoder().encode(JSON.stringify({ ...model.header, count: keys.length }));
  const pad = (4 - (json.length % 4)) % 4;
  json = new Uint8Array([...json, ...new Array<number>(pad).fill(0x20)]);
  const size = 8 + json.length + keys.length * 4 + keys.length * T * 2;
  const bytes = new Uint8Array(size);
  const view = new DataView(bytes.buffer);
  bytes.set(new TextEncoder().encode(MAGIC), 0);
  view.setUint32(4, json.length, true);
  bytes.set(json, 8);
  let off = 8 + json.length;
  for (const k of keys) {
    view.setUint32(off, k, true);
    off += 4;
  }
  for (const k of keys) {
    const r = model.rows.get(k)!;
    for (let t = 0; t < T; t++, off += 2) view.setInt16(off, model.weights[r * T + t]!, true);
  }
  return bytes;
}

export function deserialiseModel(bytes: Uint8Array): NerModel {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (new TextDecoder().decode(bytes.subarray(0, 4)) !== MAGIC) throw new Error('not a newsgraph NER model (bad magic)');
  const len = view.getUint32(4, true);
  const header = JSON.parse(new TextDecoder().decode(bytes.subarray(8, 8 + len))) as ModelHeader;
  const T = header.tags.length;
  let off = 8 + len;
  const rows = new Map<number, number>();
  for (let i = 0; i < header.count; i++, off += 4) rows.set(view.getUint32(off, true), i);
  if (bytes.byteLength - off !== header.count * T * 2) throw new Error('NER model truncated');
  const weights = new Int16Array(header.count * T);
  for (let i = 0; i < weights.length; i++, off += 2) weights[i] = view.getInt16(off, true);
  return { header, rows, weights };
}

/**
 * Float weights → int16 with one linear scale (largest weight = 32767). Decisions sum dozens of weights,
 * some of them large (bias, tag history), so what matters is the absolute error, which a linear int16 scale
 * keeps below 1e-4 of the largest weight; int8 (linear, log-spaced or quantile codebooks) cost 5–15 F1 points.
 * Rows whose weights all round to zero are dropped.
 */
export function quantise(keys: readonly number[], weights: Float32Array, tags: string[], header: Omit<ModelHeader, 'tags' | 'scale' | 'count'>): NerModel {
  const T = tags.length;
  let max = 1e-9;
  for (const w of weights) max = Math.max(max, Math.abs(w));
  const scale = max / 32767;
  const rows = new Map<number, number>();
  const kept: number[] = [];
  keys.forEach((key, r) => {
    for (let t = 0; t < T; t++)
      if (Math.round(weights[r * T + t]! / scale) !== 0) {
        rows.set(key, kept.length);
        kept.push(r);
        return;
      }
  });
  const q = new Int16Array(kept.length * T);
  kept.forEach((r, i) => {
    for (let t = 0; t < T; t++) q[i * T + t] = Math.round(weights[r * T + t]! / scale);
  });
  return { header: { ...header, tags, scale, count: kept.length }, rows, weights: q };
}
