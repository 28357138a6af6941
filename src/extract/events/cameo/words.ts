/** Does a token, or the run of tokens ending at it, spell a pattern word, a phrase or a synset member? */
import type { Doc, Token } from '../../../nlp/types.js';
import type { CameoIndex } from './dictionary.js';

/** Pattern words are written as the dictionary's authors chose (often plural: "TALKS"): compare the lemma and the word. */
function sameWord(t: Token, w: string): boolean {
  if (t.lemma === w || t.norm === w) return true;
  const singular = w.endsWith('ies') ? `${w.slice(0, -3)}y` : w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : undefined;
  return singular !== undefined && t.lemma === singular;
}

/** The phrase's words end at token `head`, each earlier word on the token before it (same sentence). */
function phraseEndsAt(doc: Doc, head: number, words: readonly string[]): boolean {
  const s = doc.tokens[head]!.sentence;
  return words.every((w, j) => {
    const t = doc.tokens[head - (words.length - 1 - j)];
    return !!t && t.sentence === s && sameWord(t, w);
  });
}

/** The number of words matched when `alt` (a word, a phrase with spaces, or `&synset`) ends at `head`; 0 when none. */
export function matchAlt(doc: Doc, head: number, alt: string, ix: CameoIndex): number {
  if (alt.startsWith('&')) {
    let best = 0;
    for (const m of ix.synsets.get(alt) ?? []) if (m.length > best && phraseEndsAt(doc, head, m)) best = m.length;
    return best;
  }
  const words = alt.split(' ');
  return phraseEndsAt(doc, head, words) ? words.length : 0;
}

/** Any of the alternatives, the longest match: its word count, 0 when none. */
export function matchAny(doc: Doc, head: number, alts: readonly string[], ix: CameoIndex): number {
  let best = 0;
  for (const a of alts) best = Math.max(best, matchAlt(doc, head, a, ix));
  return best;
}
