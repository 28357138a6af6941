import type { QuadSource } from '../../rdf/compact-store.js';

export type NodeKind = 'entity' | 'event';

/** What the page keeps of each node: enough for search, the legend, the timeline and labels. */
export interface NodeInfo {
  id: string;
  label: string;
  kind: NodeKind;
  /** The class used for colour and the legend (e.g. schema:Person, ng:Consult). */
  cls: string;
  aliases: string[];
  /** Event date as an ISO day (the first day of a month or year for coarser dates). */
  date?: string;
}

export interface NodeRecord extends NodeInfo {
  /** Class IRIs. */
  types: string[];
  wikidata?: string;
  cameoCode?: string;
}

export interface EdgeRecord {
  id: string;
  source: string;
  target: string;
  predicate: string;
  label: string;
  kind: 'fact' | 'role' | 'link';
  /** Dates of the events a fact was read from (for the time filter). */
  dates: string[];
  /** The events a fact was read from (ng:viaEvent): the overview counts a fact and its event once. */
  events?: string[];
}

/** Everything the views derive from: the RDF store plus its projection. Immutable once built. */
export interface Dataset {
  /** Increases on every change, so derived caches know when to refresh. */
  version: number;
  /** n3's Store in the browser; the server's index reads a CompactStore (the same answers, less memory). */
  store: QuadSource;
  prefixes: Record<string, string>;
  /** True when the RDF is not newsgraph's (no ng:Entity): a generic resource graph. */
  generic: boolean;
  nodes: Map<string, NodeRecord>;
  edges: EdgeRecord[];
  /** Nodes added by the last merge (highlighted). */
  fresh: ReadonlySet<string>;
  /** Where the data came from, for the status bar. */
  sources: string[];
}

export interface SearchHit {
  id: string;
  label: string;
  matched: string;
  cls: string;
}

/**
 * The page's side of a dataset: the store, the edges and the panel queries stay in the dataset worker;
 * the page keeps the nodes (search, labels), the articles and the render graph.
 */
export interface Catalog {
  version: number;
  prefixes: Record<string, string>;
  generic: boolean;
  sources: string[];
  nodes: Map<string, NodeInfo>;
  /** Node IRIs in the worker's order: packed render graphs refer to nodes by their index here. */
  ids: string[];
  fresh: ReadonlySet<string>;
  articles: { id: string; title: string }[];
}

/** A catalog packed for the trip from the worker: strings once, the rest in typed arrays or sparse lists. */
export interface PackedCatalog {
  version: number;
  prefixes: Record<string, string>;
  generic: boolean;
  sources: string[];
  ids: string[];
  labels: string[];
  /** 1 for events. */
  events: Uint8Array;
  cls: Uint32Array;
  classes: string[];
  /** [node index, value], only for the nodes that have one. */
  aliases: [number, string[]][];
  dates: [number, string][];
  fresh: Uint32Array;
  articles: { id: string; title: string }[];
}

/** An event of a node's ego network (overview drill-down): its entities and their roles (agent, target, place). */
export interface EgoEvent {
  id: string;
  roles: [entity: string, role: string][];
}
