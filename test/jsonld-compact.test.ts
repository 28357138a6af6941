/**
 * Streamed JSON-LD compacts each article's node objects from term maps of the fixed context
 * (src/rdf/jsonld-compact.ts) instead of running jsonld.fromRDF and jsonld.compact per article. These
 * tests hold it to jsonld's own output, byte for byte: the articles of data/ under two bases, and
 * made-up graphs for each way jsonld picks a key or a value's form; graphs the term maps do not cover
 * go to jsonld itself and must still come out the same.
 */
import { DataFactory, Parser } from 'n3';
import type { Quad } from '@rdfjs/types';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildFragment } from '../src/corpus/fragment.js';
import { defaultKnowledge } from '../src/knowledge/index.js';
import { canonicalOrder } from '../src/rdf/canonical.js';
import { FixedContextCompactor } from '../src/rdf/jsonld-compact.js';
import { jsonLdNodes, jsonLdNodesByJsonld, jsonldContext } from '../src/rdf/jsonld.js';
import { NS } from '../src/rdf/vocabulary.js';
import { readInputs } from '../src/io/read-inputs.js';
import type { Article } from '../src/input/types.js';
import { ARTICLES_DIR, BASE } from './helpers/graphs.js';

const { namedNode: iri, literal, quad, blankNode } = DataFactory;
const OTHER_BASE = 'http://example.org/kg/';

/** Each article's triples as a streamed JSON-LD build has them: out of the article's graph, in canonical order. */
function articleTriples(articles: Article[], base: string): Quad[][] {
  const kb = defaultKnowledge();
  return articles.map((a) => {
    const f = buildFragment(a, kb, { base });
    const lines = f.nquads.replaceAll(` <${base}graph/${f.slug}> .\n`, ' .\n');
    return canonicalOrder(new Parser({ format: 'application/n-quads' }).parse(lines), true);
  });
}

async function expectSameAsJsonld(triples: Quad[], base = BASE): Promise<void> {
  const reference = (await jsonLdNodesByJsonld(triples, base)).map((n) => `    ${JSON.stringify(n)}`);
  expect(await jsonLdNodes(triples, base)).toEqual(reference);
}

let articles: Article[] = [];
beforeAll(async () => {
  articles = (await readInputs([ARTICLES_DIR])).articles;
});

describe('JSON-LD node objects from the fixed context\'s term maps', () => {
  it('are jsonld\'s, byte for byte, for every article of data/, under the default base and another', async () => {
    for (const base of [BASE, OTHER_BASE]) {
      const compactor = new FixedContextCompactor(jsonldContext(base));
      for (const triples of articleTriples(articles, base)) {
        // The articles take the term maps, not the fallback.
        expect(compactor.compact(triples)).toBeDefined();
        await expectSameAsJsonld(triples, base);
      }
    }
  }, 120_000);

  it('pick jsonld\'s key and value form for each kind of value', async () => {
    const s = iri(`${BASE}entity/a`);
    const t = iri(`${BASE}event/e-1-2`);
    const xsd = (local: string) => iri(`${NS.xsd}${local}`);
    const triples = canonicalOrder(
      [
        quad(s, iri(`${NS.rdf}type`), iri(`${NS.schema}Person`)),
        quad(s, iri(`${NS.rdf}type`), iri(`${NS.ng}Entity`)),
        // A class IRI that is a prefix's namespace itself, and one under no prefix.
        quad(t, iri(`${NS.rdf}type`), iri(NS.ng)),
        quad(t, iri(`${NS.rdf}type`), iri('http://other.example/Thing')),
        // rdf:type with a literal stays a property.
        quad(t, iri(`${NS.rdf}type`), literal('not a class')),
        // String term: plain, language-tagged and typed values.
        quad(s, iri(`${NS.rdfs}label`), literal('Alice "A" \\ ☃')),
        quad(s, iri(`${NS.rdfs}label`), literal('Alicia', 'es')),
        quad(s, iri(`${NS.rdfs}label`), literal('2020-01-01', xsd('date'))),
        // Typed term: the matching datatype is coerced, another is not.
        quad(t, iri(`${NS.ng}certainty`), literal('1.00', xsd('decimal'))),
        quad(t, iri(`${NS.ng}certainty`), literal('1', xsd('integer'))),
        quad(t, iri(`${NS.ng}certainty`), literal('plain')),
        // IRI term: IRIs coerced, a literal takes the compact IRI.
        quad(t, iri(`${NS.ng}agent`), s),
        quad(t, iri(`${NS.ng}agent`), iri('https://sws.geonames.org/1/')),
        quad(t, iri(`${NS.ng}agent`), literal('someone')),
        // No term: node references and literals under compact IRIs, and an IRI under no prefix at all.
        quad(s, iri(`${NS.ng}called`), t),
        quad(s, iri('http://other.example/p'), iri(`${NS.wd}Q1`)),
        quad(s, iri('http://other.example/p'), literal('x', xsd('string'))),
        quad(s, iri(`${NS.sem}hasTimeStamp`), literal('2020', xsd('gYear'))),
        quad(iri('https://sws.geonames.org/1/'), iri(`${NS.schema}name`), literal('Somewhere')),
      ] as Quad[],
      true,
    );
    expect(new FixedContextCompactor(jsonldContext(BASE)).compact(triples)).toBeDefined();
    await expectSameAsJsonld(triples);
    // One node: jsonld gives the node itself rather than a @graph.
    await expectSameAsJsonld(triples.filter((q) => q.subject.equals(s)));
  });

  it('leave blank nodes, lists and JSON literals to jsonld, with the same output', async () => {
    const s = iri(`${BASE}entity/a`);
    const p = iri(`${NS.ng}p`);
    const b = blankNode('b0');
    const cases: Quad[][] = [
      [quad(s, p, b), quad(b, iri(`${NS.rdfs}label`), literal('inner'))] as Quad[],
      [quad(s, p, b), quad(b, iri(`${NS.rdf}first`), literal('1')), quad(b, iri(`${NS.rdf}rest`), iri(`${NS.rdf}nil`))] as Quad[],
      [quad(s, p, literal('{"a":1}', iri(`${NS.rdf}JSON`)))] as Quad[],
    ];
    const compactor = new FixedContextCompactor(jsonldContext(BASE));
    for (const triples of cases) {
      const ordered = canonicalOrder(triples, true);
      expect(compactor.compact(ordered)).toBeUndefined();
      await expectSameAsJsonld(ordered);
    }
  });
});
