/// <reference lib="webworker" />
// Parsing of opened RDF files and in-browser extraction of pasted articles: both off the main thread,
// so a huge or hostile input never freezes the page.
import { Parser } from 'n3';
import type { Quad, Term } from '@rdfjs/types';
import { articleFromText } from '../../input/index.js';
import { buildGraph } from '../../build.js';
import type { PlainQuad, PlainTerm, RdfRequest, RdfResponse } from './types.js';

function plain(t: Term): PlainTerm {
  if (t.termType === 'Literal') return { t: 'L', v: t.value, dt: t.datatype.value, lang: t.language };
  if (t.termType === 'BlankNode') return { t: 'B', v: t.value };
  return { t: 'N', v: t.value };
}

const toPlain = (q: Quad): PlainQuad => [plain(q.subject), plain(q.predicate), plain(q.object)];

function reply(m: RdfResponse): void {
  (self as unknown as { postMessage(m: unknown): void }).postMessage(m);
}

self.onmessage = (e: MessageEvent<RdfRequest>) => {
  const m = e.data;
  try {
    if (m.type === 'parse') {
      const prefixes: Record<string, string> = {};
      const quads: PlainQuad[] = [];
      const format = /\.(nt|ntriples)$/i.test(m.name) ? 'application/n-triples' : /\.(nq)$/i.test(m.name) ? 'application/n-quads' : /\.trig$/i.test(m.name) ? 'application/trig' : 'text/turtle';
      const parser = new Parser({ format, blankNodePrefix: '' });
      const all = parser.parse(m.text, null, (p, iri) => {
        prefixes[p] = typeof iri === 'string' ? iri : iri.value;
      });
      if (all.length > m.maxTriples) throw new Error(`${m.name}: ${all.length.toLocaleString('en')} triples is more than the explorer takes (${m.maxTriples.toLocaleString('en')})`);
      for (const q of all) quads.push(toPlain(q));
      reply({ type: 'quads', id: m.id, quads, prefixes, summary: `${all.length.toLocaleString('en')} triples from ${m.name}` });
    } else {
      const slug = m.name.replace(/\.[^.]*$/, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'pasted';
      const article = articleFromText(m.text, slug, m.name);
      const { store, stats } = buildGraph([article], { base: m.base, date: new Date().toISOString().slice(0, 10) });
      const quads = store.getQuads(null, null, null, null).map(toPlain);
      reply({ type: 'quads', id: m.id, quads, prefixes: {}, summary: `${stats.entities} entities, ${stats.events} events, ${stats.facts} facts from ${m.name}` });
    }
  } catch (err) {
    reply({ type: 'error', id: m.id, message: (err as Error).message.split('\n')[0] ?? 'failed' });
  }
};
