import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readConllu } from '../src/syntax/conllu/read.js';
import type { ConlluSentence } from '../src/syntax/conllu/types.js';

const BIN = join(import.meta.dirname, '../bin/newsgraph.js');
const GOLD = join(import.meta.dirname, 'fixtures/syntax/gold.conllu');
const run = (args: string[], input?: string) => spawnSync(process.execPath, [BIN, 'parse', ...args], { encoding: 'utf8', ...(input === undefined ? {} : { input }) });
// Raw text needs parse(text), which comes with the trained model.

/** Each sentence is a tree: one root, heads within the sentence. */
function expectTrees(sentences: ConlluSentence[]): void {
  for (const s of sentences) {
    expect(s.words.filter((w) => w.head === 0)).toHaveLength(1);
    for (const w of s.words) expect(w.head >= 0 && w.head <= s.words.length && w.head !== w.id).toBe(true);
  }
}

describe('newsgraph parse --tokenized', () => {
  const dir = mkdtempSync(join(tmpdir(), 'newsgraph-parse-'));
  const gold = readConllu(readFileSync(GOLD, 'utf8'));

  it('keeps ids, forms, comments, multiword tokens and MISC, and fills in a tree', () => {
    const r = run(['--tokenized', GOLD]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const out = readConllu(r.stdout);
    expect(out.map((s) => s.comments)).toEqual(gold.map((s) => s.comments));
    expect(out.map((s) => s.extra)).toEqual(gold.map((s) => s.extra));
    expect(out.map((s) => s.words.map((w) => [w.id, w.form, w.misc, w.feats, w.deps]))).toEqual(gold.map((s) => s.words.map((w) => [w.id, w.form, w.misc, '_', '_'])));
    for (const w of out.flatMap((s) => s.words)) expect(w.upos).toMatch(/^[A-Z]+$/);
    expectTrees(out);
  });

  it('reads standard input with -, and writes -o atomically with a summary', () => {
    const fromStdin = run(['--tokenized', '-'], readFileSync(GOLD, 'utf8'));
    expect(fromStdin.status).toBe(0);
    expect(fromStdin.stdout).toBe(run(['--tokenized', GOLD]).stdout);
    const out = join(dir, 'out.conllu');
    const r = run(['--tokenized', GOLD, '-o', out]);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^2 sentences, 11 words in [\d.]+ s → .*out\.conllu\n$/);
    expect(readFileSync(out, 'utf8')).toBe(fromStdin.stdout);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('drops empty nodes and the enhanced graph', () => {
    const withEmpty = readFileSync(GOLD, 'utf8').replace('5\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_', '4.1\tx\tx\tX\tX\t_\t_\t_\t3:conj\t_\n5\t.\t.\tPUNCT\t.\t_\t3\tpunct\t3:punct\t_');
    const out = readConllu(run(['--tokenized', '-'], withEmpty).stdout);
    expect(out[1]?.extra).toEqual([]);
    expect(out[1]?.words.map((w) => w.deps)).toEqual(['_', '_', '_', '_', '_']);
  });

  it('fails with one line naming a missing or malformed input, and keeps the previous output', () => {
    const out = join(dir, 'keep.conllu');
    writeFileSync(out, 'previous');
    const missing = run(['--tokenized', join(dir, 'missing.conllu'), '-o', out]);
    expect(missing.status).toBe(1);
    expect(missing.stderr.trim().split('\n')).toHaveLength(1);
    expect(missing.stderr).toContain('missing.conllu: no such file');
    const bad = join(dir, 'bad.conllu');
    writeFileSync(bad, '1\tHello\t_\n\n');
    const malformed = run(['--tokenized', bad, '-o', out]);
    expect(malformed.status).toBe(1);
    expect(malformed.stderr).toMatch(/^input: .*bad\.conllu: CoNLL-U line 1: expected 10 tab-separated columns, found 3\n$/);
    expect(readFileSync(out, 'utf8')).toBe('previous');
    expect(run(['-', '-'], 'x').status).toBe(1);
  });
});

describe('newsgraph parse (raw text)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'newsgraph-parse-raw-'));
  // The first line has no final stop: only the line break ends its sentence.
  const LINES = ['The cat sat on the mat', "Kenya's president didn't travel to Nairobi on Wednesday."];

  it('writes one sentence per line with # sent_id and # text, and a tree each', () => {
    const r = run(['-'], `${LINES.join('\n')}\n\n`);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const out = readConllu(r.stdout);
    expect(out.map((s) => s.comments)).toEqual(LINES.map((l, i) => [`# sent_id = ${i + 1}`, `# text = ${l}`]));
    expectTrees(out);
    // The words of a token spell the text: forms of tokens, joined by SpaceAfter, give back the line.
    for (const [i, s] of out.entries()) {
      let text = '';
      let skip = 0;
      for (const w of s.words) {
        if (w.id <= skip) continue;
        const mwt = s.extra.find((e) => e.columns[0]?.startsWith(`${w.id}-`));
        if (mwt) skip = Number(mwt.columns[0]?.split('-')[1]);
        text += (mwt ? mwt.columns[1] : w.form) + ((mwt ? mwt.columns[9] : w.misc)?.includes('SpaceAfter=No') ? '' : ' ');
      }
      expect(text.trim()).toBe(LINES[i]);
    }
  });

  it('marks each file with # newdoc id when there are several, numbering sentences on', () => {
    const a = join(dir, 'a.txt');
    const b = join(dir, 'b.txt');
    writeFileSync(a, `${LINES[0]}\n`);
    writeFileSync(b, `${LINES[1]}\n`);
    const out = readConllu(run([a, b]).stdout);
    expect(out.map((s) => s.comments)).toEqual([
      ['# newdoc id = a.txt', '# sent_id = 1', `# text = ${LINES[0]}`],
      ['# newdoc id = b.txt', '# sent_id = 2', `# text = ${LINES[1]}`],
    ]);
  });
});

