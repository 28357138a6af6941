import { describe, expect, it } from 'vitest';
import { buildGraph, parseRdf, projectGraph, serialize, NS } from '../src/index.js';
import { BASE, ENT, SEED_FILE, articleFiles, loadArticle, seedGraph } from './helpers/graphs.js';

const canon = (qs: { subject: { value: string }; predicate: { value: string }; object: { termType: string; value: string } }[]) =>
  qs.map((q) => `${q.subject.value} ${q.predicate.value} ${q.object.termType}:${q.object.value}`).sort();

describe('Turtle and N-Triples', () => {
  it('round-trips: parsing what was written gives the same quads', async () => {
    const { store } = seedGraph();
    const quads = store.getQuads(null, null, null, null);
    for (const format of ['ttl', 'nt'] as const) {
      const text = await serialize(quads, format, BASE);
      expect(canon(parseRdf(text, format))).toEqual(canon(quads));
    }
  });
  it('writes prefixed, readable entity IRIs', async () => {
    const ttl = await serialize(seedGraph().store.getQuads(null, null, null, null), 'ttl', BASE);
    expect(ttl).toContain('ent:vladimir-putin');
    expect(ttl).toContain('owl:sameAs wd:Q7747');
  });
  it('is deterministic: the same input gives byte-identical Turtle', async () => {
    const a = buildGraph([loadArticle(SEED_FILE)], { base: BASE });
    const b = buildGraph([loadArticle(SEED_FILE)], { base: BASE });
    const ta = await serialize(a.store.getQuads(null, null, null, null), 'ttl', BASE);
    const tb = await serialize(b.store.getQuads(null, null, null, null), 'ttl', BASE);
    expect(ta).toBe(tb);
  });
  it('honours another base IRI', async () => {
    const r = buildGraph([loadArticle(SEED_FILE)], { base: 'http://example.org/kg/' });
    const ttl = await serialize(r.store.getQuads(null, null, null, null), 'ttl', 'http://example.org/kg/');
    expect(ttl).toContain('@prefix ent: <http://example.org/kg/entity/>');
    expect(ttl).not.toContain('w3id.org/newsgraph/data');
  });
  it('builds every bundled article into one graph where shared entities are one node', () => {
    const r = buildGraph(articleFiles().map(loadArticle), { base: BASE });
    expect(r.stats.articles).toBeGreaterThanOrEqual(6);
    expect(r.store.getSubjects(`${NS.owl}sameAs`, `${NS.wd}Q159`, null)).toHaveLength(1);
  });
});

describe('graphology projection', () => {
  it('has the entities as nodes and the binary facts as edges', () => {
    const g = projectGraph(seedGraph().store);
    expect(g.type).toBe('directed');
    expect(g.multi).toBe(true);
    expect(g.getNodeAttribute(`${ENT}vladimir-putin`, 'label')).toBe('Vladimir Putin');
    expect(g.getNodeAttribute(`${ENT}vladimir-putin`, 'wikidata')).toBe(`${NS.wd}Q7747`);
    const called = g.edges(`${ENT}vladimir-putin`, `${ENT}recep-tayyip-erdogan`).map((e) => g.getEdgeAttribute(e, 'label'));
    expect(called).toEqual(expect.arrayContaining(['called', 'thanked']));
    const events = g.filterNodes((_n, a) => a.kind === 'event');
    expect(events.length).toBeGreaterThan(10);
    const roles = g.filterEdges((_e, a) => a.kind === 'role');
    expect(roles.length).toBeGreaterThan(10);
  });
});
