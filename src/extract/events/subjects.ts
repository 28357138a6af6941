import type { Mention } from '../../model/types.js';
import { groupCoordinated } from '../coreference/index.js';
import { docIndex, inMention, sentenceMentions } from '../doc-index.js';
import { LIGHT, SYN } from './lexicon.js';
import type { Candidate } from './lexicon.js';
import { governingPreposition, isAuxiliary, isObjectOfVerb, nameBeforeApposition } from '../syntax.js';
import type { ExtractionContext } from '../types.js';

/** Who does it: the subject of a verb, of the verb an infinitive completes, of a light verb before an event noun. */

/** The verb an infinitive's "to" completes, across adjectives, adverbs and auxiliaries ("stood ready to", "has agreed to"); none after a noun ("a plan to") or a trigger verb. */
export function matrixVerb(ctx: ExtractionContext, to: number, clauseStart: number): number | undefined {
  const t = ctx.doc.tokens;
  let verb: number | undefined;
  for (let k = to - 1; k >= Math.max(clauseStart, to - 4); k--) {
    const pos = t[k]?.pos;
    if (pos === 'VERB' && ctx.kb.triggers.matchAt(docIndex(ctx.doc).lemmas, k).length > 0) return undefined;
    if (pos === 'VERB' || pos === 'AUX') verb = k;
    else if (pos !== 'ADJ' && pos !== 'ADV' && pos !== 'PART') break;
  }
  return verb;
}

export function lightVerbBefore(ctx: ExtractionContext, i: number, clauseStart: number): number | undefined {
  const t = ctx.doc.tokens;
  for (let k = i - 1; k >= Math.max(clauseStart, i - 5); k--) {
    if (t[k]?.pos === 'VERB' && LIGHT.has(t[k]!.lemma)) return k;
  }
  return undefined;
}

/** The subject group: the last coordinated group or subject-like mention before the verb. */
export function subjectOf(ctx: ExtractionContext, before: Mention[], coordinated: ReturnType<typeof groupCoordinated>, verb?: number, clauses?: Map<number, number>): string[] {
  const t = ctx.doc.tokens;
  // No other finite verb of the same clause may stand between a subject and its verb
  // ("fighters linked to Islamic State, and local officials said"); participles set off by commas may.
  const clause = verb === undefined ? undefined : clauses?.get(verb);
  // Nor may a participle right after the name that opens a phrase ("UN peacekeepers based in Malakal said").
  // The phrase is one preposition and a noun phrase that runs up to the verb; "warned on Thursday it could fire" is no such phrase.
  const reduced = (m: Mention, k: number) =>
    verb !== undefined && k === 0 && /(ed|en|wn)$/.test(t[m.last + 1]?.norm ?? '') && t[m.last + 2]?.pos === 'ADP' && verb - m.last <= 8 &&
    t.slice(m.last + 3, verb).every((x) => ['DET', 'ADJ', 'PROPN', 'NOUN', 'NUM', 'AUX', 'ADV'].includes(x.pos));
  // A verb that takes the trigger as its gerund shares its subject ("would keep hosting", "began shelling").
  const catenative = (k: number) => verb !== undefined && k === verb - 1 && /ing$/.test(t[verb]?.norm ?? '');
  const noVerbBetween = (m: Mention) =>
    verb === undefined || !t.slice(m.last + 1, verb).some((x, k) => x.pos === 'VERB' && !isAuxiliary(t, x.index) && clauses?.get(m.last + 1 + k) === clause && t[m.last + k]?.text !== ',' && !/ing$/.test(x.norm) && !reduced(m, k) && !catenative(m.last + 1 + k));
  // The word right before the verb (past auxiliaries and adverbs) is a common noun no mention covers:
  // the subject is something newsgraph does not know ("local officials said"), not an older name.
  if (verb !== undefined) {
    const named = nameBeforeApposition(ctx, verb);
    if (named) return [...named.refs];
    // Auxiliaries, adverbs and a time phrase ("Kerry last week accused") stand between a subject and its verb.
    const inTime = (i: number) => ctx.times.some((x) => x.start <= t[i]!.start && t[i]!.end <= x.end);
    let k = verb - 1;
    while (k >= 0 && (['AUX', 'ADV', 'PART'].includes(t[k]?.pos ?? '') || isAuxiliary(t, k) || inTime(k))) k--;
    const w = t[k];
    // (A nominal adjective counts: "the Philippine military said".)
    if (w && (w.pos === 'NOUN' || (w.pos === 'ADJ' && t[k - 1]?.pos !== 'ADV')) && !inMention(ctx, k)) {
      // "American and Taliban negotiators resumed", "Ukrainian officials accused": representatives act for the side they are named by.
      // An adjective before the name makes it a description, not a side: "ethnic Armenian forces" are not Armenia's.
      const side = SYN.sideNouns.includes(w.norm) ? before.find((m) => m.last === k - 1 && m.refs.length > 0 && t[m.first - 1]?.pos !== 'ADJ') : undefined;
      if (!side) return headBeforePhrase(ctx, before, k);
      const group = coordinated.find((g) => g.members.includes(side.id));
      return group ? group.refs : side.refs;
    }
  }
  // The object of another verb is no subject ("telephoned Dahal to offer his condolences": Modi offers, not Dahal),
  // except of what it is accused of ("accused Rwanda of backing the M23").
  const accusedOf = (m: Mention) => verb !== undefined && t[m.last + 1]?.norm === 'of' && t.slice(m.last + 2, verb).every((x) => x.pos === 'ADV');
  // A name that modifies a noun is no subject ("Howard Rubel, a Toronto lawyer, told …").
  const compound = (m: Mention) => t[m.last + 1]?.pos === 'NOUN' && !/^[A-Z]/.test(t[m.last + 1]!.text);
  const cands = before.filter((m) => !m.modifier && m.refs.length > 0 && noVerbBetween(m) && (!isObjectOfVerb(ctx, m) || accusedOf(m)) && !compound(m));
  const last = cands[cands.length - 1];
  if (!last) return [];
  const group = coordinated.find((g) => g.members.includes(last.id));
  if (group) {
    // A coordinated group governed by a preposition ("linked to al Qaeda and Islamic State") is no subject.
    const head = ctx.mentions[group.members[0] as number];
    const prep = head ? governingPreposition(ctx, head) : undefined;
    // …unless it names whom the subject represents ("Ministers from Egypt, Ethiopia and Sudan held talks").
    const representative = (prep === 'from' || prep === 'of') && head && SYN.representativeNouns.includes(t[head.first - 2]?.norm ?? '');
    if (prep && prep !== 'both' && !representative) return [];
    return group.refs;
  }
  // "Ruto and his Tanzanian counterpart, Samia Suluhu Hassan, signed": a name in apposition to a conjunct joins the first.
  const first = apposedConjunct(ctx, last, before);
  if (first) return [...first.refs, ...last.refs.filter((k) => !first.refs.includes(k))];
  // "Putin mentioned …" over "the Kremlin, Putin": the mention nearest the verb is the subject.
  return last.refs;
}

const PHRASE_PREPOSITIONS = new Set(['at', 'in', 'from', 'across', 'near', 'around']);

/**
 * "Dockworkers at more than 20 Chilean ports walked off the job": the noun before the verb ends a place phrase after the
 * subject, which is the mention right before the preposition. Only over a short phrase of nouns, numbers and modifiers.
 */
function headBeforePhrase(ctx: ExtractionContext, before: Mention[], k: number): string[] {
  const t = ctx.doc.tokens;
  for (let j = k - 1; j >= Math.max(0, k - 8); j--) {
    const x = t[j]!;
    if (x.pos === 'ADP' && PHRASE_PREPOSITIONS.has(x.norm)) {
      const head = before.find((m) => m.last === j - 1 && m.refs.length > 0 && !m.modifier && m.kind !== 'pronoun');
      return head ? [...head.refs] : [];
    }
    if (!['NOUN', 'PROPN', 'ADJ', 'NUM', 'DET'].includes(x.pos) && x.norm !== 'than') return [];
  }
  return [];
}

/** "A and his counterpart, B,": the mention A when B, set off by commas, names the noun phrase after "and". */
function apposedConjunct(ctx: ExtractionContext, m: Mention, before: Mention[]): Mention | undefined {
  const t = ctx.doc.tokens;
  if (t[m.first - 1]?.text !== ',' || t[m.last + 1]?.text !== ',') return undefined;
  let k = m.first - 2;
  while (k > m.first - 7 && (['NOUN', 'ADJ', 'DET', 'PROPN'].includes(t[k]?.pos ?? '') || ['his', 'her', 'its', 'their'].includes(t[k]?.norm ?? ''))) k--;
  if (t[k]?.norm !== 'and' || t[k + 1]?.pos === 'PROPN' || t[m.first - 2]?.pos !== 'NOUN') return undefined;
  return before.find((x) => x.last === k - 1 && x.refs.length > 0 && !x.modifier);
}

/**
 * "announced during a surprise visit to Bagram", "On a trip to Paris, Scholz said": an event noun after one of its
 * `framedBy` prepositions is the setting of its clause's act, made by that act's subject. Not when the noun names its
 * own agent ("during a visit by Pelosi", "during Biden's visit").
 */
export function frameSubjects(ctx: ExtractionContext, found: Candidate[]): void {
  const t = ctx.doc.tokens;
  for (const c of found) {
    const via = c.entry.framedBy;
    if (!via || c.entry.pos !== 'noun' || c.event.agents.length > 0 || t[c.last + 1]?.norm === SYN.agentPreposition) continue;
    let k = c.first - 1;
    // Modifiers between: "during a surprise visit", "on a two-day state visit".
    while (k > c.first - 7 && (['DET', 'ADJ', 'NOUN', 'NUM'].includes(t[k]?.pos ?? '') || t[k]?.text === '-')) k--;
    if (!via.includes(t[k]?.norm ?? '') || t[k]?.sentence !== c.event.sentence) continue;
    // The nearest active verb of the clause that has a subject, before the noun or else after it.
    const verbs = found.filter((v) => v !== c && v.entry.pos === 'verb' && v.clause === c.clause && !v.event.passive && v.event.agents.length > 0);
    const verb = verbs.filter((v) => v.last < k).pop() ?? verbs.find((v) => v.first > c.last);
    if (verb) c.event.agents.push(...verb.event.agents.filter((a) => !c.event.targets.includes(a)));
  }
}

/**
 * "The truce between the army and the militia was signed in Malakal": a joint act in the passive whose subject is an
 * event noun with its parties ("between A and B") was done by those parties together, not to the last of them.
 */
export function passiveParties(ctx: ExtractionContext, found: Candidate[]): void {
  const t = ctx.doc.tokens;
  for (const c of found) {
    const e = c.event;
    if (c.entry.pos !== 'verb' || !c.entry.symmetric || !e.passive || e.agents.length > 0) continue;
    const noun = found.filter((n) => n.entry.pos === 'noun' && n.last < c.first && n.event.agents.length >= 2 && t.slice(n.last + 1, n.last + 5).some((x) => x.norm === 'between')).pop();
    if (!noun || e.targets.some((k) => !noun.event.agents.includes(k))) continue;
    // Only the auxiliaries of the passive between the last party and the verb: the noun phrase is its subject.
    const lastParty = sentenceMentions(ctx, e.sentence).filter((m) => m.last < c.first && m.refs.some((k) => noun.event.agents.includes(k))).pop();
    if (!lastParty || !t.slice(lastParty.last + 1, c.first).every((x) => ['AUX', 'ADV', 'PART'].includes(x.pos))) continue;
    e.agents.push(...noun.event.agents);
    e.targets.length = 0;
  }
}
