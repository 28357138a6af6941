/**
 * Issue 17, "every format streams": Turtle, TriG and JSON-LD are written article by article (subjects
 * grouped within the article, one n3 Writer or one JSON-LD `@graph` for the whole file) once a build is
 * not small, and each parses to the same triples as the N-Triples; small builds and --in-memory keep
 * the global canonical order (byte-identical to `serialize`, test/corpus.test.ts).
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { termToId } from 'n3';
import type { Quad, Term } from '@rdfjs/types';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SMALL_BUILD_BYTES, streams } from '../src/corpus/build-corpus.js';
import { buildFragment } from '../src/corpus/fragment.js';
import type { Fragment } from '../src/corpus/fragment.js';
import { openSink } from '../src/corpus/sinks.js';
import { defaultKnowledge } from '../src/knowledge/index.js';
import { parseAny, type RdfFormat } from '../src/rdf/serialize.js';
import { readInputs } from '../src/io/read-inputs.js';
import { ARTICLES_DIR, BASE } from './helpers/graphs.js';

const dir = mkdtempSync(join(tmpdir(), 'newsgraph-streamed-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let fragments: Fragment[] = [];
beforeAll(async () => {
  const { articles } = await readInputs([ARTICLES_DIR]);
  const kb = defaultKnowledge();
  // Twice each article's fragment under another id: shared nodes (entities, offices) recur across articles.
  fragments = [...articles, ...articles.map((a) => ({ ...a, id: `${a.id}-again` }))].map((a) => buildFragment(a, kb, { base: BASE }));
});

async function write(format: RdfFormat, contextUrl?: string): Promise<{ text: string; triples: number }> {
  const output = join(dir, `g${contextUrl ? '-url' : ''}.${format}`);
  const sink = await openSink({ output, format, base: BASE, canonical: false, ...(contextUrl ? { jsonLd: { contextUrl } } : {}) });
  expect(sink.streamed).toBe(true);
  for (const f of fragments) await sink.add(f);
  const triples = await sink.commit();
  return { text: readFileSync(output, 'utf8'), triples };
}

const id = termToId as (t: Term) => string;
const key = (q: Quad) => `${id(q.subject)} ${id(q.predicate)} ${id(q.object)}`;
const tripleSet = (quads: Quad[]) => new Set(quads.map(key));

describe('streamed formats', () => {
  it('stream above the small-build size, unless --in-memory', () => {
    for (const f of ['ttl', 'trig', 'jsonld'] as const) {
      expect(streams(f, false, SMALL_BUILD_BYTES - 1)).toBe(false);
      expect(streams(f, false, SMALL_BUILD_BYTES)).toBe(true);
      expect(streams(f, true, SMALL_BUILD_BYTES * 100)).toBe(false);
    }
    expect(streams('nq', false, 1)).toBe(true);
  });

  it('Turtle, TriG and JSON-LD parse to the same triples as N-Triples; TriG and N-Quads to the same quads', async () => {
    const nt = await write('nt');
    const expected = tripleSet(await parseAny(nt.text, 'nt'));
    expect(expected.size).toBe(nt.triples);
    for (const format of ['ttl', 'trig', 'jsonld'] as const) {
      const out = await write(format);
      const quads = await parseAny(out.text, format);
      expect(tripleSet(quads), format).toEqual(expected);
      if (format !== 'trig') expect(out.triples, format).toBe(expected.size);
    }
    const nq = await write('nq');
    const trig = await write('trig');
    const quadKeys = async (text: string, f: RdfFormat) => new Set((await parseAny(text, f)).map((q) => `${key(q)} ${id(q.graph)}`));
    expect(await quadKeys(trig.text, 'trig')).toEqual(await quadKeys(nq.text, 'nq'));
    expect(trig.triples).toBe(nq.triples);
  });

  it('Turtle groups each subject within an article: one block per subject and article', async () => {
    const ttl = (await write('ttl')).text;
    const blocks = ttl.split('\n').filter((l) => /^\S/.test(l) && !l.startsWith('@prefix'));
    // An article's own nodes (its events, mentions) are subjects of one block each.
    const starts = blocks.map((l) => l.split(' ')[0]).filter((s) => s?.includes('-again') && !s.startsWith('ent:'));
    expect(starts.length).toBeGreaterThan(20);
    expect(new Set(starts).size).toBe(starts.length);
  });

  it('JSON-LD is one document with the published context and one @graph of node objects', async () => {
    const doc = JSON.parse((await write('jsonld')).text) as Record<string, unknown>;
    expect(Object.keys(doc)).toEqual(['@context', '@graph']);
    expect((doc['@graph'] as unknown[]).length).toBeGreaterThan(fragments.length);
    const byUrl = JSON.parse((await write('jsonld', 'https://w3id.org/newsgraph/context.jsonld')).text) as Record<string, unknown>;
    expect(byUrl['@context']).toBe('https://w3id.org/newsgraph/context.jsonld');
    expect(tripleSet(await parseAny(JSON.stringify(byUrl), 'jsonld'))).toEqual(tripleSet(await parseAny(JSON.stringify(doc), 'jsonld')));
  });
});
