import type { NameHit } from '../../knowledge/knowledge.js';
import { inMention } from '../doc-index.js';
import { isCap, longestHitsAt, span } from './helpers.js';
import { addMention, entityFromEntry } from './registry.js';
import type { ExtractionContext } from '../types.js';

/**
 * "Congo", "Congolese": a gazetteer name of several entries, left alone by the first pass, is the one
 * candidate the rest of the article already supports: named itself, or through its places ("Goma",
 * "North Kivu"), its government or its forces. With no candidate or two supported it stays unlinked: a
 * wrong Wikidata id is worse than none.
 */
export function resolveAmbiguousNames(ctx: ExtractionContext): void {
  const t = ctx.doc.tokens;
  const norms = t.map((x) => x.norm);
  // Support is read from what the first pass found, before any of these names adds its own.
  const supported = new Set<string>();
  for (const e of ctx.entities.values()) {
    supported.add(e.key);
    if (e.country) supported.add(e.country);
    if (e.governmentOf) supported.add(e.governmentOf);
  }
  const found: { first: number; last: number; hit: NameHit }[] = [];
  for (const s of ctx.doc.sentences) {
    for (let i = s.first; i <= s.last; i++) {
      if (!isCap(t[i]) || !ctx.kb.names.starts(norms[i]) || inMention(ctx, i)) continue;
      const hits = longestHitsAt(ctx, norms, i, s.last);
      if (!hits) continue;
      const last = i + hits.length - 1;
      if (inMention(ctx, last)) continue;
      const ids = new Set(hits.same.map((h) => h.value.entry.id));
      const backed = [...ids].filter((id) => supported.has(id));
      if (ids.size > 1 && backed.length === 1) found.push({ first: i, last, hit: hits.same.find((h) => h.value.entry.id === backed[0])!.value });
      i = last;
    }
  }
  for (const f of found) {
    const e = entityFromEntry(ctx, f.hit.entry);
    const next = t[f.last + 1];
    // As for any demonym: one before a noun modifies it ("Congolese troops", "Congolese territory").
    const modifier = f.hit.kind === 'demonym' ? !!next && next.sentence === t[f.first]?.sentence && (next.pos === 'NOUN' || next.pos === 'ADJ') : !!next && next.pos === 'NOUN' && !/[.,;]/.test(next.text);
    addMention(ctx, { ...span(ctx, f.first, f.last), kind: f.hit.kind, refs: [e.key], modifier });
    // "Congolese troops": the forces found from context are this country's, and their noun phrase opens with it,
    // as when the demonym was known at once (nominal-entities.ts); alone it would read as another party.
    const body = modifier ? ctx.mentions.find((m) => m.first === f.last + 1 && m.kind === 'nominal' && m.refs.length === 1 && ctx.entities.get(m.refs[0] as string)?.country === e.key) : undefined;
    if (body) {
      const sp = span(ctx, f.first, body.last);
      Object.assign(body, { start: sp.start, first: f.first, text: ctx.doc.text.slice(sp.start, sp.end) });
    }
  }
}
