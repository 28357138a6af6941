// The server's index of the graphs it serves (issue 16): the overview snapshot, and each node's and each
// article's panel data, made once with the explorer's own code (src/explorer/data/snapshot.ts) and held
// as bytes. The page draws the overview from it without parsing the RDF, and gets its panels from it
// until the full graph has loaded in its dataset worker.
import './webgl-constants.js';
import { createHash } from 'node:crypto';
import { Store } from 'n3';
import { buildDataset } from '../explorer/data/dataset.js';
import { packCatalog } from '../explorer/data/catalog.js';
import { articleEntries, encodeSnapshot, nodeEntries } from '../explorer/data/snapshot.js';
import { deriveView } from '../explorer/render/derive.js';
import type { Dataset } from '../explorer/data/types.js';
import { parseInto } from '../explorer/extract/quads.js';

/** JSON documents by key, in one buffer: no object per entry beyond its key. */
export interface PackedEntries {
  ids: string[];
  /** Byte offsets into `body`: entry i is body[offsets[i], offsets[i + 1]). */
  offsets: Float64Array;
  body: Uint8Array;
}

export interface ServedIndex {
  overview: Uint8Array;
  nodes: PackedEntries;
  articles: PackedEntries;
  /** Changes with any of them: the ETag of every index response. */
  etag: string;
}

function packEntries(entries: Iterable<[string, string]>, hash: ReturnType<typeof createHash>): PackedEntries {
  const ids: string[] = [];
  const parts: Buffer[] = [];
  const offsets: number[] = [0];
  let at = 0;
  for (const [id, json] of entries) {
    const b = Buffer.from(json, 'utf8');
    hash.update(id).update(b);
    ids.push(id);
    parts.push(b);
    at += b.length;
    offsets.push(at);
  }
  return { ids, offsets: Float64Array.from(offsets), body: Buffer.concat(parts) };
}

/** The overview snapshot of a dataset, as JSON: its catalog (in the dataset's node order) and overview view. */
export function snapshotJson(ds: Dataset): string {
  const catalog = packCatalog(ds);
  const view = deriveView(ds, 'overview', { ids: catalog.ids, index: new Map(catalog.ids.map((id, i) => [id, i])) }, ds.version);
  return encodeSnapshot({ catalog, view });
}

/** The index of a dataset. */
export function indexDataset(ds: Dataset): ServedIndex {
  const hash = createHash('sha256');
  const overview = Buffer.from(snapshotJson(ds), 'utf8');
  hash.update(overview);
  const nodes = packEntries(nodeEntries(ds), hash);
  const articles = packEntries(articleEntries(ds), hash);
  return { overview, nodes, articles, etag: `"i${hash.digest('base64url').slice(0, 26)}"` };
}

/**
 * The index of graph texts, parsed and merged as the dataset worker does (each file by its name's format,
 * its prefixes kept): the same store, so the same catalog, in the same order.
 */
export async function indexTexts(graphs: { name: string; text: string }[]): Promise<ServedIndex> {
  const store = new Store();
  const prefixes: Record<string, string> = {};
  for (const g of graphs) Object.assign(prefixes, (await parseInto(store, g.text, g.name, Infinity)).prefixes);
  return indexDataset(buildDataset(store, { prefixes, sources: graphs.map((g) => g.name) }));
}

/** Entry `id` of packed entries, or null. */
export function entryOf(p: PackedEntries, lookup: Map<string, number>, id: string): Uint8Array | null {
  const i = lookup.get(id);
  return i === undefined ? null : p.body.subarray(p.offsets[i]!, p.offsets[i + 1]!);
}
