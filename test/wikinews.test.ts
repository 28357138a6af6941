import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildGraph, parseJsonl, parseRdf, serialize } from '../src/index.js';
import { BASE } from './helpers/graphs.js';
import { SHARED } from '../scripts/shared-dir.js';

// Real news: the Wikinews corpus beside the repository (CC BY 2.5, see its README). Skipped where it is absent.
const CORPUS = join(SHARED, 'corpus/wikinews/wikinews.jsonl');
const present = existsSync(CORPUS);
if (!present) console.warn(`skipping Wikinews tests: ${CORPUS} not found`);

describe.skipIf(!present)('Wikinews corpus (334 real articles)', () => {
  it('builds without a crash into Turtle that re-parses to the same triples', async () => {
    const { articles, errors } = parseJsonl(readFileSync(CORPUS, 'utf8'), CORPUS);
    expect(errors).toEqual([]);
    expect(articles.length).toBe(334);
    const r = buildGraph(articles, { base: BASE });
    expect(r.stats.entities).toBeGreaterThan(500);
    expect(r.stats.events).toBeGreaterThan(500);
    const quads = r.store.getQuads(null, null, null, null);
    const ttl = await serialize(quads, 'ttl', BASE);
    expect(parseRdf(ttl).length).toBe(quads.length);
  }, 180_000);
});
