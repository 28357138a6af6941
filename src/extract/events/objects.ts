import type { EventRecord } from '../../model/types.js';
import type { Candidate } from './lexicon.js';
import { SYN } from './lexicon.js';
import type { ExtractionContext } from '../types.js';

const live = (c: Candidate) => c.event.mergedInto === undefined;

/** The event a merged mention now belongs to. */
export function resolved(all: Candidate[], e: EventRecord): EventRecord {
  let x: EventRecord | undefined = e;
  for (let n = 0; x && x.mergedInto !== undefined && n < all.length; n++) x = all[x.mergedInto]?.event;
  return x ?? e;
}

/**
 * Verbs that take an event as object (data/lexicon/events.json `objectKind`) and the event they take:
 * "host talks between X and Y" (an event noun right after the verb), "The negotiations, hosted by Qatar,"
 * (a passive participle right after the noun). A verb marked `participantsAreTargets` ("host") then acts
 * on the parties of that event: whoever hosts talks hosts those who hold them.
 */
export function attachEventObjects(ctx: ExtractionContext, all: Candidate[]): void {
  for (const v of all) {
    if (!live(v) || v.entry.pos !== 'verb' || (v.entry.objectKind !== 'event' && v.entry.objectKind !== 'any')) continue;
    const e = v.event;
    if (e.targetEvents.length === 0) {
      const object = e.passive ? nounBefore(ctx, all, v) : nounAfter(ctx, all, v);
      if (object) {
        const target = resolved(all, object.event);
        if (target !== e) e.targetEvents.push(target.id);
      }
    }
    if (!v.entry.participantsAreTargets || e.targets.length > 0) continue;
    if (e.targetEvents.length === 0) {
      const talks = continuedTalks(ctx, all, v);
      if (talks) e.targetEvents.push(talks.event.id);
    }
    for (const id of e.targetEvents) {
      const target = all[id]?.event;
      // Talks only demanded ("must lead to negotiations between …") have no host yet.
      if (!target || target.negated || target.modality === 'proposed') continue;
      for (const k of [...target.agents, ...target.targets]) if (!e.agents.includes(k) && !e.targets.includes(k)) e.targets.push(k);
    }
  }
}

/**
 * "stood ready to host further rounds", "host the next session": a further meeting of talks already reported has those
 * talks' parties; the latest earlier consultation (04) with two parties or more is the one continued.
 */
function continuedTalks(ctx: ExtractionContext, all: Candidate[], v: Candidate): Candidate | undefined {
  const t = ctx.doc.tokens;
  let k = v.last + 1;
  while (['DET', 'ADJ', 'NUM'].includes(t[k]?.pos ?? '')) k++;
  if (t[k]?.sentence !== v.event.sentence || !SYN.continuationNouns.includes(t[k]!.norm)) return undefined;
  let found: Candidate | undefined;
  for (const p of all) {
    if (p.first >= v.first) break;
    if (live(p) && p.event.code.startsWith('04') && p.event.agents.length >= 2 && !p.event.negated) found = p;
  }
  return found;
}

/**
 * "Norway and Iceland failed to reach an agreement …, after two days of talks": talks named as the lead-up to a joint act
 * of the same sentence were held by its parties. Only states and bodies: leaders who sign did not all negotiate in person.
 */
export function shareSceneParties(ctx: ExtractionContext, found: Candidate[]): void {
  const t = ctx.doc.tokens;
  for (const c of found) {
    const e = c.event;
    if (c.entry.pos !== 'noun' || !e.symmetric || e.agents.length || e.targets.length || t[c.first - 1]?.norm !== 'of') continue;
    if (!t.slice(Math.max(0, c.first - 6), c.first).some((x) => SCENE.has(x.norm))) continue;
    const joint = found.find((o) => o !== c && o.event.symmetric && o.event.agents.length >= 2 && o.event.agents.every((k) => ctx.entities.get(k)?.type !== 'Person'));
    if (joint) e.agents.push(...joint.event.agents);
  }
}
const SCENE = new Set(['after', 'during', 'following']);

/**
 * "condemned what he called a 'barbaric and cowardly' attack": an event noun with no participants of its own that a
 * reaction (condemn, deny, praise) takes as object names an event already reported, as "the attack" would.
 */
export function markReferringObjects(ctx: ExtractionContext, found: Candidate[]): void {
  for (const v of found) {
    if (v.entry.pos !== 'verb' || v.entry.objectKind !== 'any') continue;
    const noun = nounAfter(ctx, found, v);
    if (noun && !noun.definite && noun.event.agents.length === 0 && noun.event.targets.length === 0) noun.definite = true;
  }
}

/**
 * "host talks", "hosting the next round of talks", "condemned what he called a 'cowardly' attack": an event noun after
 * the verb, only determiners, modifiers (adverbs too: "cowardly" may be read as one) and quotation marks between (after "what he called", the speaker's own name for it).
 */
function nounAfter(ctx: ExtractionContext, all: Candidate[], v: Candidate): Candidate | undefined {
  const t = ctx.doc.tokens;
  let k = v.last + 1;
  if (t[k]?.norm === 'what' && ['PRON', 'PROPN'].includes(t[k + 1]?.pos ?? '') && t[k + 2]?.pos === 'VERB') k += 3;
  const between = (x: (typeof t)[number]) => ['DET', 'ADJ', 'ADV', 'NUM', 'CCONJ'].includes(x.pos) || ['"', '“', '”'].includes(x.text);
  return all.find((n) => n.entry.pos === 'noun' && n.event.sentence === v.event.sentence && n.first >= k && n.first - k <= 6 && t.slice(k, n.first).every(between));
}

/**
 * "The negotiations, hosted by Qatar," / "a swap brokered by the UAE" / "The talks between A and B, hosted by C": the event
 * noun the participle describes, the nearest before it with no verb between.
 */
function nounBefore(ctx: ExtractionContext, all: Candidate[], v: Candidate): Candidate | undefined {
  const t = ctx.doc.tokens;
  let best: Candidate | undefined;
  for (const n of all) {
    if (n.entry.pos !== 'noun' || n.event.sentence !== v.event.sentence || n.last >= v.first || v.first - n.last > 8) continue;
    if (t.slice(n.last + 1, v.first).some((x) => x.pos === 'VERB' || x.pos === 'AUX')) continue;
    best = n;
  }
  return best;
}

/**
 * "criticised the government for … and demanded that the terms be made public": a demand that names no one is made
 * of whom the same speaker's act just before it, joined by "and", was aimed at. Only people and bodies, not places.
 */
export function addresseeFromCoordination(ctx: ExtractionContext, found: Candidate[]): void {
  const t = ctx.doc.tokens;
  for (let i = 1; i < found.length; i++) {
    const c = found[i] as Candidate;
    const e = c.event;
    if (c.entry.pos !== 'verb' || !e.code.startsWith('10') || e.targets.length > 0 || e.agents.length === 0 || t[c.first - 1]?.norm !== 'and') continue;
    // (Past a verb in between that is part of the first act: "criticised the government for negotiating … and demanded".)
    const before = found.slice(0, i).reverse().find((p) => p.entry.pos === 'verb' && p.event.agents.length > 0);
    if (!before || before.event.agents.join() !== e.agents.join()) continue;
    const aimed = before.event.targets.filter((k) => !['City', 'Place'].includes(ctx.entities.get(k)?.type ?? ''));
    e.targets.push(...aimed);
  }
}
