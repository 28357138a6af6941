/**
 * The model file: "NGSX", a format version, a JSON header (tag set, labels, lemma rules, figures) and the
 * weight tables as sorted 32-bit keys with int16-quantised rows. Pure bytes in and out, so it loads in a
 * browser as well as in Node.
 */
export interface TableBytes {
  keys: Uint32Array;
  weights: Float32Array;
  nClasses: number;
}

/** A table as stored: int16 rows, weight = value × scale. */
export interface StoredTable {
  keys: Uint32Array;
  quantised: Int16Array;
  scale: number;
  nClasses: number;
}

const MAGIC = 0x5853474e; // "NGSX" little-endian
const VERSION = 1;

interface TableHeader {
  rows: number;
  nClasses: number;
  scale: number;
}

export function encodeModel(header: Record<string, unknown>, tables: Record<string, TableBytes>): Uint8Array {
  const names = Object.keys(tables).sort();
  const described: Record<string, TableHeader> = {};
  const quantised: Record<string, Int16Array> = {};
  for (const name of names) {
    const t = tables[name] as TableBytes;
    let max = 0;
    for (const v of t.weights) if (Math.abs(v) > max) max = Math.abs(v);
    const scale = max > 0 ? max / 32767 : 1;
    quantised[name] = Int16Array.from(t.weights, (v) => Math.round(v / scale));
    described[name] = { rows: t.keys.length, nClasses: t.nClasses, scale };
  }
  const json = new TextEncoder().encode(JSON.stringify({ ...header, tables: described, order: names }));
  const pad = (n: number) => (n + 3) & ~3;
  let size = 12 + pad(json.length);
  for (const name of names) size += (tables[name] as TableBytes).keys.length * 4 + pad((quantised[name] as Int16Array).length * 2);
  const out = new Uint8Array(size);
  const view = new DataView(out.buffer);
  view.setUint32(0, MAGIC, true);
  view.setUint32(4, VERSION, true);
  view.setUint32(8, json.length, true);
  out.set(json, 12);
  let at = 12 + pad(json.length);
  for (const name of names) {
    const keys = (tables[name] as TableBytes).keys;
    out.set(new Uint8Array(keys.buffer, keys.byteOffset, keys.byteLength), at);
    at += keys.byteLength;
    const q = quantised[name] as Int16Array;
    out.set(new Uint8Array(q.buffer, q.byteOffset, q.byteLength), at);
    at += pad(q.byteLength);
  }
  return out;
}

export function decodeModel(bytes: Uint8Array): { header: Record<string, unknown>; tables: Record<string, StoredTable> } {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.length < 12 || view.getUint32(0, true) !== MAGIC) throw new Error('not a newsgraph syntax model (bad magic number)');
  const version = view.getUint32(4, true);
  if (version !== VERSION) throw new Error(`syntax model format ${version} is not supported (expected ${VERSION})`);
  const jsonLength = view.getUint32(8, true);
  const header = JSON.parse(new TextDecoder().decode(bytes.subarray(12, 12 + jsonLength))) as Record<string, unknown> & { tables: Record<string, TableHeader>; order: string[] };
  const pad = (n: number) => (n + 3) & ~3;
  let at = 12 + pad(jsonLength);
  const tables: Record<string, StoredTable> = {};
  for (const name of header.order) {
    const t = header.tables[name] as TableHeader;
    // Copies, so the arrays are aligned whatever the source buffer's offset.
    const keys = new Uint32Array(bytes.slice(at, at + t.rows * 4).buffer);
    at += t.rows * 4;
    const count = t.rows * t.nClasses;
    const quantised = new Int16Array(bytes.slice(at, at + count * 2).buffer);
    at += pad(count * 2);
    tables[name] = { keys, quantised, scale: t.scale, nClasses: t.nClasses };
  }
  if (at !== bytes.length) throw new Error(`syntax model is truncated or has trailing bytes (${bytes.length} bytes, expected ${at})`);
  return { header, tables };
}
