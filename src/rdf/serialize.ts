import { Parser, Writer } from 'n3';
import type { Quad } from '@rdfjs/types';
import { PREFIXES, dataPrefixes } from './vocabulary.js';

export type RdfFormat = 'ttl' | 'nt';
const MIME: Record<RdfFormat, string> = { ttl: 'text/turtle', nt: 'application/n-triples' };

/** Canonical order (subject, predicate, object) so identical input gives byte-identical output and Turtle groups by subject. */
export function sortQuads(quads: Quad[]): Quad[] {
  const key = (q: Quad) => `${q.subject.value}\u0000${q.predicate.value}\u0000${q.object.termType}\u0000${q.object.value}\u0000${q.object.termType === 'Literal' ? q.object.datatype.value + q.object.language : ''}`;
  return quads
    .map((q) => [key(q), q] as const)
    .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .map(([, q]) => q);
}

/** Serialises through n3's Writer (never by hand). */
export function serialize(quads: Quad[], format: RdfFormat, base: string): Promise<string> {
  const prefixes = format === 'ttl' ? { ...PREFIXES, ...dataPrefixes(base) } : {};
  const writer = new Writer({ format: MIME[format], prefixes });
  writer.addQuads(sortQuads(quads));
  return new Promise((resolve, reject) => writer.end((err, out) => (err ? reject(err) : resolve(out))));
}

export function parseRdf(text: string, format: RdfFormat = 'ttl'): Quad[] {
  return new Parser({ format: MIME[format] }).parse(text);
}

/** Picks the format from an explicit option, else from the output file's extension. */
export function formatFor(option: string | undefined, path: string | undefined): RdfFormat {
  const f = (option ?? path?.split('.').pop() ?? 'ttl').toLowerCase();
  if (f === 'ttl' || f === 'turtle') return 'ttl';
  if (f === 'nt' || f === 'ntriples' || f === 'n-triples') return 'nt';
  throw new Error(`unknown output format "${f}" (use ttl or nt)`);
}
