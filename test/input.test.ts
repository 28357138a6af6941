import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError, articleFromText, parseJsonl, splitFrontMatter } from '../src/index.js';
import { decode, readInputs } from '../src/io/read-inputs.js';

const FIX = join(import.meta.dirname, 'fixtures/input');

describe('front matter', () => {
  it('reads title and date and keeps the body byte for byte', () => {
    const a = articleFromText('---\ntitle: "T"\ndate: 2025-07-18\nextra: ignored\n---\nBody “text”.\n', 'x', 'x.md');
    expect(a).toMatchObject({ title: 'T', date: '2025-07-18', text: 'Body “text”.\n' });
  });
  it('accepts text without front matter', () => {
    expect(splitFrontMatter('Just text.', 'x').body).toBe('Just text.');
  });
  it('rejects broken YAML with the file name', async () => {
    const { articles, skipped } = await readInputs([join(FIX, 'broken-frontmatter.md')]);
    expect(articles).toEqual([]);
    expect(skipped[0]!.message).toMatch(/broken-frontmatter\.md: broken front matter/);
  });
  it('rejects an impossible date', async () => {
    const { skipped } = await readInputs([join(FIX, 'bad-date.md')]);
    expect(skipped[0]!.message).toMatch(/bad-date\.md: date "2025-02-30" is not an ISO date/);
  });
  it('defuses YAML alias bombs', () => {
    const bomb = `---\na: &a ["x","x","x","x","x","x","x","x","x"]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: [*c,*c,*c,*c,*c,*c,*c,*c,*c]\n---\nText`;
    expect(() => articleFromText(bomb, 'x', 'bomb.md')).toThrow(InputError);
  });
});

describe('files', () => {
  it.each([
    ['empty.txt', /file is empty/],
    ['whitespace.txt', /only whitespace/],
    ['binary.txt', /binary file/],
    ['latin1.txt', /not valid UTF-8/],
  ])('%s gets a one-line error naming the file', (name, msg) => {
    expect(() => decode(join(FIX, name))).toThrow(msg);
    expect(() => decode(join(FIX, name))).toThrow(name);
  });
  it('decodes UTF-16 with a BOM', () => {
    expect(decode(join(FIX, 'utf16.txt'))).toBe('Hi there.');
  });
  it('names a missing path', async () => {
    await expect(readInputs(['/no/such/place'])).rejects.toThrow('input: /no/such/place: no such file or folder');
  });
});

describe('JSON Lines corpora', () => {
  it('reads good records and reports the broken line with its number', async () => {
    const { articles, skipped } = await readInputs([join(FIX, 'corpus.jsonl')]);
    expect(articles.map((a) => a.id)).toEqual(['a1', 'a3']);
    expect(articles[0]).toMatchObject({ title: 'First', date: '2024-03-12' });
    expect(skipped).toHaveLength(1);
    expect(skipped[0]!.message).toMatch(/corpus\.jsonl:2: not valid JSON/);
  });
  it('requires a text field', () => {
    expect(parseJsonl('{"id":"x"}', 'c.jsonl').errors[0]!.message).toMatch(/c\.jsonl:1: record has no "text"/);
  });
});
