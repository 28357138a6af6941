/**
 * fast-check generators for article text: real sentences of data/articles (shuffled, spliced
 * and corrupted), hostile fragments (markup, quotes, escapes, bidi and zero-width characters,
 * emoji, control characters, lone surrogates) and plain random strings.
 * Used by the property tests in this folder; see docs/reliability.md.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { splitFrontMatter } from '../../src/input/frontmatter.js';
import type { Article } from '../../src/input/types.js';

const ARTICLES_DIR = join(import.meta.dirname, '../../data/articles');

/** Every sentence of the bundled articles (front matter removed), split on sentence-final punctuation. */
export const REAL_SENTENCES: readonly string[] = readdirSync(ARTICLES_DIR)
  .filter((f) => /\.(md|txt)$/.test(f))
  .sort()
  .flatMap((f) => {
    const { body } = splitFrontMatter(readFileSync(join(ARTICLES_DIR, f), 'utf8'), f);
    return body
      .split(/(?<=[.!?][”"’)]?)\s+/u)
      .map((s) => s.trim())
      .filter((s) => s.length > 0);
  });

/** Names and words that the gazetteer and the lexicons know, so corrupted text still triggers extractors. */
const KNOWN_WORDS = ['Putin', 'Erdogan', 'Erdoğan', 'Zelensky', 'Moscow', 'the Kremlin', 'Ankara', 'Türkiye', 'Russia', 'Ukraine', 'Kenya', 'President', 'the Turkish president', 'he said', 'she', 'they', 'the two leaders', 'called', 'met', 'signed', 'attacked', 'according to', 'on Friday', 'in late June', 'last week', '3,000', 'dozens of', 'around 40', '$2 billion', 'reportedly', 'did not', 'offered to host'];

/** Text an attacker or a broken scraper might put into an article. */
export const HOSTILE_FRAGMENTS: readonly string[] = [
  '"', "'", '“', '”', '‘', '’', '«', '»', '"quoted"', '“unterminated',
  '<', '>', '<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '</p><p>', '&amp;', '&lt;b&gt;', '<!-- -->', ']]>',
  '\\', '\\n', '\\"', '\\u0000', '\\x41', '${x}', '`', '{{x}}', '%2e%2e/', '../../etc/passwd',
  '\n', '\r\n', '\r', '\n\n\n', '\t', '\u2028', '\u2029', '\u0085', '\f', '\v',
  '😀', '👨‍👩‍👧‍👦', '🇺🇦', '🏳️‍🌈', '𝕏', '\u{1F600}\u{1F600}',
  '\u202e', '\u202d', '\u2066', '\u2069', '\u200f', 'مرحبا', 'שלום', 'Путин', '普京', 'बातचीत',
  '\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u00ad', 'e\u0301', '\u0301', 'ﬁ', 'Ⅳ',
  '\u0000', '\u0001', '\u0007', '\u001b[31m', '\u007f', '\ufffd', '\uffff', '\ud800', '\udfff', '\udc00\ud800',
  '<http://x>', '_:b0', '@prefix', '"""', "'''", '^^xsd:date', '@en', '#char=0,1', '<>', 'javascript:alert(1)',
  'Mr.', 'U.S.', '...', '…', '—', '-', '  ', ',', '.', '?!', '(', ')', '[', ']',
];

const fragment = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...HOSTILE_FRAGMENTS) },
  { weight: 2, arbitrary: fc.constantFrom(...KNOWN_WORDS) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 4 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 6 }) },
);

/** A mutation applied to text; positions are fractions so they fit any length. */
type Mutation =
  | { kind: 'insert'; at: number; s: string }
  | { kind: 'delete'; at: number; len: number }
  | { kind: 'duplicate'; at: number; len: number }
  | { kind: 'replace'; at: number; s: string }
  | { kind: 'truncate'; at: number }
  | { kind: 'case'; upper: boolean }
  | { kind: 'strip-spaces' }
  | { kind: 'swap-quotes' };

const pos = fc.double({ min: 0, max: 1, noNaN: true });
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  { weight: 5, arbitrary: fc.record({ kind: fc.constant('insert' as const), at: pos, s: fragment }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('delete' as const), at: pos, len: fc.integer({ min: 1, max: 30 }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('duplicate' as const), at: pos, len: fc.integer({ min: 1, max: 60 }) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('replace' as const), at: pos, s: fragment }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('truncate' as const), at: pos }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('case' as const), upper: fc.boolean() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('strip-spaces' as const) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('swap-quotes' as const) }) },
);

export function applyMutation(text: string, m: Mutation): string {
  const i = 'at' in m ? Math.floor(m.at * text.length) : 0;
  switch (m.kind) {
    case 'insert':
      return text.slice(0, i) + m.s + text.slice(i);
    case 'delete':
      return text.slice(0, i) + text.slice(i + m.len);
    case 'duplicate':
      return text.slice(0, i + m.len) + text.slice(i, i + m.len) + text.slice(i + m.len);
    case 'replace':
      return text.slice(0, i) + m.s + text.slice(i + 1);
    case 'truncate':
      return text.slice(0, i);
    case 'case':
      return m.upper ? text.toUpperCase() : text.toLowerCase();
    case 'strip-spaces':
      return text.replace(/ /g, '');
    case 'swap-quotes':
      return text.replace(/[“”"]/g, (q) => (q === '“' ? '”' : q === '”' ? '"' : '“'));
  }
}

/** 1–8 real sentences in random order, joined by spaces or paragraph breaks. */
export const shuffledSentences: fc.Arbitrary<string> = fc
  .array(fc.tuple(fc.constantFrom(...REAL_SENTENCES), fc.constantFrom(' ', ' ', '\n\n', '\n', '  ')), { minLength: 1, maxLength: 8 })
  .map((parts) => parts.map(([s, sep], i) => (i === 0 ? s : sep + s)).join(''));

/** Shuffled real sentences with 0–6 corruptions. */
export const corruptedArticle: fc.Arbitrary<string> = fc
  .tuple(shuffledSentences, fc.array(mutation, { maxLength: 6 }))
  .map(([text, ms]) => ms.reduce(applyMutation, text));

/** Sentences built from known names, verbs and hostile fragments: dense in entities and events. */
export const wordSalad: fc.Arbitrary<string> = fc
  .array(fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...KNOWN_WORDS) }, { weight: 1, arbitrary: fragment }), { minLength: 1, maxLength: 25 })
  .map((ws) => ws.join(' ') + '.');

/** Any string at all, including lone surrogates and control characters. */
export const anyText: fc.Arbitrary<string> = fc.oneof(fc.string({ unit: 'binary', maxLength: 200 }), fc.string({ unit: 'grapheme', maxLength: 200 }), fc.string({ maxLength: 200 }));

/** The mix every property draws from; not empty after trimming (empty articles are refused at input). */
export const articleText: fc.Arbitrary<string> = fc
  .oneof({ weight: 5, arbitrary: corruptedArticle }, { weight: 2, arbitrary: wordSalad }, { weight: 1, arbitrary: shuffledSentences }, { weight: 2, arbitrary: anyText })
  .filter((t) => t.trim() !== '');

const metaText = fc.oneof(fc.constantFrom(...HOSTILE_FRAGMENTS), fc.string({ unit: 'binary', maxLength: 30 }), fc.constantFrom('Putin calls Erdogan', 'A "quoted" <title>'));

/** A whole article record with hostile metadata (id, title, url, source) as a JSON Lines record could carry it. */
export const article: fc.Arbitrary<Article> = fc.record({
  id: fc.oneof(fc.constantFrom('a', '00-seed', 'x y', '../../etc', '<id>', '"', '😀', '\u202e', 'ns:', '#char=1,2'), fc.string({ unit: 'binary', minLength: 1, maxLength: 20 })),
  text: articleText,
  title: fc.option(metaText, { nil: undefined }),
  date: fc.option(fc.constantFrom('2025-07-18', '2024-02-29', '1999-12-31', '0001-01-01', '9999-12-31'), { nil: undefined }),
  url: fc.option(fc.oneof(fc.constantFrom('https://example.org/a', 'https://ex.org/a b', 'https://ex.org/<x>', 'http://x/"q"', 'javascript:alert(1)', 'https://ex.org/\u{1F600}', 'https://ex.org/a\\b', 'https://ex.org/{x}', 'https://ex.org/a^b`c|d'), metaText), { nil: undefined }),
  source: fc.option(metaText, { nil: undefined }),
  language: fc.option(fc.constantFrom('en', 'en-GB', 'ar', '"', '<x>', ''), { nil: undefined }),
}).map((a) => {
  const out: Article = { id: a.id, origin: 'prop', text: a.text };
  for (const k of ['title', 'date', 'url', 'source', 'language'] as const) if (a[k] !== undefined) out[k] = a[k];
  return out;
});
