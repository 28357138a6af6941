/**
 * Issue 17, "an article's graph depends on that article alone": no module-level, knowledge-base or
 * cache state may be changed by one article and read by another. The audit of every such place is in
 * docs/scale.md ("Extraction state per article"). These tests compare an article's quads
 * - extracted in a fresh module graph (vi.resetModules: every module-level cache and the NLP engine new)
 *   against the same article after 100 others in one process;
 * - in corpus builds with other input orders and worker counts (a fast-check property);
 * - from a cached re-run against a clean build.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it, vi } from 'vitest';
import type { Article } from '../src/input/types.js';
import { buildCorpus } from '../src/corpus/build-corpus.js';
import { nquadsByGraph } from '../src/corpus/nquads-by-graph.js';
import { BASE } from './helpers/graphs.js';
import { readWikinews, wikinewsPath } from './helpers/wikinews.js';

const CORPUS = wikinewsPath();
const dir = mkdtempSync(join(tmpdir(), 'newsgraph-isolation-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** One article's N-Quads from a module graph loaded afresh, after `before` in the same module graph. */
async function freshExtraction(target: Article[], before: Article[]): Promise<string[]> {
  vi.resetModules();
  const { buildFragment } = await import('../src/corpus/fragment.js');
  const { defaultKnowledge } = await import('../src/knowledge/index.js');
  const kb = defaultKnowledge();
  for (const a of before) buildFragment(a, kb, { base: BASE });
  return target.map((a) => buildFragment(a, kb, { base: BASE }).nquads);
}

/** The lines of each article's named graph, by graph IRI. */
describe.skipIf(!CORPUS)('extraction state per article (Wikinews)', () => {
  const articles = CORPUS ? readWikinews(CORPUS) : [];

  it('one article extracted fresh gives the same quads as after 100 others', async () => {
    // Targets spread over the corpus; the 100 others come from everywhere else (and include Trump, Putin, …).
    const targets = [articles[3], articles[150], articles[333]].filter((a): a is Article => !!a);
    const others = articles.filter((a) => !targets.includes(a)).filter((_, i) => i % 3 === 0).slice(0, 100);
    expect(others).toHaveLength(100);
    const fresh = await Promise.all(targets.map(async (t) => (await freshExtraction([t], []))[0]));
    const after = await freshExtraction(targets, others);
    // Run twice over the same module graph too: the second pass reads whatever the first one left.
    const again = await freshExtraction([...targets, ...targets], [...others, ...targets]);
    expect(after).toEqual(fresh);
    expect(again).toEqual([...fresh, ...fresh]);
  }, 120_000);

  it('leaves the knowledge base as it found it', async () => {
    vi.resetModules();
    const { buildFragment } = await import('../src/corpus/fragment.js');
    const { defaultKnowledge } = await import('../src/knowledge/index.js');
    const kb = defaultKnowledge();
    const before = fingerprint(kb);
    for (const a of articles.slice(0, 60)) buildFragment(a, kb, { base: BASE });
    expect(fingerprint(kb)).toBe(before);
  }, 120_000);

  it('a corpus built in other orders and with 1 or 2 workers gives every article the same quads', async () => {
    const sample = articles.filter((_, i) => i % 17 === 0); // 20 articles
    const input = join(dir, 'base.jsonl');
    writeCorpus(input, sample);
    await buildCorpus([input], { output: join(dir, 'base.nq'), format: 'nq', base: BASE, jobs: 1 });
    const expected = nquadsByGraph(readFileSync(join(dir, 'base.nq'), 'utf8'));
    let run = 0;
    await fc.assert(
      fc.asyncProperty(fc.shuffledSubarray(sample, { minLength: sample.length }), fc.constantFrom(1, 2), async (order, jobs) => {
        const i = run++;
        writeCorpus(join(dir, `in-${i}.jsonl`), order);
        await buildCorpus([join(dir, `in-${i}.jsonl`)], { output: join(dir, `out-${i}.nq`), format: 'nq', base: BASE, jobs });
        const got = nquadsByGraph(readFileSync(join(dir, `out-${i}.nq`), 'utf8'));
        expect([...got.keys()].sort()).toEqual([...expected.keys()].sort());
        for (const [g, lines] of expected) expect(got.get(g), g).toEqual(lines);
      }),
      { numRuns: 4, seed: 17, examples: [[[...sample].reverse(), 2]] },
    );
  }, 300_000);

  it('a cached re-run gives the bytes of a clean build', async () => {
    const sample = articles.filter((_, i) => i % 11 === 0);
    const input = join(dir, 'cached.jsonl');
    writeCorpus(input, sample.slice(0, 20));
    const cache = join(dir, 'cache');
    await buildCorpus([input], { output: join(dir, 'first.nq'), format: 'nq', base: BASE, jobs: 1, cacheDir: cache });
    // Half the articles now come from the cache, extracted in another run after other articles.
    writeCorpus(input, [...sample.slice(10)].reverse());
    const s = await buildCorpus([input], { output: join(dir, 'cached.nq'), format: 'nq', base: BASE, jobs: 1, cacheDir: cache });
    expect(s.reused).toBe(10);
    await buildCorpus([input], { output: join(dir, 'clean.nq'), format: 'nq', base: BASE, jobs: 1 });
    expect(readFileSync(join(dir, 'cached.nq'), 'utf8')).toBe(readFileSync(join(dir, 'clean.nq'), 'utf8'));
  }, 180_000);
});

function writeCorpus(path: string, list: Article[]): void {
  writeFileSync(path, `${list.map(({ origin: _origin, ...record }) => JSON.stringify(record)).join('\n')}\n`);
}

/** A digest of everything reachable from an object, Maps and Sets included (key order as inserted). */
function fingerprint(root: unknown): string {
  const seen = new Set<unknown>();
  let h = 0;
  const mix = (s: string) => {
    for (let i = 0; i < s.length; i++) h = (Math.imul(h, 31) + s.charCodeAt(i)) | 0;
  };
  const walk = (v: unknown): void => {
    if (v === null || typeof v !== 'object') {
      mix(`${typeof v}:${String(v)};`);
      return;
    }
    if (seen.has(v)) {
      mix('@;');
      return;
    }
    seen.add(v);
    if (v instanceof Map) {
      mix(`M${v.size}{`);
      for (const [k, x] of v) {
        walk(k);
        walk(x);
      }
    } else if (v instanceof Set) {
      mix(`S${v.size}{`);
      for (const x of v) walk(x);
    } else {
      for (const k of Object.keys(v)) {
        mix(`${k}=`);
        walk((v as Record<string, unknown>)[k]);
      }
    }
    mix('}');
  };
  walk(root);
  return `${h}:${seen.size}`;
}
