/**
 * Issue 17: `serve` takes every RDF format `build` writes (ttl, nt, nq, trig, jsonld), as the explorer's
 * "Open RDF…" does: each graph it serves parses with the explorer's own parser (by file name) to the
 * triples of the N-Triples build.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { termToId } from 'n3';
import type { Quad, Term } from '@rdfjs/types';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCorpus } from '../src/corpus/build-corpus.js';
import { graphsFor } from '../src/cli/serve-command.js';
import { parseText } from '../src/explorer/extract/quads.js';
import { RDF_FORMATS } from '../src/rdf/serialize.js';
import { ARTICLES_DIR, BASE } from './helpers/graphs.js';
import { cliInProcess } from './helpers/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'newsgraph-serve-formats-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
beforeAll(async () => {
  for (const format of RDF_FORMATS) await buildCorpus([ARTICLES_DIR], { output: join(dir, `g.${format}`), format, base: BASE, jobs: 1 });
}, 120_000);

const id = termToId as (t: Term) => string;
const triples = (quads: Quad[]) => new Set(quads.map((q) => `${id(q.subject)} ${id(q.predicate)} ${id(q.object)}`));

describe('serve: every format build writes', () => {
  it('serves each so that the explorer parses it to the same triples', async () => {
    const flags = { port: '0', host: '127.0.0.1', base: BASE };
    const explorerReads = async (file: string) => {
      const { graphs } = await graphsFor([file], flags);
      expect(graphs).toHaveLength(1);
      const g = graphs[0]!;
      return triples(parseText(Buffer.from(g.text).toString('utf8'), g.name, 10_000_000).quads);
    };
    const expected = await explorerReads(join(dir, 'g.nt'));
    expect(expected.size).toBeGreaterThan(1000);
    for (const format of RDF_FORMATS) expect(await explorerReads(join(dir, `g.${format}`)), format).toEqual(expected);
  });

  it('JSON-LD is served as N-Quads named after the file; a broken file is one line', async () => {
    const { graphs } = await graphsFor([join(dir, 'g.jsonld')], { port: '0', host: '127.0.0.1', base: BASE });
    expect(graphs.map((g) => [g.name, g.format])).toEqual([['g.jsonld.nq', 'nq']]);
    const bad = join(dir, 'bad.jsonld');
    (await import('node:fs')).writeFileSync(bad, '{"@graph": [');
    const r = await cliInProcess('serve', bad, '--port', '0');
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^cli: .*bad\.jsonld: not valid JSON-LD: .*\n$/);
  });
});
