import Graph from 'graphology';
import { DEFAULT_EDGE_CURVATURE, indexParallelEdgesIndex } from '@sigma/edge-curve';
import type { Dataset } from '../data/types.js';
import type { ViewMode } from '../state/types.js';
import { seedPosition } from '../layout/seed.js';
import { DataFactory } from 'n3';
import { NS } from '../../rdf/vocabulary.js';
import { buildOverview, QUAD_CLASSES } from '../overview/index.js';
import type { PackedView, RenderEdge } from './types.js';

const KINDS: RenderEdge['kind'][] = ['fact', 'role', 'link', 'tie'];

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
  if (mode === 'overview' && !ds.generic) return deriveOverview(ds, catalog, version);
  // The facts view holds the entities, and the events a fact points at ("Türkiye offersToHost talks"): without them
  // such a fact would show in neither view.
  const factEnds = new Set<string>();
  if (mode === 'facts' && !ds.generic) for (const e of ds.edges) if (e.kind === 'fact') factEnds.add(e.source).add(e.target);
  const ids = [...ds.nodes.keys()].sort().filter((id) => ds.generic || mode === 'events' || ds.nodes.get(id)!.kind === 'entity' || factEnds.has(id));
  const edgeList = ds.edges.filter((e) => ds.generic || (mode === 'events') === (e.kind !== 'fact'));
  return pack(ds, mode, catalog, version, ids, edgeList.map((e) => ({ ...e, weight: 1, count: 1, cls: 0 })), null, []);
}

interface PackEdge {
  id: string;
  source: string;
  target: string;
  label: string;
  kind: RenderEdge['kind'];
  dates: string[];
  weight: number;
  count: number;
  /** Index in QUAD_CLASSES (overview only). */
  cls: number;
}

/**
 * The overview: the entities with at least one tie (facts and shared events, see overview/), one edge per
 * pair, sized by weighted degree (or mentions); outlets and isolated entities are left out.
 */
function deriveOverview(ds: Dataset, catalog: { ids: readonly string[]; index: ReadonlyMap<string, number> }, version: number): PackedView {
  const o = buildOverview(ds);
  const edges: PackEdge[] = o.edges.map((e) => ({ id: `${e.source} ${e.target}`, source: e.source, target: e.target, label: e.count > 1 ? `${e.label} ×${e.count}` : e.label, kind: 'tie', dates: e.dates, weight: e.weight, count: e.count, cls: QUAD_CLASSES.indexOf(e.cls) }));
  const ref = DataFactory.namedNode(`${NS.itsrdf}taIdentRef`);
  const mentions = o.nodes.map((id) => ds.store.countQuads(null, ref, DataFactory.namedNode(id), null));
  return pack(ds, 'overview', catalog, version, o.nodes, edges, { strength: o.nodes.map((id) => o.strength.get(id) ?? 0), mentions }, o.outlets);
}

function pack(ds: Dataset, mode: ViewMode, catalog: { ids: readonly string[]; index: ReadonlyMap<string, number> }, version: number, ids: string[], edgeList: PackEdge[], sizes: { strength: number[]; mentions: number[] } | null, outlets: string[]): PackedView {
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
  const weights: number[] = [];
  const counts: number[] = [];
  const classes: number[] = [];
  for (const e of edgeList) {
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
    weights.push(e.weight);
    counts.push(e.count);
    classes.push(e.cls);
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
    size[i] = sizes ? Math.min(24, 2.5 + 1.6 * Math.sqrt(sizes.strength[i]!)) : Math.min(28, 3.5 + 2.4 * Math.sqrt(degree[i]!));
  }
  const mentionSize = sizes ? Float32Array.from(sizes.mentions, (m) => Math.min(24, 2.5 + 1.1 * Math.sqrt(m))) : new Float32Array(0);
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
    edgeWeight: sizes ? Float32Array.from(weights) : new Float32Array(0),
    edgeCount: sizes ? Uint32Array.from(counts) : new Uint32Array(0),
    edgeClass: sizes ? Uint8Array.from(classes) : new Uint8Array(0),
    mentionSize,
    outlets,
    curvature: curvatures,
    edgeDates,
  };
}
