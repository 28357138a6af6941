import type { EntityRecord } from '../../model/types.js';
import { inMention } from '../doc-index.js';
import { isCap, span } from './helpers.js';
import { addMention } from './registry.js';
import type { ExtractionContext } from '../types.js';

/**
 * "police arrested 12 people after protesters threw stones at officers": bare "officers", "policemen"
 * (data/lexicon/entity-cues.json `policeMembers`) after a police or security body is named are that body.
 * Only when the article names exactly one such body and no other state forces (army officers are officers
 * too); a qualified noun ("army officers", "customs officers", "Chilean officers") is left alone.
 */
export function policeMembers(ctx: ExtractionContext): void {
  const bodies = [...ctx.entities.values()].filter((e) => e.type === 'ArmedForces' && !e.nonState && isPolice(e));
  const rivals = [...ctx.entities.values()].filter((e) => e.type === 'ArmedForces' && !e.nonState && !!e.country && !isPolice(e));
  if (bodies.length !== 1 || rivals.length > 0) return;
  const body = bodies[0] as EntityRecord;
  const firstNamed = Math.min(...ctx.mentions.filter((m) => m.refs.includes(body.key)).map((m) => m.last));
  const t = ctx.doc.tokens;
  for (let i = firstNamed + 1; i < t.length; i++) {
    const tok = t[i]!;
    if (tok.pos !== 'NOUN' || !ctx.kb.data.cues.policeMembers.includes(tok.norm) || inMention(ctx, i)) continue;
    const prev = t[i - 1];
    if (prev && prev.sentence === tok.sentence && (['NOUN', 'PROPN'].includes(prev.pos) || inMention(ctx, i - 1))) continue;
    // "met officers Antoine Quirin and …": a noun before names describes those people.
    const next = t[i + 1];
    if (next && next.sentence === tok.sentence && (isCap(next) || inMention(ctx, i + 1))) continue;
    const from = prev?.norm === 'the' && prev.sentence === tok.sentence ? i - 1 : i;
    addMention(ctx, { ...span(ctx, from, i), kind: 'nominal', refs: [body.key], plural: true });
  }
}

/** A police or security body: "Chilean police", "Ethiopian security forces", "Kenya Police Service". */
function isPolice(e: EntityRecord): boolean {
  return /-(police|security-forces)$/.test(e.key) || /\bpolice\b/i.test(e.label);
}
