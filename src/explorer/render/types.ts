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
  dates: string[];
  parallelIndex?: number | null;
  parallelMinIndex?: number | null;
  parallelMaxIndex?: number | null;
}

export interface LegendEntry {
  cls: string;
  short: string;
  color: string;
  count: number;
  kind: 'entity' | 'event';
}

export type RenderGraph = MultiDirectedGraph<RenderNode, RenderEdge>;
