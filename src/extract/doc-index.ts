import type { Mention } from '../model/types.js';
import type { Doc, Token } from '../nlp/types.js';
import type { ExtractionContext } from './types.js';

/**
 * Per-document look-up tables that extractors would otherwise rebuild inside their loops
 * (token arrays, offset → token). A document's tokens never change after analysis, so one
 * table per document is cached (weakly: it goes with the document).
 */
export interface DocIndex {
  norms: string[];
  lemmas: string[];
  /** The lemma, or a plain singular for a plural the lemmatiser missed ("airstrikes" → "airstrike"). */
  singular: string[];
  /** Character offset → index of the token starting there (a binary search: token starts increase). */
  tokenAt: { get(offset: number): number | undefined };
}

const docCache = new WeakMap<Doc, DocIndex>();

export function docIndex(doc: Doc): DocIndex {
  let ix = docCache.get(doc);
  if (!ix) {
    const t = doc.tokens;
    const tokenAt = {
      get(offset: number): number | undefined {
        const k = firstTokenFrom(t, offset);
        return k >= 0 && (t[k] as Token).start === offset ? k : undefined;
      },
    };
    ix = {
      norms: t.map((x) => x.norm),
      lemmas: t.map((x) => x.lemma),
      singular: t.map((x) => (x.lemma === x.norm && /[^s]s$/.test(x.norm) ? x.norm.slice(0, -1) : x.lemma)),
      tokenAt,
    };
    docCache.set(doc, ix);
  }
  return ix;
}

/** Index of the first token whose start is at or after `offset` (tokens are in text order); -1 when none. */
export function firstTokenFrom(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((tokens[mid] as Token).start >= offset) hi = mid;
    else lo = mid + 1;
  }
  return lo < tokens.length ? lo : -1;
}

/**
 * Mentions grouped by sentence, in ctx.mentions order, plus the tokens covered by a name mention.
 * Valid only while ctx.mentions is not changed: an extractor builds it with `indexMentions` when it
 * stops adding mentions and drops it with `dropMentionIndex` when done.
 */
export interface MentionIndex {
  bySentence: Mention[][];
  nameCovered: Uint8Array;
  /** Tokens covered by any mention. */
  covered: Uint8Array;
  /** Mentions by their last token, in ctx.mentions order. */
  byLast: Map<number, Mention[]>;
}

const mentionCache = new WeakMap<ExtractionContext, MentionIndex>();

export function indexMentions(ctx: ExtractionContext): MentionIndex {
  const bySentence: Mention[][] = ctx.doc.sentences.map(() => []);
  const nameCovered = new Uint8Array(ctx.doc.tokens.length);
  const covered = new Uint8Array(ctx.doc.tokens.length);
  const byLast = new Map<number, Mention[]>();
  for (const m of ctx.mentions) {
    (bySentence[m.sentence] ??= []).push(m);
    for (let k = Math.max(0, m.first); k <= m.last && k < covered.length; k++) {
      covered[k] = 1;
      if (m.kind === 'name') nameCovered[k] = 1;
    }
    const list = byLast.get(m.last);
    if (list) list.push(m);
    else byLast.set(m.last, [m]);
  }
  const ix = { bySentence, nameCovered, covered, byLast };
  mentionCache.set(ctx, ix);
  return ix;
}

export function dropMentionIndex(ctx: ExtractionContext): void {
  mentionCache.delete(ctx);
}

/** The mentions of one sentence, in ctx.mentions order (from the index when one is built). */
export function sentenceMentions(ctx: ExtractionContext, sentence: number): readonly Mention[] {
  const ix = mentionCache.get(ctx);
  if (ix) return ix.bySentence[sentence] ?? [];
  return ctx.mentions.filter((m) => m.sentence === sentence);
}

/** Does a name mention cover token i. */
export function inNameMention(ctx: ExtractionContext, i: number): boolean {
  const ix = mentionCache.get(ctx);
  if (ix) return ix.nameCovered[i] === 1;
  return ctx.mentions.some((m) => m.first <= i && i <= m.last && m.kind === 'name');
}

/** Does any mention cover token i. */
export function inMention(ctx: ExtractionContext, i: number): boolean {
  const ix = mentionCache.get(ctx);
  if (ix) return ix.covered[i] === 1;
  return ctx.mentions.some((m) => m.first <= i && i <= m.last);
}

/** The mentions that end at token i, in ctx.mentions order. */
export function mentionsEndingAt(ctx: ExtractionContext, i: number): readonly Mention[] {
  const ix = mentionCache.get(ctx);
  if (ix) return ix.byLast.get(i) ?? [];
  return ctx.mentions.filter((m) => m.last === i);
}
