import type { Span } from '../../model/types.js';
import type { GumDate, GumDoc, GumSentence, GumType } from './parse.js';

// ---------------------------------------------------------------------------------------------
// Alignment

export interface GoldNamedMention extends Span {
  text: string;
  type: GumType;
  group: string;
  wikipedia?: string;
  proper: boolean;
}

export interface GoldDate extends Span {
  text: string;
  attrs: Record<string, string>;
}

export interface GumGold {
  id: string;
  /** Every aligned GUM mention (all types, named or not). */
  mentions: GoldNamedMention[];
  dates: GoldDate[];
  /** Character spans of the aligned sentences: only there is the system scored. */
  regions: Span[];
  sentences: { aligned: number; skipped: string[] };
  /** Character span of each word, by sentence (empty for a sentence not in the text). */
  words: (Span | undefined)[][];
  /** Non-space characters of the text outside aligned sentences and speaker labels (should be 0). */
  uncovered: number;
}

/** Between two aligned sentences only whitespace and an interview speaker label ("Wikinews: ") may stand. */
const GAP = /^\s*(?:[^\n:]{1,60}:\s+)?$/;
const MAX_GAP = 80;

/**
 * Aligns GUM words to character offsets in `text`, which was rebuilt from GUM's tokens: a cursor walks the
 * text, each word must follow the previous one after whitespace only. A sentence that does not align at the
 * cursor (the headline, the dateline, image captions: not in the jsonl text) is skipped and the cursor stays.
 */
export function alignGum(doc: GumDoc, text: string, dates: GumDate[] = []): GumGold {
  const wordSpans: (Span | undefined)[][] = [];
  const regions: Span[] = [];
  const skipped: string[] = [];
  let cursor = 0;
  for (const s of doc.sentences) {
    const spans = alignSentence(s, text, cursor);
    if (spans) {
      const start = spans[0]!.start;
      const end = spans[spans.length - 1]!.end;
      regions.push({ start, end });
      cursor = end;
      wordSpans.push(spans);
    } else {
      skipped.push(s.text);
      wordSpans.push([]);
    }
  }

  const mentions: GoldNamedMention[] = [];
  for (const m of doc.mentions) {
    const a = wordSpans[m.sentence]?.[m.first];
    const b = wordSpans[m.sentence]?.[m.last];
    if (!a || !b) continue;
    mentions.push({ start: a.start, end: b.end, text: text.slice(a.start, b.end), type: m.type, group: m.group, proper: m.proper, ...(m.wikipedia ? { wikipedia: m.wikipedia } : {}) });
  }

  const flat = wordSpans.flatMap((spans, i) => (spans.length ? spans : doc.sentences[i]!.words.map(() => undefined)));
  const goldDates: GoldDate[] = [];
  for (const d of dates) {
    const a = flat[d.first];
    const b = flat[d.last];
    if (a && b) goldDates.push({ start: a.start, end: b.end, text: text.slice(a.start, b.end), attrs: d.attrs });
  }

  let uncovered = 0;
  let last = 0;
  for (const r of [...regions, { start: text.length, end: text.length }]) {
    const gap = text.slice(last, r.start);
    if (!GAP.test(gap)) uncovered += gap.replace(/\s+/g, '').length;
    last = r.end;
  }
  return { id: doc.id, mentions, dates: goldDates, regions, sentences: { aligned: regions.length, skipped }, words: wordSpans, uncovered };
}

function alignSentence(s: GumSentence, text: string, cursor: number): Span[] | undefined {
  const first = s.words[0];
  if (!first) return undefined;
  const firstForm = s.mwts.find((t) => t.first === first.id)?.form ?? first.form;
  for (let at = text.indexOf(firstForm, cursor); at >= 0; at = text.indexOf(firstForm, at + 1)) {
    if (at - cursor > MAX_GAP) break;
    if (!GAP.test(text.slice(cursor, at))) continue; // "We" inside the speaker label "Andrew Westphal: "
    const spans = alignWords(s, text, at);
    if (spans) return spans;
  }
  return undefined;
}

function alignWords(s: GumSentence, text: string, from: number): Span[] | undefined {
  const spans: Span[] = [];
  let pos = from;
  const skipSpace = (p: number) => {
    while (p < text.length && /\s/.test(text[p]!)) p++;
    return p;
  };
  for (let i = 0; i < s.words.length; i++) {
    const w = s.words[i]!;
    const p = i === 0 ? pos : skipSpace(pos);
    if (text.startsWith(w.form, p)) {
      spans.push({ start: p, end: p + w.form.length });
      pos = p + w.form.length;
      continue;
    }
    // A multi-word token whose parts do not spell its surface: every part gets the whole token.
    const mwt = s.mwts.find((t) => t.first <= w.id && w.id <= t.last);
    if (mwt && text.startsWith(mwt.form, p) && w.id === mwt.first) {
      const n = mwt.last - mwt.first + 1;
      for (let k = 0; k < n; k++) spans.push({ start: p, end: p + mwt.form.length });
      i += n - 1;
      pos = p + mwt.form.length;
      continue;
    }
    return undefined;
  }
  return spans;
}

