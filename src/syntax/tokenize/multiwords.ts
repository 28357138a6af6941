import { isApostrophe, isDigit } from './chars.js';
import { clitics, wholeWordMultiwords } from './lexicon.js';

/** The longest key of wholeWordMultiwords, so that longer tokens skip the look-up (and its lower-casing). */
const longestWholeWord = Math.max(...[...wholeWordMultiwords.keys()].map((k) => k.length));
/** First and last letters (lower case) of the keys: a cheap filter run before lower-casing a token. */
const wholeWordEnds = new Set([...wholeWordMultiwords.keys()].map((k) => k.charCodeAt(0) * 65536 + k.charCodeAt(k.length - 1)));

function mayBeWholeWordMultiword(form: string): boolean {
  return form.length <= longestWholeWord && wholeWordEnds.has((form.charCodeAt(0) | 0x20) * 65536 + (form.charCodeAt(form.length - 1) | 0x20));
}

/** Whether `form` ends with the clitic (written with a straight apostrophe) in any case and with either apostrophe. */
function endsWithClitic(form: string, clitic: string): boolean {
  const offset = form.length - clitic.length;
  if (offset <= 0) return false; // the host word must not be empty
  for (let k = 0; k < clitic.length; k++) {
    const want = clitic.charCodeAt(k);
    const got = form.charCodeAt(offset + k);
    if (want === 0x27) {
      if (!isApostrophe(got)) return false;
    } else if (got !== want && got !== want - 32) return false; // clitics are ASCII lower case
  }
  return true;
}

/**
 * The UD words of a token that UD English splits ("don't" → "do" + "n't", "Bush's" → "Bush" + "'s",
 * "cannot" → "can" + "not", "years'" → "years" + "'"), sliced from the token so that they spell it; undefined
 * for a token of one word. Only clitics at the end are split, so "O'Brien" and "L'Enfant" stay whole.
 */
export function multiwordParts(form: string): string[] | undefined {
  if (mayBeWholeWordMultiword(form)) {
    const parts = wholeWordMultiwords.get(form.toLowerCase());
    if (parts !== undefined) {
      const out: string[] = [];
      let at = 0;
      for (const p of parts) {
        out.push(form.slice(at, at + p.length));
        at += p.length;
      }
      return out;
    }
  }
  if (form.indexOf("'") < 0 && form.indexOf('’') < 0) return undefined;
  const last = form.charCodeAt(form.length - 1);
  // A plural possessive ("years'"): the scanner only keeps such a final apostrophe on the word when it is one.
  if (isApostrophe(last)) {
    const s = form.charCodeAt(form.length - 2) | 0x20;
    return s === 0x73 ? [form.slice(0, -1), form.slice(-1)] : undefined; // not "''" (a double quote)
  }
  const tail: string[] = [];
  let rest = form;
  // Two rounds for stacked clitics ("shouldn't've" → "should" + "n't" + "'ve").
  for (let round = 0; round < 2; round++) {
    const clitic = clitics.find((c) => endsWithClitic(rest, c));
    if (clitic === undefined) break;
    // "the 80's", "1590's": a plural of a number, one word in EWT.
    if (clitic === "'s" && isDigit(rest.charCodeAt(rest.length - 3))) break;
    tail.unshift(rest.slice(rest.length - clitic.length));
    rest = rest.slice(0, rest.length - clitic.length);
  }
  if (tail.length === 0) return undefined;
  return [rest, ...tail];
}
