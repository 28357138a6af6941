import type jsonldApi from 'jsonld';
import type { ContextDefinition, JsonLdDocument } from 'jsonld';
import { Parser } from 'n3';
import type { Quad } from '@rdfjs/types';
import { CONTEXT_URL, DEFAULT_BASE, PREFIXES, dataPrefixes } from './vocabulary.js';
import { FixedContextCompactor } from './jsonld-compact.js';

// The jsonld package (and the HTTP client it brings) loads on first use: a build to N-Quads or Turtle never needs it.
let loading: Promise<typeof jsonldApi> | undefined;
const jsonldLib = (): Promise<typeof jsonldApi> => (loading ??= import('jsonld').then((m) => m.default));

/**
 * JSON-LD through the `jsonld` package: RDF/JS quads → jsonld.fromRDF → jsonld.compact with the
 * newsgraph context. Reading goes the other way, through jsonld.toRDF. The one exception is the streamed
 * build's per-article node objects (`jsonLdNodes`), made from the fixed context's term maps and held to
 * jsonld's output by test/jsonld-compact.test.ts.
 */

/** Properties whose values are IRIs: the context coerces them, so they compact to plain strings like "ent:vladimir-putin". */
const IRI_TERMS: Record<string, string> = {
  agent: 'ng:agent',
  target: 'ng:target',
  targetEvent: 'ng:targetEvent',
  modality: 'ng:modality',
  quantity: 'ng:quantity',
  concerns: 'ng:concerns',
  purpose: 'ng:purpose',
  viaEvent: 'ng:viaEvent',
  metonymOf: 'ng:metonymOf',
  governmentOf: 'ng:governmentOf',
  officeOf: 'ng:officeOf',
  jurisdiction: 'ng:jurisdiction',
  speaker: 'ng:speaker',
  linkStatus: 'ng:linkStatus',
  sameAs: 'owl:sameAs',
  holds: 'org:holds',
  containedInPlace: 'schema:containedInPlace',
  url: 'schema:url',
  hasActor: 'sem:hasActor',
  hasPlace: 'sem:hasPlace',
  hasTime: 'sem:hasTime',
  denotesTime: 'ng:denotesTime',
  subEventOf: 'sem:subEventOf',
  wasDerivedFrom: 'prov:wasDerivedFrom',
  wasAttributedTo: 'prov:wasAttributedTo',
  referenceContext: 'nif:referenceContext',
  sentence: 'nif:sentence',
  taIdentRef: 'itsrdf:taIdentRef',
};

/** Properties with plain string values. */
const STRING_TERMS: Record<string, string> = {
  label: 'rdfs:label',
  name: 'schema:name',
  alternateName: 'schema:alternateName',
  headline: 'schema:headline',
  inLanguage: 'schema:inLanguage',
  text: 'schema:text',
  unitText: 'schema:unitText',
  currency: 'schema:currency',
  cameoCode: 'ng:cameoCode',
  cameoLabel: 'ng:cameoLabel',
  trigger: 'ng:trigger',
  hedge: 'ng:hedge',
  phrase: 'ng:phrase',
  approximation: 'ng:approximation',
  attributionPhrase: 'ng:attributionPhrase',
  mentionType: 'ng:mentionType',
  role: 'ng:role',
  sourceName: 'ng:sourceName',
  anchorOf: 'nif:anchorOf',
  isString: 'nif:isString',
};

/** Properties with one fixed datatype. */
const TYPED_TERMS: Record<string, [string, string]> = {
  datePublished: ['schema:datePublished', 'xsd:date'],
  beginIndex: ['nif:beginIndex', 'xsd:nonNegativeInteger'],
  endIndex: ['nif:endIndex', 'xsd:nonNegativeInteger'],
  certainty: ['ng:certainty', 'xsd:decimal'],
  negated: ['ng:negated', 'xsd:boolean'],
  unresolved: ['ng:unresolved', 'xsd:boolean'],
  ordinal: ['ng:ordinal', 'xsd:integer'],
};

/**
 * The JSON-LD @context for graphs under `base`: every prefix newsgraph writes, plus short terms for
 * its common properties. ontology/context.jsonld is this context for the default base, published at CONTEXT_URL.
 * (No term shares a name with a prefix, so "topic:…" and "office:…" stay compact IRIs.)
 */
export function jsonldContext(base: string = DEFAULT_BASE): Record<string, unknown> {
  const ctx: Record<string, unknown> = { ...PREFIXES, ...dataPrefixes(base) };
  for (const [term, id] of Object.entries(IRI_TERMS)) ctx[term] = { '@id': id, '@type': '@id' };
  for (const [term, id] of Object.entries(STRING_TERMS)) ctx[term] = { '@id': id };
  for (const [term, [id, type]] of Object.entries(TYPED_TERMS)) ctx[term] = { '@id': id, '@type': type };
  return ctx;
}

export interface JsonLdOptions {
  /** Reference the published context by this IRI instead of embedding it (default: embedded, so the file reads offline). */
  contextUrl?: string;
}

// jsonld.fromRDF takes RDF/JS quads as they are (an array, no format): n3's terms need no detour through
// N-Quads text and jsonld's own parser, which cost as much as the conversion itself.
type RdfDataset = Parameters<typeof jsonldApi.fromRDF>[0];

// fromRDF gives expanded JSON-LD already: compact would expand it again first, at five times the cost of compaction itself.
const compactOptions = { documentLoader, skipExpansion: true } as Parameters<typeof jsonldApi.compact>[2];

/** Quads (already in canonical order) → compacted JSON-LD text. Named graphs become `@graph` nodes. */
export async function toJsonLd(quads: Quad[], base: string, options: JsonLdOptions = {}): Promise<string> {
  const jsonld = await jsonldLib();
  const expanded = await jsonld.fromRDF(quads as unknown as RdfDataset);
  const context = jsonldContext(base) as ContextDefinition;
  const compacted = (await jsonld.compact(expanded, context, compactOptions)) as Record<string, unknown>;
  if (options.contextUrl) {
    const extra = base === DEFAULT_BASE ? undefined : dataPrefixes(base);
    compacted['@context'] = extra ? [options.contextUrl, extra] : options.contextUrl;
  }
  return `${JSON.stringify(compacted, null, 2)}\n`;
}

/** The `@context` value a document under `base` carries: the context itself, or the published IRI (plus the data prefixes of another base). */
function contextValue(base: string, options: JsonLdOptions): unknown {
  if (!options.contextUrl) return jsonldContext(base);
  return base === DEFAULT_BASE ? options.contextUrl : [options.contextUrl, dataPrefixes(base)];
}

const indent = (text: string, by: string) => text.replace(/\n/g, `\n${by}`);

/**
 * Streamed JSON-LD (corpus builds): one document, one `@graph`, its node objects written article by
 * article. The header opens the document and the graph; `jsonLdNodes` gives an article's node objects;
 * the footer closes both. The same triples as `toJsonLd`, in linear time (jsonld works on one article at a time).
 */
export function jsonLdHeader(base: string, options: JsonLdOptions = {}): string {
  return `{\n  "@context": ${indent(JSON.stringify(contextValue(base, options), null, 2), '  ')},\n  "@graph": [\n`;
}

export function jsonLdFooter(hasNodes: boolean): string {
  return `${hasNodes ? '\n' : ''}  ]\n}\n`;
}

/** The context of each base, read once into term maps (a build has one base; bounded anyway). */
const compactors = new Map<string, FixedContextCompactor>();
function compactorFor(base: string): FixedContextCompactor {
  let c = compactors.get(base);
  if (!c) {
    if (compactors.size >= 16) compactors.clear();
    compactors.set(base, (c = new FixedContextCompactor(jsonldContext(base))));
  }
  return c;
}

/**
 * One article's triples (default graph) → its node objects, compacted with the newsgraph context, as JSON texts.
 * The node objects jsonld.fromRDF + jsonld.compact give, made from the term maps of the fixed context
 * (src/rdf/jsonld-compact.ts: 10× cheaper); jsonld itself for the few graphs those maps do not cover.
 */
export async function jsonLdNodes(triples: Quad[], base: string): Promise<string[]> {
  if (triples.length === 0) return [];
  const nodes = compactorFor(base).compact(triples) ?? (await jsonLdNodesByJsonld(triples, base));
  // One node object a line: cheap to write and to grep (the in-memory document is indented instead).
  return nodes.map((n) => `    ${JSON.stringify(n)}`);
}

/** `jsonLdNodes` through jsonld.fromRDF and jsonld.compact (the reference the term maps are tested against). */
export async function jsonLdNodesByJsonld(triples: Quad[], base: string): Promise<unknown[]> {
  if (triples.length === 0) return [];
  const jsonld = await jsonldLib();
  const expanded = await jsonld.fromRDF(triples as unknown as RdfDataset);
  const compacted = (await jsonld.compact(expanded, jsonldContext(base) as ContextDefinition, compactOptions)) as Record<string, unknown>;
  delete compacted['@context'];
  return (compacted['@graph'] as unknown[] | undefined) ?? (Object.keys(compacted).length ? [compacted] : []);
}

/** JSON-LD text → quads, through jsonld.toRDF (named graphs kept). */
export async function fromJsonLd(text: string): Promise<Quad[]> {
  const doc = JSON.parse(text) as JsonLdDocument;
  const jsonld = await jsonldLib();
  const nquads = (await jsonld.toRDF(doc, { format: 'application/n-quads', documentLoader })) as unknown as string;
  return new Parser({ format: 'application/n-quads' }).parse(nquads);
}

/**
 * Resolves the newsgraph context IRI to the built-in context; refuses every other remote document,
 * so reading JSON-LD never goes to the network.
 */
type RemoteDocument = Awaited<ReturnType<NonNullable<NonNullable<Parameters<typeof jsonldApi.toRDF>[1]>['documentLoader']>>>;

export async function documentLoader(url: string): Promise<RemoteDocument> {
  if (url === CONTEXT_URL) return { documentUrl: url, document: { '@context': jsonldContext(DEFAULT_BASE) } as RemoteDocument['document'] };
  throw new Error(`jsonld: will not fetch remote document ${url} (only ${CONTEXT_URL} is known)`);
}
