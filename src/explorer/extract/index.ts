import type { PackedQuads, RdfRequest, RdfResponse } from './types.js';

export type { PackedQuads } from './types.js';
export { pack, unpack, parseText } from './quads.js';
type WithoutId<T> = T extends unknown ? Omit<T, 'id'> : never;

/** Quads from the worker, still packed: they go on to the dataset worker as they are. */
export interface RdfResult {
  quads: PackedQuads;
  prefixes: Record<string, string>;
  summary: string;
}

/** Client of the RDF worker: parses files and extracts pasted articles without blocking the page. */
export class RdfWorker {
  private worker: Worker | null = null;
  private next = 0;
  private pending = new Map<number, { resolve: (r: RdfResult) => void; reject: (e: Error) => void }>();

  private ensure(): Worker {
    if (!this.worker) {
      this.worker = new Worker(new URL('./rdf.worker.ts', import.meta.url), { type: 'module' });
      this.worker.onmessage = (e: MessageEvent<RdfResponse>) => {
        const m = e.data;
        const p = this.pending.get(m.id);
        if (!p) return;
        this.pending.delete(m.id);
        if (m.type === 'error') p.reject(new Error(m.message));
        else p.resolve({ quads: m.quads, prefixes: m.prefixes, summary: m.summary });
      };
      this.worker.onerror = (e) => {
        for (const p of this.pending.values()) p.reject(new Error(e.message || 'worker failed'));
        this.pending.clear();
        this.worker?.terminate();
        this.worker = null;
      };
    }
    return this.worker;
  }

  private call(req: WithoutId<RdfRequest>, timeoutMs: number): Promise<RdfResult> {
    const id = ++this.next;
    const w = this.ensure();
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        if (!this.pending.delete(id)) return;
        // A runaway parse is stopped by killing its worker; the next call starts a fresh one.
        w.terminate();
        if (this.worker === w) this.worker = null;
        reject(new Error(`gave up after ${Math.round(timeoutMs / 1000)} s`));
      }, timeoutMs);
      this.pending.set(id, {
        resolve: (r) => (clearTimeout(timer), resolve(r)),
        reject: (e) => (clearTimeout(timer), reject(e)),
      });
      w.postMessage({ ...req, id });
    });
  }

  parse(text: string, name: string, maxTriples: number): Promise<RdfResult> {
    return this.call({ type: 'parse', text, name, maxTriples }, 120_000);
  }

  extract(text: string, name: string, base: string): Promise<RdfResult> {
    return this.call({ type: 'extract', text, name, base }, 120_000);
  }
}
