/// <reference lib="webworker" />
// The dataset lives here, off the main thread: the n3 store (the source of truth), its projection and the
// render graph derived from them. The page gets them packed (a catalog of nodes and a render view) and asks
// here for panel data and exports. Only leaf modules are imported, so no other worker is bundled in.
import { Parser, Store } from 'n3';
import { parseInto, unpack } from '../extract/quads.js';
import { subsetTurtle, toNTriples, wholeTurtle } from '../export/turtle.js';
import { deriveView } from '../render/derive.js';
import { viewBuffers } from '../render/packed.js';
import type { ViewMode } from '../state/types.js';
import { packCatalog } from './catalog.js';
import { buildDataset, emptyDataset, mergeQuads, reserveVersion } from './dataset.js';
import { articleView, nodeDetails } from './details.js';
import { egoEvents } from './ego.js';
import type { DataRequest, DataResponse, Steps } from './protocol.js';
import type { Dataset } from './types.js';

let ds: Dataset = emptyDataset();
/** The full dataset while a CONSTRUCT result is shown. */
let full: Dataset | null = null;
/** Catalog order of the nodes of `ds`, and each one's index in it. */
let catalogOrder: { ids: string[]; index: Map<string, number> } = { ids: [], index: new Map() };

const now = () => performance.timeOrigin + performance.now();

function reply(m: DataResponse, transfer: Transferable[] = []): void {
  (self as unknown as { postMessage(m: unknown, t: Transferable[]): void }).postMessage(m, transfer);
}

function view(mode: ViewMode) {
  return deriveView(ds, mode, catalogOrder, ds.version);
}

/** Answers a change of dataset: its catalog and the render view for `mode`. */
function changed(next: Dataset, id: number, mode: ViewMode, steps: Steps, errors: string[] = [], triples?: number): void {
  ds = next;
  steps.push(['projected', now()]);
  const catalog = packCatalog(ds);
  catalogOrder = { ids: catalog.ids, index: new Map(catalog.ids.map((n, i) => [n, i])) };
  const v = view(mode);
  steps.push(['derived', now()]);
  const m: DataResponse = { type: 'dataset', id, catalog, view: v, errors, steps };
  if (triples !== undefined) m.triples = triples;
  reply(m, [...viewBuffers(v), catalog.events.buffer, catalog.cls.buffer, catalog.fresh.buffer]);
}

/** The server's graphs, fetched and parsed here: no copy of their quads crosses the main thread. */
async function fetchGraphs(m: Extract<DataRequest, { type: 'fetch' }>): Promise<void> {
  const steps: Steps = [];
  const store = new Store();
  const prefixes: Record<string, string> = {};
  const names: string[] = [];
  const errors: string[] = [];
  for (const g of m.graphs) {
    try {
      const r = await fetch(g.url, { credentials: 'same-origin' });
      if (!r.ok) throw new Error(`HTTP ${r.status}`);
      const text = await r.text();
      steps.push(['fetched', now()]);
      // Parsed straight into the store (as the server's index does: the same store, in the same order).
      const parsed = await parseInto(store, text, g.name, m.maxTriples - store.size);
      steps.push(['stored', now()]);
      Object.assign(prefixes, parsed.prefixes);
      names.push(g.name);
    } catch (e) {
      errors.push(`Could not load ${g.name}: ${(e as Error).message.split('\n')[0]}`);
    }
  }
  full = null;
  let next = buildDataset(store, { prefixes, sources: names });
  if (m.adopt && !errors.length && sameOrder(next, m.adopt.ids)) {
    reserveVersion(m.adopt.version);
    next = { ...next, version: m.adopt.version };
  }
  changed(next, m.id, m.mode, steps, errors);
}

/** True when the dataset's catalog order is `ids`. */
function sameOrder(d: Dataset, ids: string[]): boolean {
  if (d.nodes.size !== ids.length) return false;
  let i = 0;
  for (const id of d.nodes.keys()) if (id !== ids[i++]) return false;
  return true;
}

async function handle(m: DataRequest): Promise<void> {
  switch (m.type) {
    case 'fetch':
      return fetchGraphs(m);
    case 'open': {
      full = null;
      return changed(buildDataset(new Store(unpack(m.part.quads)), { prefixes: m.part.prefixes, sources: [m.part.source] }), m.id, m.mode, []);
    }
    case 'merge': {
      // An article added while a CONSTRUCT result is shown goes into the full graph.
      const base = full ?? ds;
      full = null;
      return changed(mergeQuads(base, unpack(m.part.quads), m.part.source, m.part.prefixes), m.id, m.mode, []);
    }
    case 'construct': {
      const quads = new Parser({ format: 'application/n-triples' }).parse(m.ntriples);
      full ??= ds;
      return changed(buildDataset(new Store(quads), { prefixes: ds.prefixes, sources: ['CONSTRUCT result'] }), m.id, m.mode, [], [], quads.length);
    }
    case 'back': {
      const back = full ?? ds;
      full = null;
      return changed(back, m.id, m.mode, []);
    }
    case 'view': {
      const v = view(m.mode);
      return reply({ type: 'view', id: m.id, view: v }, viewBuffers(v));
    }
    case 'details':
      return reply({ type: 'details', id: m.id, details: nodeDetails(ds, m.node) });
    case 'ego':
      return reply({ type: 'ego', id: m.id, ego: egoEvents(ds, m.node) });
    case 'article':
      return reply({ type: 'article', id: m.id, article: articleView(ds, m.article) });
    case 'turtle':
      return reply({ type: 'text', id: m.id, text: await (m.nodes ? subsetTurtle(ds, m.nodes) : wholeTurtle(ds)) });
    case 'ntriples':
      return reply({ type: 'text', id: m.id, text: await toNTriples(ds) });
  }
}

self.onmessage = (e: MessageEvent<DataRequest>) => {
  handle(e.data).catch((err: unknown) => reply({ type: 'error', id: e.data.id, message: String((err as Error).message ?? err).split('\n')[0] ?? 'failed' }));
};
