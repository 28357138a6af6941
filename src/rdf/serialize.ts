import { Parser, Writer } from 'n3';
import type { Quad } from '@rdfjs/types';
import { PREFIXES, dataPrefixes, graphPrefixes } from './vocabulary.js';
import { fromJsonLd, toJsonLd } from './jsonld.js';
import type { JsonLdOptions } from './jsonld.js';
import { canonicalOrder, canonicalQuads, inDefaultGraph, toDefaultGraph } from './canonical.js';

/** Turtle and N-Triples and JSON-LD hold one graph; N-Quads and TriG keep named graphs (one per article). */
export type RdfFormat = 'ttl' | 'nt' | 'nq' | 'trig' | 'jsonld';
export const RDF_FORMATS: readonly RdfFormat[] = ['ttl', 'nt', 'nq', 'trig', 'jsonld'];
const MIME: Record<RdfFormat, string> = {
  ttl: 'text/turtle',
  nt: 'application/n-triples',
  nq: 'application/n-quads',
  trig: 'application/trig',
  jsonld: 'application/ld+json',
};
/** Media type of each format (for --help, HTTP and other engines). */
export const mediaType = (format: RdfFormat): string => MIME[format];

/** Whether the format can carry named graphs. */
export const keepsGraphs = (format: RdfFormat): boolean => format === 'nq' || format === 'trig';

/** The quads without duplicates in canonical order (graph, subject, predicate, object), so the same set gives byte-identical output and Turtle groups by subject. */
export const sortQuads = (quads: readonly Quad[]): Quad[] => canonicalQuads(quads);
export { toDefaultGraph };

/**
 * Serialises through n3's Writer (Turtle, N-Triples, N-Quads, TriG) or the jsonld package (JSON-LD), never by hand.
 * Formats that hold one graph get the merge of all graphs.
 */
export function serialize(quads: Quad[], format: RdfFormat, base: string, options: JsonLdOptions = {}): Promise<string> {
  return serializeOrdered(canonicalOrder(quads, !keepsGraphs(format)), format, base, options);
}

/** `serialize` for quads already through `canonicalOrder(quads, !keepsGraphs(format))`. */
export function serializeOrdered(ordered: Quad[], format: RdfFormat, base: string, options: JsonLdOptions = {}): Promise<string> {
  const merge = !keepsGraphs(format);
  if (format === 'jsonld') return toJsonLd(merge ? ordered.map(inDefaultGraph) : ordered, base, options);
  const prefixes = format === 'ttl' ? { ...PREFIXES, ...dataPrefixes(base) } : format === 'trig' ? { ...PREFIXES, ...dataPrefixes(base), ...graphPrefixes(base) } : {};
  const writer = new Writer({ format: MIME[format], prefixes });
  // Merged: hand the writer the triple rather than build a default-graph quad for each.
  if (merge) for (const q of ordered) writer.addQuad(q.subject, q.predicate, q.object);
  else writer.addQuads(ordered);
  return new Promise((resolve, reject) => writer.end((err, out) => (err ? reject(err) : resolve(out))));
}

/** Parses Turtle, N-Triples, N-Quads or TriG with n3 (synchronous). */
export function parseRdf(text: string, format: Exclude<RdfFormat, 'jsonld'> = 'ttl'): Quad[] {
  return new Parser({ format: MIME[format] }).parse(text);
}

/** Parses any of the five formats (JSON-LD through jsonld.toRDF). */
export async function parseAny(text: string, format: RdfFormat): Promise<Quad[]> {
  return format === 'jsonld' ? fromJsonLd(text) : parseRdf(text, format);
}

const ALIASES: Record<string, RdfFormat> = {
  ttl: 'ttl',
  turtle: 'ttl',
  nt: 'nt',
  ntriples: 'nt',
  'n-triples': 'nt',
  nq: 'nq',
  nquads: 'nq',
  'n-quads': 'nq',
  trig: 'trig',
  jsonld: 'jsonld',
  'json-ld': 'jsonld',
  json: 'jsonld',
};

/** Picks the format from an explicit option, else from the file's extension. */
export function formatFor(option: string | undefined, path: string | undefined): RdfFormat {
  const f = (option ?? path?.split('.').pop() ?? 'ttl').toLowerCase();
  const format = ALIASES[f];
  if (!format) throw new Error(`unknown RDF format "${f}" (use ${RDF_FORMATS.join(', ')})`);
  return format;
}
