import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, existsSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseRdf } from '../src/index.js';
import { SEED_FILE } from './helpers/graphs.js';

const BIN = join(import.meta.dirname, '../bin/newsgraph.js');
const run = (...args: string[]) => spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8' });

describe('newsgraph CLI', () => {
  const dir = mkdtempSync(join(tmpdir(), 'newsgraph-cli-'));
  it('builds Turtle and prints a summary', () => {
    const out = join(dir, 'g.ttl');
    const r = run('build', SEED_FILE, '-o', out);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^1 articles, \d+ entities, \d+ events, \d+ facts, \d+ triples in [\d.]+ s/);
    expect(parseRdf(readFileSync(out, 'utf8')).length).toBeGreaterThan(500);
  });
  it('picks N-Triples from the extension', () => {
    const out = join(dir, 'g.nt');
    expect(run('build', SEED_FILE, '-o', out).status).toBe(0);
    const nt = readFileSync(out, 'utf8');
    expect(nt).toMatch(/^<https:\/\/w3id\.org\/newsgraph\/data\/entity\/vladimir-putin> <[^>]+> .+ \.$/m);
    expect(nt).not.toContain('@prefix');
  });
  it('fails with one line naming a missing input, and keeps the previous output', () => {
    const out = join(dir, 'keep.ttl');
    writeFileSync(out, 'previous');
    const r = run('build', join(dir, 'missing.md'), '-o', out);
    expect(r.status).toBe(1);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('missing.md: no such file or folder');
    expect(readFileSync(out, 'utf8')).toBe('previous');
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });
  it('rejects an unknown format and a bad base as usage errors', () => {
    expect(run('build', SEED_FILE, '-o', join(dir, 'x.xml')).status).toBe(1);
    expect(run('build', SEED_FILE, '--base', 'not an iri').stderr).toMatch(/base IRI/);
    expect(existsSync(join(dir, 'x.xml'))).toBe(false);
  });
  it('has --help for build', () => {
    const help = execFileSync(process.execPath, [BIN, 'build', '--help'], { encoding: 'utf8' });
    expect(help).toMatch(/--base <iri>/);
    expect(help).toMatch(/--format <ttl\|nt\|/);
  });
});

describe('library entry point', () => {
  it("is importable as 'newsgraph' (built by npm install's prepare step)", () => {
    const code = "import('newsgraph').then((m) => { const a = m.articleFromText('Kenya and Tanzania signed a treaty in Nairobi on Wednesday.', 'x', 'x'); console.log(m.buildGraph([a], { date: '2024-03-13' }).stats.articles); })";
    expect(execFileSync(process.execPath, ['-e', code], { encoding: 'utf8', cwd: join(import.meta.dirname, '..') }).trim()).toBe('1');
  });
});
