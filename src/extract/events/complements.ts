import type { Mention } from '../../model/types.js';
import { sentenceMentions } from '../doc-index.js';
import type { Candidate } from './lexicon.js';
import type { ExtractionContext } from '../types.js';

/** Prepositions whose object, inside a threat's complement, is what the threat is aimed at. */
const AIMED = new Set(['against', 'at', 'on']);
const isPlace = (ctx: ExtractionContext, k: string) => ['City', 'Place'].includes(ctx.entities.get(k)?.type ?? '');

/**
 * A threat or warning with no object names its target inside what it threatens: "warned that it could take
 * measures against Kosovo", "could fire missiles at U.S. bases", "would defend its territory if Addis Ababa
 * went ahead". Read to the end of the sentence or the next verb of saying; a place (not a country) is no target.
 */
export function threatTarget(ctx: ExtractionContext, c: Candidate, others: Candidate[]): string[] {
  const t = ctx.doc.tokens;
  const e = c.event;
  const next = others.find((o) => o !== c && o.first > c.last && o.entry.speech);
  const end = Math.min(next ? next.first - 1 : Infinity, ctx.doc.sentences[e.sentence]!.last);
  const after = sentenceMentions(ctx, e.sentence).filter((m) => m.first > c.last && m.last <= end && m.refs.length > 0);
  const pick = (m: Mention | undefined) => (m ? m.refs.filter((k) => !e.agents.includes(k) && !isPlace(ctx, k)) : []);
  // "against Kosovo", "at U.S. military bases": the preposition, then at most a determiner before the name.
  const aimed = after.find((m) => {
    let k = m.first - 1;
    if (t[k]?.pos === 'DET') k--;
    return AIMED.has(t[k]?.norm ?? '');
  });
  if (aimed) return pick(aimed);
  // "… if Addis Ababa went ahead": the one whose act would trigger the threat.
  const condition = after.find((m) => t[m.first - 1]?.norm === 'if' || (t[m.first - 1]?.pos === 'DET' && t[m.first - 2]?.norm === 'if'));
  return pick(condition);
}
