import type { Doc, Sentence, Token } from './types.js';
import { fold } from './fold.js';
import { timeAndNumberSpans } from './spans.js';
import { parse, tokenize } from '../syntax/index.js';
import captions from '../../data/lexicon/captions.json' with { type: 'json' };

/**
 * Text → sentences and UD words from the syntax layer (tokens, tags, lemmas, dependency tree), every word
 * with exact character offsets, and the date, time and number spans read over those words.
 */
export function analyse(text: string): Doc {
  const tokens: Token[] = [];
  const sentences: Sentence[] = [];
  for (const s of parse(text)) {
    if (s.words.length === 0) continue;
    const first = tokens.length;
    const index = sentences.length;
    for (const w of s.words) {
      const original = text.slice(w.start, w.end);
      // A word of a multiword token that does not spell it ("wo" of "won't" spells; a few do not) keeps its form.
      const surface = original === w.form ? original : w.form;
      // "the U.S." at a sentence's end is "U.S" + "." (the treebanks' way); its norm keeps the period for look-ups.
      const norm = fold(surface) + (INITIALS.test(surface) && text[w.end] === '.' ? '.' : '');
      const lemma = fold(w.lemma);
      tokens.push({
        index: tokens.length,
        text: surface,
        norm,
        lemma,
        pos: w.upos,
        xpos: w.xpos,
        head: w.head === 0 ? -1 : first + w.head - 1,
        deprel: w.deprel,
        start: w.start,
        end: w.end,
        sentence: index,
      });
    }
    const last = tokens.length - 1;
    sentences.push({ index, first, last, start: (tokens[first] as Token).start, end: (tokens[last] as Token).end });
  }
  markCaptions(text, sentences);
  return { text, tokens, sentences, nlpEntities: timeAndNumberSpans(text, tokens, sentences), datelineEnd: datelineEnd(text) };
}

const INITIALS = /^(?:[A-Za-z]\.)+[A-Za-z]$/;

/** The norms of a phrase's words, tokenised exactly as article text is (for gazetteer and lexicon look-ups). */
export function phraseNorms(phrase: string): string[] {
  const out: string[] = [];
  // Tokenised with a word after it: at the end of a text an abbreviation gives up its period ("U.S" "."), as in the treebanks.
  for (const s of tokenize(`${phrase} x`)) for (const t of s.tokens) if (t.end <= phrase.length) for (const w of t.words ?? [t.form]) out.push(fold(w));
  return out;
}

// A credit word, a colon and a short credit closing the paragraph.
const CREDIT = new RegExp(`(?:${(captions as { creditWords: string[] }).creditWords.join('|')}):[ \\t]*[^\\n:]{1,80}$`);

/** Flags the sentences of every paragraph that ends with a photo credit. */
function markCaptions(text: string, sentences: Sentence[]): void {
  let from = 0;
  while (from < text.length) {
    const gap = text.indexOf('\n\n', from);
    const to = gap < 0 ? text.length : gap;
    const paragraph = text.slice(from, to).trimEnd();
    if (CREDIT.test(paragraph)) for (const s of sentences) if (s.start >= from && s.end <= to) s.caption = true;
    from = to + 2;
  }
}

/** "GOMA (Reuters) - ", "ARUSHA, Tanzania (Newswire) - ": a capitalised place, an optional agency, a dash. */
const DATELINE = /^\s*[A-Z][A-Z'.-]{2,}(?:[ ,]+[A-Z][A-Za-z'.-]+){0,3}\s*(?:\([^)\n]{1,40}\))?\s*[-—–]{1,2}\s+/;

export function datelineEnd(text: string): number {
  const m = DATELINE.exec(text.slice(0, 120));
  return m ? m[0].length : 0;
}
