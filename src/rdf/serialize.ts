import { Parser, Writer } from 'n3';
import type { Quad } from '@rdfjs/types';
import { PREFIXES, dataPrefixes, graphPrefixes } from './vocabulary.js';
import { fromJsonLd, toJsonLd } from './jsonld.js';
import type { JsonLdOptions } from './jsonld.js';
import { canonicalOrder, canonicalQuads, inDefaultGraph, toDefaultGraph } from './canonical.js';

import { keepsGraphs, mediaType } from './formats.js';
import type { RdfFormat } from './formats.js';

export { RDF_FORMATS, formatFor, keepsGraphs, mediaType } from './formats.js';
export type { RdfFormat } from './formats.js';

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
  const writer = new Writer({ format: mediaType(format), prefixes });
  // Merged: hand the writer the triple rather than build a default-graph quad for each.
  if (merge) for (const q of ordered) writer.addQuad(q.subject, q.predicate, q.object);
  else writer.addQuads(ordered);
  return new Promise((resolve, reject) => writer.end((err, out) => (err ? reject(err) : resolve(out))));
}

/** Parses Turtle, N-Triples, N-Quads or TriG with n3 (synchronous). */
export function parseRdf(text: string, format: Exclude<RdfFormat, 'jsonld'> = 'ttl'): Quad[] {
  return new Parser({ format: mediaType(format) }).parse(text);
}

/** Parses any of the five formats (JSON-LD through jsonld.toRDF). */
export async function parseAny(text: string, format: RdfFormat): Promise<Quad[]> {
  return format === 'jsonld' ? fromJsonLd(text) : parseRdf(text, format);
}
