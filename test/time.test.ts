import { describe, expect, it } from 'vitest';
import { resolveDate } from '../src/extract/time.js';
import { defaultKnowledge, extractArticle } from '../src/index.js';

// Article date 2025-07-18 is a Friday.
const REF = '2025-07-18';
describe('resolveDate', () => {
  it.each([
    ['Friday', 'on Friday', false, '2025-07-18', 'date'],
    ['Tuesday', 'on Tuesday', false, '2025-07-15', 'date'],
    ['Monday', 'on Monday', false, '2025-07-14', 'date'],
    ['Monday', 'on Monday', true, '2025-07-21', 'date'],
    ['late June', 'in late June', false, '2025-06', 'gYearMonth'],
    ['this year', 'earlier this year', false, '2025', 'gYear'],
    ['2022', 'in 2022', false, '2022', 'gYear'],
    ['March 3', 'on March 3', false, '2025-03-03', 'date'],
    ['by 2050', 'by 2050', false, '2050', 'gYear'],
    ['Seventeen years ago', 'Seventeen years ago', false, '2008', 'gYear'],
    ['two days ago', 'two days ago', false, '2025-07-16', 'date'],
    ['a week ago', 'a week ago', false, '2025-07-11', 'date'],
    ['two weeks ago', 'two weeks ago', false, '2025-07-04', 'date'],
  ])('%s (%s, future=%s) → %s', (core, phrase, future, value, granularity) => {
    expect(resolveDate(core, phrase, REF, future)).toEqual({ value, granularity });
  });
  it('gives a week-level phrase the month it lies in, never a guessed day', () => {
    expect(resolveDate('last week', 'last week', REF, false)).toEqual({ value: '2025-07', granularity: 'gYearMonth' });
    // The week of Monday 2025-06-30 straddles June and July: only the year is certain.
    expect(resolveDate('last week', 'last week', '2025-07-08', false)).toEqual({ value: '2025', granularity: 'gYear' });
    expect(resolveDate('weeks', 'in recent weeks', REF, false)).toBeUndefined();
  });
  it('reads "mid-2024" as the year', () => {
    expect(resolveDate('mid-2024', 'in mid-2024', REF, false)).toEqual({ value: '2024', granularity: 'gYear' });
  });
});

describe('time expressions read from ranges and "since"', () => {
  const text = 'The economy contracted between April and June. Output has grown since 2003.';
  const x = extractArticle({ id: 'since', text, date: '2008-11-18', origin: 'since' }, defaultKnowledge());
  it('puts a yearless start that chrono placed after the end in the year before ("between April and June" in November)', () => {
    const r = x.times.find((t) => t.text === 'between April and June')?.range;
    expect([r?.from.value, r?.to.value]).toEqual(['2008-04', '2008-06']);
  });
  it('reads "since 2003" as a beginning, with no value of its own', () => {
    const t = x.times.find((t) => t.text === 'since 2003');
    expect(t?.value).toBeUndefined();
    expect(t?.begins).toMatchObject({ text: '2003', value: '2003', granularity: 'gYear', start: text.indexOf('2003') });
  });
});
