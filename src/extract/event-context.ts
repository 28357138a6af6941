import type { Modality } from '../model/types.js';
import { docIndex, firstTokenFrom } from './doc-index.js';
import { purposes } from './event-lexicon.js';
import type { Candidate } from './event-lexicon.js';
import type { ExtractionContext } from './types.js';

/** Sentence-level attachments: time phrases to the nearest trigger, purpose clauses to the event they explain. */
export function attachTimes(ctx: ExtractionContext, found: Candidate[], sentence: number): void {
  const t = ctx.doc.tokens;
  for (const time of ctx.times.filter((x) => x.sentence === sentence)) {
    const ti = firstTokenFrom(t, time.start);
    let best: Candidate | undefined;
    let dist = Infinity;
    for (const c of found) {
      const d = ti > c.last ? ti - c.last : (c.first - ti) + 0.5;
      if (d < dist) {
        dist = d;
        best = c;
      }
    }
    if (best && !best.event.time) best.event.time = time;
  }
}

/** "…, reportedly aiming to defend the Druze population": a purpose, hedged on its own. */
export function attachPurpose(ctx: ExtractionContext, found: Candidate[], first: number, last: number, clauses: Map<number, number>): void {
  const t = ctx.doc.tokens;
  const { norms } = docIndex(ctx.doc);
  // Step from marker to marker: a closure below reads k, so each turn of this loop costs an allocation.
  for (let k = nextPurpose(norms, first, last); k <= last; k = nextPurpose(norms, k + 1, last)) {
    const p = purposes().matchAt(norms, k)[0];
    if (!p) continue;
    const owner = [...found].reverse().find((c) => c.last < k && c.clause < (clauses.get(k) ?? 0));
    if (!owner) return;
    let hedge: { modality: Modality; certainty: number; text: string } | undefined;
    for (let h = k - 1; h >= k - 2 && h >= first; h--) {
      const hm = ctx.kb.hedges.matchAt(norms, h)[0];
      if (hm) {
        hedge = { modality: hm.value.modality as Modality, certainty: hm.value.certainty, text: t[h]!.text };
      }
    }
    let e = k + p.length;
    while (e <= last && t[e]?.text !== '.' && t[e]?.text !== ';') e++;
    const start = t[k + p.length]?.start ?? t[k]!.start;
    const end = t[e - 1]!.end;
    const concerns = [...new Set(ctx.mentions.filter((m) => m.start >= start && m.end <= end).flatMap((m) => m.refs))];
    owner.event.purpose = { text: ctx.doc.text.slice(start, end), modality: hedge?.modality ?? 'intended', certainty: hedge?.certainty ?? 1, ...(hedge ? { hedge: hedge.text } : {}), concerns };
    // The hedge belongs to the purpose: undo it on the event if it was read from the same clause.
    if (hedge && owner.event.hedge === hedge.text) {
      owner.event.hedge = undefined;
      owner.event.modality = 'asserted';
      owner.event.certainty = 1;
    }
    return;
  }
}

/** The first token from `k` on that may open a purpose clause; last + 1 when none does. */
function nextPurpose(norms: string[], k: number, last: number): number {
  while (k <= last && !purposes().starts(norms[k])) k++;
  return k;
}
