import Graph from 'graphology';
import { DEFAULT_EDGE_CURVATURE, indexParallelEdgesIndex } from '@sigma/edge-curve';
import type { Dataset } from '../data/types.js';
import type { ViewMode } from '../state/types.js';
import { seedPosition } from '../layout/seed.js';
import type { PackedView, RenderEdge } from './types.js';

const KINDS: RenderEdge['kind'][] = ['fact', 'role', 'link'];

interface EdgeShape {
  parallelIndex?: number | null;
  parallelMinIndex?: number | null;
  parallelMaxIndex?: number | null;
}

function curvature(index: number, maxIndex: number): number {
  if (index < 0) return -curvature(-index, maxIndex);
  const amplitude = 3.5;
  const max = amplitude * (1 - Math.exp(-maxIndex / amplitude)) * DEFAULT_EDGE_CURVATURE;
  return (max * index) / Math.max(1, maxIndex);
}

/**
 * The render graph of a view mode (facts, or events with their roles), derived from the dataset and packed
 * for the page, nodes in IRI order at their seeded start positions. It is rebuilt, never edited by hand;
 * visibility and emphasis come from the sigma reducers (`reduce.ts`). Only the edges that share their two
 * ends with another go through sigma's parallel-edge index (a small graphology graph): building the whole
 * graph here as well as on the page cost more than everything else in this function.
 */
export function deriveView(ds: Dataset, mode: ViewMode, catalog: { ids: readonly string[]; index: ReadonlyMap<string, number> }, version: number): PackedView {
  // The facts view holds the entities, and the events a fact points at ("Türkiye offersToHost talks"): without them
  // such a fact would show in neither view.
  const factEnds = new Set<string>();
  if (mode === 'facts' && !ds.generic) for (const e of ds.edges) if (e.kind === 'fact') factEnds.add(e.source).add(e.target);
  const ids = [...ds.nodes.keys()].sort().filter((id) => ds.generic || mode === 'events' || ds.nodes.get(id)!.kind === 'entity' || factEnds.has(id));
  const n = ids.length;
  const nodes = new Uint32Array(n);
  /** Position in the view of each catalog node (-1: not in this view). */
  const at = new Int32Array(catalog.ids.length).fill(-1);
  ids.forEach((id, i) => {
    nodes[i] = catalog.index.get(id)!;
    at[nodes[i]!] = i;
  });
  const pos = (id: string) => at[catalog.index.get(id) ?? -1] ?? -1;

  const source: number[] = [];
  const target: number[] = [];
  const kinds: number[] = [];
  const labels: number[] = [];
  const edgeLabels: string[] = [];
  const labelIndex = new Map<string, number>();
  const edgeDates: [number, string[]][] = [];
  // In generic RDF the same triple can come from two named graphs: one edge (newsgraph's projection has each once).
  const seen = ds.generic ? new Set<string>() : null;
  for (const e of ds.edges) {
    if (!ds.generic && (mode === 'facts') !== (e.kind === 'fact')) continue;
    const s = pos(e.source);
    const t = pos(e.target);
    if (s < 0 || t < 0 || seen?.has(e.id)) continue;
    seen?.add(e.id);
    let label = labelIndex.get(e.label);
    if (label === undefined) labelIndex.set(e.label, (label = edgeLabels.push(e.label) - 1));
    if (e.dates.length) edgeDates.push([source.length, e.dates]);
    source.push(s);
    target.push(t);
    kinds.push(KINDS.indexOf(e.kind));
    labels.push(label);
  }
  const m = source.length;

  const degree = new Uint32Array(n);
  const pairs = new Map<number, number>();
  const pair = (j: number) => Math.min(source[j]!, target[j]!) * n + Math.max(source[j]!, target[j]!);
  for (let j = 0; j < m; j++) {
    degree[source[j]!]!++;
    degree[target[j]!]!++;
    pairs.set(pair(j), (pairs.get(pair(j)) ?? 0) + 1);
  }
  // Parallel edges (and pairs in both directions) curve apart; a lone edge stays straight.
  const parallel = new Graph.MultiDirectedGraph<Record<string, never>, EdgeShape>();
  for (let j = 0; j < m; j++) {
    if (pairs.get(pair(j))! < 2) continue;
    const s = String(source[j]);
    const t = String(target[j]);
    parallel.mergeNode(s);
    parallel.mergeNode(t);
    parallel.addDirectedEdgeWithKey(String(j), s, t, {});
  }
  indexParallelEdgesIndex(parallel, { edgeIndexAttribute: 'parallelIndex', edgeMinIndexAttribute: 'parallelMinIndex', edgeMaxIndexAttribute: 'parallelMaxIndex' });
  const curvatures = new Float32Array(m);
  parallel.forEachEdge((key, { parallelIndex: pi, parallelMaxIndex: max }) => {
    if (typeof pi === 'number' && pi !== 0 && typeof max === 'number') curvatures[Number(key)] = curvature(pi, max);
  });

  const xy = new Float32Array(n * 2);
  const size = new Float32Array(n);
  for (let i = 0; i < n; i++) {
    const p = seedPosition(ids[i]!);
    xy[i * 2] = p.x;
    xy[i * 2 + 1] = p.y;
    size[i] = Math.min(28, 3.5 + 2.4 * Math.sqrt(degree[i]!));
  }
  return {
    version,
    mode,
    nodes,
    xy,
    size,
    degree,
    source: Uint32Array.from(source),
    target: Uint32Array.from(target),
    edgeKind: Uint8Array.from(kinds),
    edgeLabel: Uint32Array.from(labels),
    edgeLabels,
    curvature: curvatures,
    edgeDates,
  };
}
