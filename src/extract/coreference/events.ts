import type { EventRecord } from '../../model/types.js';
import type { Candidate } from '../events/lexicon.js';
import { aimedAt } from '../events/responses.js';
import type { ExtractionContext } from '../types.js';

const root = (code: string) => code.slice(0, 2);
/** Consultation and the intent to consult are one family: "the meeting" can name a proposed round of talks. */
const consultFamily = (code: string) => root(code) === '04' || code === '036' || code === '039';
/** What "the meeting" / "the talks" can name: a meeting itself, not the hosting or mediating of one. */
const meetingLike = (code: string) => ['036', '040', '041', '042', '044', '046'].includes(code);
const sameFamily = (a: string, b: string) => root(a) === root(b) || (consultFamily(a) && consultFamily(b));
/** Plain statements (said, stressed, voiced concern, expressed hope), not denials or claims of responsibility. */
const isStatement = (code: string) => ['010', '011', '012', '013', '014'].includes(code);
/** Roles of a third party to a meeting: hosting and mediating. */
const THIRD_PARTY = new Set(['039', '043', '045']);
const live = (c: Candidate) => c.event.mergedInto === undefined;

/** A government stands for its country when comparing who took part. */
function actorKey(ctx: ExtractionContext, key: string): string {
  return ctx.entities.get(key)?.governmentOf ?? key;
}
function actorSet(ctx: ExtractionContext, e: EventRecord): Set<string> {
  return new Set(e.agents.map((a) => actorKey(ctx, a)));
}
const subset = (a: Set<string>, b: Set<string>) => [...a].every((x) => b.has(x));
const sameSet = (a: Set<string>, b: Set<string>) => a.size === b.size && subset(a, b);

/** ", saying …": a verb of saying as a participle after a comma. */
function isMannerOfSaying(ctx: ExtractionContext, c: Candidate): boolean {
  const t = ctx.doc.tokens;
  return !!c.entry.speech && c.event.code === '010' && /ing$/.test(t[c.first]?.norm ?? '') && t[c.first - 1]?.text === ',';
}

/**
 * "urged him to agree to a ceasefire", "called on Rwanda to withdraw", "demanded that Ethiopia withdraw": a verb right
 * after an appeal or demand (02, 10) and its addressee, in an infinitive or a that-clause, names what is asked for;
 * a gerund right after a denial names what is denied.
 */
function isDirectiveContent(ctx: ExtractionContext, a: Candidate, b: Candidate): boolean {
  const t = ctx.doc.tokens;
  if (a.entry.pos !== 'verb' || b.entry.pos !== 'verb' || a.event.sentence !== b.event.sentence) return false;
  // "denied supplying drones": what is denied did not happen, by the speaker's word.
  if (a.event.code === '016' && b.first === a.last + 1 && /ing$/.test(t[b.first]?.norm ?? '')) return true;
  // "refused to back a new withdrawal": what is refused is not done.
  if (root(a.event.code) === '12' && b.first === a.last + 2 && t[a.last + 1]?.norm === 'to') return true;
  if (!['02', '10'].includes(root(a.event.code))) return false;
  if (b.first <= a.last || b.first - a.last > 8) return false;
  const between = t.slice(a.last + 1, b.first);
  if (between.some((x) => x.pos === 'VERB' || x.text === ',' || x.text === '"' || x.text === '“')) return false;
  return t[b.first - 1]?.norm === 'to' || t[a.last + 1]?.norm === 'that';
}

function rank(code: string): number {
  return code.length === 4 ? 1000 + Number(code) : Number(code);
}

function absorb(ctx: ExtractionContext, into: EventRecord, from: EventRecord, takeCode: boolean, topicsOnly = false): void {
  from.mergedInto = into.id;
  into.otherTriggers.push({ ...from.trigger, sentence: from.sentence }, ...from.otherTriggers);
  from.sentences.forEach((s) => into.sentences.add(s));
  into.topics.push(...from.topics.filter((t) => !into.topics.some((u) => u.label === t.label)));
  // "They also spoke about X": only what was talked about joins the earlier conversation.
  if (topicsOnly) return;
  const into4 = actorSet(ctx, into);
  for (const a of from.agents) if (!into.agents.includes(a) && !into4.has(actorKey(ctx, a))) into.agents.push(a);
  // A place another mention acts on ("a trip to Warsaw") is no target of an event that acts on no places ("a meeting").
  const placeType = (k: string) => ['City', 'Place'].includes(ctx.entities.get(k)?.type ?? '');
  for (const x of from.targets) if (!into.targets.includes(x) && !into.agents.includes(x) && (into.placeIsTarget || !placeType(x))) into.targets.push(x);
  for (const p of from.places) if (!into.places.includes(p)) into.places.push(p);
  into.places = into.places.filter((p) => !into.places.some((q) => q !== p && ctx.entities.get(q)?.country === p));
  for (const e of from.targetEvents) if (!into.targetEvents.includes(e)) into.targetEvents.push(e);
  into.quantities.push(...from.quantities.filter((q) => !into.quantities.includes(q)));
  into.time ??= from.time;
  into.ordinal ??= from.ordinal;
  if (into.sentence === from.sentence) into.attribution ??= from.attribution;
  into.purpose ??= from.purpose;
  if (into.hedge === undefined && from.hedge !== undefined) {
    into.hedge = from.hedge;
    into.certainty = Math.min(into.certainty, from.certainty);
  }
  if (takeCode && rank(from.code) > rank(into.code)) {
    into.code = from.code;
    if (from.predicate) into.predicate = from.predicate;
    into.symmetric = from.symmetric;
    into.placeIsTarget = from.placeIsTarget;
  }
  if (takeCode && into.modality === 'asserted' && from.modality !== 'asserted') into.modality = from.modality;
}

/**
 * One event, several mentions: triggers of one family in one sentence ("met … for direct talks",
 * "clashes … where confrontations broke out"); an unspecific "spoke about" by the same people as an
 * earlier consultation; and the proposed meetings of the same parties that are not yet held.
 */
export function mergeEvents(ctx: ExtractionContext, all: Candidate[]): void {
  for (let i = 0; i < all.length; i++) {
    const a = all[i] as Candidate;
    if (!live(a) || a.definite || a.stance) continue;
    for (let j = i + 1; j < all.length; j++) {
      const b = all[j] as Candidate;
      if (b.stance) continue;
      // What a directive asks for is its content, no act of its own: only its trigger joins the directive.
      if (live(b) && isDirectiveContent(ctx, a, b)) {
        absorb(ctx, a.event, b.event, false, true);
        continue;
      }
      if (!live(b) || b.definite || (!sameFamily(a.event.code, b.event.code) && !isMannerOfSaying(ctx, b))) continue;
      const sa = actorSet(ctx, a.event);
      const sb = actorSet(ctx, b.event);
      const sameSentence = a.event.sentence === b.event.sentence;
      // Two verbs of different codes are two acts ("criticised X and accused Y"); two verbs of saying in one breath
      // ("voiced concern and stressed") are one statement.
      // An infinitive that completes the first verb ("offered to host") is the same act.
      const complement = b.first - a.last === 2 && ctx.doc.tokens[a.last + 1]?.norm === 'to';
      // Two verbs in different moods are two acts even in one clause ("had acquired a stake and would invest").
      const sameMood = a.event.modality === b.event.modality || (a.clause === b.clause && (complement || !(a.entry.pos === 'verb' && b.entry.pos === 'verb')));
      const twoActs =
        (a.entry.pos === 'verb' && b.entry.pos === 'verb' && a.entry.code !== b.entry.code && !complement && !(isStatement(a.entry.code) && isStatement(b.entry.code))) ||
        // Verbs of one code in two clauses have a subject each ("X shelled A, while Y fired rockets at B").
        (a.entry.pos === 'verb' && b.entry.pos === 'verb' && a.clause !== b.clause && !complement && !isStatement(a.entry.code)) ||
        // Hosting or mediating a meeting is another role than holding it ("The meeting, hosted by Switzerland").
        (THIRD_PARTY.has(a.entry.code) !== THIRD_PARTY.has(b.entry.code) && consultFamily(a.entry.code) && consultFamily(b.entry.code));
      // Two triggers with their own, different actors are two events even in one clause.
      // Nor are two triggers aimed at different targets ("criticism from X, who accuse his government").
      const ta = new Set(a.event.targets);
      const tb = new Set(b.event.targets);
      const sameAim = ta.size === 0 || tb.size === 0 || subset(ta, tb) || subset(tb, ta);
      if (sameSentence && !twoActs && sameMood && sameAim && (sa.size === 0 || sb.size === 0 || sameSet(sa, sb)) && a.event.negated === b.event.negated) {
        absorb(ctx, a.event, b.event, true);
        continue;
      }
      // "appealed for help, saying …", "has refused, saying …": the participle says how the act was made, it is no second statement.
      if (sameSentence && isMannerOfSaying(ctx, b) && a.entry.pos === 'verb' && sa.size > 0 && sameSet(sa, sb) && a.last < b.first) {
        absorb(ctx, a.event, b.event, false);
        continue;
      }
      const unspecific = b.event.code === '040' && root(a.event.code) === '04' && a.event.modality === 'asserted' && sameSet(sa, sb) && sa.size > 1;
      if (unspecific) {
        absorb(ctx, a.event, b.event, false, true);
        continue;
      }
      const bothPending = a.event.modality !== 'asserted' && b.event.modality !== 'asserted' && consultFamily(a.event.code) && consultFamily(b.event.code) && !a.event.negated && !b.event.negated;
      const compatible =
        (subset(sb, sa) || subset(sa, sb)) &&
        (!a.event.ordinal || !b.event.ordinal || a.event.ordinal === b.event.ordinal) &&
        (a.event.places.length === 0 || b.event.places.length === 0 || b.event.places.some((p) => a.event.places.includes(p))) &&
        (!a.event.time?.value || !b.event.time?.value || a.event.time.value === b.event.time.value);
      if (bothPending && compatible && (sa.size > 0 || sb.size > 0) && a.entry.code !== '043' && b.entry.code !== '043' && a.entry.code !== '045' && b.entry.code !== '045') {
        absorb(ctx, a.event, b.event, false);
      }
    }
  }
}

/**
 * "The conversation", "the meeting", "the Israeli strikes": a definite event noun names an earlier
 * event of the same family whose actors agree with its modifier. A verb that takes an event
 * ("condemned the strikes", "host the meeting") gets that event as its object.
 */
export function resolveEventAnaphora(ctx: ExtractionContext, all: Candidate[]): void {
  for (const c of all) {
    if (!c.definite) continue;
    const governed = all.find((v) => live(v) && v.entry.pos === 'verb' && v.event.sentence === c.event.sentence && v.clause === c.clause && v.last < c.first);
    const wantPending = !!governed && governed.event.modality !== 'asserted';
    const mods = new Set(c.modifierActors.map((k) => actorKey(ctx, k)));
    const antecedents = all
      .filter((p) => live(p) && p !== c && p !== governed && !p.definite && p.first < c.first && (sameFamily(p.event.code, c.event.code) || (meetingLike(p.event.code) && meetingLike(c.entry.code))))
      .filter((p) => !consultFamily(c.entry.code) || meetingLike(p.event.code))
      .filter((p) => mods.size === 0 || subset(mods, actorSet(ctx, p.event)))
      .filter((p) => !wantPending || p.event.modality !== 'asserted')
      // "Biden denied the allegations": only an accusation made against the one who denies it.
      .filter((p) => !governed || !(governed.event.code.startsWith('12') || governed.event.code === '016') || aimedAt(ctx, p, governed.event));
    // "signed the deal", "held the talks": the noun is the verb's own event, not an earlier one.
    const ownEvent = governed && root(governed.entry.code) === root(c.entry.code) && meetingLike(governed.entry.code) === meetingLike(c.entry.code) ? governed : undefined;
    // A specific noun names the latest act of its own kind ("the truce" the ceasefire, not a return home); a general one
    // (CAMEO x0: "the attack") any act of its family ("a car bomb exploded … claimed responsibility for the attack").
    const specific = c.event.code.length === 4 || !c.event.code.endsWith('0');
    // A verb that found no participant is a poor antecedent ("The measures freeze any assets" says what the sanctions
    // do); an event noun without any is still one ("a car bomb exploded … claimed responsibility for the attack").
    const withParties = antecedents.filter((p) => p.entry.pos !== 'verb' || p.event.agents.length > 0 || p.event.targets.length > 0);
    const pool = withParties.length ? withParties : antecedents;
    const ante = ownEvent ?? (specific ? pool.filter((p) => p.event.code === c.event.code).pop() : undefined) ?? pool[pool.length - 1];
    if (ante) {
      c.event.mergedInto = ante.event.id;
      ante.event.otherTriggers.push({ ...c.event.trigger, sentence: c.event.sentence });
      // The verb acts on the event only when it takes events as objects or the noun is its object ("expelled the
      // ambassador over the agreement" does not expel the agreement's parties).
      const object = !!governed && (governed.entry.objectKind === 'event' || governed.entry.objectKind === 'any' || ctx.doc.tokens.slice(governed.last + 1, c.first).every((x) => x.pos === 'DET' || x.pos === 'ADJ'));
      if (governed && governed !== ante && object) addTargetEvent(governed.event, ante.event.id);
    } else if (governed && (governed.entry.objectKind === 'event' || governed.entry.objectKind === 'any')) {
      addTargetEvent(governed.event, c.event.id);
    }
  }
  resolveParties(ctx, all);
}

function addTargetEvent(e: EventRecord, id: number): void {
  if (!e.targetEvents.includes(id)) e.targetEvents.push(id);
}

/** "both parties", "both sides": the two actors of the event referenced in the sentence, else of the latest two-party event. */
function resolveParties(ctx: ExtractionContext, all: Candidate[]): void {
  const byId = new Map(all.map((c) => [c.event.id, c.event]));
  for (const m of ctx.mentions) {
    if (m.kind !== 'nominal' || !m.plural || m.refs.length > 0) continue;
    const noun = ctx.doc.tokens[m.last]?.norm ?? '';
    if (ctx.kb.data.referring.plural[noun] !== 'Actor') continue;
    const inSentence = all.filter((c) => live(c) && c.event.sentence === m.sentence).flatMap((c) => c.event.targetEvents.map((id) => byId.get(id)));
    const earlier = all.filter((c) => live(c) && c.event.sentence <= m.sentence && c.event.agents.length === 2).map((c) => c.event);
    const ref = inSentence.find((e) => e && e.agents.length >= 2) ?? earlier[earlier.length - 1];
    if (!ref) continue;
    m.refs = [...ref.agents];
    // "Fighting between the two sides": the fighting sides, now that they are known. Not talks: "talks between the two sides"
    // after fighting may be held by governments, not by the forces that fight.
    const t = ctx.doc.tokens;
    for (const c of all) {
      if (!live(c) || c.entry.pos !== 'noun' || !c.event.symmetric || !/^(18|19|20)/.test(c.event.code) || c.event.sentence !== m.sentence || c.event.agents.length > 0) continue;
      if (t[m.first - 1]?.norm === 'between' && m.first - c.last >= 2 && m.first - c.last <= 4) c.event.agents.push(...m.refs);
    }
  }
}
