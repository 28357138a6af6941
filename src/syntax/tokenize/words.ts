import type { RawToken } from '../types.js';
import { DIGIT, HIGH_SURROGATE, LETTER, NEWLINE, SPACE, charClass, isAlnum, isApostrophe, isBlank, isDigit, isLetter, isUpper } from './chars.js';
import { abbreviations, beforeNumber, hyphenPrefixes, sentenceStarters, titles } from './lexicon.js';
import { multiwordParts } from './multiwords.js';

/**
 * The token scanner: text → surface tokens with exact offsets, following UD English (EWT, GUM) conventions.
 * It walks char codes and only slices a string per token. Words keep internal periods ("U.S.", "1.5",
 * "cnn.com"), digit-group commas ("1,000"), clock colons ("10:30"), word-internal apostrophes ("don't",
 * "O'Brien": multiwords.ts then splits clitics) and the hyphen after a prefix ("non-profit"); other hyphens are
 * tokens of their own ("two - year"), as are "$", "%" and other symbols.
 */

const URL = /(?:(?:https?|ftp):\/\/|www\.)[^\s<>"“”]+/y;
// Also EWT's mail headers: obfuscated "franz371...@gmail.com" and host-less "Warner@ENRON".
const EMAIL = /[\p{L}\p{N}._%+-]+@(?:[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+|[A-Z][A-Za-z]+\b)/uy;
// Telephone numbers and numeric dates stay one token in EWT ("713-853-3989", "345-9945", "11-20-2000");
// number ranges ("1969 - 1970", "10 - 15") are split.
const PHONE_OR_DATE = /(?:(?:\d-)?(?:\d{3}-)?\d{3}-\d{4}|\d-\d{4}|\d{1,2}-\d{1,2}-(?:\d{4}|\d{2}))(?![\d-])/y;
const NUMBER_UNIT = /[\d.,:]+([a-zA-Z]+)/y;
// Hashtags and user names: "#audiobooks", "@Ryan", "@paulhastings.com" (EWT, GUM); "#1" is "#" "1" as in EWT.
const TAG = /[#@][\p{L}_][\p{L}\p{N}_]*(?:\.[\p{L}\p{N}_]+)*/uy;
const WHOLE_NUMBER_SUFFIX = /^(?:st|nd|rd|th|s|ST|ND|RD|TH|[A-Z])$/;
const EMOTICON = /(?:[:;=8][-o^']?[)(\][DPpOo3|\\/*]|<3)(?=[\s.,!?]|$)/y;

const PERIOD = 0x2e;
const COMMA = 0x2c;
const COLON = 0x3a;
const HYPHEN = 0x2d;
const SLASH = 0x2f;
const AMPERSAND = 0x26;
const AT = 0x40;
const UNDERSCORE = 0x5f;

/** Characters whose runs form one token ("...", "?!", "--", "***", "====", "<<"). */
function runGroup(c: number): number {
  if (c === PERIOD || c === 0x21 || c === 0x3f) return 1; // . ! ?
  if (c === HYPHEN || c === 0x2a || c === 0x3d || c === 0x3c || c === 0x3e || c === UNDERSCORE || c === 0x7e || c === 0x23 || c === 0x2b || c === 0x60 || c === 0x2026 || c === 0x24) return c;
  return 0;
}

function isSkinTone(cp: number): boolean {
  return cp >= 0x1f3fb && cp <= 0x1f3ff;
}

/** Trailing characters that end a sentence or close a phrase rather than belong to a URL. */
function isUrlTrailer(c: number): boolean {
  return c === PERIOD || c === COMMA || c === 0x3b || c === COLON || c === 0x21 || c === 0x3f || c === 0x29 || c === 0x5d || c === 0x7d || c === 0x27 || c === 0x22 || c === 0x2019 || c === 0x201d;
}

export class TokenScanner {
  private readonly text: string;
  private readonly n: number;
  readonly tokens: RawToken[] = [];
  /** A single quote opened a quotation on this line, so "s'" closes it rather than marking a plural possessive. */
  private singleQuoteOpen = false;

  constructor(text: string) {
    this.text = text;
    this.n = text.length;
  }

  private code(i: number): number {
    return i < this.n ? this.text.charCodeAt(i) : -1;
  }

  private push(start: number, end: number): void {
    const form = this.text.slice(start, end);
    const words = multiwordParts(form);
    this.tokens.push(words === undefined ? { start, end, form } : { start, end, form, words });
  }

  scan(): RawToken[] {
    let i = 0;
    while (i < this.n) {
      const c = this.text.charCodeAt(i);
      const k = charClass(c);
      if (k === SPACE) i++;
      else if (k === NEWLINE) {
        this.singleQuoteOpen = false;
        i++;
      } else {
        const next = k === LETTER || k === DIGIT ? this.word(i) : k === HIGH_SURROGATE ? this.astral(i) : this.symbol(i);
        // Every scanner consumes at least one char; this guard keeps a future bug from looping forever.
        if (next > i) i = next;
        else {
          this.push(i, i + 1);
          i++;
        }
      }
    }
    return this.tokens;
  }

  /** A URL or e-mail address starting at i, without trailing punctuation; its end, or -1. */
  private link(i: number, re: RegExp): number {
    re.lastIndex = i;
    if (!re.test(this.text)) return -1;
    let end = re.lastIndex;
    while (end > i + 1 && isUrlTrailer(this.text.charCodeAt(end - 1))) end--;
    return end;
  }

  /** Scans a word from `start` (a letter, digit or the period of ".265"); pushes it (a unit after a number as a token of its own) and returns where it ends. */
  private word(start: number): number {
    const text = this.text;
    if (this.code(start) === 0x77 /* w */ && this.code(start + 1) === 0x77) {
      const end = this.link(start, URL);
      if (end > 0) {
        this.push(start, end);
        return end;
      }
    }
    let j = this.code(start) === PERIOD ? start + 1 : start; // ".265" starts with its period
    let segment = start; // start of the current hyphen-separated part, for the prefix test
    let innerPeriod = false;
    for (;;) {
      const c = this.code(j);
      const k = c < 0 ? -1 : charClass(c);
      if (k === LETTER || k === DIGIT) {
        j++;
        continue;
      }
      const prev = text.charCodeAt(j - 1);
      const next = this.code(j + 1);
      if (c === PERIOD && isAlnum(next) && isAlnum(prev)) {
        innerPeriod = true;
        j++;
        continue;
      }
      if (c === COMMA && isDigit(prev) && isDigit(next) && isDigit(this.code(j + 2)) && isDigit(this.code(j + 3)) && !isDigit(this.code(j + 4))) {
        j++;
        continue;
      }
      if (c === COLON && isDigit(prev) && isDigit(next)) {
        j++;
        continue;
      }
      if (isApostrophe(c) && isAlnum(prev) && isLetter(next)) {
        j++;
        continue;
      }
      if ((c === AMPERSAND && isUpper(prev) && isUpper(next)) || (c === SLASH && ((isDigit(prev) && isDigit(next)) || this.isLetterSlashLetter(j))) || (c === UNDERSCORE && isAlnum(next))) {
        j++;
        continue;
      }
      if (c === HYPHEN && isAlnum(next)) {
        if (isDigit(prev) && isDigit(next)) {
          PHONE_OR_DATE.lastIndex = segment;
          if (PHONE_OR_DATE.test(text)) {
            j = PHONE_OR_DATE.lastIndex;
            segment = j;
            continue;
          }
        } else if (isLetter(prev) && j - segment <= 7 && hyphenPrefixes.has(text.slice(segment, j).toLowerCase())) {
          j++;
          segment = j;
          continue;
        }
        if (this.hasAtAhead(j)) {
          const end = this.link(start, EMAIL); // "claire.bailey-ross@port.ac.uk"
          if (end > j) {
            this.push(start, end);
            return end;
          }
        }
        break;
      }
      // A word broken off in speech keeps its hyphen ("th-", "Stoddar-"), as in GUM; so does "pre-" in "pre- and post-war".
      if (c === HYPHEN && isLetter(prev) && (next < 0 || isBlank(next) || next === COMMA || next === 0x2014 || next === 0x2013 || next === 0x3f)) {
        j++;
        break;
      }
      if ((c === AT && isAlnum(next)) || (c === PERIOD && next === PERIOD && this.hasAtAhead(j)) || (c === COLON && next === SLASH && this.code(j + 2) === SLASH)) {
        const end = this.link(start, c === COLON ? URL : EMAIL);
        if (end > j) {
          this.push(start, end);
          return end;
        }
      }
      break;
    }
    // A number with a unit or time is two tokens ("375" "mm", "10" "am", "65" "k"); ordinals, decades and a
    // single capital stay whole ("20th", "1990s", "4A"), as in EWT and GUM.
    if (isDigit(text.charCodeAt(start)) && isLetter(text.charCodeAt(j - 1))) {
      NUMBER_UNIT.lastIndex = start;
      const m = NUMBER_UNIT.exec(text);
      if (m !== null && NUMBER_UNIT.lastIndex === j && !WHOLE_NUMBER_SUFFIX.test(m[1]!)) {
        this.push(start, j - m[1]!.length);
        start = j - m[1]!.length;
      }
    }
    let end = j;
    const c = this.code(j);
    // "Inc.." is "Inc." + "."; a longer run of periods is an ellipsis after the word.
    const periods = c === PERIOD ? (this.code(j + 1) !== PERIOD ? 1 : this.code(j + 2) !== PERIOD ? 2 : 3) : 0;
    if (periods > 0 && periods < 3 && this.keepsPeriod(start, j, innerPeriod, periods === 2)) {
      end = j + 1;
      // "U.S.'s" = "U.S." + "'s"
      if (isApostrophe(this.code(end)) && (this.code(end + 1) | 0x20) === 0x73 && !isAlnum(this.code(end + 2))) end += 2;
    } else if (isApostrophe(c) && this.code(j - 1) === 0x73 /* s */ && j - start >= 2 && this.isPluralPossessive(j)) end = j + 1;
    this.push(start, end);
    return end;
  }

  /**
   * Whether the period at j is part of the word [start, j): an abbreviation, an initial, "U.S.", "No. 10".
   * As in EWT, a sentence-final abbreviation gives its period to the sentence ("etc" + "."): the period is
   * split off when the line ends or a capitalised sentence starter follows, unless the word is a title.
   */
  private keepsPeriod(start: number, j: number, innerPeriod: boolean, doubled: boolean): boolean {
    if (this.isListNumber(start, j)) return true;
    if (!this.isAbbreviation(start, j, innerPeriod)) return false;
    if (doubled) return true;
    if (titles.has(this.text.slice(start, j))) return true;
    return !this.sentenceFollows(j + 1);
  }

  /** A section or list number at the start of a line, before a space: "2." or "2.1." in "2.1. Results" (GUM). */
  private isListNumber(start: number, j: number): boolean {
    const text = this.text;
    if (j - start > 8 || charClass(this.code(j + 1)) !== SPACE) return false;
    let digits = 0; // at most two digits a group: "12." is a list number, "2019." a year
    for (let i = start; i < j; i++) {
      const c = text.charCodeAt(i);
      if (c === PERIOD) digits = 0;
      else if (!isDigit(c) || ++digits > 2) return false;
    }
    let b = start - 1;
    while (b >= 0 && charClass(text.charCodeAt(b)) === SPACE) b--;
    return b < 0 || charClass(text.charCodeAt(b)) === NEWLINE;
  }

  /** Whether the line ends after position i, or the next word is a capitalised sentence starter ("The", "He"). */
  private sentenceFollows(i: number): boolean {
    const text = this.text;
    while (i < this.n && charClass(text.charCodeAt(i)) === SPACE) i++;
    if (i >= this.n || charClass(text.charCodeAt(i)) === NEWLINE) return true;
    if (!isUpper(text.charCodeAt(i))) return false;
    let e = i + 1;
    while (e < this.n && isLetter(text.charCodeAt(e))) e++;
    return e - i <= 12 && sentenceStarters.has(text.slice(i, e).toLowerCase());
  }

  private isAbbreviation(start: number, j: number, innerPeriod: boolean): boolean {
    const text = this.text;
    const len = j - start;
    if (innerPeriod) {
      // Letter groups of at most 3 with a short last one: "U.S", "e.g", "Ph.D", "a.m" — not "cnn.com" or "1.5".
      let seg = 0;
      for (let i = start; i < j; i++) {
        const c = text.charCodeAt(i);
        if (c === PERIOD) seg = 0;
        else if (!isLetter(c) || ++seg > 3) return false;
      }
      return seg <= 2;
    }
    if (len > 8) return false;
    const form = text.slice(start, j);
    if (abbreviations.has(form)) return true;
    if (beforeNumber.has(form)) {
      let k = j + 1;
      while (k < this.n && charClass(text.charCodeAt(k)) === SPACE) k++;
      if (isDigit(this.code(k))) return true;
    }
    if (len !== 1) return false;
    // An initial ("John F. Kennedy"), or "b."/"d."/"m." opening a bracket ("(b. March 2009)", "(d. 1990)").
    const c = text.charCodeAt(start);
    return isUpper(c) || (isLetter(c) && start > 0 && text.charCodeAt(start - 1) === 0x28);
  }

  /** Whether an "@" comes before the next blank (a hyphen inside an e-mail address). */
  private hasAtAhead(j: number): boolean {
    for (let k = j; k < this.n && k < j + 64; k++) {
      const c = this.text.charCodeAt(k);
      if (c === AT) return true;
      if (isBlank(c)) return false;
    }
    return false;
  }

  /** "b/c", "w/o": one letter, a slash and one letter make one token (EWT). */
  private isLetterSlashLetter(j: number): boolean {
    return isLetter(this.code(j - 1)) && !isAlnum(this.code(j - 2)) && isLetter(this.code(j + 1)) && !isAlnum(this.code(j + 2));
  }

  /** An apostrophe after "s" at j ends a plural possessive ("the teams' coaches") unless it closes a quotation. */
  private isPluralPossessive(j: number): boolean {
    if (this.singleQuoteOpen) return false;
    const next = this.code(j + 1);
    return next < 0 || isBlank(next);
  }

  /** A surrogate pair (emoji, astral character), with variation selectors and zero-width-joined pairs after it. */
  private astral(i: number): number {
    const text = this.text;
    const low = this.code(i + 1);
    if (low < 0xdc00 || low > 0xdfff) {
      this.push(i, i + 1); // a lone surrogate (broken text) is a token of its own
      return i + 1;
    }
    let end = i + 2;
    for (;;) {
      const c = this.code(end);
      if (c === 0xfe0f) end++;
      else if (c === 0x200d && charClass(this.code(end + 1)) === HIGH_SURROGATE && end + 3 <= this.n) end += 3;
      else if (charClass(c) === HIGH_SURROGATE && text.charCodeAt(end + 1) >= 0xdc00 && isSkinTone(text.codePointAt(end) as number)) end += 2;
      else break;
    }
    this.push(i, end);
    return end;
  }

  /** Punctuation and symbols: runs of one kind stay together, emoticons are one token, the rest one char each. */
  private symbol(i: number): number {
    const text = this.text;
    const c = text.charCodeAt(i);
    if (c === COLON || c === 0x3b || c === 0x3d || c === 0x3c || c === 0x38) {
      const prev = i > 0 ? text.charCodeAt(i - 1) : 0x20;
      if (isBlank(prev)) {
        EMOTICON.lastIndex = i;
        if (EMOTICON.test(text)) {
          this.push(i, EMOTICON.lastIndex);
          return EMOTICON.lastIndex;
        }
      }
    }
    if (isApostrophe(c) || c === 0x2018) {
      const next = this.code(i + 1);
      const before = i > 0 ? text.charCodeAt(i - 1) : 0x20;
      // A year with its century left out: "'72", "’90s".
      if (isDigit(next) && isDigit(this.code(i + 2)) && !isDigit(this.code(i + 3)) && !isAlnum(before)) {
        let end = i + 3;
        if (this.code(end) === 0x73 /* s */ && !isAlnum(this.code(end + 1))) end++;
        if (!isAlnum(this.code(end))) {
          this.push(i, end);
          return end;
        }
      }
      if (next === c) {
        this.push(i, i + 2); // '' as a double quote
        return i + 2;
      }
      const prev = i > 0 ? text.charCodeAt(i - 1) : 0x20;
      if (isLetter(next) && !isAlnum(prev)) this.singleQuoteOpen = true;
      else if (!isLetter(next) && isAlnum(prev)) this.singleQuoteOpen = false;
      this.push(i, i + 1);
      return i + 1;
    }
    if ((c === 0x23 || c === AT) && isLetter(this.code(i + 1)) && (i === 0 || !isAlnum(text.charCodeAt(i - 1)))) {
      TAG.lastIndex = i;
      if (TAG.test(text)) {
        this.push(i, TAG.lastIndex);
        return TAG.lastIndex;
      }
    }
    if (c === PERIOD && isDigit(this.code(i + 1)) && (i === 0 || !isAlnum(text.charCodeAt(i - 1)))) return this.word(i); // ".265"
    const group = runGroup(c);
    let end = i + 1;
    if (group !== 0) while (end < this.n && runGroup(text.charCodeAt(end)) === group) end++;
    this.push(i, end);
    return end;
  }
}

/** The surface tokens of a text, in order, with exact offsets (UD words of multiword tokens in `words`). */
export function scanTokens(text: string): RawToken[] {
  return new TokenScanner(text).scan();
}
