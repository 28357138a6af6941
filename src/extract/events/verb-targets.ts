import type { Mention } from '../../model/types.js';
import { groupCoordinated, standForGovernment } from '../coreference/index.js';
import { inMention, sentenceMentions } from '../doc-index.js';
import { titleAtToken } from '../entities/helpers.js';
import { SYN } from './lexicon.js';
import type { Candidate } from './lexicon.js';
import { subjectOf } from './subjects.js';
import { governingPreposition, isParticiple, isTreeObject } from '../syntax.js';
import type { ExtractionContext } from '../types.js';

/** Whom a verb acts on: the agent after "by" in a passive, the object, the addressee of a that-clause, a passive's subject. */

/** CAMEO roots whose object is a political actor, never a place: appeal, cooperate, aid, yield, demand, disapprove, reject, threaten, reduce relations. */
export const POLITICAL_ROOTS = new Set(['02', '03', '05', '06', '07', '08', '10', '11', '12', '13', '16']);
export const isPlaceType = (ctx: ExtractionContext, key: string) => ['Country', 'City', 'Place'].includes(ctx.entities.get(key)?.type ?? '');
export const addUnique = (list: string[], keys: string[]) => keys.forEach((k) => !list.includes(k) && list.push(k));

/**
 * One of the trigger's prepositions governs the mention: right before it, or before a title that leads to it
 * ("spoke with US Secretary of State Mike Pompeo"), not before another noun ("spoke to reporters about Iran").
 */
function viaGoverns(ctx: ExtractionContext, via: string[], verbEnd: number, m: Mention): boolean {
  const t = ctx.doc.tokens;
  for (let k = m.first - 1; k > verbEnd; k--) {
    if (via.includes(t[k]!.norm)) {
      const between = t.slice(k + 1, m.first);
      // Determiners, adjectives and an honorific ("to the Atlantic Council", "with Dr Seager"), or a title's words.
      return between.every((x) => ['DET', 'ADJ'].includes(x.pos) || ctx.kb.honorifics.has(x.norm) || x.text === '.') || (titleAtToken(ctx, m.first - 1) && between.every((x) => ['DET', 'ADJ', 'PROPN', 'NOUN'].includes(x.pos) || x.norm === 'of'));
    }
    if (t[k]!.text === ',' || t[k]!.pos === 'VERB') return false;
  }
  return false;
}

/** The verb's agent after "by", its object (and every conjunct of it), a that-clause's addressee and a passive's subject. */
export function fillVerbTargets(ctx: ExtractionContext, c: Candidate, before: Mention[], after: Mention[], coordinated: ReturnType<typeof groupCoordinated>, auxBefore: boolean): void {
  const t = ctx.doc.tokens;
  const ev = c.event;
  // The agent follows the nearest "by" after the verb ("backed by the EU but rejected by Russia").
  let byAt = -1;
  for (let k = c.last + 1; k <= c.last + 3 && byAt < 0; k++) if (t[k]?.norm === SYN.agentPreposition) byAt = k;
  const by = byAt < 0 ? undefined : after.find((m) => m.first > byAt && m.first - byAt <= 6 && !m.modifier);
  if (ev.passive && by) {
    const group = coordinated.find((g) => g.members.includes(by.id));
    addUnique(ev.agents, group ? group.refs : by.refs);
  }
  // Object: the first non-place mention after the verb, not inside a prepositional phrase ("thanked Erdogan for …").
  const speakerAfter = !!c.entry.speech && c.entry.code.startsWith('01') && after.length > 0 && ev.agents.includes(after[0]!.refs[0] ?? '');
  // A preposition that belongs to the trigger ("called on Rwanda") governs nothing.
  const prepOf = (m: Mention) => (m.first === c.last + 1 ? undefined : governingPreposition(ctx, m));
  // "accusing them of helping the government": an object that could not be resolved is still the object.
  // (A possessor is not the object it would hide: "criticised the government's Disaster Management Authority".)
  const unresolved = sentenceMentions(ctx, ev.sentence).find((m) => m.first > c.last && m.first <= c.last + 2 && m.refs.length === 0 && !prepOf(m) && t[m.last + 1]?.norm !== "'s");
  // "supported the Eighteenth Amendment to the United States Constitution": after a direct object that names no entity, a
  // name in a phrase belongs to that object; only verbs of giving take a recipient there ("delivered aid to Somalia").
  let d = c.last + 1;
  while (['DET', 'ADJ', 'NUM'].includes(t[d]?.pos ?? '') || ['his', 'her', 'its', 'their'].includes(t[d]?.norm ?? '')) d++;
  const gives = ['06', '07'].includes(ev.code.slice(0, 2)) || ev.code === '0841';
  const unnamed = !inMention(ctx, d);
  const thingObject = t[d]?.pos === 'NOUN' && unnamed;
  // "to" after any object (a thing or a name newsgraph does not know) names a recipient only for giving and saying.
  const toRecipient = !(unnamed && ['NOUN', 'PROPN'].includes(t[d]?.pos ?? '')) || gives || ['01', '02'].includes(ev.code.slice(0, 2));
  const via = c.entry.objectVia;
  const obj = ev.passive || speakerAfter || unresolved ? undefined : after.find((m) => {
    const p = prepOf(m);
    // "withdrew its troops from Syria", "withdrew the US from a treaty": what the act leaves is named after "from" only.
    if (via) return !m.modifier && viaGoverns(ctx, via, c.last, m);
    // ("against" always names what the act is aimed at, "with" the partner: "signed a deal with X".) A bare name after a
    // thing object is no object unless a title joins them ("recognized opposition leader Juan Guaidó").
    const titled = t.slice(d, m.first).every((x) => ['NOUN', 'PROPN', 'ADJ'].includes(x.pos));
    if (thingObject && !gives && (p ? !['against', 'with'].includes(p) : !titled)) return false;
    if (p === 'to' && !toRecipient) return false;
    // A direct object follows its verb without a comma ("fired rockets at Ganja, Azerbaijan's second city").
    // Nor across another verb, whose object it is ("denied supplying drones"); a compound ("Singapore-based") is no verb.
    if (m.modifier || t.slice(c.last + 1, m.first).some((x) => x.text === ',' || (x.pos === 'VERB' && t[x.index - 1]?.text !== '-' && !SYN.attributiveParticiples.includes(x.norm)))) return false;
    // A possessive is no object ("to offer his condolences"), nor is a possessor after a thing object ("told local media Adamowicz's heart …").
    if (m.kind === 'pronoun' && ['his', 'her', 'its', 'their'].includes(t[m.first]!.norm) && ['NOUN', 'ADJ'].includes(t[m.last + 1]?.pos ?? '')) return false;
    if (thingObject && t[m.last + 1]?.norm === "'s") return false;
    // A possessor before a named body or person is not the object; the possessed is ("criticised the government's
    // National Reconstruction Authority", "met Putin's spokesman Dmitry Peskov").
    if (t[m.last + 1]?.norm === "'s" && after.some((o) => o.kind === 'name' && o.refs.length > 0 && o.first > m.last + 1 && t.slice(m.last + 2, o.first).every((x) => ['ADJ', 'NOUN', 'PROPN'].includes(x.pos) && !inMention(ctx, x.index)))) return false;
    // A later conjunct goes with the first ("talks between Armenia and Azerbaijan" has no object Azerbaijan).
    const group = coordinated.find((g) => g.members.includes(m.id));
    if (group && group.members[0] !== m.id) return false;
    // "say Togo has ignored", "said Qatar and the UAE had pledged": the subject of the reported clause, not an object.
    let end = group ? Math.max(...group.members.map((id) => ctx.mentions[id]?.last ?? m.last)) : m.last;
    // (Adverbs between, and words the parser makes adverbial though tagged adjectives: "claimed Spanton first complained".)
    while (t[end + 1]?.pos === 'ADV' || (t[end + 1]?.pos === 'ADJ' && t[end + 1]!.deprel === 'advmod')) end++;
    // (A bare -ing form is no finite verb: "detained two journalists working for …" has its object; nor is a noun the
    // tagger read as a verb where the parser still makes the name the object of a verb other than saying: "rejected
    // an EU demand".)
    const misreadNoun = !c.entry.code.startsWith('01') && t[end + 1]?.pos === 'VERB' && isTreeObject(t, m.first, m.last, c.last);
    if (!p && ['VERB', 'AUX'].includes(t[end + 1]?.pos ?? '') && !isParticiple(t, end + 1) && !misreadNoun) return false;
    // (Nor before a verb the parser makes the trigger's clausal complement, whatever the modifiers between.)
    let v = end + 1;
    while (['ADV', 'ADJ'].includes(t[v]?.pos ?? '')) v++;
    if (!p && !misreadNoun && t[v]?.pos === 'VERB' && t[v]!.head === c.last && t[v]!.deprel === 'ccomp') return false;
    if (!p) return true;
    return SYN.recipientPrepositions.includes(p) && !m.refs.every((r) => isPlaceType(ctx, r) && ctx.entities.get(r)?.type !== 'Country');
  });
  // "threatened Pyongyang", "accused Addis Ababa": a capital as the object of a political act stands for its government.
  if (obj && obj.kind === 'name' && POLITICAL_ROOTS.has(ev.code.slice(0, 2))) standForGovernment(ctx, obj);
  // A verb of saying names its addressee right after it ("told Macron", "said to reporters"); a name further on is inside what was said.
  const reach = c.entry.speech && c.entry.code.startsWith('01') ? 3 : 8;
  if (obj && obj.first - c.last <= reach && obj.last - c.last <= 8) {
    // "accused Moscow and Damascus", "criticised Russia and Iran": every conjunct is an object.
    const group = coordinated.find((g) => g.members[0] === obj.id);
    const objects = group ? group.members.map((id) => ctx.mentions[id]).filter((m): m is Mention => !!m && !m.modifier) : [obj];
    for (const m of objects) {
      if (m !== obj && m.kind === 'name' && POLITICAL_ROOTS.has(ev.code.slice(0, 2))) standForGovernment(ctx, m);
      addUnique(ev.targets, m.refs.filter((r) => !ev.agents.includes(r)));
    }
  }
  // "demanded that Ethiopia withdraw", "urged that …": the addressee opens the that-clause.
  const thatAt = t[c.last + 1]?.norm === 'that' ? c.last + 1 : -1;
  if (!obj && thatAt > 0 && (ev.code.startsWith('10') || ev.code.startsWith('02') || ev.code.startsWith('13'))) {
    // The subject of the that-clause, not a name inside a phrase ("warned that a battle for Goma could …").
    const addressee = ctx.mentions.find((m) => m.first > thatAt && m.first <= thatAt + 4 && m.refs.length > 0 && !m.modifier && !governingPreposition(ctx, m));
    // A warning's that-clause names whom it is addressed to only when it says what they must do ("warned that Kosovo
    // must …"); "warned that Biden could destroy the growth" is a prediction about Biden, not a warning to him.
    const told = !ev.code.startsWith('13') || (!!addressee && ['must', 'should'].includes(t[addressee.last + 1]?.norm ?? ''));
    if (addressee && told) addUnique(ev.targets, addressee.refs.filter((r) => !ev.agents.includes(r)));
  }
  if (ev.passive && auxBefore) {
    const subj = subjectOf(ctx, before, coordinated);
    addUnique(ev.targets, subj.filter((r) => !isPlaceType(ctx, r)));
  }
  // "used drones to attack Ukrainian cities": an assault on a country's places, named by its demonym, is aimed at it.
  if (ev.targets.length === 0 && /^(18|19|20)/.test(ev.code)) {
    let k = c.last + 1;
    while (['DET', 'ADJ', 'NUM'].includes(t[k]?.pos ?? '') && !inMention(ctx, k)) k++;
    const demonym = after.find((m) => m.first === k && m.kind === 'demonym' && m.refs.length === 1);
    if (demonym && SYN.nationalTargets.includes(t[demonym.last + 1]?.norm ?? '')) addUnique(ev.targets, demonym.refs.filter((r) => !ev.agents.includes(r)));
  }
  // "returned to Kiev": a city after "to" is where it went.
  for (const m of after) if (governingPreposition(ctx, m) === 'to' && m.refs.every((r) => isPlaceType(ctx, r))) addUnique(ev.places, m.refs);
}
