/**
 * Properties of extraction over generated and mutated article text (test/properties/generators.ts):
 * it never throws, every offset lies inside the text, and every stored surface string equals the
 * text at its offsets.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultKnowledge, extractArticle } from '../../src/index.js';
import type { ArticleExtraction } from '../../src/index.js';
import { articleText, REAL_SENTENCES } from './generators.js';
import { runs } from './settings.js';

const kb = defaultKnowledge();

/** Every span of the extraction that is outside the text, inverted, or whose stored text differs. */
export function offsetProblems(x: ArticleExtraction): string[] {
  const text = x.doc.text;
  const bad: string[] = [];
  const check = (what: string, s: number, e: number, surface?: string) => {
    if (!(Number.isInteger(s) && Number.isInteger(e) && 0 <= s && s <= e && e <= text.length)) bad.push(`${what} [${s},${e}) outside 0..${text.length}`);
    else if (surface !== undefined && text.slice(s, e) !== surface) bad.push(`${what} [${s},${e}) ${JSON.stringify(surface)} ≠ ${JSON.stringify(text.slice(s, e))}`);
  };
  for (const s of x.doc.sentences) check('sentence', s.start, s.end);
  for (const t of x.doc.tokens) check('token', t.start, t.end, t.text);
  for (const e of x.doc.nlpEntities) check('nlp entity', e.start, e.end, e.text);
  for (const m of x.mentions) check('mention', m.start, m.end, m.text);
  for (const t of x.times) check('time', t.start, t.end, t.text);
  for (const q of x.quantities) check('quantity', q.start, q.end, q.text);
  for (const q of x.quotes) check('quote', q.start, q.end);
  for (const a of x.attributions) check('attribution', a.start, a.end);
  for (const e of x.events) {
    check('trigger', e.trigger.start, e.trigger.end, e.trigger.text);
    for (const o of e.otherTriggers) check('other trigger', o.start, o.end, o.text);
    if (e.time) check('event time', e.time.start, e.time.end, e.time.text);
    for (const t of e.topics) check('topic', t.span.start, t.span.end);
  }
  for (const m of x.mentions) if (!x.doc.sentences[m.sentence]) bad.push(`mention ${m.id} in missing sentence ${m.sentence}`);
  for (const f of x.facts) if (!x.doc.sentences[f.sentence]) bad.push(`fact in missing sentence ${f.sentence}`);
  return bad;
}

describe('extraction properties', () => {
  it('the generators draw on the real sentences of data/articles', () => {
    expect(REAL_SENTENCES.length).toBeGreaterThan(50);
  });

  it('never throws; offsets lie inside the text; stored strings equal the text at their offsets', () => {
    fc.assert(
      fc.property(articleText, fc.option(fc.constantFrom('2025-07-18', '2024-02-29', '1970-01-01'), { nil: undefined }), (text, date) => {
        const x = extractArticle({ id: 'p', origin: 'property', text, ...(date ? { date } : {}) }, kb);
        expect(x.doc.text).toBe(text);
        expect(offsetProblems(x)).toEqual([]);
      }),
      runs('extraction'),
    );
  }, 300_000);
});
