import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildGraph, parseRdf, NS } from '../src/index.js';
import { validateShacl } from '../src/validate/shacl.js';
import { BASE, articleFiles, loadArticle, seedGraph } from './helpers/graphs.js';

const ONTOLOGY = join(import.meta.dirname, '../ontology/newsgraph.ttl');
const SHAPES = join(import.meta.dirname, '../ontology/shapes.ttl');
const shapes = () => parseRdf(readFileSync(SHAPES, 'utf8'));

describe('ontology', () => {
  it('parses, and declares every ng: term the output uses', () => {
    const onto = parseRdf(readFileSync(ONTOLOGY, 'utf8'));
    expect(onto.length).toBeGreaterThan(100);
    const declared = new Set(onto.filter((q) => q.predicate.value === `${NS.rdf}type`).map((q) => q.subject.value));
    const used = new Set<string>();
    for (const q of buildGraph(articleFiles().map(loadArticle), { base: BASE }).store) {
      for (const t of [q.predicate, q.object]) if (t.termType === 'NamedNode' && t.value.startsWith(NS.ng)) used.add(t.value);
    }
    expect([...used].filter((u) => !declared.has(u))).toEqual([]);
  });
  it('declares every class and property the output uses, external ones with the vocabulary they come from', () => {
    const onto = parseRdf(readFileSync(ONTOLOGY, 'utf8'));
    const declared = new Set(onto.filter((q) => q.predicate.value === `${NS.rdf}type`).map((q) => q.subject.value));
    const used = new Set<string>();
    for (const q of buildGraph(articleFiles().map(loadArticle), { base: BASE }).store) {
      if (q.predicate.value !== `${NS.rdf}type`) used.add(q.predicate.value);
      else if (q.object.termType === 'NamedNode') used.add(q.object.value);
    }
    expect(used).toContain(`${NS.ng}cameoCode`);
    expect([...used].filter((u) => !declared.has(u)).sort()).toEqual([]);
    const external = [...used].filter((u) => !u.startsWith(NS.ng));
    const definedBy = new Set(onto.filter((q) => q.predicate.value === `${NS.rdfs}isDefinedBy`).map((q) => q.subject.value));
    expect(external.filter((u) => !definedBy.has(u))).toEqual([]);
  });
  it('gives every ng: property a label, comment, domain and range', () => {
    const onto = parseRdf(readFileSync(ONTOLOGY, 'utf8'));
    const props = onto.filter((q) => q.predicate.value === `${NS.rdf}type` && /Property$/.test(q.object.value) && q.subject.value.startsWith(NS.ng)).map((q) => q.subject.value);
    const has = (s: string, p: string) => onto.some((q) => q.subject.value === s && q.predicate.value === p);
    const missing = [...new Set(props)].filter((p) => !(has(p, `${NS.rdfs}label`) && has(p, `${NS.rdfs}comment`) && has(p, `${NS.rdfs}domain`) && has(p, `${NS.rdfs}range`)));
    expect(props).toContain(`${NS.ng}negotiatedWith`);
    expect(missing).toEqual([]);
  });
});

describe('SHACL conformance', () => {
  it('the seed graph conforms to the shapes', async () => {
    const quads = seedGraph().store.getQuads(null, null, null, null);
    expect(quads.some((q) => q.predicate.value === `${NS.ng}cameoCode`)).toBe(true);
    expect(await validateShacl(shapes(), quads)).toEqual([]);
  });
  it.each(articleFiles().map((f) => [f.split('/').pop()!, f]))('%s conforms to the shapes', async (_name, file) => {
    const quads = buildGraph([loadArticle(file)], { base: BASE }).store.getQuads(null, null, null, null);
    expect(quads.some((q) => q.predicate.value === `${NS.ng}cameoCode`)).toBe(true);
    expect(await validateShacl(shapes(), quads)).toEqual([]);
  });
  it('a broken graph is caught (the gate gates)', async () => {
    const quads = seedGraph().store.getQuads(null, null, null, null).filter((q) => q.predicate.value !== `${NS.ng}cameoCode`);
    expect((await validateShacl(shapes(), quads)).length).toBeGreaterThan(0);
  });
});

describe('lexicon and ontology agree', () => {
  it('declares every fact predicate named in data/lexicon/events.json', async () => {
    const { triggers } = (await import('../data/lexicon/events.json', { with: { type: 'json' } })).default as { triggers: { predicate?: string; intentPredicate?: string }[] };
    const onto = parseRdf(readFileSync(ONTOLOGY, 'utf8'));
    const declared = new Set(onto.filter((q) => q.predicate.value === `${NS.rdf}type`).map((q) => q.subject.value));
    const named = new Set(triggers.flatMap((t) => [t.predicate, t.intentPredicate]).filter((p): p is string => !!p));
    expect(named).toContain('negotiatedWith');
    expect([...named].filter((p) => !declared.has(NS.ng + p))).toEqual([]);
  });
});
