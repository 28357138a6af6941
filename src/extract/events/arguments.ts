import type { Mention, Topic } from '../../model/types.js';
import { tableEntry } from '../../knowledge/lookup.js';
import type { Token } from '../../nlp/types.js';
import { groupCoordinated, standForGovernment } from '../coreference/index.js';
import { docIndex, inMention, sentenceMentions } from '../doc-index.js';
import { ORDINALS, PASSIVE_AUX, PLACE_PREP, SUBORDINATORS, SYN, TOPIC_PREP } from './lexicon.js';
import type { Candidate } from './lexicon.js';
import { lightVerbBefore, matrixVerb, subjectOf } from './subjects.js';
import { clauseTokens, governingPreposition, isObjectOfVerb, isParticiple, looksLikeSubject } from '../syntax.js';
import { fillModality } from './modality.js';
import { isNewsOutlet } from './news-outlets.js';
import { fillNounArguments } from './noun-arguments.js';
import { fillVerbArguments } from './verb-arguments.js';
import { addUnique, fillVerbTargets, isPlaceType, POLITICAL_ROOTS } from './verb-targets.js';
import type { ExtractionContext } from '../types.js';

/** An event's arguments from the shallow syntax of its clause: actors, place, topics, modality, negation, quantities, attribution. */
function clauseMentions(ctx: ExtractionContext, c: Candidate, clauses: Map<number, number>): Mention[] {
  return sentenceMentions(ctx, c.event.sentence).filter((m) => clauses.get(m.first) === c.clause && m.refs.length > 0);
}

/** Where a place mention sits: "in the city of Sweida" counts as "in". */
function placePreposition(ctx: ExtractionContext, m: Mention): string | undefined {
  const prep = governingPreposition(ctx, m);
  if (prep !== 'of') return prep;
  const t = ctx.doc.tokens;
  let k = m.first - 2;
  if (t[k] && ctx.kb.data.cues.placeNouns[t[k]!.norm]) {
    while (k > 0 && (t[k - 1]?.pos === 'DET' || t[k - 1]?.pos === 'ADJ')) k--;
    return t[k - 1]?.norm;
  }
  return prep;
}


export function fillArguments(ctx: ExtractionContext, c: Candidate, clauses: Map<number, number>, coordinated: ReturnType<typeof groupCoordinated>, previousVerb?: Candidate, mainVerb?: Candidate): void {
  const t = ctx.doc.tokens;
  const ev = c.event;
  const ms = clauseMentions(ctx, c, clauses);

  // Topics first: "spoke about the tensions in Syria" names no place of the call.
  if (ev.code.startsWith('04')) ev.topics = topicsAfter(ctx, c, clauses);
  const inTopic = (m: Mention) => ev.topics.some((tp) => tp.span.start <= m.start && m.end <= tp.span.end);
  // Places: "in/at/around X" anywhere in the clause; "where" clauses take the place named before them.
  for (const m of ms) {
    if (inTopic(m)) continue;
    const prep = placePreposition(ctx, m);
    if (prep && PLACE_PREP.has(prep) && m.refs.every((r) => isPlaceType(ctx, r)) && !m.modifier) addUnique(ev.places, m.refs);
  }
  const clauseStart = clauseTokens(clauses, c.clause)[0] ?? c.first;
  if (t[clauseStart]?.norm === 'where') {
    const prevPlace = [...sentenceMentions(ctx, ev.sentence)].reverse().find((m) => m.last < clauseStart && m.refs.length === 1 && isPlaceType(ctx, m.refs[0]!));
    if (prevPlace) addUnique(ev.places, prevPlace.refs);
  }

  // An auxiliary of the passive right before the verb ("had been returned"): the window rules' sign of the passive.
  const auxBefore = [t[c.first - 1], t[c.first - 2], t[c.first - 3]].some((x) => x && PASSIVE_AUX.has(x.norm) && (x.pos === 'AUX' || x.pos === 'VERB'));

  const before = ms.filter((m) => m.last < c.first);
  const after = ms.filter((m) => m.first > c.last);
  const notPlacePrep = (m: Mention) => {
    const p = governingPreposition(ctx, m);
    // "after the US president recognized …": a subordinator, not a preposition, when a verb follows.
    const subordinate = !!p && SUBORDINATORS.has(p) && [t[m.last + 1], t[m.last + 2]].some((x) => x?.pos === 'VERB' || x?.pos === 'AUX');
    return !p || p === 'both' || subordinate;
  };

  // "accused Moscow and Damascus of …": every conjunct of an object is an object.
  const objectGroup = (m: Mention) => {
    const g = coordinated.find((x) => x.members.includes(m.id));
    return (g ? g.members.map((id) => ctx.mentions[id]!) : [m]).some((x) => isObjectOfVerb(ctx, x));
  };
  /** The last subject before token k in the sentence, objects aside: the subject a participle or a second verb shares. */
  const clauseSubject = (k: number) => sentenceMentions(ctx, ev.sentence).filter((m) => m.last < k && !m.modifier && m.refs.length > 0 && looksLikeSubject(ctx, m) && !objectGroup(m)).pop();

  if (c.entry.pos === 'noun') {
    // "between X and Y"
    // "between" right after the noun ("talks between", "fighting on Sunday between"), not one that belongs to a later noun
    // ("any deal must lead to negotiations between …"); a possessive is no party ("between his government and …").
    const betweenAt = t.slice(c.last + 1, c.last + 5).findIndex((x) => x.norm === 'between');
    const possessive = (m: Mention) => m.kind === 'pronoun' && sentenceMentions(ctx, m.sentence).some((o) => o !== m && o.first === m.last + 1);
    const between = betweenAt < 0 ? [] : after.filter((m) => !possessive(m) && (governingPreposition(ctx, m) === 'between' || precededBy(ctx, m, 'between')));
    if (between.length) {
      const group = coordinated.find((g) => g.members.includes(between[0]!.id));
      const members = group ? ctx.mentions.filter((m) => group.members.includes(m.id) && !possessive(m)) : between;
      for (const m of members) addUnique(ev.agents, m.refs);
      const second = after.find((m) => m.first > between[0]!.last && precededByWord(ctx, m, 'and'));
      if (second) addUnique(ev.agents, second.refs);
    }
    // "Israeli strikes", "their meeting", "Russia's offensive"
    let k = c.first - 1;
    // (A name or demonym tagged as an adjective is no modifier to skip: "an M23 attack", "Japanese financing".)
    while (k > clauseStart && (t[k]?.pos === 'ADJ' || t[k]?.pos === 'ADV' || t[k]?.norm === "'s") && !inMention(ctx, k)) k--;
    // Any actor name right before the noun is its agent ("an M23 attack"); a place only as a country.
    const mod = sentenceMentions(ctx, ev.sentence).find((m) => m.last === k && m.end > ctx.doc.datelineEnd && (m.modifier || m.kind === 'pronoun' || t[m.last + 1]?.norm === "'s" || (m.kind === 'name' && m.refs.every((r) => !isPlaceType(ctx, r)))));
    if (mod && mod.refs.length) {
      c.modifierActors = mod.refs;
      addUnique(ev.agents, mod.refs.filter((r) => !isPlaceType(ctx, r) || ctx.entities.get(r)?.type === 'Country'));
    }
    // "drawing a warning from Russia", "condemnation from the EU": the one it comes from is its agent, and what drew
    // it (the subject of "draw", "prompt", "provoke") its target.
    const from = ev.agents.length === 0 && t[c.last + 1]?.norm === 'from' ? after.find((m) => m.first - c.last <= 4 && !m.modifier && t.slice(c.last + 2, m.first).every((x) => x.pos === 'DET' || x.pos === 'ADJ')) : undefined;
    if (from) {
      addUnique(ev.agents, from.refs);
      const drawn = [t[c.first - 1], t[c.first - 2]].find((x) => x?.pos === 'VERB' && SYN.reactionVerbs.includes(x.lemma));
      // (A finite verb too: "The president has faced criticism from …".)
      const cause = drawn ? clauseSubject(drawn.index) : undefined;
      if (cause) addUnique(ev.targets, cause.refs.filter((k) => !ev.agents.includes(k)));
    }
    // "held a phone call", "carried out airstrikes": the light verb's subject.
    if (ev.agents.length === 0) {
      const light = lightVerbBefore(ctx, c.first, clauseStart);
      if (light !== undefined) addUnique(ev.agents, subjectOf(ctx, before.filter((m) => m.last < light && notPlacePrep(m)), coordinated, light, clauses));
      // "Norway and Iceland failed to reach an agreement": the light verb's infinitive takes the governing verb's subject.
      const matrix = light !== undefined && ev.agents.length === 0 && t[light - 1]?.norm === 'to' ? matrixVerb(ctx, light - 1, clauseStart) : undefined;
      if (matrix !== undefined) addUnique(ev.agents, subjectOf(ctx, before.filter((m) => m.last < matrix && notPlacePrep(m)), coordinated, matrix, clauses));
    }
    fillNounArguments(ctx, c);
    // "sanctions on X", "talks with Y": the noun's object.
    if (ev.targets.length === 0 && (!ev.symmetric || ev.agents.length > 0)) {
      const obj = after.find((m) => !m.modifier && m.first - c.last <= 4 && SYN.objectPrepositions.includes(governingPreposition(ctx, m) ?? ''));
      // A place is no target, except where the event acts on places, after its own preposition ("a visit to Bagram",
      // "an offensive against Bakhmut": `objectVia`, else "to").
      const placeOk = (r: string) => !(isPlaceType(ctx, r) && ctx.entities.get(r)?.type !== 'Country') || (c.entry.placeIsTarget && (c.entry.objectVia ?? ['to']).includes(governingPreposition(ctx, obj!) ?? ''));
      if (obj && !(ev.symmetric && governingPreposition(ctx, obj) !== 'with')) addUnique(ev.targets, obj.refs.filter((r) => !ev.agents.includes(r) && placeOk(r)));
    }
  } else if (!fillVerbArguments(ctx, c) && !ev.passive) {
    addUnique(ev.agents, subjectOf(ctx, before.filter(notPlacePrep), coordinated, c.first, clauses));
    // "… and thanked Erdogan", "…, saying": a clause without its own subject shares the previous clause's.
    // A relative clause ("refiners that keep buying", "which imposed") has its own subject: the noun before it.
    const relative = ['that', 'which', 'who'].includes(t[clauseStart]?.norm ?? '');
    const sharesSubject = ev.agents.length === 0 && c.clause > 0 && !relative && (t[clauseStart]?.norm === 'and' || t[clauseStart]?.norm === 'but' || t[clauseStart]?.pos === 'VERB' || t[clauseStart + 1]?.pos === 'VERB' || isParticiple(t, clauseStart));
    // The previous verb's agents, when it had any: "X criticised the government … and demanded …".
    // A verb of saying as a participle (", warning that …", ", accusing …") speaks for the main clause's subject, not for a
    // verb inside what was said ("demanded that Ethiopia withdraw …, warning that …").
    const speaker = c.entry.speech && isParticiple(t, clauseStart) && mainVerb && mainVerb.clause < c.clause && !mainVerb.event.passive ? mainVerb : undefined;
    const shared = speaker ?? previousVerb;
    if (sharesSubject && shared && shared.clause < c.clause && !shared.event.passive) addUnique(ev.agents, shared.event.agents);
    // "The Japanese prime minister, who arrived …": "who" right before the verb stands for the name before the comma.
    const onlyAux = (a: number, b: number) => t.slice(a, b).every((x) => x.pos === 'AUX' || x.pos === 'ADV' || x.pos === 'PART');
    if (ev.agents.length === 0 && t[clauseStart]?.norm === 'who' && t[clauseStart - 1]?.text === ',' && onlyAux(clauseStart + 1, c.first)) {
      // A name inside a phrase ("Adama Saidou, the U.N. coordinator for Somalia, who visited") is not the head: the
      // head is the nearest name before it that no preposition governs, within the noun phrase and its apposition.
      const before = sentenceMentions(ctx, ev.sentence).filter((m) => m.last < clauseStart - 1 && clauseStart - m.last <= 14 && m.refs.length > 0 && !m.modifier);
      const last = before[before.length - 1];
      // People inside a phrase are the head all the same ("criticism from former guerrillas, who accuse …"): a place is never "who".
      const people = (m: Mention) => (m.kind === 'nominal' && !!m.plural) || m.refs.every((r) => ctx.entities.get(r)?.type === 'Person');
      const head = last && last.last === clauseStart - 2 && (!governingPreposition(ctx, last) || people(last)) ? last : last?.last === clauseStart - 2 ? [...before].reverse().find((m) => !governingPreposition(ctx, m) && t[m.last + 1]?.text === ',') : undefined;
      if (head) addUnique(ev.agents, head.refs);
    }
    if (ev.agents.length === 0 && sharesSubject) {
      const subj = clauseSubject(clauseStart);
      // ", which called the drills provocative and said …": after a relative clause the shared subject is the relative's antecedent.
      let rel = clauseStart - 1;
      while (rel > 0 && t[rel]?.sentence === ev.sentence && !(['which', 'who'].includes(t[rel]!.norm) && t[rel - 1]?.text === ',')) rel--;
      if (t[rel]?.sentence === ev.sentence && rel > (subj?.last ?? -1) && ['which', 'who'].includes(t[rel]!.norm)) {
        const antecedent = sentenceMentions(ctx, ev.sentence).find((m) => m.last === rel - 2 && m.refs.length > 0 && !m.modifier);
        if (antecedent) addUnique(ev.agents, antecedent.refs);
      } else if (subj) addUnique(ev.agents, coordinated.find((g) => g.members.includes(subj.id))?.refs ?? subj.refs);
    }
  }
  if (c.entry.pos === 'verb' && ev.targets.length === 0) {
    fillVerbTargets(ctx, c, before, after, coordinated, auxBefore);
  }
  // A news outlet is the channel of what is said, not its addressee or a party to talks ("told Reuters", "With Wikinews, X discussed").
  if (ev.code.startsWith('01') || ev.code.startsWith('04')) ev.targets = ev.targets.filter((k) => !isNewsOutlet(ctx, k));
  // A capital that acts ("denied by Kigali", "with Tokyo pledging"), or is the object of a political act
  // ("sold drones to Moscow"), stands for its government.
  for (const m of ms) {
    const k = m.refs[0];
    if (m.kind !== 'name' || m.refs.length !== 1 || !k || !ctx.kb.actsFor.has(k)) continue;
    const role = ev.agents.includes(k) ? ev.agents : ev.targets.includes(k) && POLITICAL_ROOTS.has(ev.code.slice(0, 2)) ? ev.targets : undefined;
    if (role && standForGovernment(ctx, m)) {
      const gov = m.refs[0]!;
      if (role.includes(gov)) role.splice(role.indexOf(k), 1);
      else role.splice(role.indexOf(k), 1, gov);
    }
  }
  // What the event is aimed at is not where it happened ("sanctions on Russia").
  ev.places = ev.places.filter((p) => !ev.targets.includes(p));
  // A place that contains another place of the event adds nothing ("in Syria, in the city of Sweida").
  ev.places = ev.places.filter((p) => !ev.places.some((q) => q !== p && ctx.entities.get(q)?.country === p));


  fillModality(ctx, c, clauses);
  const { tokenAt } = docIndex(ctx.doc);
  // "third round": ordinal before the trigger.
  for (let k = c.first - 1; k >= Math.max(clauseStart, c.first - 4); k--) {
    const o = tableEntry(ORDINALS, t[k]?.norm ?? '');
    if (o) ev.ordinal = o;
  }
  // Quantities in the clause.
  for (const q of ctx.quantities) {
    if (q.sentence === ev.sentence && clauses.get(tokenAt.get(q.start) ?? -1) === c.clause) ev.quantities.push(q);
  }
  // Attribution: "according to X" in the sentence, else the speaker of a governing speech verb.
  const att = ctx.attributions.find((a) => a.sentence === ev.sentence);
  if (att) ev.attribution = att;
}

function precededBy(ctx: ExtractionContext, m: Mention, word: string): boolean {
  const t = ctx.doc.tokens;
  for (let k = m.first - 1; k >= Math.max(0, m.first - 4); k--) if (t[k]?.norm === word) return true;
  return false;
}

function precededByWord(ctx: ExtractionContext, m: Mention, word: string): boolean {
  const t = ctx.doc.tokens;
  let k = m.first - 1;
  while (k >= 0 && (t[k]?.pos === 'DET' || t[k]?.pos === 'ADJ' || t[k]?.norm === 'members' || t[k]?.norm === 'of')) k--;
  return t[k]?.norm === word;
}

function topicsAfter(ctx: ExtractionContext, c: Candidate, clauses: Map<number, number>): Topic[] {
  const t = ctx.doc.tokens;
  let k = c.last + 1;
  if (!TOPIC_PREP.has(t[k]?.norm ?? '')) return [];
  k++;
  const out: Topic[] = [];
  let from = k;
  const clause = c.clause;
  const flush = (to: number) => {
    while (from < to && t[from]?.pos === 'DET') from++;
    if (from >= to) return;
    const start = t[from]!.start;
    const end = t[to - 1]!.end;
    if (ctx.times.some((x) => x.start <= start && end <= x.end)) return;
    const concerns = [...new Set(ctx.mentions.filter((m) => m.start >= start && m.end <= end).flatMap((m) => m.refs))];
    out.push({ label: ctx.doc.text.slice(start, end), concerns, span: { start, end } });
  };
  for (; k <= c.last + 30 && k < t.length && clauses.get(k) === clause && t[k]?.sentence === c.event.sentence; k++) {
    const x = t[k] as Token;
    // A topic is a noun phrase: it ends before a comma or the next verb ("talks on another swap could take place").
    if (x.text === ',' || x.text === '.' || x.pos === 'AUX' || (x.pos === 'VERB' && !/ing$/.test(x.norm))) break;
    if (x.norm === 'and' && t[k + 1]?.pos === 'DET') {
      flush(k);
      from = k + 1;
    }
  }
  flush(k);
  return out;
}

/** Each time phrase goes to the nearest trigger in its sentence (ties: the one before it). */
