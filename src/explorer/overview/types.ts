/** CAMEO's quad classes, from the root code of an event (01–05, 06–08, 09–14, 15–20), and `other` for ties without one. */
export type QuadClass = 'verbal-coop' | 'material-coop' | 'verbal-conflict' | 'material-conflict' | 'other';

/** One thing that ties two entities: an event they take part in, or a fact between them not read from an event. */
export interface Tie {
  /** Acting and acted-on entity (for a fact, its subject and object). */
  from: string;
  to: string;
  /** The event (or fact) it comes from: a fact and its event count once. */
  key: string;
  /** A verb ("thanked") or an event type ("discuss by telephone"). */
  label: string;
  cls: QuadClass;
  date?: string;
  /** A statement made to someone ("told"): an outlet quoted as the addressee must not become a hub. */
  reporting: boolean;
}

/** All the ties of one pair of entities, as one weighted edge. */
export interface OverviewEdge {
  /** The pair, in the direction most of its ties go. */
  source: string;
  target: string;
  /** Distinct ties. */
  count: number;
  /** Sum over labels of 1 + ln(ties with that label), reporting ties a quarter: one repeated verb cannot dominate. */
  weight: number;
  /** The class with the most ties (by weight). */
  cls: QuadClass;
  /** The most frequent label. */
  label: string;
  /** Dates of the dated ties (for the time filter). */
  dates: string[];
}

export interface Overview {
  edges: OverviewEdge[];
  /** Entities with at least one tie: the others (isolated) are not in the overview. */
  nodes: string[];
  /** Sum of the weights of each node's edges. */
  strength: Map<string, number>;
  /** Entities left out as news outlets: mostly addressees of statements ("X told Reuters"). */
  outlets: string[];
}

/** What the overview reads of a dataset (the explorer's Dataset fits). */
export interface OverviewInput {
  nodes: ReadonlyMap<string, { kind: 'entity' | 'event'; cls: string; cameoCode?: string; date?: string }>;
  edges: readonly { source: string; target: string; predicate: string; label: string; kind: 'fact' | 'role' | 'link'; events?: string[]; dates: string[] }[];
}
