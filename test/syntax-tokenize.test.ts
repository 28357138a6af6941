/**
 * The syntax layer's tokenizer and sentence segmenter (src/syntax/tokenize) and the CoNLL 2018 raw text of a
 * CoNLL-U file (src/syntax/conllu/raw-text.ts): exact tokens for the conventions of UD English, sentence
 * boundaries of news text, and properties that hold for any text.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readConllu } from '../src/syntax/conllu/read.js';
import { conlluRawText } from '../src/syntax/conllu/raw-text.js';
import { tokenize } from '../src/syntax/tokenize/index.js';
import { runs } from './properties/settings.js';

/** Tokens of a text as written forms, a multiword token as its words joined by "+". */
function forms(text: string): string[] {
  return tokenize(text).flatMap((s) => s.tokens.map((t) => (t.words ? t.words.join('+') : t.form)));
}

/** Line breaks as the tokenizer knows them: LF, CR, VT, FF, NEL, LS, PS. */
function hasLineBreak(s: string): boolean {
  for (let i = 0; i < s.length; i++) if ([10, 13, 11, 12, 0x85, 0x2028, 0x2029].includes(s.charCodeAt(i))) return true;
  return false;
}

function sentences(text: string): string[] {
  return tokenize(text).map((s) => text.slice(s.start, s.end));
}

describe('tokens', () => {
  it('splits clitics into the words of one multiword token, with straight and curly apostrophes', () => {
    expect(forms("I don't think it's Bush's.")).toEqual(['I', "do+n't", 'think', "it+'s", "Bush+'s", '.']);
    expect(forms('They’re sure we can’t, and she’d go; I’m in.')).toEqual(['They+’re', 'sure', 'we', 'ca+n’t', ',', 'and', 'she+’d', 'go', ';', 'I+’m', 'in', '.']);
    expect(forms("The U.S.'s plan")).toEqual(['The', "U.S.+'s", 'plan']);
    expect(forms("in the 80's, ''quoted''")).toEqual(['in', 'the', "80's", ',', "''", 'quoted', "''"]);
    expect(forms("We'll have won't you've shouldn't've")).toEqual(["We+'ll", 'have', "wo+n't", "you+'ve", "should+n't+'ve"]);
    expect(forms('You cannot, gonna, wanna, gotta')).toEqual(['You', 'can+not', ',', 'gon+na', ',', 'wan+na', ',', 'got+ta']);
  });

  it('gives a multiword token the span of its text and words that spell it', () => {
    const [s] = tokenize('Türkiye’s minister');
    const t = s!.tokens[0]!;
    expect(t).toEqual({ start: 0, end: 9, form: 'Türkiye’s', words: ['Türkiye', '’s'] });
    expect(t.words!.join('')).toBe(t.form);
  });

  it('keeps O’Brien, L’Enfant and a plural possessive apart from quotes', () => {
    expect(forms("O'Brien met L'Enfant at the teams' hotel")).toEqual(["O'Brien", 'met', "L'Enfant", 'at', 'the', "teams+'", 'hotel']);
    expect(forms("He said 'the boys' then")).toEqual(['He', 'said', "'", 'the', 'boys', "'", 'then']);
  });

  it('keeps abbreviations, initials and numbers whole', () => {
    expect(forms('Gen. Smith and Mr. Jones met in the U.S. on Jan. 5 at 10:30 a.m. with John F. Kennedy')).toEqual(
      ['Gen.', 'Smith', 'and', 'Mr.', 'Jones', 'met', 'in', 'the', 'U.S.', 'on', 'Jan.', '5', 'at', '10:30', 'a.m.', 'with', 'John', 'F.', 'Kennedy'],
    );
    expect(forms('It cost $5 or 1,000.50 dollars, up 3.5% (e.g. fees).')).toEqual(['It', 'cost', '$', '5', 'or', '1,000.50', 'dollars', ',', 'up', '3.5', '%', '(', 'e.g.', 'fees', ')', '.']);
  });

  it('splits a unit off a number but keeps ordinals and decades', () => {
    expect(forms('At 10am the 20th 375mm gun of the 1990s cost $5m b/c of 4A')).toEqual(['At', '10', 'am', 'the', '20th', '375', 'mm', 'gun', 'of', 'the', '1990s', 'cost', '$', '5', 'm', 'b/c', 'of', '4A']);
  });

  it('keeps hashtags and user names whole', () => {
    expect(forms('@Ryan: #MeToo is #1 at 4:30pm on @example.com.')).toEqual(['@Ryan', ':', '#MeToo', 'is', '#', '1', 'at', '4:30', 'pm', 'on', '@example.com', '.']);
  });

  it('keeps a year with an apostrophe for its century whole', () => {
    expect(forms("In ’72 or '73, the '90s")).toEqual(['In', '’72', 'or', "'73", ',', 'the', "'90s"]);
  });

  it('keeps a decimal without its zero, and "b." opening a bracket', () => {
    expect(forms('He hit .265 (b. March 2009) mail a.b-c@d.org')).toEqual(['He', 'hit', '.265', '(', 'b.', 'March', '2009', ')', 'mail', 'a.b-c@d.org']);
  });

  it('reads "No." as an abbreviation only before a number', () => {
    expect(forms('He went to No. 10 Downing Street.')).toEqual(['He', 'went', 'to', 'No.', '10', 'Downing', 'Street', '.']);
    expect(forms('He said No. Then he left.')).toEqual(['He', 'said', 'No', '.', 'Then', 'he', 'left', '.']);
  });

  it('gives a sentence-final abbreviation’s period to the sentence (as EWT does)', () => {
    expect(forms('They sell pens, paper etc. The shop is big.')).toEqual(['They', 'sell', 'pens', ',', 'paper', 'etc', '.', 'The', 'shop', 'is', 'big', '.']);
  });

  it('splits hyphens except after a prefix, and keeps telephone numbers', () => {
    expect(forms('a two-year non-profit plan for 1969-1970, call 713-853-3989')).toEqual(['a', 'two', '-', 'year', 'non-profit', 'plan', 'for', '1969', '-', '1970', ',', 'call', '713-853-3989']);
  });

  it('keeps URLs, e-mail addresses, ellipses, dashes and emoticons as single tokens', () => {
    expect(forms('See https://example.org/a?b=1. Mail jo.doe@example.com... Wait -- no — fine :)')).toEqual(
      ['See', 'https://example.org/a?b=1', '.', 'Mail', 'jo.doe@example.com', '...', 'Wait', '--', 'no', '—', 'fine', ':)'],
    );
  });

  it('keeps Unicode words whole', () => {
    expect(forms('Çavuşoğlu visited Türkiye and Zürich.')).toEqual(['Çavuşoğlu', 'visited', 'Türkiye', 'and', 'Zürich', '.']);
  });
});

describe('sentences', () => {
  it('makes a dateline its own sentence', () => {
    expect(sentences('WASHINGTON (Reuters) - The U.S. said no. It left.')).toEqual(['WASHINGTON (Reuters) -', 'The U.S. said no.', 'It left.']);
    expect(sentences('GOMA, Congo (Reuters) — Rebels took the town.')).toEqual(['GOMA, Congo (Reuters) —', 'Rebels took the town.']);
    expect(sentences('LONDON — Prices rose.')).toEqual(['LONDON —', 'Prices rose.']);
    expect(sentences('BEIJING, Dec. 7 (Xinhua) -- Trade grew.')).toEqual(['BEIJING, Dec. 7 (Xinhua) --', 'Trade grew.']);
    expect(sentences('US-China talks resumed. NATO said so.')).toEqual(['US-China talks resumed.', 'NATO said so.']);
    expect(sentences('(CNN) — Stocks fell.\n(AP)Stocks rose.')).toEqual(['(CNN) —', 'Stocks fell.', '(AP)', 'Stocks rose.']);
    expect(sentences("PONCHATOULA, La. -- Sheriff's deputies came.")).toEqual(['PONCHATOULA, La. --', "Sheriff's deputies came."]);
  });

  it('keeps a title line apart from the body, and ends a sentence at every line break', () => {
    expect(sentences('Storm hits coast\nA storm hit the coast on Monday. It killed two\nmen and a dog.')).toEqual([
      'Storm hits coast',
      'A storm hit the coast on Monday.',
      'It killed two',
      'men and a dog.',
    ]);
  });

  it('does not split at abbreviations, initials, "No. 10" or decimals', () => {
    const text = 'Gen. Smith of the U.S. Army met Mr. John F. Kennedy at No. 10 on Jan. 5 as prices rose 3.5 percent. They talked.';
    expect(sentences(text)).toEqual(['Gen. Smith of the U.S. Army met Mr. John F. Kennedy at No. 10 on Jan. 5 as prices rose 3.5 percent.', 'They talked.']);
  });

  it('gives closing quotes and brackets to the sentence before', () => {
    expect(sentences('He said, "Stop." Then he left. (It rained.) Fine!')).toEqual(['He said, "Stop."', 'Then he left.', '(It rained.)', 'Fine!']);
    expect(sentences('“We won.” She smiled.')).toEqual(['“We won.”', 'She smiled.']);
    expect(sentences('He said "yes." and left.')).toEqual(['He said "yes." and left.']);
  });

  it('keeps a section number with its heading, and a decimal without zero is no sentence end', () => {
    expect(sentences('Intro\n2.1. Results of 2019\nHe hit .324 for the season.')).toEqual(['Intro', '2.1. Results of 2019', 'He hit .324 for the season.']);
    expect(forms('2.1. Results')).toEqual(['2.1.', 'Results']);
    expect(forms('2019. Results')).toEqual(['2019', '.', 'Results']);
  });

  it('splits after ? and ! but not after a mid-sentence ellipsis', () => {
    expect(sentences('Why? Because... it works! Really.')).toEqual(['Why?', 'Because... it works!', 'Really.']);
  });
});

describe('raw text of CoNLL-U', () => {
  const conllu = readFileSync(new URL('./fixtures/syntax/raw-text.conllu', import.meta.url), 'utf8');
  const raw = conlluRawText(readConllu(conllu));

  it('joins tokens by SpaceAfter, sentences of a paragraph by a space, paragraphs and documents by a newline', () => {
    expect(raw.text).toBe("I don't know. Bush's plan (2004)!\nCan't stop\nHello.");
  });

  it('gives gold sentence and token spans with the words of multiword tokens', () => {
    expect(raw.sentences.map((s) => raw.text.slice(s.start, s.end))).toEqual(["I don't know.", "Bush's plan (2004)!", "Can't stop", 'Hello.']);
    const tokens = raw.sentences.flatMap((s) => s.tokens);
    for (const t of tokens) expect(raw.text.slice(t.start, t.end)).toBe(t.form);
    expect(tokens.filter((t) => t.words.length > 1).map((t) => `${t.form}=${t.words.join('+')}`)).toEqual(["don't=do+n't", "Bush's=Bush+'s", "Can't=Ca+n't"]);
    expect(tokens.map((t) => t.form)).toContain('Hello');
    expect(tokens).toHaveLength(14);
  });

  it('puts each sentence on its own line when the input marks no paragraphs', () => {
    const unmarked = conllu.split('\n').filter((l) => !l.startsWith('# newpar')).join('\n');
    expect(conlluRawText(readConllu(unmarked)).text).toBe("I don't know.\nBush's plan (2004)!\nCan't stop\nHello.");
  });

  it('is what the tokenizer reproduces on this easy text', () => {
    const sys = tokenize(raw.text);
    expect(sys.map((s) => [s.start, s.end])).toEqual(raw.sentences.map((s) => [s.start, s.end]));
    expect(sys.flatMap((s) => s.tokens.map((t) => [t.start, t.end, t.words ?? [t.form]]))).toEqual(raw.sentences.flatMap((s) => s.tokens.map((t) => [t.start, t.end, t.words])));
  });
});

describe('properties of any text', () => {
  const pieces = fc.constantFrom(
    'word', 'U.S.', 'Gen.', "don't", 'it’s', "teams'", 'cannot', '3.5', '1,000', '$', '%', '10:30', 'non-profit', 'two-year', '713-853-3989',
    '.', '...', '?', '!', ',', '"', '“', '”', "'", '‘', '’', '(', ')', '[', ']', '-', '—', '–', ':)', 'https://a.org/x.', 'a@b.co',
    '.265', 'x.5', '(b.', 'a-b@c.de', 'Türkiye', 'Çavuşoğlu', 'WASHINGTON (Reuters) -', 'No. 10', 'F.', '😀', '\u0301', 'ﬁ', 'x',
  );
  const gaps = fc.constantFrom('', ' ', ' ', '  ', '\n', '\n\n', '\t', '\r\n', '\u00a0');
  const texts = fc.oneof(
    fc.array(fc.tuple(pieces, gaps), { maxLength: 40 }).map((xs) => xs.map(([p, g]) => p + g).join('')),
    fc.string({ maxLength: 80, unit: 'binary' }),
    fc.string({ maxLength: 40, unit: fc.constantFrom('\ud83d', '\ude00', 'a', ' ', '.', "'", '-', '\n') }),
  );

  it('covers every non-space character by exactly one token, in order, with exact forms; no token or sentence crosses a line break', () => {
    fc.assert(
      fc.property(texts, (text) => {
        const covered = new Uint8Array(text.length);
        let last = 0;
        for (const s of tokenize(text)) {
          expect(s.tokens.length).toBeGreaterThan(0);
          expect(s.start).toBe(s.tokens[0]!.start);
          expect(s.end).toBe(s.tokens[s.tokens.length - 1]!.end);
          expect(hasLineBreak(text.slice(s.start, s.end))).toBe(false);
          for (const t of s.tokens) {
            expect(t.start).toBeGreaterThanOrEqual(last);
            expect(t.end).toBeGreaterThan(t.start);
            expect(t.end).toBeLessThanOrEqual(text.length);
            expect(text.slice(t.start, t.end)).toBe(t.form);
            expect(/\s/.test(t.form)).toBe(false);
            if (t.words !== undefined) {
              expect(t.words.length).toBeGreaterThan(1);
              for (const w of t.words) expect(w.length).toBeGreaterThan(0);
              expect(t.words.join('')).toBe(t.form);
            }
            for (let i = t.start; i < t.end; i++) covered[i]! += 1;
            last = t.end;
          }
        }
        for (let i = 0; i < text.length; i++) expect(covered[i]).toBe(/\s/.test(text[i]!) || text[i] === '\u200b' || text[i] === '\ufeff' ? 0 : 1);
      }),
      runs('input'),
    );
  });
});
