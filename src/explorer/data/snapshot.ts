// The server's index of a dataset (issue 16): what the page needs before the full graph is in the browser.
// `serve` builds it once, in Node, with the same code the dataset worker runs (so it is the same data):
// - the overview: the catalog (nodes for search, labels, timeline; the articles) and the overview's
//   render view, as JSON, so the page draws the overview without parsing the RDF first;
// - one entry per node: its panel data and its drill-down events; one per article: the article view.
// The page loads the full graph into the dataset worker later (for the other views, SPARQL, export, adding
// an article) and asks the server for panels until then. Browser-safe: the page decodes with it too.
import { articleView, listArticles, nodeDetails } from './details.js';
import { egoEvents } from './ego.js';
import type { PackedView } from '../render/types.js';
import type { ArticleView, NodeDetails } from './details.js';
import type { Dataset, EgoEvent, PackedCatalog } from './types.js';

/** What the page needs to draw the overview at once. */
export interface Snapshot {
  catalog: PackedCatalog;
  view: PackedView;
}

/** A node's index entry: its panel and its drill-down. */
export interface NodeEntry {
  details: NodeDetails | null;
  ego: EgoEvent[];
}

/** Typed arrays of the packed forms, by field: JSON carries them as plain arrays. */
const CATALOG_ARRAYS = { events: Uint8Array, cls: Uint32Array, fresh: Uint32Array } as const;
const VIEW_ARRAYS = {
  nodes: Uint32Array,
  xy: Float32Array,
  size: Float32Array,
  degree: Uint32Array,
  source: Uint32Array,
  target: Uint32Array,
  edgeKind: Uint8Array,
  edgeWeight: Float32Array,
  edgeCount: Uint32Array,
  edgeClass: Uint8Array,
  mentionSize: Float32Array,
  edgeLabel: Uint32Array,
  curvature: Float32Array,
} as const;

type ArrayCtor = { from(a: ArrayLike<number>): unknown };

function plain(o: object, arrays: Record<string, ArrayCtor>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...(o as Record<string, unknown>) };
  // Float32 values written with their shortest round-trip form would be longer than needed: 4 decimals do.
  for (const k of Object.keys(arrays)) {
    const a = (o as Record<string, ArrayLike<number>>)[k]!;
    out[k] = a instanceof Float32Array ? Array.from(a, (x) => Math.round(x * 1e4) / 1e4) : Array.from(a);
  }
  return out;
}

function typed<T>(o: Record<string, unknown>, arrays: Record<string, ArrayCtor>): T {
  const out: Record<string, unknown> = { ...o };
  for (const [k, ctor] of Object.entries(arrays)) out[k] = ctor.from((o[k] as number[] | undefined) ?? []);
  return out as T;
}

/** A snapshot as JSON (the server makes it with `snapshotJson` in cli/serve-index.ts). */
export function encodeSnapshot(s: Snapshot): string {
  return JSON.stringify({ catalog: plain(s.catalog, CATALOG_ARRAYS), view: plain(s.view, VIEW_ARRAYS) });
}

export function parseSnapshot(text: string): Snapshot {
  const o = JSON.parse(text) as { catalog: Record<string, unknown>; view: Record<string, unknown> };
  return { catalog: typed<PackedCatalog>(o.catalog, CATALOG_ARRAYS), view: typed<PackedView>(o.view, VIEW_ARRAYS) };
}

/** Every node's entry, as JSON. */
export function* nodeEntries(ds: Dataset): Generator<[string, string]> {
  for (const id of ds.nodes.keys()) yield [id, JSON.stringify({ details: nodeDetails(ds, id), ego: egoEvents(ds, id) } satisfies NodeEntry)];
}

/** Every article's view, as JSON. */
export function* articleEntries(ds: Dataset): Generator<[string, string]> {
  for (const a of listArticles(ds)) yield [a.id, JSON.stringify(articleView(ds, a.id) satisfies ArticleView | null)];
}
