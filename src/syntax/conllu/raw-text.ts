/**
 * A treebank as the raw text it was made from, for end-to-end evaluation: tokens joined by their SpaceAfter,
 * the sentences of one paragraph by a space (none if the last token says SpaceAfter=No), paragraphs and
 * documents by a line break. Gold sentence and token spans come along.
 * (Interim version of the syntax-io branch; the tokenizer's branch owns this module's final form.)
 */
import { noSpaceAfter } from './read.js';
import type { ConlluSentence } from './types.js';

export interface Span {
  start: number;
  end: number;
}

export interface RawText {
  text: string;
  /** One span per sentence of the input (sentences without words get an empty span). */
  sentences: Span[];
  /** Every token (a multiword token counts once), in order. */
  tokens: Span[];
}

const NEW_PARAGRAPH = /^#\s*(newpar|newdoc)(\s|=|$)/;

export function rawText(sentences: readonly ConlluSentence[]): RawText {
  let text = '';
  const spans: Span[] = [];
  const tokens: Span[] = [];
  let gap = ''; // what separates the previous sentence from the next one
  sentences.forEach((s, i) => {
    if (i > 0) text += s.comments.some((c) => NEW_PARAGRAPH.test(c)) ? '\n' : gap;
    const start = text.length;
    let gapAfter = ' ';
    // Multiword-token lines stand before their first word and carry the token's form and SpaceAfter.
    const ranges = new Map<number, { last: number; form: string; misc: string }>();
    for (const e of s.extra) {
      const m = /^(\d+)-(\d+)$/.exec(e.columns[0] ?? '');
      if (m) ranges.set(Number(m[1]), { last: Number(m[2]), form: e.columns[1] ?? '', misc: e.columns[9] ?? '_' });
    }
    let skipTo = 0;
    s.words.forEach((w, n) => {
      if (w.id <= skipTo) return;
      const range = ranges.get(w.id);
      const form = range ? range.form : w.form;
      if (range) skipTo = range.last;
      tokens.push({ start: text.length, end: text.length + form.length });
      text += form;
      const last = n === s.words.length - 1 || (range !== undefined && range.last >= (s.words[s.words.length - 1]?.id ?? 0));
      const glued = noSpaceAfter(range ? range.misc : w.misc);
      if (last) gapAfter = glued ? '' : ' ';
      else if (!glued) text += ' ';
    });
    spans.push({ start, end: text.length });
    gap = gapAfter;
  });
  return { text: sentences.length > 0 ? `${text}\n` : '', sentences: spans, tokens };
}
