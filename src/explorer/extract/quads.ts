import { DataFactory, Parser } from 'n3';
import type { Quad, Term } from '@rdfjs/types';
import type { PackedQuads } from './types.js';

const { namedNode, blankNode, literal, quad } = DataFactory;

function key(t: Term): string {
  if (t.termType === 'Literal') return `L${t.language ? `@${t.language}` : t.datatype.value}\u0000${t.value}`;
  return (t.termType === 'BlankNode' ? 'B' : 'N') + t.value;
}

/** Packs quads for a trip between threads: each distinct term once, three indices per quad. */
export function pack(quads: Quad[]): PackedQuads {
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

/** Unpacks quads: one term object per distinct term. */
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

/** The n3 parser's format for a file name (Turtle unless the extension says otherwise). */
function formatOf(name: string): string {
  return /\.(nt|ntriples)$/i.test(name) ? 'application/n-triples' : /\.(nq)$/i.test(name) ? 'application/n-quads' : /\.trig$/i.test(name) ? 'application/trig' : 'text/turtle';
}

/**
 * Parses an RDF file's text straight into a store, quad by quad: no array of every quad is held beside the
 * store (for a 50 MB graph that array is most of the parse's memory). More than `maxTriples` is refused.
 */
export function parseInto(store: { addQuad(q: Quad): unknown }, text: string, name: string, maxTriples: number): Promise<{ triples: number; prefixes: Record<string, string> }> {
  const prefixes: Record<string, string> = {};
  const parser = new Parser({ format: formatOf(name), blankNodePrefix: '' });
  let triples = 0;
  let done = false;
  return new Promise((resolve, reject) => {
    parser.parse(
      text,
      (err, q) => {
        if (done) return;
        if (err) {
          done = true;
          reject(err);
        } else if (!q) {
          done = true;
          resolve({ triples, prefixes });
        } else if (++triples > maxTriples) {
          done = true;
          reject(new Error(`${name}: more than ${maxTriples.toLocaleString('en')} triples is more than the explorer takes`));
        } else store.addQuad(q as Quad);
      },
      (p, iri) => {
        prefixes[p] = typeof iri === 'string' ? iri : iri.value;
      },
    );
  });
}

/** Parses an RDF file's text; more than `maxTriples` is refused. */
export function parseText(text: string, name: string, maxTriples: number): { quads: Quad[]; prefixes: Record<string, string> } {
  const prefixes: Record<string, string> = {};
  const parser = new Parser({ format: formatOf(name), blankNodePrefix: '' });
  const quads = parser.parse(text, null, (p, iri) => {
    prefixes[p] = typeof iri === 'string' ? iri : iri.value;
  });
  if (quads.length > maxTriples) throw new Error(`${name}: ${quads.length.toLocaleString('en')} triples is more than the explorer takes (${maxTriples.toLocaleString('en')})`);
  return { quads, prefixes };
}
