import type { MultiDirectedGraph } from 'graphology';

export interface RenderNode {
  x: number;
  y: number;
  size: number;
  color: string;
  label: string;
  kind: 'entity' | 'event';
  cls: string;
  /** Number of links in the render graph (facts or roles, by view). */
  degree: number;
  date?: string;
  fresh?: boolean;
}

export interface RenderEdge {
  size: number;
  color: string;
  label: string;
  type: 'arrow' | 'curved';
  curvature?: number;
  kind: 'fact' | 'role' | 'link';
  /** Dates of the events a fact was read from (none: always shown). */
  dates?: string[];
}

export interface LegendEntry {
  cls: string;
  short: string;
  color: string;
  count: number;
  kind: 'entity' | 'event';
}

export type RenderGraph = MultiDirectedGraph<RenderNode, RenderEdge>;

/**
 * A render graph packed for the trip from the dataset worker: nodes by their index in the catalog,
 * numbers in typed arrays, each edge label once. Unpacked into graphology's serialized form and imported.
 */
export interface PackedView {
  /** The catalog version it was derived from. */
  version: number;
  mode: 'facts' | 'events';
  /** Catalog indices, in render order. */
  nodes: Uint32Array;
  /** Seeded start positions, x then y per node. */
  xy: Float32Array;
  size: Float32Array;
  degree: Uint32Array;
  /** Edge ends, as positions in `nodes`. */
  source: Uint32Array;
  target: Uint32Array;
  /** 0 fact, 1 role, 2 link. */
  edgeKind: Uint8Array;
  edgeLabel: Uint32Array;
  edgeLabels: string[];
  /** 0 for a straight edge. */
  curvature: Float32Array;
  /** [edge index, dates], only for edges with dates. */
  edgeDates: [number, string[]][];
}
