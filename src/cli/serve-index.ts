// The server's index of the graphs it serves (issue 16): the overview snapshot, and each node's and each
// article's panel data, made once with the explorer's own code (src/explorer/data/snapshot.ts) and held
// as bytes. The page draws the overview from it without parsing the RDF, and gets its panels from it
// until the full graph has loaded in its dataset worker.
import './webgl-constants.js';
import { createHash } from 'node:crypto';
import { closeSync, openSync, readFileSync, writeSync } from 'node:fs';
import { CompactStore } from '../rdf/compact-store.js';
import { buildDataset } from '../explorer/data/dataset.js';
import { packCatalog } from '../explorer/data/catalog.js';
import { articleEntries, encodeSnapshot, nodeEntries } from '../explorer/data/snapshot.js';
import { deriveView } from '../explorer/render/derive.js';
import type { Dataset } from '../explorer/data/types.js';
import { parseInto } from '../explorer/extract/quads.js';

/** JSON documents by key: no object per entry beyond its key. */
export interface PackedEntries {
  ids: string[];
  /** Byte offsets: entry i is [offsets[i], offsets[i + 1]) of `body`, or of the index's `file` when body is null. */
  offsets: Float64Array;
  body: Uint8Array | null;
}

export interface ServedIndex {
  overview: Uint8Array;
  nodes: PackedEntries;
  articles: PackedEntries;
  /** Changes with any of them: the ETag of every index response. */
  etag: string;
  /**
   * The file that holds the entries (the nodes', then the articles'), when they were written there as they
   * were made (by the index child: 96 MB for 1,500 articles, which neither process then holds).
   */
  file?: string;
}

/** Where entries go as they are made: appended to a file (at `at`), or gathered in memory. */
interface Sink {
  at: number;
  write(b: Buffer): void;
}

function packEntries(entries: Iterable<[string, string]>, hash: ReturnType<typeof createHash>, sink: Sink | null): PackedEntries {
  const ids: string[] = [];
  const parts: Buffer[] = [];
  const offsets: number[] = [sink ? sink.at : 0];
  let at = offsets[0]!;
  for (const [id, json] of entries) {
    const b = Buffer.from(json, 'utf8');
    hash.update(id).update(b);
    ids.push(id);
    if (sink) sink.write(b);
    else parts.push(b);
    at += b.length;
    offsets.push(at);
  }
  return { ids, offsets: Float64Array.from(offsets), body: sink ? null : Buffer.concat(parts) };
}

/** The overview snapshot of a dataset, as JSON: its catalog (in the dataset's node order) and overview view. */
export function snapshotJson(ds: Dataset): string {
  const catalog = packCatalog(ds);
  const view = deriveView(ds, 'overview', { ids: catalog.ids, index: new Map(catalog.ids.map((id, i) => [id, i])) }, ds.version);
  return encodeSnapshot({ catalog, view });
}

/** The index of a dataset; with `file`, its entries are written there as they are made, not held. */
export function indexDataset(ds: Dataset, file?: string): ServedIndex {
  const hash = createHash('sha256');
  const overview = Buffer.from(snapshotJson(ds), 'utf8');
  hash.update(overview);
  const fd = file === undefined ? null : openSync(file, 'w');
  try {
    const sink: Sink | null =
      fd === null
        ? null
        : {
            at: 0,
            write(b) {
              for (let done = 0; done < b.length; ) done += writeSync(fd, b, done, b.length - done);
              this.at += b.length;
            },
          };
    const nodes = packEntries(nodeEntries(ds), hash, sink);
    const articles = packEntries(articleEntries(ds), hash, sink);
    return { overview, nodes, articles, etag: `"i${hash.digest('base64url').slice(0, 26)}"`, ...(file === undefined ? {} : { file }) };
  } finally {
    if (fd !== null) closeSync(fd);
  }
}

/**
 * The index of graph texts, parsed and merged as the dataset worker does (each file by its name's format,
 * its prefixes kept): the same store, so the same catalog, in the same order. The store is a CompactStore,
 * which answers as n3's does in a tenth of the memory (n3's took 1.1 GB for 1,500 articles).
 */
export async function indexTexts(graphs: IndexSource[], file?: string): Promise<ServedIndex> {
  const store = new CompactStore();
  const prefixes: Record<string, string> = {};
  // A graph read from its file lives only while it is parsed (the store copies the terms it keeps).
  for (const g of graphs) Object.assign(prefixes, (await parseInto(store, textOf(g), g.name, Infinity)).prefixes);
  return indexDataset(buildDataset(store, { prefixes, sources: graphs.map((g) => g.name) }), file);
}

/** A graph to index: its text (or UTF-8 bytes), or the file that holds it. */
export interface IndexSource {
  name: string;
  text?: string | Uint8Array;
  file?: string;
}

function textOf(g: IndexSource): string {
  if (typeof g.text === 'string') return g.text;
  if (g.text) return Buffer.from(g.text.buffer, g.text.byteOffset, g.text.byteLength).toString('utf8');
  return readFileSync(g.file!, 'utf8');
}

/** Where entry `id` of packed entries is ([from, to) of their body or of the index's file), or null. */
export function entryRange(p: PackedEntries, lookup: Map<string, number>, id: string): [number, number] | null {
  const i = lookup.get(id);
  return i === undefined ? null : [p.offsets[i]!, p.offsets[i + 1]!];
}
