/// <reference lib="webworker" />
import Graph from 'graphology';
import fa2Module from 'graphology-layout-forceatlas2';
import type { LayoutProgress, LayoutRequest } from './types.js';

type FA2 = typeof fa2Module extends { default: infer D } ? D : typeof fa2Module;
/** CommonJS interop: the bundler gives module.exports, TypeScript (NodeNext) types it as the namespace. */
const forceAtlas2 = ((fa2Module as { default?: FA2 }).default ?? fa2Module) as FA2;

let current = 0;

function post(m: LayoutProgress): void {
  (self as unknown as { postMessage(m: unknown, t: Transferable[]): void }).postMessage(m, [m.xy.buffer]);
}

self.onmessage = (e: MessageEvent<LayoutRequest>) => {
  const m = e.data;
  if (m.type === 'stop') {
    current = -1;
    return;
  }
  const runId = m.runId;
  current = runId;
  const g = new Graph.UndirectedGraph();
  m.nodes.forEach((id, i) => g.addNode(id, { x: m.xy[i * 2], y: m.xy[i * 2 + 1], fixed: m.fixed?.[i] === 1 }));
  for (let i = 0; i < m.edges.length; i += 2) {
    const s = m.nodes[m.edges[i]!]!;
    const t = m.nodes[m.edges[i + 1]!]!;
    if (g.hasEdge(s, t)) g.updateEdgeAttribute(s, t, 'weight', (w: number | undefined) => (w ?? 1) + 1);
    else g.addEdge(s, t, { weight: 1 });
  }
  const settings = { ...forceAtlas2.inferSettings(g), adjustSizes: false, scalingRatio: g.order > 2000 ? 10 : 4, gravity: 1, slowDown: g.order > 2000 ? 2 : 6, edgeWeightInfluence: 0.5 };
  const batch = g.order > 20_000 ? 2 : g.order > 5000 ? 5 : 25;
  let done = 0;
  const step = () => {
    if (current !== runId) return;
    const n = Math.min(batch, m.iterations - done);
    if (n > 0) forceAtlas2.assign(g, { iterations: n, settings, getEdgeWeight: 'weight' });
    done += n;
    const xy = new Float32Array(m.nodes.length * 2);
    m.nodes.forEach((id, i) => {
      const a = g.getNodeAttributes(id) as { x: number; y: number };
      xy[i * 2] = a.x;
      xy[i * 2 + 1] = a.y;
    });
    const finished = done >= m.iterations;
    post({ type: 'progress', runId, xy, iteration: done, done: finished });
    if (!finished) setTimeout(step, 0);
  };
  step();
};
