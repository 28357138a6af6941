import oxigraph from 'oxigraph';
import { Parser } from 'n3';
import type { Quad } from '@rdfjs/types';
import { fromJsonLd } from '../rdf/jsonld.js';
import { mediaType, serialize } from '../rdf/serialize.js';
import type { RdfFormat } from '../rdf/serialize.js';
import { PREFIXES, dataPrefixes, graphPrefixes } from '../rdf/vocabulary.js';

/**
 * SPARQL 1.1 over newsgraph output with Oxigraph (Rust compiled to WASM; see docs/sparql.md for why).
 * Files are loaded as serialized text with Store.load, which is far faster than adding quads one by one.
 * Named graphs (N-Quads, TriG) stay named, and their merge is also copied into the default graph, so a
 * query without GRAPH sees every article at once, each triple once.
 */
export type GraphStore = InstanceType<typeof oxigraph.Store>;

export function createStore(): GraphStore {
  return new oxigraph.Store();
}

/** Loads one serialized graph (any of the five formats) into the store. */
export async function loadInto(store: GraphStore, text: string, format: RdfFormat): Promise<void> {
  if (format === 'jsonld') {
    // Through jsonld.toRDF: it resolves the newsgraph context IRI offline and never fetches another.
    const nq = await serialize(await fromJsonLd(text), 'nq', 'urn:x:');
    store.load(nq, { format: mediaType('nq') });
  } else store.load(text, { format: mediaType(format) });
}

/** Copies the union of the named graphs into the default graph (a set: shared triples once). */
export function mergeNamedGraphs(store: GraphStore): void {
  store.update('INSERT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }');
}

export type ResultFormat = 'table' | 'csv' | 'tsv' | 'json' | 'xml';
export const RESULT_FORMATS: readonly ResultFormat[] = ['table', 'csv', 'tsv', 'json', 'xml'];

export type QueryResult =
  | { kind: 'select'; vars: string[]; rows: Record<string, SparqlTerm>[] }
  | { kind: 'ask'; boolean: boolean }
  | { kind: 'graph'; quads: Quad[] };

/** A term as in the SPARQL 1.1 Query Results JSON Format. */
export interface SparqlTerm {
  type: 'uri' | 'literal' | 'bnode' | 'triple';
  value: string;
  datatype?: string;
  'xml:lang'?: string;
}

interface SparqlJson {
  head: { vars?: string[] };
  results?: { bindings: Record<string, SparqlTerm>[] };
  boolean?: boolean;
}

/**
 * Runs a query once, asking Oxigraph for SPARQL JSON: solutions come back as the standard JSON document,
 * graph results (CONSTRUCT, DESCRIBE) as a JSON-LD array, which tells the two apart even when empty.
 */
export function runQuery(store: GraphStore, query: string): QueryResult {
  const json = JSON.parse(store.query(query, { results_format: 'json' }) as string) as SparqlJson | unknown[];
  if (Array.isArray(json)) {
    const nt = store.query(query, { results_format: 'application/n-triples' }) as string;
    return { kind: 'graph', quads: new Parser({ format: 'application/n-triples' }).parse(nt) };
  }
  if (typeof json.boolean === 'boolean') return { kind: 'ask', boolean: json.boolean };
  return { kind: 'select', vars: json.head.vars ?? [], rows: json.results?.bindings ?? [] };
}

/** The standard serialisation of a SELECT or ASK result (SPARQL 1.1 JSON, CSV, TSV or XML), written by Oxigraph. */
export function standardResults(store: GraphStore, query: string, format: Exclude<ResultFormat, 'table'>): string {
  const out = store.query(query, { results_format: format }) as string;
  return out.endsWith('\n') ? out : `${out}\n`;
}

/** A readable text table of a SELECT result; IRIs are shortened with the newsgraph prefixes. */
export function formatTable(result: Extract<QueryResult, { kind: 'select' }>, base: string): string {
  const prefixes = Object.entries({ ...PREFIXES, ...dataPrefixes(base), ...graphPrefixes(base) }).sort((a, b) => b[1].length - a[1].length);
  const show = (t: SparqlTerm | undefined): string => {
    if (!t) return '';
    if (t.type === 'uri') {
      const p = prefixes.find(([, ns]) => t.value.startsWith(ns) && /^[\w.,=#-]*$/u.test(t.value.slice(ns.length)));
      return p ? `${p[0]}:${t.value.slice(p[1].length)}` : `<${t.value}>`;
    }
    if (t.type === 'bnode') return `_:${t.value}`;
    return t.value.replace(/\s+/g, ' ');
  };
  const cells = result.rows.map((r) => result.vars.map((v) => show(r[v])));
  const widths = result.vars.map((v, i) => Math.min(80, Math.max(v.length + 1, ...cells.map((c) => (c[i] ?? '').length))));
  const clip = (s: string, w: number) => (s.length > w ? `${s.slice(0, w - 1)}…` : s.padEnd(w));
  const line = (c: string[]) => c.map((s, i) => clip(s, widths[i] ?? 0)).join(' | ').trimEnd();
  const head = line(result.vars.map((v) => `?${v}`));
  const rule = widths.map((w) => '-'.repeat(w)).join('-+-');
  return `${[head, rule, ...cells.map(line)].join('\n')}\n${result.rows.length} row${result.rows.length === 1 ? '' : 's'}\n`;
}

/** What `newsgraph query` prints for a result in the requested format. */
export async function renderResult(store: GraphStore, query: string, result: QueryResult, format: ResultFormat | RdfFormat, base: string): Promise<string> {
  if (result.kind === 'graph') {
    const rdf: RdfFormat = format === 'table' ? 'ttl' : format === 'json' ? 'jsonld' : (format as RdfFormat);
    if (!['ttl', 'nt', 'nq', 'trig', 'jsonld'].includes(rdf)) throw new Error(`a CONSTRUCT or DESCRIBE result is a graph: use --format ttl, nt or jsonld, not ${format}`);
    return serialize(result.quads, rdf, base);
  }
  if (format === 'table') return result.kind === 'ask' ? `${result.boolean}\n` : formatTable(result, base);
  if (!RESULT_FORMATS.includes(format as ResultFormat)) throw new Error(`a SELECT or ASK result is a table: use --format table, csv, tsv, json or xml, not ${format}`);
  return standardResults(store, query, format as Exclude<ResultFormat, 'table'>);
}
