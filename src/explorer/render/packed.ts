import Graph from 'graphology';
import type { SerializedGraph } from 'graphology-types';
import type { Catalog } from '../data/types.js';
import { QUAD_CLASSES } from '../overview/index.js';
import { QUAD_COLORS, classColor, edgeStyle } from './colors.js';
import type { PackedView, RenderEdge, RenderGraph, RenderNode } from './types.js';

const KINDS: RenderEdge['kind'][] = ['fact', 'role', 'link', 'tie'];

/** The buffers to transfer rather than copy. */
export function viewBuffers(v: PackedView): ArrayBuffer[] {
  return [v.nodes, v.xy, v.size, v.degree, v.source, v.target, v.edgeKind, v.edgeLabel, v.curvature, v.edgeWeight, v.edgeCount, v.edgeClass, v.mentionSize].map((a) => a.buffer as ArrayBuffer);
}

/**
 * The render graph on the page: the packed view as graphology's serialized form, then `import`.
 * Nodes take their known position (by IRI) where there is one, else their seeded one.
 */
export function unpackView(v: PackedView, c: Catalog, positions: ReadonlyMap<string, { x: number; y: number }>): RenderGraph {
  const colors = new Map<string, string>();
  const nodes: SerializedGraph<RenderNode>['nodes'] = new Array(v.nodes.length);
  const keys: string[] = new Array(v.nodes.length);
  for (let i = 0; i < v.nodes.length; i++) {
    const id = c.ids[v.nodes[i]!]!;
    const info = c.nodes.get(id)!;
    let color = colors.get(info.cls);
    if (color === undefined) colors.set(info.cls, (color = classColor(info.cls, info.kind)));
    const p = positions.get(id);
    const attributes: RenderNode = { x: p?.x ?? v.xy[i * 2]!, y: p?.y ?? v.xy[i * 2 + 1]!, size: v.size[i]!, color, label: info.label, kind: info.kind, cls: info.cls, degree: v.degree[i]! };
    if (info.date) attributes.date = info.date;
    if (v.mentionSize.length) attributes.mentionSize = v.mentionSize[i]!;
    if (c.fresh.has(id)) attributes.fresh = true;
    keys[i] = id;
    nodes[i] = { key: id, attributes };
  }
  const dates = new Map(v.edgeDates);
  const edges: SerializedGraph<RenderNode, RenderEdge>['edges'] = new Array(v.source.length);
  for (let j = 0; j < v.source.length; j++) {
    const kind = KINDS[v.edgeKind[j]!]!;
    const attributes: RenderEdge = { ...edgeStyle(kind), label: v.edgeLabels[v.edgeLabel[j]!]!, type: 'arrow', kind };
    if (kind === 'tie') {
      const weight = v.edgeWeight[j]!;
      const qclass = QUAD_CLASSES[v.edgeClass[j]!]!;
      Object.assign(attributes, { weight, count: v.edgeCount[j]!, qclass, color: QUAD_COLORS[qclass], size: Math.min(6, 0.8 + 1.1 * Math.sqrt(weight)) });
    }
    const curvature = v.curvature[j]!;
    if (curvature) {
      attributes.type = 'curved';
      attributes.curvature = curvature;
    }
    const d = dates.get(j);
    if (d) attributes.dates = d;
    edges[j] = { key: String(j), source: keys[v.source[j]!]!, target: keys[v.target[j]!]!, attributes };
  }
  const g: RenderGraph = new Graph.MultiDirectedGraph<RenderNode, RenderEdge>();
  g.import({ attributes: {}, options: { type: 'directed', multi: true, allowSelfLoops: true }, nodes, edges });
  return g;
}
