import { DEFAULT_BASE, PREFIXES, dataPrefixes } from '../../rdf/vocabulary.js';

export const DEFAULT_PREFIXES: Record<string, string> = {
  ...PREFIXES,
  ...dataPrefixes(DEFAULT_BASE),
  skos: 'http://www.w3.org/2004/02/skos/core#',
  foaf: 'http://xmlns.com/foaf/0.1/',
  dcterms: 'http://purl.org/dc/terms/',
};

/** `prefix:local` when a prefix matches and the local part is a plain name; else `<iri>`. */
export function shrink(iri: string, prefixes: Record<string, string>): string {
  let best = '';
  let bestNs = '';
  for (const [p, ns] of Object.entries(prefixes)) {
    if (ns.length > bestNs.length && iri.startsWith(ns)) {
      best = p;
      bestNs = ns;
    }
  }
  if (bestNs) {
    const local = iri.slice(bestNs.length);
    if (/^[\p{L}\p{N}_][\p{L}\p{N}_.-]*$/u.test(local) && !local.endsWith('.')) return `${best}:${local}`;
  }
  return `<${iri}>`;
}

/** Last path or fragment segment of an IRI: a readable fallback label. */
export function localName(iri: string): string {
  const m = /[#/]([^#/]+)\/?$/.exec(iri);
  try {
    return decodeURIComponent(m?.[1] ?? iri);
  } catch {
    return m?.[1] ?? iri;
  }
}
