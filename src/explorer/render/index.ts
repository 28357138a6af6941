import Graph from 'graphology';
import type { MultiDirectedGraph } from 'graphology';
import { DEFAULT_EDGE_CURVATURE, indexParallelEdgesIndex } from '@sigma/edge-curve';
import type { Dataset } from '../data/index.js';
import { shrink } from '../data/index.js';
import type { DisplayState, ViewMode } from '../state/index.js';
import type { Positions } from '../layout/index.js';
import { seedPosition } from '../layout/index.js';
import { classColor, DIM_EDGE, DIM_NODE, FACT_EDGE, ROLE_EDGE, SELECT_EDGE } from './colors.js';
import type { LegendEntry, RenderEdge, RenderNode } from './types.js';

export type { LegendEntry, RenderEdge, RenderNode } from './types.js';
export { classColor } from './colors.js';

export type RenderGraph = MultiDirectedGraph<RenderNode, RenderEdge>;

function curvature(index: number, maxIndex: number): number {
  if (index < 0) return -curvature(-index, maxIndex);
  const amplitude = 3.5;
  const max = amplitude * (1 - Math.exp(-maxIndex / amplitude)) * DEFAULT_EDGE_CURVATURE;
  return (max * index) / Math.max(1, maxIndex);
}

/**
 * The render graph, derived from the dataset and the view mode (facts or events) plus known positions.
 * It is rebuilt, never edited by hand; visibility and emphasis come from the sigma reducers below.
 */
export function deriveRenderGraph(ds: Dataset, mode: ViewMode, positions: Positions): RenderGraph {
  const g: RenderGraph = new Graph.MultiDirectedGraph<RenderNode, RenderEdge>();
  const ids = [...ds.nodes.keys()].sort();
  for (const id of ids) {
    const n = ds.nodes.get(id)!;
    if (mode === 'facts' && n.kind === 'event' && !ds.generic) continue;
    const p = positions.get(id) ?? seedPosition(id);
    const attrs: RenderNode = { x: p.x, y: p.y, size: 1, color: classColor(n.cls, n.kind), label: n.label, kind: n.kind, cls: n.cls, degree: 0 };
    if (n.date) attrs.date = n.date;
    if (ds.fresh.has(id)) attrs.fresh = true;
    g.addNode(id, attrs);
  }
  for (const e of ds.edges) {
    if (!ds.generic && (mode === 'facts') !== (e.kind === 'fact')) continue;
    if (!g.hasNode(e.source) || !g.hasNode(e.target) || g.hasEdge(e.id)) continue;
    g.addDirectedEdgeWithKey(e.id, e.source, e.target, { size: e.kind === 'role' ? 1 : 1.6, color: e.kind === 'role' ? ROLE_EDGE : FACT_EDGE, label: e.label, type: 'arrow', kind: e.kind, dates: e.dates });
  }
  // A node without a known position starts beside its placed neighbours (so a merge does not scatter).
  g.forEachNode((id) => {
    if (positions.has(id)) return;
    let x = 0;
    let y = 0;
    let n = 0;
    g.forEachNeighbor(id, (nb) => {
      const p = positions.get(nb);
      if (p) {
        x += p.x;
        y += p.y;
        n++;
      }
    });
    if (n) {
      const j = seedPosition(id);
      g.mergeNodeAttributes(id, { x: x / n + j.x / 20, y: y / n + j.y / 20 });
    }
  });
  g.forEachNode((id) => {
    const deg = g.degree(id);
    g.mergeNodeAttributes(id, { size: Math.min(28, 3.5 + 2.4 * Math.sqrt(deg)), degree: deg });
  });
  indexParallelEdgesIndex(g, { edgeIndexAttribute: 'parallelIndex', edgeMinIndexAttribute: 'parallelMinIndex', edgeMaxIndexAttribute: 'parallelMaxIndex' });
  g.forEachEdge((id, a) => {
    const { parallelIndex: i, parallelMinIndex: min, parallelMaxIndex: max } = a;
    if (typeof min === 'number' && typeof i === 'number' && typeof max === 'number') {
      if (i) g.mergeEdgeAttributes(id, { type: 'curved', curvature: curvature(i, max) });
    } else if (typeof i === 'number' && typeof max === 'number') {
      g.mergeEdgeAttributes(id, { type: 'curved', curvature: curvature(i, max) });
    }
  });
  return g;
}

/** Legend entries for the classes present in the render graph, most frequent first. */
export function legend(g: RenderGraph, ds: Dataset): LegendEntry[] {
  const counts = new Map<string, LegendEntry>();
  g.forEachNode((_id, a) => {
    const e = counts.get(a.cls);
    if (e) e.count++;
    else counts.set(a.cls, { cls: a.cls, short: shrink(a.cls, ds.prefixes), color: a.color, count: 1, kind: a.kind });
  });
  return [...counts.values()].sort((a, b) => (a.kind === b.kind ? b.count - a.count || a.short.localeCompare(b.short) : a.kind === 'entity' ? -1 : 1));
}

function inRange(date: string | undefined, s: DisplayState): boolean {
  if (!date) return true;
  if (s.dateFrom && date < s.dateFrom) return false;
  if (s.dateTo && date > s.dateTo) return false;
  return true;
}

export interface Emphasis {
  /** The node in focus (hovered, else selected) and its neighbours. */
  focus: string | null;
  neighbours: ReadonlySet<string>;
}

export function emphasis(g: RenderGraph, s: DisplayState): Emphasis {
  const focus = s.hovered && g.hasNode(s.hovered) ? s.hovered : s.selected && g.hasNode(s.selected) ? s.selected : null;
  return { focus, neighbours: focus ? new Set(g.neighbors(focus)) : new Set() };
}

export function nodeVisible(a: RenderNode, s: DisplayState): boolean {
  return !s.hiddenClasses.has(a.cls) && (a.kind !== 'event' || inRange(a.date, s)) && !(s.hideIsolated && a.degree === 0);
}

/** sigma node reducer: a pure function of the render attributes and the display state. */
export function reduceNode(id: string, a: RenderNode, s: DisplayState, em: Emphasis): Partial<RenderNode> & { hidden?: boolean; highlighted?: boolean; forceLabel?: boolean; zIndex?: number; borderColor?: string } {
  if (!nodeVisible(a, s)) return { ...a, hidden: true };
  const out: ReturnType<typeof reduceNode> = { ...a };
  if (em.focus && id !== em.focus && !em.neighbours.has(id)) {
    out.color = DIM_NODE;
    out.label = '';
    out.zIndex = 0;
  } else if (em.focus) {
    out.forceLabel = true;
    out.zIndex = 2;
  }
  if (id === s.selected) {
    out.highlighted = true;
    out.forceLabel = true;
    out.zIndex = 3;
  }
  if (a.fresh && out.color !== DIM_NODE) {
    out.highlighted = true;
    out.forceLabel = true;
  }
  return out;
}

export function reduceEdge(g: RenderGraph, id: string, a: RenderEdge, s: DisplayState, em: Emphasis): Partial<RenderEdge> & { hidden?: boolean; forceLabel?: boolean; zIndex?: number } {
  const src = g.source(id);
  const tgt = g.target(id);
  const sa = g.getNodeAttributes(src);
  const ta = g.getNodeAttributes(tgt);
  if (!nodeVisible(sa, s) || !nodeVisible(ta, s)) return { ...a, hidden: true };
  if (a.dates.length && !a.dates.some((d) => inRange(d, s))) return { ...a, hidden: true };
  if (em.focus) {
    if (src === em.focus || tgt === em.focus) return { ...a, color: SELECT_EDGE, forceLabel: true, zIndex: 2, size: a.size + 0.6 };
    return { ...a, color: DIM_EDGE, label: '', zIndex: 0 };
  }
  return a;
}
