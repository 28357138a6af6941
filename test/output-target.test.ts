/**
 * Issue 17: the output path is checked before any work (a folder, a missing folder, an unwritable place:
 * one line at once), a second build writing the same output is refused (a lock file beside it), and a
 * signal at any stage of a build, the final write included, keeps the previous output and leaves no
 * temporary or lock file.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildCorpus } from '../src/corpus/build-corpus.js';
import { ARTICLES_DIR, BASE } from './helpers/graphs.js';
import { BIN, cliInProcess } from './helpers/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'newsgraph-output-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const debris = (d: string) => readdirSync(d).filter((f) => f.endsWith('.tmp') || f.endsWith('.lock'));

describe('output checked before any work', () => {
  it('a folder as output: one line saying so, even without an extension, before the inputs are read', async () => {
    const folder = join(dir, 'graphs');
    mkdirSync(folder);
    for (const out of [folder, `${folder}.ttl`]) {
      if (out.endsWith('.ttl')) mkdirSync(out);
      // The input does not exist either: the output is checked first.
      const r = await cliInProcess('build', join(dir, 'no-such-input.jsonl'), '-o', out, '--no-progress');
      expect(r.code).toBe(1);
      expect(r.stderr).toBe(`output: ${out}: is a folder; give a file name such as graph.ttl inside it\n`);
      expect(r.stdout).toBe('');
    }
  });

  it('export and parse check their output the same way, before reading their inputs', async () => {
    const missing = join(dir, 'absent', 'out.nq');
    for (const args of [['export', join(dir, 'no-such-graph.ttl'), '-o', missing], ['parse', join(dir, 'no-such-text.txt'), '-o', missing]]) {
      const r = await cliInProcess(...args);
      expect(r.code).toBe(1);
      expect(r.stderr).toBe(`output: ${missing}: the folder ${join(dir, 'absent')} does not exist\n`);
    }
  });

  it("npm start's build works in a fresh checkout, where no out/ folder exists yet", () => {
    const pkg = JSON.parse(readFileSync(join(import.meta.dirname, '../package.json'), 'utf8')) as { scripts: { start: string } };
    const build = pkg.scripts.start.split('&&')[0]!.trim().split(/\s+/);
    expect(build.slice(0, 3)).toEqual(['node', 'bin/newsgraph.js', 'build']);
    const fresh = mkdtempSync(join(dir, 'fresh-'));
    const args = build.slice(2).map((a) => (a === 'data/articles' ? ARTICLES_DIR : a));
    const r = spawnSync(process.execPath, [BIN, ...args, '--no-progress'], { encoding: 'utf8', cwd: fresh });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(existsSync(join(fresh, 'out', 'graph.ttl'))).toBe(true);
  });

  it('a missing folder or a file in the way: one line, nothing created', async () => {
    const missing = join(dir, 'missing', 'graph.nq');
    let r = await cliInProcess('build', ARTICLES_DIR, '-o', missing, '--no-progress');
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(`output: ${missing}: the folder ${join(dir, 'missing')} does not exist\n`);
    expect(existsSync(join(dir, 'missing'))).toBe(false);
    writeFileSync(join(dir, 'plain'), 'x');
    r = await cliInProcess('build', ARTICLES_DIR, '-o', join(dir, 'plain', 'graph.nq'), '--no-progress');
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(`output: ${join(dir, 'plain', 'graph.nq')}: ${join(dir, 'plain')} is not a folder\n`);
  });

  it('an unwritable place: one line', async () => {
    const r = await cliInProcess('build', ARTICLES_DIR, '-o', '/proc/graph.nq', '--no-progress');
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^output: \/proc\/graph\.nq: cannot write in \/proc \([^)]+\)\n$/);
  });
});

describe('one build per output', () => {
  it('a second build writing the same output is refused while the first runs; the lock goes with the build', async () => {
    const out = join(dir, 'locked.nq');
    // A lock held by a running process (this one).
    writeFileSync(`${out}.lock`, `${process.ppid}\n`);
    const r = await cliInProcess('build', ARTICLES_DIR, '-o', out, '--no-progress');
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(`output: ${out}: another build is writing it (process ${process.ppid}; lock file ${out}.lock); wait for it or remove the lock\n`);
    expect(existsSync(out)).toBe(false);
    expect(readFileSync(`${out}.lock`, 'utf8')).toBe(`${process.ppid}\n`); // not ours to remove
    // Two builds of one output in one process: the second is refused, the first completes.
    rmSync(`${out}.lock`);
    const first = buildCorpus([ARTICLES_DIR], { output: out, format: 'nq', base: BASE, jobs: 1 });
    await expect(buildCorpus([ARTICLES_DIR], { output: out, format: 'nq', base: BASE, jobs: 1 })).rejects.toThrow(/another build in this process is writing it/);
    expect((await first).articles).toBe(7);
    expect(debris(dir)).toEqual([]);
  });

  it('a lock left by a process that no longer runs is taken over', async () => {
    const out = join(dir, 'stale.nq');
    writeFileSync(`${out}.lock`, '2147483646\n');
    const r = await cliInProcess('build', ARTICLES_DIR, '-o', out, '--no-progress');
    expect(r.code, r.stderr).toBe(0);
    expect(debris(dir)).toEqual([]);
  });
});

describe('signals honoured at every stage', () => {
  const script = join(import.meta.dirname, 'helpers/interrupt-at.ts');
  const interrupt = (stage: string, out: string) => spawnSync(process.execPath, ['--import', 'tsx', script, stage, out, ARTICLES_DIR], { encoding: 'utf8', cwd: join(import.meta.dirname, '..') });
  // Small Turtle is assembled in memory (order, serialize, write, rename); N-Quads stream (write, rename).
  const cases: [string, string][] = [
    ['ttl', 'read'],
    ['ttl', 'extract'],
    ['ttl', 'order'],
    ['ttl', 'serialize'],
    ['ttl', 'write'],
    ['ttl', 'rename'],
    ['nq', 'extract'],
    ['nq', 'rename'],
  ];
  it.each(cases)('%s, SIGINT at stage "%s": exit 130, previous output kept, no temporary or lock file', (format, stage) => {
    const sub = join(dir, `signal-${format}-${stage}`);
    mkdirSync(sub);
    const out = join(sub, `graph.${format}`);
    writeFileSync(out, 'previous\n');
    const r = interrupt(stage, out);
    expect(r.status, r.stderr).toBe(130);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('newsgraph: build interrupted (SIGINT); the previous output is left as it was\n');
    expect(readFileSync(out, 'utf8')).toBe('previous\n');
    expect(readdirSync(sub)).toEqual([`graph.${format}`]);
  }, 60_000);
});
