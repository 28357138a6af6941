/**
 * The canonical order (src/rdf/canonical.ts) against the definition it replaced: one string key per
 * quad (graph, subject, predicate, object type, value, datatype + language), sorted, duplicates dropped.
 * Same result for any input order, and for RDF/JS terms that are not n3's.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DataFactory } from 'n3';
import type { Quad, Term } from '@rdfjs/types';
import { canonicalQuads } from '../../src/rdf/canonical.js';
import { runs } from './settings.js';

const { namedNode, blankNode, literal, quad, defaultGraph } = DataFactory;
const X = 'http://x.org/';
// Values that are prefixes of one another, and every term type, to catch a key that sorts differently.
const iris = ['', 'a', 'a/b', 'ab', 'b', 'é'].map((s) => namedNode(X + s));
const blanks = ['b0', 'b1', 'c'].map((s) => blankNode(s));
const literals = ['', 'a', 'a b', 'ab', '"q"', 'é'].flatMap((v) => [literal(v), literal(v, 'en'), literal(v, 'fr'), literal(v, namedNode(`${X}dt`)), literal(v, namedNode(`${X}dt2`))]);
const term = <T>(xs: T[]) => fc.constantFrom(...xs);
const quadArb = fc.tuple(term([...iris, ...blanks]), term(iris.slice(0, 4)), term([...iris, ...blanks, ...literals]), term([defaultGraph(), ...iris.slice(0, 2)])).map(([s, p, o, g]) => quad(s, p, o, g) as Quad);

/** The old definition, written out. */
function reference(quads: Quad[], merge: boolean): string[] {
  const key = (q: Quad) => `${merge ? '' : q.graph.value}\u0000${q.subject.value}\u0000${q.predicate.value}\u0000${q.object.termType}\u0000${q.object.value}\u0000${q.object.termType === 'Literal' ? q.object.datatype.value + q.object.language : ''}`;
  const byKey = new Map<string, Quad>();
  for (const q of quads) byKey.set(`${key(q)}\u0000${q.subject.termType}\u0000${merge ? '' : q.graph.termType}`, q);
  return [...byKey.entries()].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)).map(([, q]) => line(q, merge));
}
const id = (t: Term): string => (t.termType === 'Literal' ? `"${t.value}"@${t.language}^^${t.datatype.value}` : `${t.termType}:${t.value}`);
const line = (q: Quad, merge: boolean) => `${id(q.subject)} ${id(q.predicate)} ${id(q.object)} ${merge ? '' : id(q.graph)}`;

/** The same term as a plain RDF/JS object, not an n3 Term. */
function plain(t: Term): Term {
  const base = { termType: t.termType, value: t.value, equals: (o: Term | null | undefined) => !!o && id(o) === id(t) };
  return (t.termType === 'Literal' ? { ...base, language: t.language, direction: '', datatype: plain(t.datatype) } : base) as Term;
}
const plainQuad = (q: Quad) => ({ termType: 'Quad', value: '', subject: plain(q.subject), predicate: plain(q.predicate), object: plain(q.object), graph: plain(q.graph), equals: () => false }) as unknown as Quad;

describe('canonical order', () => {
  it('equals the sorted string keys, whatever the input order and term implementation', () => {
    fc.assert(
      fc.property(fc.array(quadArb, { maxLength: 60 }), fc.boolean(), (qs, merge) => {
        const want = reference(qs, merge);
        expect(canonicalQuads(qs, merge).map((q) => line(q, merge))).toEqual(want);
        expect(canonicalQuads([...qs].reverse(), merge).map((q) => line(q, merge))).toEqual(want);
        expect(canonicalQuads(qs.map(plainQuad), merge).map((q) => line(q, merge))).toEqual(want);
      }),
      runs('input'),
    );
  });

  it('puts merged quads in the default graph', () => {
    const out = canonicalQuads([quad(iris[0]!, iris[1]!, iris[2]!, iris[3]!) as Quad, quad(iris[0]!, iris[1]!, iris[2]!) as Quad], true);
    expect(out).toHaveLength(1);
    expect(out[0]!.graph.termType).toBe('DefaultGraph');
  });
});
