import type { Mention, Quote } from '../model/types.js';
import type { Token } from '../nlp/types.js';
import { nameBeforeApposition, quotedRanges, verbForms } from './syntax.js';
import type { ExtractionContext, Extractor } from './types.js';
import quoteVerbs from '../../data/lexicon/quote-verbs.json' with { type: 'json' };
import { PASSIVE_AUX } from './events/lexicon.js';

/**
 * Direct quotes and source attributions. A quote's speaker is the subject of the speech verb next
 * to it ("…,” he said" / "X said: “…”"); consecutive quotes with no new speaker continue the last one.
 * "according to X" and "X said" attribute the sentence's content to X.
 */
export const quoteExtractor: Extractor = {
  name: 'quotes',
  run(ctx) {
    const t = ctx.doc.tokens;
    let lastSpeaker: { refs: string[]; mention: number } | undefined;
    let lastEnd = -1;
    for (const [a, b] of quotedRanges(ctx)) {
      const open = t[a] as Token;
      const close = t[b] as Token;
      // A quote that opens its sentence may continue the previous speaker; one embedded after other words may not.
      const opensSentence = ctx.doc.sentences[open.sentence]?.first === a;
      const speaker = speakerAfter(ctx, b) ?? speakerBefore(ctx, a) ?? (opensSentence && lastSpeaker && open.sentence - lastEnd <= 2 ? lastSpeaker : undefined);
      const sentences = [...new Set(t.slice(a, b + 1).map((x) => x.sentence))];
      const q: Quote = { start: open.end, end: close.start, text: ctx.doc.text.slice(open.end, close.start), sentences, speaker: speaker?.refs ?? [] };
      if (speaker && speaker.mention >= 0) q.speakerMention = speaker.mention;
      ctx.quotes.push(q);
      if (speaker) lastSpeaker = speaker;
      lastEnd = close.sentence;
    }
    for (const s of ctx.doc.sentences) {
      for (let i = s.first; i < s.last; i++) {
        if (t[i]?.norm !== 'according' || t[i + 1]?.norm !== 'to') continue;
        const src = mentionAfter(ctx, i + 1, s.index);
        if (!src || src.refs.length === 0) continue;
        ctx.attributions.push({ start: (t[i] as Token).start, end: src.end, phrase: ctx.doc.text.slice((t[i] as Token).start, src.end), sources: src.refs, sentence: s.index });
      }
    }
  },
};

/** The first mention starting one or two tokens after `to` in its sentence (a function, so the loop above allocates no closure per token). */
function mentionAfter(ctx: ExtractionContext, to: number, sentence: number): Mention | undefined {
  return ctx.mentions.find((m) => m.first > to && m.first <= to + 2 && m.sentence === sentence);
}

const QUOTE_VERBS = new Set((quoteVerbs as { verbs: string[] }).verbs);

function isSpeech(ctx: ExtractionContext, tok: Token | undefined): boolean {
  if (!tok) return false;
  return verbForms(tok).some((f) => QUOTE_VERBS.has(f) || ctx.kb.triggers.matchAt([f], 0).some((h) => h.value.speech));
}

/** "…,” he said" / "…,” said the minister". */
function speakerAfter(ctx: ExtractionContext, close: number): { refs: string[]; mention: number } | undefined {
  const t = ctx.doc.tokens;
  for (let k = close + 1; k <= close + 6 && k < t.length; k++) {
    if (t[k]?.text === '“' || t[k]?.text === '"') return undefined;
    if (isSpeech(ctx, t[k])) {
      // A verb that opens the next quote ("Hammond commented, “…”") speaks for that one.
      if ([',', ':'].includes(t[k + 1]?.text ?? '') && ['“', '"'].includes(t[k + 2]?.text ?? '')) return undefined;
      const m = mentionNear(ctx, k, close + 1, k + 4);
      return m ? { refs: m.refs, mention: m.id } : undefined;
    }
  }
  return undefined;
}

/** "X said: “…”" / "X said that “…”". */
function speakerBefore(ctx: ExtractionContext, open: number): { refs: string[]; mention: number } | undefined {
  const t = ctx.doc.tokens;
  // "X told state television that Caracas would “…”": the speech verb may stand anywhere before the quote in its sentence.
  for (let k = open - 1; k >= 0 && t[k]?.sentence === t[open]?.sentence; k--) {
    if (t[k]?.text === '”' || t[k]?.text === '"') return undefined;
    if (isSpeech(ctx, t[k])) {
      // "he was told by X of “…”": a passive verb's speaker is its agent.
      if (PASSIVE_AUX.has(t[k - 1]?.norm ?? '')) {
        const by = ctx.mentions.find((x) => x.first > k && x.last < open && x.sentence === t[k]?.sentence && t[x.first - 1]?.norm === 'by');
        return by && by.refs.length > 0 ? { refs: by.refs, mention: by.id } : undefined;
      }
      const named = nameBeforeApposition(ctx, k);
      if (named) return { refs: named.refs, mention: named.id };
      // The verb's own subject, even when coreference left it unresolved: never an older mention.
      const m = [...ctx.mentions].reverse().find((x) => x.last < k && x.sentence === t[k]?.sentence && !x.modifier);
      return m && m.refs.length > 0 ? { refs: m.refs, mention: m.id } : undefined;
    }
  }
  return undefined;
}

function mentionNear(ctx: ExtractionContext, verb: number, from: number, to: number): Mention | undefined {
  return ctx.mentions.find((m) => m.first >= from && m.last <= to && m.first !== verb && m.refs.length > 0);
}
