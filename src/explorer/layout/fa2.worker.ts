/// <reference lib="webworker" />
// ForceAtlas2 over the render graph's nodes (by index) and links, with graphology-layout-forceatlas2's own
// matrices and iteration step, as its worker supervisor does: the layout state (speeds, convergence) carries
// over from one batch to the next, so the result depends on the iteration count only, not on batching.
import Graph from 'graphology';
import type { UndirectedGraph } from 'graphology';
import fa2Module from 'graphology-layout-forceatlas2';
import defaultsModule from 'graphology-layout-forceatlas2/defaults.js';
import * as helpers from 'graphology-layout-forceatlas2/helpers.js';
import iterateModule from 'graphology-layout-forceatlas2/iterate.js';
import type { LayoutProgress, LayoutRequest } from './types.js';

/** CommonJS interop: the bundler gives module.exports, TypeScript (NodeNext) types it as the namespace. */
const cjs = <T>(m: T): T => ((m as { default?: T }).default ?? m);
type FA2 = typeof fa2Module extends { default: infer D } ? D : typeof fa2Module;
const forceAtlas2 = ((fa2Module as { default?: FA2 }).default ?? fa2Module) as FA2;
const iterate = cjs(iterateModule);
const DEFAULTS = cjs(defaultsModule);
const { graphToByteArrays } = cjs(helpers);

/** Node matrix stride (graphology-layout-forceatlas2's PPN): x and y come first. */
const PPN = 10;
/** Work between two progress messages. */
const SLICE_MS = 200;

let current = 0;

function post(m: LayoutProgress): void {
  (self as unknown as { postMessage(m: unknown, t: Transferable[]): void }).postMessage(m, [m.xy.buffer]);
}

/** Settings scaled to the graph: Barnes–Hut past 2,000 nodes, and a coarser one past 5,000 (same picture, twice as fast). */
function settingsFor(g: UndirectedGraph) {
  const big = g.order > 2000;
  return { ...DEFAULTS, ...forceAtlas2.inferSettings(g), adjustSizes: false, scalingRatio: big ? 10 : 4, gravity: 1, slowDown: big ? 2 : 6, edgeWeightInfluence: 0.5, barnesHutTheta: g.order > 5000 ? 1.2 : 0.5 };
}

self.onmessage = (e: MessageEvent<LayoutRequest>) => {
  const m = e.data;
  if (m.type === 'stop') {
    current = -1;
    return;
  }
  const runId = m.runId;
  current = runId;
  const n = m.xy.length / 2;
  // Parallel links become one edge whose weight counts them.
  const g = new Graph.UndirectedGraph<{ x: number; y: number; fixed: boolean }, { weight: number }>();
  for (let i = 0; i < n; i++) g.addNode(String(i), { x: m.xy[i * 2]!, y: m.xy[i * 2 + 1]!, fixed: m.fixed?.[i] === 1 });
  for (let i = 0; i < m.edges.length; i += 2) {
    const s = String(m.edges[i]);
    const t = String(m.edges[i + 1]);
    if (g.hasEdge(s, t)) g.updateEdgeAttribute(s, t, 'weight', (w) => (w ?? 1) + 1);
    else g.addEdge(s, t, { weight: 1 });
  }
  const settings = settingsFor(g);
  const matrices = graphToByteArrays(g, (_e: string, a: { weight: number }) => a.weight);
  let done = 0;
  const step = () => {
    if (current !== runId) return;
    const t0 = performance.now();
    while (done < m.iterations && performance.now() - t0 < SLICE_MS) {
      iterate(settings, matrices.nodes, matrices.edges);
      done++;
    }
    const xy = new Float32Array(n * 2);
    for (let i = 0; i < n; i++) {
      xy[i * 2] = matrices.nodes[i * PPN]!;
      xy[i * 2 + 1] = matrices.nodes[i * PPN + 1]!;
    }
    const finished = done >= m.iterations;
    post({ type: 'progress', runId, xy, iteration: done, done: finished });
    if (!finished) setTimeout(step, 0);
  };
  step();
};
