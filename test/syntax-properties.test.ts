/**
 * Invariants of the syntax layer on any input: every sentence is a tree (one root, heads in range, no
 * cycle), offsets point into the text and spell the forms, tokens cover every non-space character.
 * Run counts scale with NEWSGRAPH_FC_SCALE and the seed is fixed unless NEWSGRAPH_FC_SEED says otherwise,
 * as for the other property tests (test/properties/settings.ts).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as syntax from '../src/syntax/index.js';
import type { ParsedSentence } from '../src/syntax/index.js';

const scale = Number(process.env.NEWSGRAPH_FC_SCALE ?? 1);
const settings = (numRuns: number) => ({ numRuns: Math.max(1, Math.round(numRuns * scale)), seed: process.env.NEWSGRAPH_FC_SEED ? Number(process.env.NEWSGRAPH_FC_SEED) : 20_251_207 });
const parse = syntax.parse;

const UPOS = new Set(['ADJ', 'ADP', 'ADV', 'AUX', 'CCONJ', 'DET', 'INTJ', 'NOUN', 'NUM', 'PART', 'PRON', 'PROPN', 'PUNCT', 'SCONJ', 'SYM', 'VERB', 'X']);
// News-like pieces that stress the tokenizer: contractions, abbreviations, numbers, quotes, dashes, URLs, non-ASCII.
const PIECES = [
  'The', 'president', 'said', 'on', 'Wednesday', 'that', "didn't", "Kenya's", "can't", "we'll", 'U.S.', 'Dr.', 'Mr.', 'Inc.', 'e.g.',
  '3.5', '$1,200', '10%', '2024-03-13', '9:30', '"', "'", '(', ')', ',', '.', '!', '?', ';', ':', '—', '–', '-', '...', '…',
  'https://example.org/a?b=1', 'news@example.org', 'Zürich', 'naïve', '東京', '🙂', 'gonna', 'wanna', 'cannot', 'o\'clock',
];
const SEPARATORS = [' ', ' ', ' ', '', '\n', '\n\n', '  ', '\t', ' \u00a0'];
const textArb = fc
  .array(fc.tuple(fc.oneof({ weight: 5, arbitrary: fc.constantFrom(...PIECES) }, { weight: 1, arbitrary: fc.string({ minLength: 1, maxLength: 6 }) }), fc.constantFrom(...SEPARATORS)), { maxLength: 60 })
  .map((parts) => parts.map(([p, s]) => p + s).join(''));
const formsArb = fc.array(
  fc.oneof({ weight: 5, arbitrary: fc.constantFrom(...PIECES, 'do', "n't", "'s", 'gon', 'na') }, { weight: 1, arbitrary: fc.string({ minLength: 1, maxLength: 6 }).filter((s) => !/\s/.test(s)) }),
  { minLength: 1, maxLength: 50 },
);

/** The analysis of one sentence is a tree rooted in exactly one word; returns a reason when it is not. */
function treeProblem(heads: readonly number[], deprels: readonly string[]): string | undefined {
  const n = heads.length;
  if (heads.filter((h) => h === 0).length !== 1) return `${heads.filter((h) => h === 0).length} roots`;
  for (let i = 0; i < n; i++) {
    const h = heads[i] as number;
    if (!Number.isInteger(h) || h < 0 || h > n || h === i + 1) return `word ${i + 1}: head ${h}`;
    if ((h === 0) !== (deprels[i] === 'root')) return `word ${i + 1}: head ${h} with deprel ${deprels[i]}`;
    if (!/^[a-z]+(:[a-z]+)?$/.test(deprels[i] ?? '')) return `word ${i + 1}: deprel "${deprels[i]}"`;
  }
  for (let i = 0; i < n; i++) {
    let at = i + 1;
    for (let steps = 0; at !== 0; steps++) {
      if (steps > n) return `cycle through word ${i + 1}`;
      at = heads[at - 1] as number;
    }
  }
  return undefined;
}

describe('annotate(forms)', () => {
  it('gives every word a UD analysis, and the sentence a tree', () => {
    fc.assert(
      fc.property(formsArb, (forms) => {
        const a = syntax.annotate(forms);
        expect(a).toHaveLength(forms.length);
        expect(treeProblem(a.map((w) => w.head), a.map((w) => w.deprel))).toBeUndefined();
        for (const w of a) {
          expect(UPOS.has(w.upos), w.upos).toBe(true);
          // CoNLL-U columns: no tab or line break, never empty.
          for (const col of [w.xpos, w.lemma]) expect(col).toMatch(/^[^\t\n\r]+$/);
        }
        expect(syntax.annotate(forms)).toEqual(a);
      }),
      settings(300),
    );
  });
  it('gives nothing for no words', () => {
    expect(syntax.annotate([])).toEqual([]);
  });
});

describe('parse(text)', () => {
  const parseText = parse as (text: string) => ParsedSentence[];

  it('gives trees whose offsets spell the text and cover every non-space character', () => {
    fc.assert(
      fc.property(textArb, (text) => {
        const sentences = parseText(text);
        const covered = new Array<boolean>(text.length).fill(false);
        let prevEnd = 0;
        for (const s of sentences) {
          expect(s.start).toBeGreaterThanOrEqual(prevEnd);
          expect(s.end).toBeGreaterThan(s.start);
          expect(s.end).toBeLessThanOrEqual(text.length);
          expect(s.text).toBe(text.slice(s.start, s.end));
          prevEnd = s.end;
          expect(s.words.length).toBeGreaterThan(0);
          expect(s.words.map((w) => w.id)).toEqual(s.words.map((_, i) => i + 1));
          expect(treeProblem(s.words.map((w) => w.head), s.words.map((w) => w.deprel))).toBeUndefined();
          // Tokens: multiword tokens, and the words outside them; in order, disjoint, spelling the text.
          const inMwt = new Set(s.multiwords.flatMap((m) => Array.from({ length: m.last - m.first + 1 }, (_, k) => m.first + k)));
          const tokens: Array<{ start: number; end: number; form: string; spaceAfter: boolean }> = [];
          for (const w of s.words) {
            expect(w.start).toBeGreaterThanOrEqual(s.start);
            expect(w.end).toBeLessThanOrEqual(s.end);
            expect(UPOS.has(w.upos), w.upos).toBe(true);
            if (!inMwt.has(w.id)) tokens.push(w);
          }
          for (const m of s.multiwords) {
            expect(m.first).toBeLessThan(m.last);
            const words = s.words.slice(m.first - 1, m.last);
            for (const w of words) expect(w.start >= m.start && w.end <= m.end).toBe(true);
            tokens.push({ ...m, spaceAfter: (words[words.length - 1] as { spaceAfter: boolean }).spaceAfter });
          }
          tokens.sort((a, b) => a.start - b.start);
          let tokenEnd = s.start;
          for (const t of tokens) {
            expect(t.start).toBeGreaterThanOrEqual(tokenEnd);
            expect(text.slice(t.start, t.end)).toBe(t.form);
            const next = text[t.end];
            if (next !== undefined && t.end < s.end) expect([t.form, t.spaceAfter]).toEqual([t.form, /\s/.test(next)]);
            for (let i = t.start; i < t.end; i++) covered[i] = true;
            tokenEnd = t.end;
          }
        }
        let missed = -1;
        for (let i = text.length - 1; i >= 0; i--) if (!covered[i] && !/\s/.test(text[i] as string)) missed = i;
        expect(missed === -1 ? '' : `character ${missed} "${text[missed]}" of ${JSON.stringify(text)}`).toBe('');
        expect(parseText(text)).toEqual(sentences);
      }),
      settings(200),
    );
  });
});
