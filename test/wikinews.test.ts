import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildGraph, parseJsonl, parseRdf, serialize, NS } from '../src/index.js';
import { BASE, ENT } from './helpers/graphs.js';
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
    // Values from three articles, each checked by hand against its sentence (data/dev/wikinews-fact-judgements.json).
    const has = (s: string, p: string, o: string) => r.store.getQuads(ENT + s, p, o, null).length > 0;
    expect(has('donald-trump', `${NS.owl}sameAs`, `${NS.wd}Q22686`)).toBe(true);
    expect(has('magnitogorsk', `${NS.schema}containedInPlace`, `${ENT}russia`)).toBe(true);
    expect(has('magnitogorsk', `${NS.rdf}type`, `${NS.schema}City`)).toBe(true);
    expect(has('donald-trump', `${NS.ng}congratulated`, `${ENT}nancy-pelosi`)).toBe(true);
    // A news outlet is the channel of what is said, not its addressee (issue #15): no "told AFP" fact.
    expect(has('tomasz-kubiak', `${NS.ng}told`, `${ENT}agence-france-presse`)).toBe(false);
    const quads = r.store.getQuads(null, null, null, null);
    const ttl = await serialize(quads, 'ttl', BASE);
    expect(parseRdf(ttl).length).toBe(quads.length);
  }, 180_000);
});
