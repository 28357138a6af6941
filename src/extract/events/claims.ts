import type { EventRecord } from '../../model/types.js';
import type { Candidate } from './lexicon.js';
import { resolved } from './objects.js';
import type { ExtractionContext } from '../types.js';

/** CAMEO 015: acknowledging or claiming responsibility. */
const CLAIM = '015';
/** Assaults, fights and mass violence: the acts one claims responsibility for. */
const isViolent = (code: string) => /^(18|19|20)/.test(code);
/** How far back (in sentences) a bare "claimed responsibility" may point. */
const WINDOW = 3;
const live = (c: Candidate) => c.event.mergedInto === undefined;

/**
 * "The Taliban claimed responsibility for the attack": whoever claims an attack that has no author of its own is its
 * author. The attack is the event noun after "for" (as resolved by event coreference), else the latest violent act
 * within a few sentences. An attack that already has an agent keeps it; a negated or hedged claim claims nothing.
 */
export function attributeClaims(ctx: ExtractionContext, all: Candidate[]): void {
  const t = ctx.doc.tokens;
  for (const c of all) {
    const e = c.event;
    if (!live(c) || e.code !== CLAIM || e.agents.length === 0 || e.negated || e.modality !== 'asserted') continue;
    let attack: EventRecord | undefined;
    if (t[c.last + 1]?.norm === 'for') {
      const noun = all.find((n) => n.entry.pos === 'noun' && n.event.sentence === e.sentence && n.first > c.last + 1 && n.first - c.last <= 5 && t.slice(c.last + 2, n.first).every((x) => ['DET', 'ADJ', 'NUM'].includes(x.pos) || x.pos === 'NOUN'));
      if (noun) attack = resolved(all, noun.event);
    }
    if (!attack) {
      // The latest violent act before the claim: when it has an author, the claim is about it and adds nothing.
      const before = all.filter((p) => live(p) && p.first < c.first && e.sentence - p.event.sentence <= WINDOW && isViolent(p.event.code));
      attack = before[before.length - 1]?.event;
    }
    if (!attack || !isViolent(attack.code) || attack.agents.length > 0 || attack.negated) continue;
    attack.agents.push(...e.agents.filter((k) => !attack.targets.includes(k)));
  }
}
