import { describe, expect, it } from 'vitest';
import { resolveDate } from '../src/extract/time.js';

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
