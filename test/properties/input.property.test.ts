/**
 * Properties of input parsing over mutated front matter and JSON Lines: bad input only ever raises an
 * InputError naming where it is (never another exception); good input keeps the body exactly; a
 * JSON Lines corpus with corrupted lines yields every intact record, and one error per bad line.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InputError, articleFromText, parseJsonl } from '../../src/index.js';
import { articleText, HOSTILE_FRAGMENTS, applyMutation } from './generators.js';
import { runs } from './settings.js';

const yamlValue = fc.oneof(fc.constantFrom(...HOSTILE_FRAGMENTS), fc.constantFrom('2025-07-18', '2025-02-30', '&a [x]', '*a', '!!js/function f', '{a: 1}', '[1, 2]', '|\n  block', '"unclosed', 'null', '~', '2025-07-18T10:00:00Z'), fc.string({ maxLength: 20 }));
const frontMatter = fc
  .array(fc.tuple(fc.constantFrom('title', 'date', 'url', 'source', 'language', 'author', '__proto__', 'constructor', '<x>', ''), yamlValue), { maxLength: 6 })
  .map((kv) => `---\n${kv.map(([k, v]) => `${k}: ${v}`).join('\n')}\n---\n`);

describe('input properties', () => {
  it('front matter: either an article whose text is the exact body, or an InputError naming the file', () => {
    fc.assert(
      fc.property(frontMatter, articleText, fc.array(fc.record({ kind: fc.constant('insert' as const), at: fc.double({ min: 0, max: 1, noNaN: true }), s: fc.constantFrom(...HOSTILE_FRAGMENTS, '---', '\n---\n') }), { maxLength: 3 }), (fm, body, ms) => {
        const raw = ms.reduce((t, m) => applyMutation(t, m), fm) + body;
        try {
          const a = articleFromText(raw, 'id', 'fm.md');
          expect(raw.endsWith(a.text)).toBe(true);
          if (a.date !== undefined) expect(a.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
          for (const k of ['title', 'url', 'source', 'language'] as const) if (a[k] !== undefined) expect(typeof a[k]).toBe('string');
        } catch (e) {
          expect(e).toBeInstanceOf(InputError);
          expect((e as Error).message).toMatch(/^input: fm\.md: /);
          expect((e as Error).message).not.toContain('\n');
        }
      }),
      runs('input'),
    );
  });

  it('JSON Lines: intact records all come through, each broken line gives one error with its number', () => {
    const record = fc.record({ id: fc.string({ unit: 'binary', minLength: 1, maxLength: 8 }), title: fc.string({ maxLength: 10 }), text: articleText });
    fc.assert(
      fc.property(fc.array(fc.tuple(record, fc.boolean(), fc.nat()), { minLength: 1, maxLength: 8 }), (rows) => {
        const lines = rows.map(([r, broken, cut], i) => {
          const json = JSON.stringify({ ...r, id: `${i}-${r.id}` });
          return broken ? json.slice(0, cut % json.length) : json;
        });
        const { articles, errors } = parseJsonl(lines.join('\n'), 'c.jsonl');
        const intact = rows.map((row, i) => ({ i, broken: row[1] && lines[i] !== JSON.stringify({ ...row[0], id: `${i}-${row[0].id}` }) }));
        expect(articles.map((a) => a.id)).toEqual(intact.filter((r) => !r.broken && lines[r.i]!.trim() !== '').map((r) => `${r.i}-${rows[r.i]![0].id}`));
        for (const e of errors) {
          expect(e).toBeInstanceOf(InputError);
          expect(e.message).toMatch(/^input: c\.jsonl:\d+: /);
        }
        expect(errors.length).toBe(intact.filter((r) => r.broken && lines[r.i]!.trim() !== '').length);
      }),
      runs('input'),
    );
  });
});
