/**
 * Properties of the graph over generated articles with hostile text and metadata
 * (test/properties/generators.ts): the output re-parses (Turtle and N-Triples) to the same quads,
 * `nif:anchorOf` equals the text at its offsets, the same input gives the same bytes, and (fewer
 * runs: it is expensive) the graph passes the SHACL shapes.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Quad } from '@rdfjs/types';
import { NS, buildGraph, defaultKnowledge, parseRdf, serialize } from '../../src/index.js';
import type { Article } from '../../src/index.js';
import { validateShacl } from '../../src/validate/shacl.js';
import { article } from './generators.js';
import { runs } from './settings.js';

const kb = defaultKnowledge();
const BASE = 'https://example.org/kg/';
const SHAPES = parseRdf(readFileSync(join(import.meta.dirname, '../../ontology/shapes.ttl'), 'utf8'));

const quadsOf = (a: Article) => buildGraph([a], { base: BASE, knowledge: kb }).store.getQuads(null, null, null, null) as Quad[];

/** nif:anchorOf values that differ from the article text at the node's nif:beginIndex/endIndex. */
function anchorProblems(quads: Quad[], text: string): string[] {
  const begin = new Map<string, number>();
  const end = new Map<string, number>();
  for (const q of quads) {
    if (q.predicate.value === `${NS.nif}beginIndex`) begin.set(q.subject.value, Number(q.object.value));
    if (q.predicate.value === `${NS.nif}endIndex`) end.set(q.subject.value, Number(q.object.value));
  }
  const bad: string[] = [];
  for (const q of quads) {
    if (q.predicate.value !== `${NS.nif}anchorOf`) continue;
    const s = begin.get(q.subject.value);
    const e = end.get(q.subject.value);
    if (s === undefined || e === undefined || !(0 <= s && s <= e && e <= text.length)) bad.push(`${q.subject.value}: offsets ${s},${e}`);
    else if (text.slice(s, e) !== q.object.value) bad.push(`${q.subject.value}: ${JSON.stringify(q.object.value)} ≠ ${JSON.stringify(text.slice(s, e))}`);
  }
  return bad;
}

/** Quads as comparable strings (n3 terms compare by value, type, datatype and language). */
const keys = (qs: Quad[]) => qs.map((q) => `${q.subject.termType}|${q.subject.value}|${q.predicate.value}|${q.object.termType}|${q.object.value}|${q.object.termType === 'Literal' ? `${q.object.datatype.value}|${q.object.language}` : ''}`).sort();

describe('graph properties', () => {
  it('re-parses (Turtle, N-Triples) to the same quads; anchors match the text; same input → same bytes', async () => {
    await fc.assert(
      fc.asyncProperty(article, async (a) => {
        const quads = quadsOf(a);
        const ttl = await serialize(quads, 'ttl', BASE);
        const nt = await serialize(quads, 'nt', BASE);
        const fromTtl = parseRdf(ttl);
        expect(keys(fromTtl)).toEqual(keys(quads));
        expect(keys(parseRdf(nt, 'nt'))).toEqual(keys(quads));
        expect(anchorProblems(fromTtl, a.text)).toEqual([]);
        for (const q of fromTtl) {
          if (q.predicate.value === `${NS.schema}url`) expect(q.object.value).toMatch(/^https?:\/\/[^\s<>"{}|\\^`]+$/);
          for (const t of [q.subject, q.predicate, q.object]) if (t.termType === 'NamedNode') expect(() => new URL(t.value)).not.toThrow();
        }
        // Determinism: a second build of the same article gives the same bytes.
        expect(await serialize(quadsOf({ ...a }), 'ttl', BASE)).toBe(ttl);
      }),
      runs('rdf'),
    );
  }, 300_000);

  it('passes the SHACL shapes', async () => {
    await fc.assert(
      fc.asyncProperty(article, async (a) => {
        const quads = parseRdf(await serialize(quadsOf(a), 'ttl', BASE));
        // Every article is at least a typed node, so the shapes have something to check.
        expect(quads.some((q) => q.predicate.value === `${NS.rdf}type`)).toBe(true);
        expect(await validateShacl(SHAPES, quads)).toEqual([]);
      }),
      runs('shacl'),
    );
  }, 300_000);
});
