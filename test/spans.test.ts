/**
 * Date, duration, time and number spans read over the document's own words (src/nlp/spans.ts): each case names
 * the phrase it must find, and the look-alikes it must leave alone.
 */
import { describe, expect, it } from 'vitest';
import { analyse } from '../src/nlp/document.js';

function spans(text: string): string[] {
  return analyse(text).nlpEntities.map((e) => `${e.type} ${e.text}`);
}

describe('date phrases', () => {
  it('finds weekdays, months with days and years, relative phrases and decades', () => {
    expect(spans('Putin called Erdogan on Friday.')).toEqual(['DATE Friday']);
    expect(spans('The talks resumed on June 12, 2024 in Istanbul.')).toEqual(['DATE June 12, 2024']);
    expect(spans('Prices rose earlier this year and fell in late June.')).toEqual(['DATE earlier this year', 'DATE late June']);
    expect(spans('The mine closed three years ago, in the 1990s boom.')).toEqual(['DATE three years ago', 'DATE 1990s']);
    expect(spans('The church was built in the 13th century.')).toEqual(['DATE 13th century']);
  });

  it('leaves alone a surname that is a month, a lower-case verb and a count that looks like a year', () => {
    expect(spans('Theresa May met the leaders.')).toEqual([]);
    expect(spans('They may march to the capital.')).toEqual([]);
    expect(spans('About 2000 people marched.')).toEqual(['CARDINAL 2000']);
  });
});

describe('durations', () => {
  it('reads open and closed ranges as one span', () => {
    expect(spans('He has led the party since 2015.')).toEqual(['DURATION since 2015']);
    expect(spans('He governed from 2004 to 2009.')).toEqual(['DURATION from 2004 to 2009']);
    expect(spans('The truce held for two weeks.')).toEqual(['DURATION two weeks']);
  });
});

describe('amounts', () => {
  it('reads money, percentages, cardinals and clock times', () => {
    expect(spans('The fund pledged $5 million.')).toEqual(['MONEY $5 million']);
    expect(spans('Turnout was 85% among 1,200 voters.')).toEqual(['PERCENT 85%', 'CARDINAL 1,200']);
    expect(spans('Two hundred and fifty people were evacuated.')).toEqual(['CARDINAL Two hundred and fifty']);
    expect(spans('The blast happened at 10:30 a.m. on Monday.')).toEqual(['TIME 10:30 a.m.', 'DATE Monday']);
  });
});
