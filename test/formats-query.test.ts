// Formats (N-Quads, TriG, JSON-LD), `newsgraph export` and `newsgraph query`.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildGraph, parseRdf, serialize } from '../src/index.js';
import { fromJsonLd, jsonldContext, toJsonLd } from '../src/rdf/jsonld.js';
import { formatFor } from '../src/rdf/serialize.js';
import { createStore, loadInto, mergeNamedGraphs, renderResult, runQuery } from '../src/query/sparql.js';
import { CONTEXT_URL } from '../src/rdf/vocabulary.js';
import { BASE, ENT, SEED_FILE, articleFiles, loadArticle, seedGraph } from './helpers/graphs.js';

const BIN = join(import.meta.dirname, '../bin/newsgraph.js');
const run = (...args: string[]) => spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8' });
const triples = (qs: { subject: { value: string }; predicate: { value: string }; object: { termType: string; value: string } }[]) =>
  new Set(qs.map((q) => `${q.subject.value} ${q.predicate.value} ${q.object.termType}:${q.object.value}`));
const PREFIX = 'PREFIX ng: <https://w3id.org/newsgraph/ontology#> PREFIX ent: <https://w3id.org/newsgraph/data/entity/> ';

describe('formats', () => {
  it('picks every format from the extension or the option', () => {
    expect(['a.ttl', 'a.nt', 'a.nq', 'a.trig', 'a.jsonld'].map((p) => formatFor(undefined, p))).toEqual(['ttl', 'nt', 'nq', 'trig', 'jsonld']);
    expect(formatFor('json-ld', 'x.ttl')).toBe('jsonld');
    expect(() => formatFor(undefined, 'x.xml')).toThrow(/unknown RDF format/);
  });
  it('buildGraph without namedGraphs keeps everything in the default graph (existing callers unchanged)', () => {
    expect(seedGraph().store.getQuads(null, null, null, null).every((q) => q.graph.termType === 'DefaultGraph')).toBe(true);
  });
  it('TriG and N-Quads keep one graph per article; Turtle of the same store is their merge', async () => {
    const r = buildGraph(articleFiles().slice(0, 2).map(loadArticle), { base: BASE, namedGraphs: true });
    const quads = r.store.getQuads(null, null, null, null);
    const trig = await serialize(quads, 'trig', BASE);
    expect(trig).toContain('graph:00-putin-erdogan-call {');
    expect(parseRdf(trig, 'trig')).toHaveLength(quads.length);
    expect(parseRdf(await serialize(quads, 'nq', BASE), 'nq')).toHaveLength(quads.length);
    const flat = buildGraph(articleFiles().slice(0, 2).map(loadArticle), { base: BASE });
    expect(triples(parseRdf(await serialize(quads, 'ttl', BASE)))).toEqual(triples(flat.store.getQuads(null, null, null, null)));
  });
  it('is deterministic in every format', async () => {
    const quads = seedGraph().store.getQuads(null, null, null, null);
    for (const f of ['nq', 'trig', 'jsonld'] as const) expect(await serialize([...quads].reverse(), f, BASE)).toBe(await serialize(quads, f, BASE));
  });
  it('JSON-LD uses the published context: compact terms, prefixed IRIs, and it reads back to the same triples', async () => {
    const quads = seedGraph().store.getQuads(null, null, null, null);
    const doc = JSON.parse(await serialize(quads, 'jsonld', BASE)) as { '@context': unknown; '@graph': Record<string, unknown>[] };
    const putin = doc['@graph'].find((n) => n['@id'] === 'ent:vladimir-putin');
    expect(putin).toMatchObject({ label: 'Vladimir Putin', sameAs: 'wd:Q7747' });
    const byUrl = await toJsonLd(quads, BASE, { contextUrl: CONTEXT_URL });
    expect(JSON.parse(byUrl)['@context']).toBe(CONTEXT_URL);
    expect(triples(await fromJsonLd(byUrl))).toEqual(triples(quads));
  });
  it('ontology/context.jsonld is the context for the default base', () => {
    const file = JSON.parse(readFileSync(join(import.meta.dirname, '../ontology/context.jsonld'), 'utf8'));
    expect(file).toEqual({ '@context': jsonldContext() });
  });
  it('reading JSON-LD never fetches another remote context', async () => {
    await expect(fromJsonLd(JSON.stringify({ '@context': 'https://example.org/ctx.jsonld', '@id': 'urn:x' }))).rejects.toThrow(/will not fetch|Dereferencing a URL/);
  });
});

describe('SPARQL with Oxigraph', () => {
  let store: ReturnType<typeof createStore>;
  beforeAll(async () => {
    store = createStore();
    const r = buildGraph(articleFiles().slice(0, 2).map(loadArticle), { base: BASE, namedGraphs: true });
    await loadInto(store, await serialize(r.store.getQuads(null, null, null, null), 'nq', BASE), 'nq');
    mergeNamedGraphs(store);
  });
  it('SELECT: the default graph is the merge of the article graphs, each triple once', () => {
    const r = runQuery(store, `${PREFIX} SELECT (COUNT(*) AS ?n) WHERE { ent:vladimir-putin <http://www.w3.org/2000/01/rdf-schema#label> ?l }`);
    expect(r).toMatchObject({ kind: 'select', vars: ['n'] });
    expect(r.kind === 'select' && r.rows[0]?.n?.value).toBe('1');
  });
  it('GRAPH ?g sees one graph per article', () => {
    const r = runQuery(store, 'SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }');
    expect(r.kind === 'select' && r.rows.map((b) => b.g?.value).sort()).toEqual([`${BASE}graph/00-putin-erdogan-call`, `${BASE}graph/01-summit-geneva`]);
  });
  it('ASK, CONSTRUCT and DESCRIBE', async () => {
    expect(runQuery(store, `${PREFIX} ASK { ent:vladimir-putin ng:called ent:recep-tayyip-erdogan }`)).toEqual({ kind: 'ask', boolean: true });
    const c = runQuery(store, `${PREFIX} CONSTRUCT { ?a ng:called ?b } WHERE { ?a ng:called ?b }`);
    expect(c.kind === 'graph' && c.quads.map((q) => q.subject.value)).toEqual([`${ENT}vladimir-putin`]);
    const empty = runQuery(store, `${PREFIX} CONSTRUCT { ?a ng:nothing ?b } WHERE { ?a ng:nothing ?b }`);
    expect(empty).toEqual({ kind: 'graph', quads: [] });
    const d = runQuery(store, `${PREFIX} DESCRIBE ent:vladimir-putin`);
    expect(await renderResult(store, '', d, 'table', BASE)).toContain('ent:vladimir-putin');
  });
  it('writes the standard results formats', async () => {
    const q = `${PREFIX} SELECT ?who WHERE { ?who ng:called ent:recep-tayyip-erdogan }`;
    const r = runQuery(store, q);
    expect(JSON.parse(await renderResult(store, q, r, 'json', BASE))).toEqual({ head: { vars: ['who'] }, results: { bindings: [{ who: { type: 'uri', value: `${ENT}vladimir-putin` } }] } });
    expect(await renderResult(store, q, r, 'csv', BASE)).toBe(`who\r\n${ENT}vladimir-putin\r\n`);
    expect(await renderResult(store, q, r, 'tsv', BASE)).toBe(`?who\n<${ENT}vladimir-putin>\n`);
    expect(await renderResult(store, q, r, 'table', BASE)).toContain('ent:vladimir-putin');
    await expect(renderResult(store, q, r, 'ttl', BASE)).rejects.toThrow(/table/);
  });
});

describe('CLI: build --format, export and query', () => {
  const dir = mkdtempSync(join(tmpdir(), 'newsgraph-fq-'));
  it('builds TriG with a graph per article, and writes the ontology and shapes alongside on request', () => {
    const out = join(dir, 'g.trig');
    const r = run('build', SEED_FILE, '-o', out, '--with-ontology');
    expect(r.status, r.stderr).toBe(0);
    expect(readFileSync(out, 'utf8')).toContain('graph:00-putin-erdogan-call {');
    expect(existsSync(join(dir, 'newsgraph.trig')) && existsSync(join(dir, 'shapes.trig'))).toBe(true);
    expect(parseRdf(readFileSync(join(dir, 'shapes.trig'), 'utf8'), 'trig').length).toBeGreaterThan(100);
  });
  it('exports TriG to JSON-LD and back to N-Triples without losing a triple', () => {
    expect(run('export', join(dir, 'g.trig'), '-o', join(dir, 'g.jsonld')).status).toBe(0);
    expect(run('export', join(dir, 'g.jsonld'), '-o', join(dir, 'g.nt')).status).toBe(0);
    const fromTrig = triples(parseRdf(readFileSync(join(dir, 'g.trig'), 'utf8'), 'trig'));
    expect(triples(parseRdf(readFileSync(join(dir, 'g.nt'), 'utf8'), 'nt'))).toEqual(fromTrig);
  });
  it('queries with --query and --file, in every results format', () => {
    const q = join(dir, 'q.rq');
    writeFileSync(q, `${PREFIX} SELECT ?who WHERE { ?who ng:called ent:recep-tayyip-erdogan }`);
    const table = run('query', join(dir, 'g.trig'), '--file', q);
    expect(table.status, table.stderr).toBe(0);
    expect(table.stdout).toMatch(/\?who[\s\S]*ent:vladimir-putin[\s\S]*1 row/);
    expect(run('query', join(dir, 'g.jsonld'), '--file', q, '--format', 'csv').stdout).toBe(`who\r\n${ENT}vladimir-putin\r\n`);
    const ask = run('query', join(dir, 'g.nt'), '--query', `${PREFIX} ASK { ent:vladimir-putin ng:called ?x }`, '--format', 'json');
    expect(JSON.parse(ask.stdout)).toMatchObject({ boolean: true });
  });
  it('runs a competency query from queries/', () => {
    const r = run('query', join(dir, 'g.trig'), '--file', join(import.meta.dirname, '../queries/01-phone-calls.rq'), '--format', 'json');
    expect(r.status, r.stderr).toBe(0);
    const bindings = (JSON.parse(r.stdout) as { results: { bindings: Record<string, { value: string }>[] } }).results.bindings;
    expect(bindings.map((b) => [b.caller?.value, b.callee?.value])).toContainEqual(['Recep Tayyip Erdoğan', 'Vladimir Putin']);
  });
  it('reports a bad query or bad usage in one line', () => {
    const bad = run('query', join(dir, 'g.trig'), '--query', 'SELEKT nothing');
    expect(bad.status).toBe(1);
    expect(bad.stderr.trim().split('\n')).toHaveLength(1);
    expect(bad.stderr).toMatch(/SPARQL/);
    expect(run('query', join(dir, 'g.trig')).status).toBe(1);
    expect(run('query', join(dir, 'g.trig'), '--query', 'ASK {}', '--format', 'yaml').status).toBe(1);
  });
});
