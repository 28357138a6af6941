import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import type { Doc, NlpEntity, Sentence, Token } from './types.js';
import { fold } from './fold.js';
import { parse, tokenize } from '../syntax/index.js';
import captions from '../../data/lexicon/captions.json' with { type: 'json' };

type Wink = ReturnType<typeof winkNLP>;
let engine: Wink | undefined;

/** One wink-nlp instance per process (loading the model costs ~100 ms); it only recognises dates and numbers now. */
function wink(): Wink {
  engine ??= winkNLP(model, ['sbd', 'pos', 'ner']);
  return engine;
}

/**
 * Text → sentences and UD words from the syntax layer (tokens, tags, lemmas, dependency tree), every word
 * with exact character offsets, plus the date and number spans of wink-nlp's recogniser laid on those words.
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
  return { text, tokens, sentences, nlpEntities: numberAndDateSpans(text, tokens), datelineEnd: datelineEnd(text) };
}

const INITIALS = /^(?:[A-Za-z]\.)+[A-Za-z]$/;

/** The norms of a phrase's words, tokenised exactly as article text is (for gazetteer and lexicon look-ups). */
export function phraseNorms(phrase: string): string[] {
  const out: string[] = [];
  // Tokenised with a word after it: at the end of a text an abbreviation gives up its period ("U.S" "."), as in the treebanks.
  for (const s of tokenize(`${phrase} x`)) for (const t of s.tokens) if (t.end <= phrase.length) for (const w of t.words ?? [t.form]) out.push(fold(w));
  return out;
}

/** wink's DATE, DURATION, CARDINAL, MONEY … spans, as ranges of our words (by character offsets). */
function numberAndDateSpans(text: string, tokens: readonly Token[]): NlpEntity[] {
  if (tokens.length === 0) return [];
  const nlp = wink();
  const its = nlp.its;
  // wink splits words at letters beyond Latin-1, so it reads a copy with each such letter replaced by a plain one.
  const doc = nlp.readDoc(latinised(text));
  const values = doc.tokens().out(its.value) as string[];
  const offsets = new Int32Array(values.length);
  let cursor = 0;
  const plain = latinised(text);
  values.forEach((v, i) => {
    const at = v.trim() === '' ? -1 : plain.indexOf(v, cursor);
    offsets[i] = at;
    if (at >= 0) cursor = at + v.length;
  });
  const out: NlpEntity[] = [];
  const types = doc.entities().out(its.type) as unknown as string[];
  const spans = doc.entities().out(its.span) as unknown as [number, number][];
  spans.forEach(([a, b], i) => {
    const start = offsets[a] ?? -1;
    const lastStart = offsets[b] ?? -1;
    if (start < 0 || lastStart < 0) return;
    const end = lastStart + (values[b] ?? '').length;
    const first = firstWordFrom(tokens, start);
    let last = first;
    while (last + 1 < tokens.length && (tokens[last + 1] as Token).start < end) last++;
    if (first < 0 || (tokens[first] as Token).start >= end) return;
    const s = (tokens[first] as Token).start;
    const e = Math.max((tokens[last] as Token).end, end);
    out.push({ type: types[i] ?? '', first, last, start: s, end: e, text: text.slice(s, e) });
  });
  return out;
}

/** Index of the first word ending after `offset` (binary search over ordered words). */
function firstWordFrom(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((tokens[mid] as Token).end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo < tokens.length ? lo : -1;
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

const BEYOND_LATIN1 = /[\u0100-\u024f\u1e00-\u1eff]/g;

/** The text with letters of Latin Extended replaced one for one by their base letter (same length, same offsets). */
export function latinised(text: string): string {
  if (!/[\u0100-\u024f\u1e00-\u1eff]/.test(text)) return text;
  return text.replace(BEYOND_LATIN1, (c) => {
    const base = c.normalize('NFKD').charAt(0);
    if (/^[A-Za-z]$/.test(base)) return base;
    return c === c.toUpperCase() ? 'X' : 'x';
  });
}
