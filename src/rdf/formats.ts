// The RDF formats newsgraph reads and writes, and the default base IRI: plain constants and checks
// without any RDF library, so the CLI can describe its options (--help) without loading n3 or jsonld.

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

export const DEFAULT_BASE = 'https://w3id.org/newsgraph/data/';

/** A base IRI must be absolute and end in / or #. */
export function checkBase(base: string): string {
  let url: URL;
  try {
    url = new URL(base);
  } catch {
    throw new Error(`base IRI "${base}" is not an absolute IRI`);
  }
  if (!/[/#]$/.test(base)) throw new Error(`base IRI "${base}" must end with "/" or "#"`);
  return url.href === base ? base : base;
}
