import type { LayoutProgress, LayoutRequest } from './types.js';

export interface LayoutGraph {
  forEachNode(cb: (id: string, a: { x: number; y: number }) => void): void;
  forEachEdge(cb: (id: string, a: unknown, source: string, target: string) => void): void;
  order: number;
}

/**
 * ForceAtlas2 in a web worker (graphology-layout-forceatlas2 run in batches). The result is a pure function
 * of the start positions and the iteration count, so a graph lays out the same way on every load.
 */
export class LayoutRunner {
  private worker: Worker | null = null;
  private runId = 0;
  running = false;

  constructor(private readonly onProgress: (ids: string[], xy: Float32Array, done: boolean) => void) {}

  private ensure(): Worker {
    if (!this.worker) {
      this.worker = new Worker(new URL('./fa2.worker.ts', import.meta.url), { type: 'module' });
      this.worker.onmessage = (e: MessageEvent<LayoutProgress>) => {
        const m = e.data;
        if (m.runId !== this.runId) return;
        if (m.done) this.running = false;
        // Each update re-indexes the renderer: skip batches that come sooner than `minGap` (never the last).
        const now = performance.now();
        if (!m.done && now - this.lastApplied < this.minGap) return;
        this.lastApplied = now;
        this.onProgress(this.ids, m.xy, m.done);
      };
      this.worker.onerror = (e) => {
        this.running = false;
        console.warn('layout worker failed', e.message);
      };
    }
    return this.worker;
  }

  private ids: string[] = [];
  private lastApplied = 0;
  /** Least time between two applied updates (ms), set by the caller from what one costs. */
  minGap = 0;

  /** `fixed`: nodes that keep their place (an incremental run moves only the new ones). */
  run(g: LayoutGraph, iterations: number, fixed?: ReadonlySet<string>): void {
    const ids: string[] = [];
    const index = new Map<string, number>();
    const xy = new Float32Array(g.order * 2);
    g.forEachNode((id, a) => {
      index.set(id, ids.length);
      xy[ids.length * 2] = a.x;
      xy[ids.length * 2 + 1] = a.y;
      ids.push(id);
    });
    const pairs: number[] = [];
    g.forEachEdge((_id, _a, s, t) => {
      if (s !== t) pairs.push(index.get(s)!, index.get(t)!);
    });
    this.ids = ids;
    this.running = true;
    this.lastApplied = performance.now();
    const edges = Uint32Array.from(pairs);
    const msg: LayoutRequest = { type: 'start', runId: ++this.runId, xy, edges, iterations };
    if (fixed?.size) msg.fixed = Uint8Array.from(ids, (id) => (fixed.has(id) ? 1 : 0));
    this.ensure().postMessage(msg, [xy.buffer, edges.buffer]);
  }

  stop(): void {
    this.runId++;
    this.running = false;
    this.worker?.postMessage({ type: 'stop' } satisfies LayoutRequest);
  }

  dispose(): void {
    this.worker?.terminate();
    this.worker = null;
  }
}
