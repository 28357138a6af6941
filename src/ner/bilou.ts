/** Conversions between spans and BILOU / IOB2 tag sequences, and the BILOU transition constraint. */
import { NER_TYPES, TAGS } from './types.js';
import type { NerType, Span } from './types.js';

const TAG_INDEX = new Map(TAGS.map((t, i) => [t, i]));

export function tagIndex(tag: string): number {
  const i = TAG_INDEX.get(tag);
  if (i === undefined) throw new Error(`unknown BILOU tag ${tag}`);
  return i;
}

/** Spans (non-overlapping) → one BILOU tag index per word. */
export function spansToBilou(n: number, spans: readonly Span[]): number[] {
  const out = new Array<number>(n).fill(0);
  for (const s of spans) {
    if (s.end - s.start === 1) out[s.start] = tagIndex(`U-${s.type}`);
    else
      for (let i = s.start; i < s.end; i++) out[i] = tagIndex(`${i === s.start ? 'B' : i === s.end - 1 ? 'L' : 'I'}-${s.type}`);
  }
  return out;
}

/** BILOU tag indices → spans. Decoding only produces valid sequences; a stray I/L is read leniently as a mention. */
export function bilouToSpans(tags: readonly number[]): Span[] {
  const spans: Span[] = [];
  let open: { start: number; type: NerType } | undefined;
  tags.forEach((t, i) => {
    const [p, type] = (TAGS[t] ?? 'O').split('-') as [string, NerType | undefined];
    if (p === 'O' || !type) {
      open = undefined;
      return;
    }
    if (p === 'U') spans.push({ start: i, end: i + 1, type });
    if (p === 'B') open = { start: i, type };
    if ((p === 'I' || p === 'L') && open?.type !== type) open = { start: i, type };
    if (p === 'L' && open) {
      spans.push({ start: open.start, end: i + 1, type });
      open = undefined;
    }
    if (p === 'U') open = undefined;
  });
  return spans;
}

/** IOB2 tags ("B-PER", "I-PER", "O") → spans; any type outside PER/ORG/LOC reads as O. */
export function iob2ToSpans(tags: readonly string[]): Span[] {
  const spans: Span[] = [];
  let open: Span | undefined;
  const close = () => {
    if (open) spans.push(open);
    open = undefined;
  };
  tags.forEach((tag, i) => {
    const [p, type] = tag.split('-') as [string, string | undefined];
    const known = (NER_TYPES as readonly string[]).includes(type ?? '') ? (type as NerType) : undefined;
    if (!known || p === 'O') return close();
    if (p === 'B' || open?.type !== known) {
      close();
      open = { start: i, end: i + 1, type: known };
    } else open.end = i + 1;
  });
  close();
  return spans;
}

/**
 * allowed[prev][next]: whether tag `next` may follow `prev` in BILOU (prev = -1 for the sentence start).
 * B-X and I-X must be followed by I-X or L-X; everything else by O, B-* or U-*.
 */
export function allowedAfter(prev: number, next: number): boolean {
  return ALLOWED[(prev + 1) * TAGS.length + next] === 1;
}

/** The constraint as a table (prev + 1) × next, computed once: decoding asks it 13 times per word. */
const ALLOWED = Uint8Array.from({ length: (TAGS.length + 1) * TAGS.length }, (_, k) => {
  const prev = Math.floor(k / TAGS.length) - 1;
  const p = prev < 0 ? 'O' : TAGS[prev]!;
  const n = TAGS[k % TAGS.length]!;
  const inside = p.startsWith('B-') || p.startsWith('I-');
  if (inside) return (n.startsWith('I-') || n.startsWith('L-')) && n.slice(2) === p.slice(2) ? 1 : 0;
  return n === 'O' || n.startsWith('B-') || n.startsWith('U-') ? 1 : 0;
});

/** Tags that may end a sentence: nothing left open. */
export function canEnd(tag: number): boolean {
  const t = TAGS[tag]!;
  return !t.startsWith('B-') && !t.startsWith('I-');
}
