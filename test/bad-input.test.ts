/**
 * Issue 7, "bad input": every case gets a correct graph (re-parses, passes SHACL) or a one-line
 * error that names the file (and line) with a non-zero exit; in a JSON Lines corpus a bad record is
 * reported and skipped (`--strict` makes it fatal). Fixtures: test/fixtures/input, test/fixtures/hostile;
 * large inputs are generated here, in a temporary folder. See docs/reliability.md.
 */
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { NS, parseRdf } from '../src/index.js';
import { MAX_ARTICLE_CHARS } from '../src/input/limits.js';
import { validateShacl } from '../src/validate/shacl.js';
import { cliInProcess, cliSpawnSync } from './helpers/cli.js';

const INPUT = join(import.meta.dirname, 'fixtures/input');
const HOSTILE = join(import.meta.dirname, 'fixtures/hostile');
const SHAPES = parseRdf(readFileSync(join(import.meta.dirname, '../ontology/shapes.ttl'), 'utf8'));
const dir = mkdtempSync(join(tmpdir(), 'newsgraph-bad-input-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let n = 0;
/** Builds in this process (-j 1), into a fresh output that holds "previous" beforehand. */
async function build(inputs: string[], ...flags: string[]) {
  const out = join(dir, `out-${n++}.ttl`);
  writeFileSync(out, 'previous');
  const r = await cliInProcess('build', ...inputs, '-o', out, '-j', '1', '--no-progress', ...flags);
  return { ...r, out, output: readFileSync(out, 'utf8') };
}

/** A failed build: exit 1, exactly one line on stderr naming `where`, the previous output untouched, no temp files. */
function expectOneLineError(r: Awaited<ReturnType<typeof build>>, where: string, what: RegExp) {
  expect(r.code).toBe(1);
  const lines = r.stderr.trimEnd().split('\n');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toContain(where);
  expect(lines[0]).toMatch(what);
  expect(r.output).toBe('previous');
  expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
}

/** A successful build: exit 0, output re-parses and conforms to the SHACL shapes. */
async function expectValidGraph(r: Awaited<ReturnType<typeof build>>) {
  expect(r.code, r.stderr).toBe(0);
  const quads = parseRdf(r.output);
  expect(quads.length).toBeGreaterThan(10);
  expect(await validateShacl(SHAPES, quads)).toEqual([]);
  return quads;
}

describe('bad paths and files: one-line error naming the file, non-zero exit, previous output kept', () => {
  it('missing path', async () => {
    expectOneLineError(await build([join(dir, 'missing.md')]), 'missing.md', /no such file or folder/);
  });
  it('directory without articles', async () => {
    const empty = join(dir, 'no-articles');
    mkdirSync(empty);
    writeFileSync(join(empty, 'notes.pdf'), '%PDF-1.4');
    expectOneLineError(await build([empty]), 'no-articles', /holds no \.txt, \.md or \.jsonl articles/);
  });
  it.each([
    ['empty.txt', /file is empty/],
    ['whitespace.txt', /only whitespace/],
    ['binary.txt', /binary file/],
    ['latin1.txt', /not valid UTF-8/],
  ])('%s', async (name, what) => {
    expectOneLineError(await build([join(INPUT, name)]), name, what);
  });
  it('an HTML page instead of article text', async () => {
    expectOneLineError(await build([join(HOSTILE, 'page.txt')]), 'page.txt', /looks like an HTML page/);
  });
  it('a 20 MB article (generated)', async () => {
    const big = join(dir, 'big-20mb.txt');
    const para = 'Russian President Vladimir Putin called Turkish President Recep Tayyip Erdoğan on Friday, according to the Kremlin.\n\n';
    writeFileSync(big, para.repeat(Math.ceil((20 * 1048576) / para.length)));
    expectOneLineError(await build([big]), 'big-20mb.txt', /article text is 2\d\.\d MB .*at most 200000 characters/);
    rmSync(big);
  });
  it('a single 1 MB line (generated)', async () => {
    const line = join(dir, 'one-line.txt');
    writeFileSync(line, 'Putin said Erdogan met Zelensky in Kyiv and '.repeat(Math.ceil(1048576 / 44)));
    expectOneLineError(await build([line]), 'one-line.txt', /article text is 1\.0 MB/);
  });
});

describe('encodings', () => {
  it.each(['utf16be.txt', 'utf16le.md'])('%s (UTF-16 with BOM) builds the same entities as UTF-8', async (name) => {
    const quads = await expectValidGraph(await build([join(HOSTILE, name)]));
    const labels = quads.filter((q) => q.predicate.value === `${NS.rdfs}label`).map((q) => q.object.value);
    expect(labels).toEqual(expect.arrayContaining(['Vladimir Putin', 'Recep Tayyip Erdoğan']));
  });
});

describe('hostile YAML front matter', () => {
  it.each([
    ['yaml-bomb.md', /broken front matter: .*alias/i],
    ['yaml-deep.md', /broken front matter/],
    ['yaml-unclosed.md', /broken front matter/],
    ['yaml-title-map.md', /"title" must be text/],
    ['yaml-list.md', /must be a YAML mapping/],
    ['yaml-bad-date.md', /date "18\/07\/2025" is not an ISO date/],
  ])('%s is refused in one line', async (name, what) => {
    expectOneLineError(await build([join(HOSTILE, name)]), name, what);
  });
  it('unknown keys (also __proto__, constructor) are ignored and pollute nothing', async () => {
    const r = await build([join(HOSTILE, 'yaml-unknown-keys.md')]);
    await expectValidGraph(r);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
  it('a !!js/function tag stays an inert string and prints no warning', async () => {
    const r = await build([join(HOSTILE, 'yaml-js-tag.md')]);
    expect(r.stderr).toBe('');
    const quads = await expectValidGraph(r);
    expect(quads.find((q) => q.predicate.value === `${NS.schema}headline`)?.object.value).toMatch(/^function \(\)/);
  });
});

describe('JSON Lines corpora', () => {
  it('a broken line in the middle is reported with its number and skipped; the rest build', async () => {
    const r = await build([join(HOSTILE, 'broken-middle.jsonl')]);
    await expectValidGraph(r);
    expect(r.stdout).toMatch(/^3 articles/);
    const lines = r.stderr.trimEnd().split('\n');
    expect(lines).toEqual([
      expect.stringMatching(/^skipped: input: .*broken-middle\.jsonl:2: not valid JSON/),
      expect.stringMatching(/^skipped: input: .*broken-middle\.jsonl:4: date "2025-02-30" is not an ISO date/),
      expect.stringMatching(/^skipped: input: .*broken-middle\.jsonl:5: record has no "text" string/),
    ]);
    const articles = parseRdf(r.output).filter((q) => q.object.value === `${NS.schema}NewsArticle`).map((q) => q.subject.value.split('/').pop());
    expect(articles.sort()).toEqual(['c1', 'c2', 'c3']);
  });
  it('--strict makes the first bad line fatal, in one line with its number', async () => {
    expectOneLineError(await build([join(HOSTILE, 'broken-middle.jsonl')], '--strict'), 'broken-middle.jsonl:2', /not valid JSON/);
  });
  it('a record with a 1 MB text and a record that is an HTML page are skipped; the others build', async () => {
    const corpus = join(dir, 'mixed.jsonl');
    const rec = (id: string, text: string) => JSON.stringify({ id, date: '2025-07-18', text });
    writeFileSync(corpus, [rec('ok-1', 'Putin called Erdogan on Friday.'), rec('huge', 'Putin met Erdogan. '.repeat(Math.ceil(1048576 / 19))), rec('html', '<html><body>Putin</body></html>'), rec('ok-2', 'Kenya and Tanzania signed a treaty.')].join('\n'));
    const r = await build([corpus]);
    await expectValidGraph(r);
    expect(r.stdout).toMatch(/^2 articles/);
    expect(r.stderr).toMatch(/mixed\.jsonl:2: article text is 1\.0 MB/);
    expect(r.stderr).toMatch(/mixed\.jsonl:3: looks like an HTML page/);
  });
  it('a corpus in which every record is bad fails in one line without overwriting the output', async () => {
    const bad = join(dir, 'all-bad.jsonl');
    writeFileSync(bad, '{"id":"a"}\nnot json\n');
    expectOneLineError(await build([bad]), 'all-bad.jsonl:1', /no "text".*and 1 more bad input; nothing to build/);
  });
  it('a folder with one bad file builds the rest and reports the bad one', async () => {
    const folder = join(dir, 'mixed-folder');
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, 'good.md'), '---\ndate: 2025-07-18\n---\nVladimir Putin met Recep Tayyip Erdogan in Istanbul on Friday.\n');
    writeFileSync(join(folder, 'empty.md'), '');
    const r = await build([folder]);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/skipped: input: .*empty\.md: file is empty/);
    expect(r.output).toContain('ent:vladimir-putin');
  });
});

describe('hostile names and text: the graph is valid and keeps the characters', () => {
  it('quotes, angle brackets, backslashes, newlines, emoji, RTL and zero-width characters (names.md)', async () => {
    const r = await build([join(HOSTILE, 'names.md')]);
    const quads = await expectValidGraph(r);
    const headline = quads.find((q) => q.predicate.value === `${NS.schema}headline`)!.object.value;
    expect(headline).toBe('Names: "quotes" <angle> \\back\\ \n 😀 \u202eRTL\u202c zero\u200bwidth');
    const text = quads.find((q) => q.predicate.value === `${NS.nif}isString`)!.object.value;
    expect(text).toBe(readFileSync(join(HOSTILE, 'names.md'), 'utf8').split('---\n')[2]);
    // The URL holds characters an IRI cannot: it is left out rather than written broken.
    expect(quads.some((q) => q.predicate.value === `${NS.schema}url`)).toBe(false);
    expect(quads.filter((q) => q.predicate.value === `${NS.nif}anchorOf`).length).toBeGreaterThan(10);
  });
  it('the same text as N-Triples re-parses to the same graph', async () => {
    const ttl = await build([join(HOSTILE, 'names.md')]);
    const nt = await cliInProcess('build', join(HOSTILE, 'names.md'), '-o', join(dir, 'names.nt'), '-j', '1', '--no-progress');
    expect(nt.code).toBe(0);
    expect(parseRdf(readFileSync(join(dir, 'names.nt'), 'utf8'), 'nt').length).toBe(parseRdf(ttl.output).length);
  });
  it('ids, titles and URLs with hostile characters in a corpus (names.jsonl) give valid, distinct IRIs', async () => {
    const r = await build([join(HOSTILE, 'names.jsonl')]);
    const quads = await expectValidGraph(r);
    const articles = quads.filter((q) => q.object.value === `${NS.schema}NewsArticle`).map((q) => q.subject.value);
    expect(new Set(articles).size).toBe(9);
    for (const iri of articles) expect(iri).toMatch(/^https:\/\/w3id\.org\/newsgraph\/data\/article\/[a-z0-9-]+$/);
  });
  it('words that name what every object inherits ("constructor", "toString") are plain words (object-words.md)', async () => {
    // Lexicon tables are looked up by the words of the text; such a word once found a function there.
    const quads = await expectValidGraph(await build([join(HOSTILE, 'object-words.md')]));
    expect(quads.some((q) => /function|\[native code\]/.test(q.object.value))).toBe(false);
    expect(quads.some((q) => q.object.value === 'http://www.wikidata.org/entity/Q114')).toBe(true);
  });
  it('markup inside text stays text (markup.md)', async () => {
    const quads = await expectValidGraph(await build([join(HOSTILE, 'markup.md')]));
    expect(quads.find((q) => q.predicate.value === `${NS.schema}headline`)!.object.value).toBe('Inline <b>markup</b> & <script>alert(1)</script>');
    expect(quads.every((q) => q.object.termType !== 'NamedNode' || !q.object.value.startsWith('javascript:'))).toBe(true);
  });
});

describe('the real executable', () => {
  it('exits 1 with one line for bad input and 2 for bad usage', () => {
    const bad = cliSpawnSync('build', join(INPUT, 'binary.txt'), '-o', join(dir, 'x.ttl'));
    expect(bad.code).toBe(1);
    expect(bad.stderr.trimEnd().split('\n')).toEqual([expect.stringMatching(/binary\.txt: looks like a binary file/)]);
    expect(cliSpawnSync('build', '--no-such-flag').code).toBe(2);
  });
});

it('the limit is documented where it is enforced', () => {
  expect(MAX_ARTICLE_CHARS).toBe(200_000);
  expect(readFileSync(join(import.meta.dirname, '../docs/reliability.md'), 'utf8')).toContain('200,000');
});
