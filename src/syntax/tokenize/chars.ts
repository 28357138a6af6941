/**
 * Character classes by UTF-16 code unit, computed once into a table so that the scanners classify a character
 * with one array read instead of a Unicode regex on a one-character string.
 */

export const OTHER = 0;
/** Letters and combining marks of any script ("Türkiye", "Çavuşoğlu", "ü" written as u + U+0308). */
export const LETTER = 1;
export const DIGIT = 2;
export const SPACE = 3;
/** A line break: it always ends a sentence. */
export const NEWLINE = 4;
/** The first half of a surrogate pair (emoji, astral letters): the scanner keeps the pair together. */
export const HIGH_SURROGATE = 5;

const table = new Uint8Array(0x10000);
(function build() {
  const letter = /[\p{L}\p{M}]/u;
  const digit = /\p{Nd}/u;
  const space = /\s/u;
  for (let c = 0; c < 0x10000; c++) {
    if (c >= 0xd800 && c <= 0xdbff) {
      table[c] = HIGH_SURROGATE;
      continue;
    }
    if (c >= 0xdc00 && c <= 0xdfff) continue;
    const ch = String.fromCharCode(c);
    if (c === 10 || c === 13 || c === 0x2028 || c === 0x2029 || c === 0x85 || c === 0x0b || c === 0x0c) table[c] = NEWLINE;
    else if (space.test(ch) || c === 0x200b || c === 0xfeff) table[c] = SPACE;
    else if (letter.test(ch)) table[c] = LETTER;
    else if (digit.test(ch)) table[c] = DIGIT;
  }
})();

export function charClass(code: number): number {
  return table[code] as number;
}

export function isAlnum(code: number): boolean {
  const k = table[code];
  return k === LETTER || k === DIGIT;
}

export function isLetter(code: number): boolean {
  return table[code] === LETTER;
}

export function isDigit(code: number): boolean {
  return table[code] === DIGIT;
}

/** Space or line break. */
export function isBlank(code: number): boolean {
  const k = table[code];
  return k === SPACE || k === NEWLINE;
}

export function isUpper(code: number): boolean {
  return (code >= 65 && code <= 90) || (code > 127 && table[code] === LETTER && String.fromCharCode(code).toLowerCase() !== String.fromCharCode(code));
}

export const APOSTROPHE = 0x27;
export const RIGHT_SINGLE_QUOTE = 0x2019;

export function isApostrophe(code: number): boolean {
  return code === APOSTROPHE || code === RIGHT_SINGLE_QUOTE;
}
