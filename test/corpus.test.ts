import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildGraph, parseRdf, serialize } from '../src/index.js';
import { buildCorpus } from '../src/corpus/build-corpus.js';
import type { CorpusBuildOptions } from '../src/corpus/build-corpus.js';
import { generateCorpus } from '../src/corpus/generate.js';
import { inShard, parseShard } from '../src/corpus/shard.js';
import { ProgressBar } from '../src/corpus/progress.js';
import { readInputs } from '../src/io/read-inputs.js';
import { BASE } from './helpers/graphs.js';

const ARTICLES = join(import.meta.dirname, '../data/articles');
const tmp = () => mkdtempSync(join(tmpdir(), 'newsgraph-corpus-'));
const lines = (path: string) => readFileSync(path, 'utf8').split('\n').filter(Boolean);
const build = (inputs: string[], o: Partial<CorpusBuildOptions> & { output: string }) => buildCorpus(inputs, { format: 'nq', base: BASE, jobs: 1, ...o });
/** The lines of one article's named graph. */
const graphOf = (ls: string[], slug: string) => ls.filter((l) => l.endsWith(` <${BASE}graph/${slug}> .`));

describe('corpus build', () => {
  it('writes Turtle byte-identical to buildGraph + serialize', async () => {
    const dir = tmp();
    const { articles } = await readInputs([ARTICLES]);
    const expected = await serialize(buildGraph(articles, { base: BASE }).store.getQuads(null, null, null, null), 'ttl', BASE);
    const stats = await build([ARTICLES], { output: join(dir, 'g.ttl'), format: 'ttl' });
    expect(readFileSync(join(dir, 'g.ttl'), 'utf8')).toBe(expected);
    expect(stats.streamed).toBe(false);
    expect(stats.articles).toBe(articles.length);
  }, 60_000);

  it('streams N-Quads, one named graph per article, and N-Triples with each shared triple once', async () => {
    const dir = tmp();
    const s = await build([ARTICLES], { output: join(dir, 'g.nq') });
    expect(s.streamed).toBe(true);
    const nq = parseRdf(readFileSync(join(dir, 'g.nq'), 'utf8'), 'nq');
    expect(nq.length).toBe(s.triples);
    expect(new Set(nq.map((q) => q.graph.value)).size).toBe(s.articles);
    await build([ARTICLES], { output: join(dir, 'g.nt'), format: 'nt' });
    const nt = lines(join(dir, 'g.nt'));
    expect(new Set(nt).size).toBe(nt.length);
    const merged = new Set(nq.map((q) => `${q.subject.value} ${q.predicate.value} ${q.object.value}`));
    expect(parseRdf(nt.join('\n'), 'nt').length).toBe(merged.size);
  }, 60_000);

  it('gives the same bytes with worker threads as in one thread', async () => {
    const dir = tmp();
    await build([ARTICLES], { output: join(dir, 'a.nq'), jobs: 1 });
    await build([ARTICLES], { output: join(dir, 'b.nq'), jobs: 2 });
    expect(readFileSync(join(dir, 'b.nq'), 'utf8')).toBe(readFileSync(join(dir, 'a.nq'), 'utf8'));
  }, 120_000);

  it('merges the outputs of --shard k/n into the full build (a union)', async () => {
    const dir = tmp();
    await build([ARTICLES], { output: join(dir, 'full.nq') });
    const parts: string[] = [];
    let articles = 0;
    for (const k of [1, 2, 3]) {
      const s = await build([ARTICLES], { output: join(dir, `s${k}.nq`), shard: parseShard(`${k}/3`) });
      articles += s.articles;
      parts.push(...lines(join(dir, `s${k}.nq`)));
    }
    expect(articles).toBe(7);
    expect(new Set(parts)).toEqual(new Set(lines(join(dir, 'full.nq'))));
    expect(() => parseShard('4/3')).toThrow(/--shard/);
    // The slice depends on the article alone.
    expect([1, 2, 3].filter((k) => inShard('00-putin-erdogan-call', { k, n: 3 }))).toHaveLength(1);
  }, 120_000);

  it('re-runs incrementally: only new and changed articles are extracted, deleted ones vanish', async () => {
    const dir = tmp();
    const input = join(dir, 'in');
    cpSync(ARTICLES, input, { recursive: true });
    const cache = join(dir, 'cache');
    const first = await build([input], { output: join(dir, 'g.nq'), cacheDir: cache });
    expect(first).toMatchObject({ extracted: 7, reused: 0 });
    const before = lines(join(dir, 'g.nq'));

    const again = await build([input], { output: join(dir, 'g.nq'), cacheDir: cache });
    expect(again).toMatchObject({ extracted: 0, reused: 7, removed: 0 });
    expect(lines(join(dir, 'g.nq'))).toEqual(before);

    // Change one article, delete one, add one.
    const changed = join(input, '01-summit-geneva.md');
    writeFileSync(changed, readFileSync(changed, 'utf8').replace(/\n*$/, '\n\nEgypt and Qatar met in Cairo on Monday.\n'));
    rmSync(join(input, '02-sanctions-venezuela-gold.md'));
    writeFileSync(join(input, '99-new.md'), 'Kenya and Tanzania signed a treaty in Nairobi on Wednesday.\n');
    const third = await build([input], { output: join(dir, 'g.nq'), cacheDir: cache, date: '2024-03-13' });
    expect(third).toMatchObject({ extracted: 2, reused: 5, removed: 1, articles: 7 });
    const after = lines(join(dir, 'g.nq'));
    // The untouched articles keep exactly their quads; the deleted one has none left.
    expect(graphOf(after, '00-putin-erdogan-call')).toEqual(graphOf(before, '00-putin-erdogan-call'));
    expect(graphOf(after, '02-sanctions-venezuela-gold')).toEqual([]);
    expect(graphOf(after, '99-new').length).toBeGreaterThan(10);
    expect(graphOf(after, '01-summit-geneva')).not.toEqual(graphOf(before, '01-summit-geneva'));
    const changes = JSON.parse(readFileSync(join(cache, 'changes.json'), 'utf8'));
    expect(changes).toMatchObject({ added: ['99-new'], changed: ['01-summit-geneva'], removed: ['02-sanctions-venezuela-gold'] });
    // And the incremental output equals a fresh build.
    await build([input], { output: join(dir, 'fresh.nq'), date: '2024-03-13' });
    expect(after).toEqual(lines(join(dir, 'fresh.nq')));
  }, 180_000);

  it('streams JSON Lines: a bad record is skipped (or fatal with strict)', async () => {
    const dir = tmp();
    const corpus = join(dir, 'c.jsonl');
    writeFileSync(corpus, [JSON.stringify({ id: 'a', date: '2024-03-13', text: 'Kenya and Tanzania signed a treaty in Nairobi on Wednesday.' }), '{not json', JSON.stringify({ id: 'b', date: '2024-03-13', text: 'Putin called Erdogan on Friday.' })].join('\n'));
    const skipped: string[] = [];
    const s = await build([corpus], { output: join(dir, 'g.nq'), onSkip: (e) => skipped.push(e.message) });
    expect(s).toMatchObject({ articles: 2, skipped: 1 });
    expect(skipped[0]).toMatch(/c\.jsonl:2/);
    await expect(build([corpus], { output: join(dir, 'h.nq'), strict: true })).rejects.toThrow(/c\.jsonl:2/);
  }, 60_000);

  it('resolves entities across articles by the documented rule, and explains each node', async () => {
    const dir = tmp();
    const corpus = join(dir, 'c.jsonl');
    const rec = (id: string, text: string) => JSON.stringify({ id, date: '2024-03-13', text });
    writeFileSync(
      corpus,
      [
        rec('one', 'In Nairobi, Mr Ahmed said the talks would resume. On Monday, Talia Verhoeven said she met Vladimir Putin.'),
        rec('two', 'In Kisumu, President Ahmed said the market was closed. Later, Talia Verhoeven said calm was needed.'),
      ].join('\n'),
    );
    const explain = join(dir, 'why.jsonl');
    await build([corpus], { output: join(dir, 'g.nq'), explain });
    const report = lines(explain).map((l) => JSON.parse(l) as { iri: string; rule: string; articles: number; why: string; types: string[] });
    const byKey = (k: string) => report.find((r) => r.iri === `${BASE}entity/${k}`);
    // A two-word unlinked name is one node across articles.
    expect(byKey('talia-verhoeven')).toMatchObject({ rule: 'name', articles: 2, types: ['Person'] });
    // Two unlinked one-word "Ahmed"s stay apart: one node per article.
    expect(byKey('ahmed--one')).toMatchObject({ rule: 'article', articles: 1 });
    expect(byKey('ahmed--two')).toMatchObject({ rule: 'article', articles: 1 });
    expect(byKey('ahmed')).toBeUndefined();
    // Linked entities are their gazetteer id.
    expect(byKey('vladimir-putin')).toMatchObject({ rule: 'linked' });
    expect(byKey('vladimir-putin')!.why).toMatch(/Q7747/);
  }, 60_000);

  it('generates a varied, deterministic benchmark corpus', () => {
    const a = generateCorpus(50, 3);
    expect(generateCorpus(50, 3)).toEqual(a);
    expect(new Set(a.map((x) => x.text)).size).toBe(50);
    const sentences = new Set(a.flatMap((x) => x.text.split(/(?<=\.)\s+/)));
    expect(sentences.size).toBeGreaterThan(300);
  });

  it('CLI: streams with flags, rejects bad --shard and --jobs, and shows no progress bar in a pipe', () => {
    const dir = tmp();
    const bin = join(import.meta.dirname, '../bin/newsgraph.js');
    const run = (...args: string[]) => spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8' });
    const ok = run('build', ARTICLES, '-o', join(dir, 'g.nq'), '--shard', '1/2', '--cache', join(dir, 'c'), '-j', '1');
    expect(ok.status).toBe(0);
    expect(ok.stdout).toMatch(/^\d+ articles \(\d+ extracted, 0 from cache, 0 removed\) \[shard 1\/2; \d+ articles in other shards\]/);
    expect(ok.stderr).toBe('');
    expect(run('build', ARTICLES, '-o', join(dir, 'x.nq'), '--shard', '3/2').stderr).toMatch(/--shard takes k\/n/);
    expect(run('build', ARTICLES, '-o', join(dir, 'x.nq'), '--jobs', '0').stderr).toMatch(/--jobs/);
    expect(ProgressBar.wanted(undefined, { isTTY: false } as NodeJS.WriteStream)).toBe(false);
    expect(ProgressBar.wanted(false, { isTTY: true } as NodeJS.WriteStream)).toBe(false);
  }, 60_000);
});
