import type { RawToken, TokenizedSentence } from '../types.js';
import { NEWLINE, charClass, isDigit, isLetter, isUpper } from './chars.js';
import { agencies } from './lexicon.js';

/**
 * Sentence segmentation over the scanned tokens. A line break always ends a sentence; otherwise a sentence
 * ends at . ! ? … (with the quotes and brackets that close after them) when the next token could start a
 * sentence. Abbreviations keep their period inside the token unless a sentence follows (words.ts decides),
 * so "Gen." or "U.S." never end a sentence here. A news dateline ("WASHINGTON (Reuters) -",
 * "GOMA, Congo (Reuters) —") is a sentence of its own.
 */

function hasNewline(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (charClass(text.charCodeAt(i)) === NEWLINE) return true;
  return false;
}

/** ".", "!?", "...", "…": a run of sentence-final punctuation. */
function isTerminal(form: string): boolean {
  for (let i = 0; i < form.length; i++) {
    const c = form.charCodeAt(i);
    if (c !== 0x2e && c !== 0x21 && c !== 0x3f && c !== 0x2026) return false; // not ".265"
  }
  return true;
}

function isClosing(form: string): boolean {
  if (form.length !== 1) return form === "''" || form === '’’';
  const c = form.charCodeAt(0);
  return c === 0x22 || c === 0x27 || c === 0x29 || c === 0x5d || c === 0x7d || c === 0x201d || c === 0x2019 || c === 0xbb;
}

function isDash(form: string): boolean {
  return form === '-' || form === '--' || form === '—' || form === '–' || form === '―';
}

/** Whether a token can open a sentence: a capitalised word, a number, an opening quote or bracket. */
function canStart(form: string): boolean {
  const c = form.charCodeAt(0);
  if (isLetter(c)) return isUpper(c);
  if (isDigit(c)) return true;
  return c === 0x22 || c === 0x27 || c === 0x28 || c === 0x5b || c === 0x201c || c === 0x2018 || c === 0xab || c === 0x2d || c === 0x2014 || c === 0x24 || c === 0x2a || c === 0x23;
}

/** A lower-case word after . ! ? starts a sentence in informal text ("where did you grow up? india?"). */
function isLowerWord(form: string): boolean {
  const c = form.charCodeAt(0);
  return isLetter(c) && !isUpper(c);
}

function isAllCapsWord(form: string): boolean {
  if (form.length < 2) return false;
  for (let i = 0; i < form.length; i++) {
    const c = form.charCodeAt(i);
    if (!(isUpper(c) || c === 0x2e || c === 0x2d || c === 0x27)) return false;
  }
  return true;
}

/** "(" agency ")" on one line from token `first`: "(CNN)", "(Reuters)". */
function isAgencyMark(text: string, tokens: readonly RawToken[], first: number): boolean {
  const close = tokens[first + 2];
  return tokens[first]!.form === '(' && close !== undefined && close.form === ')' && agencies.has(tokens[first + 1]!.form.toLowerCase()) && !hasNewline(text, tokens[first]!.end, close.start);
}

/**
 * If a dateline starts at token `first` ("WASHINGTON (Reuters) -", "GOMA, Congo (Reuters) —",
 * "LONDON, March 3 (AP) --", "BEIJING —"), the index of its dash; else -1. It must be followed by more
 * text on the same line.
 */
function datelineEnd(text: string, tokens: readonly RawToken[], first: number): number {
  if (isAgencyMark(text, tokens, first)) {
    // "(CNN) — The …" or "(CNN)The …": the mark, with its dash if one follows.
    const dash = tokens[first + 3];
    const end = dash !== undefined && isDash(dash.form) && !hasNewline(text, tokens[first + 2]!.end, dash.start) ? first + 3 : first + 2;
    const after = tokens[end + 1];
    return after !== undefined && !hasNewline(text, tokens[end]!.end, after.start) ? end : -1;
  }
  if (!isAllCapsWord(tokens[first]!.form)) return -1;
  let sawAgency = false;
  let onlyPlace = true; // without an agency, only capitalised place words and commas may precede the dash
  for (let t = first + 1; t < tokens.length && t < first + 14; t++) {
    const tok = tokens[t]!;
    if (hasNewline(text, tokens[t - 1]!.end, tok.start)) return -1;
    const f = tok.form;
    if (isDash(f)) {
      // A dateline's dash stands between spaces; "US-China talks" is no dateline.
      if ((!sawAgency && !onlyPlace) || tok.start === tokens[t - 1]!.end) return -1;
      const after = tokens[t + 1];
      return after !== undefined && !hasNewline(text, tok.end, after.start) ? t : -1;
    }
    if (f === '(' && t + 2 < tokens.length && tokens[t + 2]!.form === ')' && agencies.has(tokens[t + 1]!.form.toLowerCase())) {
      sawAgency = true;
      t += 2;
      continue;
    }
    if (isTerminal(f) || f === '"' || f === '“') return -1;
    if (f !== ',' && !isUpper(f.charCodeAt(0))) onlyPlace = false;
    if (sawAgency) return -1; // the dash must follow the agency
  }
  return -1;
}

/** Groups tokens into sentences; every token lands in exactly one sentence, in order. */
export function splitSentences(text: string, tokens: readonly RawToken[]): TokenizedSentence[] {
  const sentences: TokenizedSentence[] = [];
  let from = 0;
  const close = (to: number) => {
    if (to <= from) return;
    const slice = tokens.slice(from, to);
    sentences.push({ start: slice[0]!.start, end: slice[slice.length - 1]!.end, tokens: slice });
    from = to;
  };
  let lineStart = true;
  for (let t = 0; t < tokens.length; t++) {
    const tok = tokens[t]!;
    if (t > 0 && hasNewline(text, tokens[t - 1]!.end, tok.start)) {
      close(t);
      lineStart = true;
    }
    if (lineStart) {
      lineStart = false;
      const dash = datelineEnd(text, tokens, t);
      if (dash >= 0) {
        close(dash + 1);
        t = dash;
        continue;
      }
    }
    const f = tok.form;
    if (!isTerminal(f)) continue;
    // Take the quotes and brackets that close right after the punctuation into this sentence.
    let u = t + 1;
    while (u < tokens.length && isClosing(tokens[u]!.form) && !hasNewline(text, tokens[u - 1]!.end, tokens[u]!.start)) {
      // A straight quote after a space, touching the word after it, opens the next sentence.
      const q = tokens[u]!;
      const spaced = q.start > tokens[u - 1]!.end;
      const touchesNext = u + 1 < tokens.length && tokens[u + 1]!.start === q.end;
      if (spaced && touchesNext && (q.form === '"' || q.form === "'")) break;
      u++;
    }
    // Wikipedia-style reference marks after the period belong to the sentence before: "… in 1805. [6] An …".
    while (u + 2 < tokens.length && tokens[u]!.form === '[' && isDigit(tokens[u + 1]!.form.charCodeAt(0)) && tokens[u + 2]!.form === ']' && !hasNewline(text, tokens[u - 1]!.end, tokens[u + 2]!.start)) u += 3;
    const next = tokens[u];
    if (next === undefined || hasNewline(text, tokens[u - 1]!.end, next.start)) {
      t = u - 1;
      continue; // the line break closes the sentence
    }
    const ellipsis = f.charCodeAt(0) === 0x2026 || (f.length > 1 && f.charCodeAt(1) === 0x2e);
    if (canStart(next.form) || (!ellipsis && u === t + 1 && isLowerWord(next.form))) {
      close(u);
      t = u - 1;
    }
  }
  close(tokens.length);
  return sentences;
}
