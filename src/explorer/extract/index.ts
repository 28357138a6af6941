import { DataFactory } from 'n3';
import type { Quad, Term } from '@rdfjs/types';
import type { PackedQuads, PlainQuad, PlainTerm, RdfRequest, RdfResponse } from './types.js';

export type { PlainQuad, PlainTerm } from './types.js';
type WithoutId<T> = T extends unknown ? Omit<T, 'id'> : never;

const { namedNode, blankNode, literal, quad } = DataFactory;

function term(t: PlainTerm): Term {
  if (t.t === 'N') return namedNode(t.v);
  if (t.t === 'B') return blankNode(t.v);
  return literal(t.v, t.lang || namedNode(t.dt));
}

export function toQuads(plain: PlainQuad[]): Quad[] {
  return plain.map(([s, p, o]) => quad(term(s) as Quad['subject'], term(p) as Quad['predicate'], term(o) as Quad['object']) as Quad);
}

/** Unpacks the worker's quads: one term object per distinct term. */
export function unpack(p: PackedQuads): Quad[] {
  const terms: Term[] = p.terms.map((k) => {
    if (k[0] === 'N') return namedNode(k.slice(1));
    if (k[0] === 'B') return blankNode(k.slice(1));
    const cut = k.indexOf('\u0000');
    const meta = k.slice(1, cut);
    const value = k.slice(cut + 1);
    return meta.startsWith('@') ? literal(value, meta.slice(1)) : literal(value, namedNode(meta));
  });
  const out: Quad[] = new Array(p.index.length / 3);
  for (let i = 0, j = 0; i < p.index.length; i += 3, j++) out[j] = quad(terms[p.index[i]!] as Quad['subject'], terms[p.index[i + 1]!] as Quad['predicate'], terms[p.index[i + 2]!] as Quad['object']) as Quad;
  return out;
}

export interface RdfResult {
  quads: Quad[];
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
        else p.resolve({ quads: unpack(m.quads), prefixes: m.prefixes, summary: m.summary });
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
