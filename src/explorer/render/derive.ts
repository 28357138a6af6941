import Graph from 'graphology';
import { DEFAULT_EDGE_CURVATURE, indexParallelEdgesIndex } from '@sigma/edge-curve';
import type { Dataset } from '../data/index.js';
import { shrink } from '../data/index.js';
import type { ViewMode } from '../state/index.js';
import type { Positions } from '../layout/index.js';
import { seedPosition } from '../layout/index.js';
import { classColor, FACT_EDGE, ROLE_EDGE } from './colors.js';
import type { LegendEntry, RenderEdge, RenderGraph, RenderNode } from './types.js';

function curvature(index: number, maxIndex: number): number {
  if (index < 0) return -curvature(-index, maxIndex);
  const amplitude = 3.5;
  const max = amplitude * (1 - Math.exp(-maxIndex / amplitude)) * DEFAULT_EDGE_CURVATURE;
  return (max * index) / Math.max(1, maxIndex);
}

/**
 * The render graph, derived from the dataset and the view mode (facts or events) plus known positions.
 * It is rebuilt, never edited by hand; visibility and emphasis come from the sigma reducers (`reduce.ts`).
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
