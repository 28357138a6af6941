/// <reference lib="webworker" />
// Parsing of opened RDF files and in-browser extraction of pasted articles: both off the main thread,
// so a huge or hostile input never freezes the page.
import { Parser } from 'n3';
import type { Quad, Term } from '@rdfjs/types';
import type { PackedQuads, RdfRequest, RdfResponse } from './types.js';

function key(t: Term): string {
  if (t.termType === 'Literal') return `L${t.language ? `@${t.language}` : t.datatype.value}\u0000${t.value}`;
  return (t.termType === 'BlankNode' ? 'B' : 'N') + t.value;
}

function pack(quads: Quad[]): PackedQuads {
  const ids = new Map<string, number>();
  const terms: string[] = [];
  const index = new Uint32Array(quads.length * 3);
  let i = 0;
  for (const q of quads) {
    for (const t of [q.subject, q.predicate, q.object]) {
      const k = key(t);
      let id = ids.get(k);
      if (id === undefined) {
        id = terms.length;
        ids.set(k, id);
        terms.push(k);
      }
      index[i++] = id;
    }
  }
  return { terms, index };
}

function reply(m: RdfResponse): void {
  const transfer = m.type === 'quads' ? [m.quads.index.buffer] : [];
  (self as unknown as { postMessage(m: unknown, t: Transferable[]): void }).postMessage(m, transfer);
}

// The extraction code (wink-nlp and its model, ~4 MB) loads only when an article is first added.
const extraction = () => Promise.all([import('../../input/index.js'), import('../../build.js')]);

self.onmessage = async (e: MessageEvent<RdfRequest>) => {
  const m = e.data;
  try {
    if (m.type === 'parse') {
      const prefixes: Record<string, string> = {};
      const format = /\.(nt|ntriples)$/i.test(m.name) ? 'application/n-triples' : /\.(nq)$/i.test(m.name) ? 'application/n-quads' : /\.trig$/i.test(m.name) ? 'application/trig' : 'text/turtle';
      const parser = new Parser({ format, blankNodePrefix: '' });
      const all = parser.parse(m.text, null, (p, iri) => {
        prefixes[p] = typeof iri === 'string' ? iri : iri.value;
      });
      if (all.length > m.maxTriples) throw new Error(`${m.name}: ${all.length.toLocaleString('en')} triples is more than the explorer takes (${m.maxTriples.toLocaleString('en')})`);
      reply({ type: 'quads', id: m.id, quads: pack(all), prefixes, summary: `${all.length.toLocaleString('en')} triples from ${m.name}` });
    } else {
      const slug = m.name.replace(/\.[^.]*$/, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'pasted';
      const [{ articleFromText }, { buildGraph }] = await extraction();
      const article = articleFromText(m.text, slug, m.name);
      const { store, stats } = buildGraph([article], { base: m.base, date: new Date().toISOString().slice(0, 10) });
      reply({ type: 'quads', id: m.id, quads: pack(store.getQuads(null, null, null, null)), prefixes: {}, summary: `${stats.entities} entities, ${stats.events} events, ${stats.facts} facts from ${m.name}` });
    }
  } catch (err) {
    reply({ type: 'error', id: m.id, message: (err as Error).message.split('\n')[0] ?? 'failed' });
  }
};
