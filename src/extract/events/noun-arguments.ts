import type { Token } from '../../nlp/types.js';
import { childrenOf } from './clause-tree.js';
import { SYN } from './lexicon.js';
import type { Candidate } from './lexicon.js';
import { phraseEntities } from './verb-arguments.js';
import { addUnique, isPlaceType } from './verb-targets.js';
import type { ExtractionContext } from '../types.js';

/**
 * A nominal event's parties from its noun phrase in the tree: the possessor or a "by" phrase acts ("Russia's offensive",
 * "an attack by Hamas"); a prepositional phrase on the noun names its target ("strikes on Damascus", "sanctions against
 * Iran", "the veto of the resolution" names none). Fills only what the window rules leave empty.
 */
export function fillNounArguments(ctx: ExtractionContext, c: Candidate): void {
  const t = ctx.doc.tokens;
  const ch = childrenOf(t);
  const ev = c.event;
  const n = nounHead(t, c);
  const prep = (k: number) => ch[k]!.map((m) => t[m]!).find((m) => m.deprel === 'case')?.norm;
  const mods = ch[n]!.filter((k) => t[k]!.deprel.startsWith('nmod'));
  if (ev.agents.length === 0) {
    for (const k of mods) if (t[k]!.deprel === 'nmod:poss' || prep(k) === 'by') addUnique(ev.agents, phraseEntities(ctx, k));
  }
  if (ev.targets.length === 0 && !ev.symmetric) {
    const via = c.entry.objectVia ?? ['to'];
    for (const k of mods) {
      const p = prep(k);
      if (!p || !SYN.objectPrepositions.includes(p)) continue;
      // A place is a target only where the event acts on places, after its own preposition ("a visit to Bagram").
      const ok = (r: string) => !ev.agents.includes(r) && (!isPlaceType(ctx, r) || ctx.entities.get(r)?.type === 'Country' || (!!c.entry.placeIsTarget && (via.includes(p) || p === 'on' || p === 'against')));
      addUnique(ev.targets, phraseEntities(ctx, k).filter(ok));
    }
  }
}

/** The noun of a noun trigger: its last noun ("peace talks" → talks). */
function nounHead(t: readonly Token[], c: Candidate): number {
  for (let k = c.last; k >= c.first; k--) if (t[k]!.pos === 'NOUN' || t[k]!.pos === 'PROPN') return k;
  return c.last;
}
