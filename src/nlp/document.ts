import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import type { Doc, NlpEntity, Sentence, Token } from './types.js';
import { fold } from './fold.js';
import captions from '../../data/lexicon/captions.json' with { type: 'json' };

type Wink = ReturnType<typeof winkNLP>;
let engine: Wink | undefined;

/** One wink-nlp instance per process (loading the model costs ~100 ms). */
function wink(): Wink {
  // Only the annotations used here: sentences, POS and the built-in entities (negation and sentiment cost ~10 %).
  engine ??= winkNLP(model, ['sbd', 'pos', 'ner']);
  return engine;
}

/**
 * Text → sentences, tokens (with POS and lemma) and the NLP base's own entities, every one
 * carrying exact character offsets. wink-nlp reports token values, not offsets, so each value is
 * located in the text from a moving cursor; a value that cannot be found is skipped, never guessed.
 */
export function analyse(text: string): Doc {
  const nlp = wink();
  const its = nlp.its;
  // wink splits words at letters beyond Latin-1 ("Çavuşoğlu" → "Çavu" "ş" "o" "ğ" "lu"), so it reads a
  // copy where each such letter is replaced by one plain letter; offsets are unchanged and every token
  // takes its text from the original.
  const plain = latinised(text);
  const doc = nlp.readDoc(plain);
  const values = doc.tokens().out(its.value) as string[];
  const pos = doc.tokens().out(its.pos) as string[];
  // wink's typings reject its.lemma in out(); the call itself is documented API.
  const lemmas = doc.tokens().out(its.lemma as never) as string[];

  // Map wink token index → our token index (-1 for whitespace or unalignable tokens).
  const map = new Int32Array(values.length).fill(-1);
  const tokens: Token[] = [];
  let cursor = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i] ?? '';
    const p = pos[i] ?? 'X';
    if (p === 'SPACE' || v.trim() === '') continue;
    const at = plain.indexOf(v, cursor);
    if (at < 0 || at - cursor > 64) continue;
    map[i] = tokens.length;
    const original = plain === text ? v : text.slice(at, at + v.length);
    const lemma = original === v ? (lemmas[i] ?? v) : original;
    const norm = fold(original);
    tokens.push({ index: tokens.length, text: original, norm, lemma: lemma === original ? norm : fold(lemma), pos: p, start: at, end: at + v.length, sentence: 0 });
    cursor = at + v.length;
  }

  // The collections' own out() gives every span (and type) at once, without an item object each.
  const sentences: Sentence[] = [];
  for (const span of doc.sentences().out(its.span) as unknown as [number, number][]) {
    const range = ourRange(map, span);
    if (!range) continue;
    const [first, last] = range;
    const idx = sentences.length;
    for (let t = first; t <= last; t++) (tokens[t] as Token).sentence = idx;
    sentences.push({ index: idx, first, last, start: (tokens[first] as Token).start, end: (tokens[last] as Token).end });
  }

  const nlpEntities: NlpEntity[] = [];
  const entityTypes = doc.entities().out(its.type) as unknown as string[];
  const entitySpans = doc.entities().out(its.span) as unknown as [number, number][];
  entitySpans.forEach((span, i) => {
    const type = entityTypes[i] ?? '';
    const range = ourRange(map, span);
    if (!range) return;
    const [first, last] = range;
    const start = (tokens[first] as Token).start;
    const end = (tokens[last] as Token).end;
    nlpEntities.push({ type, first, last, start, end, text: text.slice(start, end) });
  });
  markCaptions(text, sentences);
  return { text, tokens, sentences, nlpEntities, datelineEnd: datelineEnd(text) };
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

/** A wink token span [a, b] as our first and last token (whitespace tokens dropped); undefined when empty. */
function ourRange(map: Int32Array, [a, b]: [number, number]): [number, number] | undefined {
  let first = -1;
  let last = -1;
  for (let i = a; i <= b; i++) {
    const t = map[i] ?? -1;
    if (t < 0) continue;
    if (first < 0) first = t;
    last = t;
  }
  return first < 0 ? undefined : [first, last];
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
