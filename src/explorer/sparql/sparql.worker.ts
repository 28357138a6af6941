/// <reference lib="webworker" />
// SPARQL 1.1 over the loaded graph with Oxigraph's WebAssembly build, in its own worker.
import * as oxigraph from 'oxigraph/web.js';

type Init = () => Promise<unknown>;
const init = ((oxigraph as unknown as { default: Init }).default) as Init;
const { Store, defaultGraph } = oxigraph;
type Store = InstanceType<typeof Store>;
import type { SparqlCell, SparqlRequest, SparqlResponse, SparqlResult } from './types.js';

let store: Store | null = null;
const ready = init();

function reply(m: SparqlResponse): void {
  (self as unknown as { postMessage(m: unknown): void }).postMessage(m);
}

interface OxTerm {
  termType: SparqlCell['termType'];
  value: string;
  datatype?: { value: string };
  language?: string;
}

function cell(t: OxTerm | undefined): SparqlCell | null {
  if (!t) return null;
  const c: SparqlCell = { termType: t.termType, value: t.value };
  if (t.termType === 'Literal') {
    if (t.language) c.language = t.language;
    else if (t.datatype) c.datatype = t.datatype.value;
  }
  return c;
}

self.onmessage = async (e: MessageEvent<SparqlRequest>) => {
  const m = e.data;
  try {
    await ready;
    if (m.type === 'load') {
      const s = new Store();
      s.load(m.ntriples, { format: 'application/n-triples' });
      store = s;
      reply({ type: 'loaded', id: m.id, size: s.size });
      return;
    }
    if (!store) store = new Store();
    const t0 = performance.now();
    const raw = store.query(m.query);
    let result: SparqlResult;
    if (typeof raw === 'boolean') result = { kind: 'boolean', value: raw };
    else if (typeof raw === 'string') throw new Error('unexpected serialized result');
    else if (raw.length && !(raw[0] instanceof Map)) {
      const out = new Store(raw as never);
      result = { kind: 'quads', ntriples: out.dump({ format: 'application/n-triples', from_graph_name: defaultGraph() }), count: raw.length };
    } else if (!raw.length && /^\s*(?:(?:PREFIX|BASE)\s+[^\n]*\s*)*(CONSTRUCT|DESCRIBE)\b/i.test(m.query.replace(/#[^\n]*/g, ''))) {
      result = { kind: 'quads', ntriples: '', count: 0 };
    } else {
      const rows = raw as Map<string, OxTerm>[];
      const vars: string[] = [];
      const selectVars = /SELECT\s+(?:DISTINCT\s+|REDUCED\s+)?((?:\?\w+\s*)+)/i.exec(m.query)?.[1];
      if (selectVars) for (const v of selectVars.match(/\?\w+/g) ?? []) vars.push(v.slice(1));
      for (const r of rows) for (const k of r.keys()) if (!vars.includes(k)) vars.push(k);
      result = { kind: 'bindings', vars, rows: rows.map((r) => vars.map((v) => cell(r.get(v)))) };
    }
    reply({ type: 'result', id: m.id, result, ms: performance.now() - t0 });
  } catch (err) {
    reply({ type: 'error', id: m.id, message: String((err as Error).message ?? err).split('\n')[0] ?? 'query failed' });
  }
};
