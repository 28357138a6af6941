// The server's explorer index reads a CompactStore instead of n3's Store (issue 16, for memory). Its
// answers must be n3's, in n3's order, or the index would differ from what the dataset worker computes:
// every read pattern is compared term by term, and the index made from each store byte for byte.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Store, termToId } from 'n3';
import type { Term as N3Term } from 'n3';
import type { Term } from '@rdfjs/types';
import { buildGraph } from '../src/build.js';
import { readInputs } from '../src/io/read-inputs.js';
import { serialize } from '../src/rdf/serialize.js';
import { CompactStore } from '../src/rdf/compact-store.js';
import type { OTerm } from '../src/rdf/compact-store.js';
import { parseInto } from '../src/explorer/extract/quads.js';
import { buildDataset } from '../src/explorer/data/dataset.js';
import '../src/cli/webgl-constants.js';
import { indexDataset } from '../src/cli/serve-index.js';

const BASE = 'https://w3id.org/newsgraph/data/';

/** Two named graphs sharing terms, duplicate quads, the default graph, literals of each kind, a blank node. */
const TRIG = `@prefix ex: <http://ex/> .
ex:a ex:p ex:b, "x", "x"@en, 3 .
ex:d ex:p ex:a, "x"^^<http://www.w3.org/2001/XMLSchema#string> .
ex:g1 { ex:b ex:p ex:a . ex:a ex:p ex:b . ex:a ex:q "y" . _:n ex:p ex:a . }
ex:g2 { ex:a ex:p ex:b . ex:c ex:q ex:a . ex:a ex:p ex:b . }
ex:g1 { ex:c ex:p ex:b . }
`;

async function both(text: string, name: string): Promise<[Store, CompactStore, Record<string, string>]> {
  const n3 = new Store();
  const compact = new CompactStore();
  const { prefixes } = await parseInto(n3, text, name, Infinity);
  await parseInto(compact, text, name, Infinity);
  return [n3, compact, prefixes];
}

const ids = (ts: Iterable<Term>) => [...ts].map((t) => termToId(t as N3Term));
const quadIds = (qs: Iterable<{ subject: Term; predicate: Term; object: Term; graph: Term }>) => [...qs].map((q) => [q.subject, q.predicate, q.object, q.graph].map((t) => termToId(t as N3Term)).join(' | '));

function comparePatterns(n3: Store, compact: CompactStore, sample: OTerm[]): number {
  let checked = 0;
  const a = n3 as unknown as CompactStore;
  for (const s of sample)
    for (const p of sample)
      for (const o of sample) {
        for (const g of [null, '', ...sample.slice(0, 3)]) {
          expect(quadIds(compact.getQuads(s, p, o, g)), `quads ${String(s)} ${String(p)} ${String(o)} ${String(g)}`).toEqual(quadIds(a.getQuads(s, p, o, g)));
          expect(compact.countQuads(s, p, o, g)).toBe(a.countQuads(s, p, o, g));
          checked++;
        }
        expect(ids(compact.getSubjects(p, o, null)), `subjects ${String(p)} ${String(o)}`).toEqual(ids(a.getSubjects(p, o, null)));
        expect(ids(compact.getObjects(s, p, null)), `objects ${String(s)} ${String(p)}`).toEqual(ids(a.getObjects(s, p, null)));
        expect(ids(compact.getPredicates(s, o, null)), `predicates ${String(s)} ${String(o)}`).toEqual(ids(a.getPredicates(s, o, null)));
      }
  expect(quadIds(compact.match(null, null, null, null))).toEqual(quadIds(n3.match(null, null, null, null)));
  return checked;
}

describe('CompactStore answers as n3 Store does', () => {
  it('on named graphs, duplicates, literals and blank nodes', async () => {
    const [n3, compact] = await both(TRIG, 'g.trig');
    expect(compact.size).toBe(n3.size);
    const sample: OTerm[] = [null, ...new Set([...n3.getSubjects(null, null, null), ...n3.getObjects(null, null, null), ...n3.getPredicates(null, null, null), ...n3.getGraphs(null, null, null)].filter((t) => t.termType !== 'DefaultGraph'))];
    sample.push('http://ex/a', '"x"@en', 'http://ex/nope', '_:nope');
    expect(comparePatterns(n3, compact, sample)).toBeGreaterThan(1000);
    expect(ids(compact.getSubjects(null, null, 'http://ex/g1'))).toEqual(ids(n3.getSubjects(null, null, 'http://ex/g1')));
  });

  it('on the bundled articles\' graph, and the explorer index made from it is byte for byte the same', async () => {
    const { articles } = await readInputs(['data/articles']);
    const { store } = buildGraph(articles, { base: BASE });
    const text = await serialize(store.getQuads(null, null, null, null), 'ttl', BASE);
    const [n3, compact, prefixes] = await both(text, 'g.ttl');
    expect(compact.size).toBe(n3.size);
    const subjects = n3.getSubjects(null, null, null);
    const sample: OTerm[] = [null, ...n3.getPredicates(null, null, null).slice(0, 6), ...subjects.slice(0, 6), ...subjects.slice(-3), ...n3.getObjects(null, null, null).slice(-4)];
    comparePatterns(n3, compact, sample);
    const fromN3 = buildDataset(n3, { prefixes, sources: ['g.ttl'] });
    // The same version: it is part of the snapshot (a fresh child process always has the first one).
    const fromCompact = { ...buildDataset(compact, { prefixes, sources: ['g.ttl'] }), version: fromN3.version };
    // The n3 store's index in memory, as the tests and the in-process server make it; the compact store's
    // written to a file as it is made, as the index child makes it.
    const dir = mkdtempSync(join(tmpdir(), 'newsgraph-compact-'));
    try {
      const x = indexDataset(fromN3);
      const y = indexDataset(fromCompact, join(dir, 'entries.json'));
      expect(x.nodes.ids.length).toBeGreaterThan(100);
      expect(Buffer.from(y.overview).equals(Buffer.from(x.overview))).toBe(true);
      expect(y.nodes.ids).toEqual(x.nodes.ids);
      expect(y.articles.ids).toEqual(x.articles.ids);
      const nodeBytes = x.nodes.body!.length;
      expect([...y.nodes.offsets]).toEqual([...x.nodes.offsets]);
      expect([...y.articles.offsets]).toEqual([...x.articles.offsets].map((o) => o + nodeBytes));
      expect(readFileSync(y.file!).equals(Buffer.concat([x.nodes.body!, x.articles.body!]))).toBe(true);
      expect(y.etag).toBe(x.etag);
      expect(indexDataset(fromCompact).etag).toBe(x.etag);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);

  it('the generic projection (RDF that newsgraph did not make) is the same from both stores', async () => {
    const [n3, compact, prefixes] = await both(TRIG, 'g.trig');
    const fromN3 = buildDataset(n3, { prefixes, sources: ['g.trig'] });
    const fromCompact = { ...buildDataset(compact, { prefixes, sources: ['g.trig'] }), version: fromN3.version };
    expect(fromN3.generic).toBe(true);
    expect(indexDataset(fromCompact).etag).toBe(indexDataset(fromN3).etag);
  });
});
