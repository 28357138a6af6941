import type { Store } from 'n3';

export type NodeKind = 'entity' | 'event';

export interface NodeRecord {
  id: string;
  label: string;
  kind: NodeKind;
  /** Class IRIs. */
  types: string[];
  /** The class used for colour and the legend (e.g. schema:Person, ng:Consult). */
  cls: string;
  aliases: string[];
  wikidata?: string;
  cameoCode?: string;
  /** Event date as an ISO day (the first day of a month or year for coarser dates). */
  date?: string;
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
}

/** Everything the views derive from: the RDF store plus its projection. Immutable once built. */
export interface Dataset {
  /** Increases on every change, so derived caches know when to refresh. */
  version: number;
  store: Store;
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
