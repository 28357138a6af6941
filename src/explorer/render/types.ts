import type { MultiDirectedGraph } from 'graphology';
import type { ViewMode } from '../state/types.js';

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
  /** Overview: size by mentions in the articles (`size` is by weighted degree). */
  mentionSize?: number;
  /** Louvain community, once computed (colour by community). */
  community?: number;
  /** Added to the overview by a drill-down (an event of the selected node): removed with the selection. */
  ego?: boolean;
}

export interface RenderEdge {
  size: number;
  color: string;
  label: string;
  type: 'arrow' | 'curved';
  curvature?: number;
  kind: 'fact' | 'role' | 'link' | 'tie';
  /** Dates of the events a fact was read from (none: always shown). */
  dates?: string[];
  /** Overview ties: their weight, number and CAMEO quad class. */
  weight?: number;
  count?: number;
  qclass?: string;
  ego?: boolean;
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
  mode: ViewMode;
  /** Catalog indices, in render order. */
  nodes: Uint32Array;
  /** Seeded start positions, x then y per node. */
  xy: Float32Array;
  size: Float32Array;
  degree: Uint32Array;
  /** Edge ends, as positions in `nodes`. */
  source: Uint32Array;
  target: Uint32Array;
  /** 0 fact, 1 role, 2 link, 3 tie (overview). */
  edgeKind: Uint8Array;
  /** Overview: tie weight and count, and quad class (index in QUAD_CLASSES); empty in the other views. */
  edgeWeight: Float32Array;
  edgeCount: Uint32Array;
  edgeClass: Uint8Array;
  /** Overview: node size by mentions; empty in the other views. */
  mentionSize: Float32Array;
  /** Overview: entities left out as news outlets. */
  outlets: string[];
  edgeLabel: Uint32Array;
  edgeLabels: string[];
  /** 0 for a straight edge. */
  curvature: Float32Array;
  /** [edge index, dates], only for edges with dates. */
  edgeDates: [number, string[]][];
}
