// Adapters that run engines newsgraph did not write (raptor's rapper, rasqal's roqet, rdflib) and Oxigraph,
// and bring their answers to one comparable form: sets of canonical strings.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Parser, Writer } from 'n3';
import oxigraph from 'oxigraph';
import type { Quad, Term } from '@rdfjs/types';

/** Debian's own Python, which has python3-rdflib (the first python3 on PATH may be another one). */
export const PYTHON = '/usr/bin/python3';
const ADAPTER = join(import.meta.dirname, 'rdflib_adapter.py');
const XSD_STRING = 'http://www.w3.org/2001/XMLSchema#string';

export const hasTool = (path: string): boolean => existsSync(path);
export const TOOLS = { rapper: '/usr/bin/rapper', roqet: '/usr/bin/roqet', python: PYTHON };
export function hasRdflib(): boolean {
  return hasTool(PYTHON) && spawnSync(PYTHON, ['-c', 'import rdflib'], { encoding: 'utf8' }).status === 0;
}

/** One canonical string per term: IRIs, literals with their datatype (xsd:string folded to plain) and language. */
export function termKey(t: Term): string {
  if (t.termType === 'NamedNode') return `<${t.value}>`;
  if (t.termType === 'BlankNode') return `_:${t.value}`;
  if (t.termType === 'DefaultGraph') return '';
  if (t.termType === 'Literal') {
    const dt = t.language ? '' : t.datatype.value === XSD_STRING ? '' : `^^<${t.datatype.value}>`;
    return `${JSON.stringify(t.value)}${t.language ? `@${t.language.toLowerCase()}` : ''}${dt}`;
  }
  return `?${t.value}`;
}
export const quadKey = (q: Quad): string => `${termKey(q.subject)} ${termKey(q.predicate)} ${termKey(q.object)} ${termKey(q.graph)}`.trimEnd();
export const quadSet = (quads: Iterable<Quad>): Set<string> => new Set([...quads].map(quadKey));

const parseNQuads = (text: string): Quad[] => new Parser({ format: 'application/n-quads' }).parse(text);

const MAX = 256 * 1024 * 1024;
const run = (cmd: string, args: string[]): string => execFileSync(cmd, args, { encoding: 'utf8', maxBuffer: MAX, stdio: ['ignore', 'pipe', 'pipe'] });

/** raptor: rapper -i {turtle,nquads,trig} -o nquads FILE. */
export function rapperQuads(file: string, syntax: 'turtle' | 'ntriples' | 'nquads' | 'trig'): Set<string> {
  return quadSet(parseNQuads(run(TOOLS.rapper, ['-q', '-i', syntax, '-o', 'nquads', file])));
}

/** rdflib: parse, then write N-Triples or N-Quads. */
export function rdflibQuads(file: string, format: 'turtle' | 'nt' | 'nquads' | 'trig' | 'json-ld'): Set<string> {
  return quadSet(parseNQuads(run(PYTHON, [ADAPTER, 'parse', format, file])));
}

/**
 * Oxigraph's own parsers (Rust, through WASM). oxigraph.parse, not Store.load: the Store keeps numbers as values,
 * so "0"^^xsd:nonNegativeInteger comes back as "0"^^xsd:integer and "1.00" as "1" (see docs/sparql.md).
 */
export function oxigraphQuads(text: string, mediaType: string): Set<string> {
  return quadSet(oxigraph.parse(text, { format: mediaType }) as unknown as Quad[]);
}

// ---------- query answers ----------

/** A query answer brought to a comparable form: a set of rows (SELECT), a boolean (ASK) or a set of triples (graph). */
export type Answer = { kind: 'rows'; rows: Set<string>; count: number } | { kind: 'boolean'; value: boolean } | { kind: 'graph'; triples: Set<string> } | { kind: 'error'; message: string };

interface JsonTerm {
  type: string;
  value: string;
  datatype?: string;
  'xml:lang'?: string;
}
interface JsonResults {
  head?: { vars?: string[] };
  boolean?: boolean;
  results?: { bindings: Record<string, JsonTerm>[] };
  error?: string;
}

/** XSD numeric types: answers compare these by value, because Oxigraph's store keeps numbers as values (see docs/sparql.md). */
const XSD = 'http://www.w3.org/2001/XMLSchema#';
const INTEGER_TYPES = new Set(['integer', 'nonNegativeInteger', 'positiveInteger', 'nonPositiveInteger', 'negativeInteger', 'long', 'int', 'short', 'byte', 'unsignedLong', 'unsignedInt', 'unsignedShort', 'unsignedByte'].map((t) => XSD + t));
function numericKey(value: string, datatype: string | undefined): string | undefined {
  if (!datatype) return undefined;
  if (INTEGER_TYPES.has(datatype) && /^[+-]?\d+$/.test(value)) return `${BigInt(value)}^^<${XSD}integer>`;
  if (datatype === `${XSD}decimal` && /^[+-]?(\d+\.?\d*|\.\d+)$/.test(value)) return `${Number(value)}^^<${XSD}decimal>`;
  return undefined;
}

function jsonTermKey(t: JsonTerm): string {
  if (t.type === 'uri') return `<${t.value}>`;
  if (t.type === 'bnode') return '_:b';
  const num = numericKey(t.value, t.datatype);
  if (num) return num;
  const lang = t['xml:lang'];
  const dt = lang || !t.datatype || t.datatype === XSD_STRING ? '' : `^^<${t.datatype}>`;
  return `${JSON.stringify(t.value)}${lang ? `@${lang.toLowerCase()}` : ''}${dt}`;
}

/** SPARQL 1.1 JSON results (any engine) → Answer. Rows are compared as sets of `var=term` lists. */
export function fromJsonResults(json: JsonResults): Answer {
  if (json.error) return { kind: 'error', message: json.error };
  if (typeof json.boolean === 'boolean') return { kind: 'boolean', value: json.boolean };
  const bindings = json.results?.bindings ?? [];
  const rows = bindings.map((b) =>
    Object.keys(b)
      .sort()
      .map((v) => `${v}=${jsonTermKey(b[v] as JsonTerm)}`)
      .join(' | '),
  );
  return { kind: 'rows', rows: new Set(rows), count: rows.length };
}

export const fromNTriples = (nt: string): Answer => ({
  kind: 'graph',
  triples: new Set(parseNQuads(nt).map((q) => (q.object.termType === 'Literal' ? quadKey(q).replace(termKey(q.object), numericKey(q.object.value, q.object.datatype.value) ?? termKey(q.object)) : quadKey(q)))),
});

/** Oxigraph: the embedded engine of `newsgraph query`, over a Turtle file's text. */
export function oxigraphAnswer(store: InstanceType<typeof oxigraph.Store>, query: string): Answer {
  try {
    const json = JSON.parse(store.query(query, { results_format: 'json' }) as string) as JsonResults | unknown[];
    if (Array.isArray(json)) return fromNTriples(store.query(query, { results_format: 'application/n-triples' }) as string);
    return fromJsonResults(json);
  } catch (e) {
    return { kind: 'error', message: (e as Error).message };
  }
}

/**
 * rasqal: roqet -i sparql11-query -D DATA QUERY. Debian's roqet has no JSON results writer, so SELECT answers are read
 * from its SPARQL TSV (each cell a term in Turtle syntax, parsed by n3), ASK from SPARQL XML, graphs from Turtle.
 */
export function roqetAnswer(dataFile: string, queryFile: string, form: 'select' | 'ask' | 'graph'): Answer {
  const format = form === 'graph' ? 'turtle' : form === 'ask' ? 'xml' : 'tsv';
  const r = spawnSync(TOOLS.roqet, ['-q', '-i', 'sparql11-query', '-D', dataFile, '-r', format, queryFile], { encoding: 'utf8', maxBuffer: MAX });
  // roqet exits 2 when it only warned (it warns about aggregates, for one); 1 or a signal is a failure.
  if (r.status !== 0 && r.status !== 2) return { kind: 'error', message: `roqet exit ${r.status ?? r.signal}: ${r.stderr.trim().split('\n')[0] ?? ''}` };
  if (form === 'graph') return fromNTriples(new Writer({ format: 'application/n-triples' }).quadsToString(new Parser({ format: 'text/turtle' }).parse(r.stdout)));
  if (form === 'ask') {
    const m = /<boolean>\s*(true|false)\s*<\/boolean>/.exec(r.stdout);
    return m ? { kind: 'boolean', value: m[1] === 'true' } : { kind: 'error', message: 'roqet gave no boolean' };
  }
  const lines = r.stdout.split('\n').filter((l) => l !== '');
  const vars = (lines[0] ?? '').split('\t').map((v) => v.replace(/^\?/, ''));
  const bindings = lines.slice(1).map((line) => {
    const b: Record<string, JsonTerm> = {};
    line.split('\t').forEach((cell, i) => {
      if (cell === '') return;
      const t = new Parser({ format: 'text/turtle' }).parse(`<urn:s> <urn:p> ${cell} .`)[0]?.object;
      if (!t) return;
      const v = vars[i] as string;
      if (t.termType === 'NamedNode') b[v] = { type: 'uri', value: t.value };
      else if (t.termType === 'Literal') b[v] = { type: 'literal', value: t.value, ...(t.language ? { 'xml:lang': t.language } : { datatype: t.datatype.value }) };
      else b[v] = { type: 'bnode', value: t.value };
    });
    return b;
  });
  return fromJsonResults({ head: { vars }, results: { bindings } });
}

/** rdflib: every query over one data file in one Python process. */
export function rdflibAnswers(dataFile: string, format: 'turtle', queryFiles: string[]): Map<string, Answer> {
  const out = JSON.parse(run(PYTHON, [ADAPTER, 'query', format, dataFile, ...queryFiles])) as Record<string, JsonResults | string>;
  return new Map(queryFiles.map((q) => [q, typeof out[q] === 'string' ? fromNTriples(out[q] as string) : fromJsonResults((out[q] ?? { error: 'no answer' }) as JsonResults)]));
}

/** What a competency query file says about itself in its leading comments. */
export interface QueryFile {
  path: string;
  name: string;
  text: string;
  /** `# expect: rows` or `# expect: true` — on the graph of every bundled article. */
  expect?: 'rows' | 'true';
  /** `# expect-contains: <text>` — a row (or triple) of that answer holds this text, so the check is of a value, not a count. */
  contains: string[];
  /** `# test: network` — documented only, never run in tests. */
  network: boolean;
  /** `# compare: oxigraph` — its answer is implementation-defined (DESCRIBE), so it runs only in the embedded engine. */
  oxigraphOnly: boolean;
  graphResult: boolean;
  /** The query form, for engines that must be told the results format. */
  form: 'select' | 'ask' | 'graph';
}

export function readQueryFile(path: string): QueryFile {
  const text = readFileSync(path, 'utf8');
  const header = text.split('\n').filter((l) => l.startsWith('#'));
  const tag = (k: string) => header.map((l) => new RegExp(`^#\\s*${k}:\\s*(\\S+)`).exec(l)?.[1]).find((v) => v !== undefined);
  const expect = tag('expect');
  return {
    path,
    name: path.split('/').pop() as string,
    text,
    ...(expect === 'rows' || expect === 'true' ? { expect } : {}),
    contains: header.map((l) => /^#\s*expect-contains:\s*(.+)$/.exec(l)?.[1]).filter((v): v is string => v !== undefined),
    network: tag('test') === 'network',
    oxigraphOnly: tag('compare') === 'oxigraph',
    graphResult: /^\s*(CONSTRUCT|DESCRIBE)\b/im.test(text.replace(/^#.*$/gm, '')),
    form: /^\s*(CONSTRUCT|DESCRIBE)\b/im.test(text.replace(/^#.*$/gm, '')) ? 'graph' : /^\s*ASK\b/im.test(text.replace(/^#.*$/gm, '')) ? 'ask' : 'select',
  };
}
