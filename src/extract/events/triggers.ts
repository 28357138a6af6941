import type { PhraseHit } from '../../knowledge/phrase-index.js';
import type { TriggerEntry } from '../../knowledge/types.js';
import type { EventRecord } from '../../model/types.js';
import type { Token } from '../../nlp/types.js';
import { docIndex, inNameMention, mentionsEndingAt, sentenceMentions } from '../doc-index.js';
import { EVENT_DET, LIGHT } from './lexicon.js';
import { cameoNaming, cameoSaysNoEvent, cameoTrigger } from './cameo/trigger-source.js';
import type { Candidate } from './lexicon.js';
import { inRanges, isParticiple, verbForms } from '../syntax.js';
import type { ExtractionContext } from '../types.js';

/** Trigger spotting: lemma sequences from data/lexicon/events.json, checked for part of speech and context. */
export function findTriggers(ctx: ExtractionContext, first: number, last: number, quoted: [number, number][], clauses: Map<number, number>): Candidate[] {
  const t = ctx.doc.tokens;
  // A lemma can miss an unknown plural ("airstrikes"): `singular` tries a plain singular too.
  const { lemmas, singular, norms } = docIndex(ctx.doc);
  const out: Candidate[] = [];
  for (let i = first; i <= last; i++) {
    if (inRanges(quoted, i)) continue;
    const tok = t[i] as Token;
    if (inNameMention(ctx, i)) continue;
    // The second half of a hyphenated compound is a modifier, no event: "Iranian-supported militias", "state-backed".
    if (t[i - 1]?.text === '-' && t[i - 1]!.end === tok.start && t[i - 2]?.end === t[i - 1]!.start) continue;
    // A verb form the tagger read as a noun or adjective: ", warning that …", "talks mediated by …".
    const misread = (tok.pos === 'NOUN' && isParticiple(t, i)) || (tok.pos === 'ADJ' && /ed$/.test(tok.norm) && t[i + 1]?.norm === 'by');
    // A verb whose lemma the syntax layer may have got wrong is tried by its word's forms too (`verbForms`).
    const verb = tok.pos === 'VERB';
    // Most tokens start no trigger in any form: skip them before building candidate lists.
    const known = startsTrigger(ctx, lemmas[i], norms[i], singular[i]);
    if (!misread && !verb && !known) continue;
    // A main-clause verb the lexicon lacks: the CAMEO dictionary may code it.
    // A light verb ("launched an offensive", "resumed talks") is read through its event noun, not coded itself.
    const fromCameo = verb ? ((!known && !LIGHT.has(tok.lemma) ? cameoTrigger(ctx.doc, i) : undefined) ?? cameoNaming(ctx.doc, i)) : undefined;
    if (fromCameo) {
      out.push(candidate(ctx, fromCameo, i, i, clauses));
      continue;
    }
    const byLemma = ctx.kb.triggers.matchAt(lemmas, i);
    // A gerund opening a noun phrase ("Fighting between X and Y") is the noun, not the verb.
    const gerund = /ing$/.test(tok.norm) && !['AUX', 'PRON', 'NOUN', 'PROPN'].includes(t[i - 1]?.pos ?? '') && ['between', 'in', 'of', 'near', 'around'].includes(t[i + 1]?.norm ?? '');
    const byNoun = gerund ? ctx.kb.triggers.matchAt(norms, i).filter((h) => h.value.pos === 'noun') : [];
    const byStem = misread ? participleHits(ctx, lemmas, i, participleStems(lemmas[i] ?? '')) : verb && byLemma.length === 0 ? participleHits(ctx, lemmas, i, verbForms(tok)) : [];
    const hit = firstHit(ctx, byStem.length ? byStem : byNoun.length ? byNoun : byLemma.length ? byLemma : ctx.kb.triggers.matchAt(singular, i), i, first, last, clauses);
    if (!hit) {
      // A verb whose lemma the lexicon knows only in another use ("riot" the noun): the dictionary may code the verb.
      // (Not a verb the lexicon has and turned down here: "called Trump's conduct a breach" is no phone call.)
      const lexiconVerb = [...byLemma, ...byStem].some((h) => h.value.pos === 'verb');
      const verbal = verb && known && !lexiconVerb && !LIGHT.has(tok.lemma) ? cameoTrigger(ctx.doc, i) : undefined;
      if (verbal) out.push(candidate(ctx, verbal, i, i, clauses));
      continue;
    }
    // The CAMEO dictionary's `---` patterns name uses of a verb that are no event ("called a cabinet meeting").
    if (hit.value.pos === 'verb' && cameoSaysNoEvent(ctx.doc, i)) continue;
    const end = i + hit.length - 1;
    out.push(candidate(ctx, hit.value, i, end, clauses));
    i = end;
  }
  return out;
}

/** The candidate event of a trigger entry on tokens first..end. */
function candidate(ctx: ExtractionContext, entry: TriggerEntry, i: number, end: number, clauses: Map<number, number>): Candidate {
  const t = ctx.doc.tokens;
  const tok = t[i] as Token;
  const id = -1; // numbered once the whole article is read
  const span = { start: tok.start, end: (t[end] as Token).end, text: ctx.doc.text.slice(tok.start, (t[end] as Token).end) };
  const ev = newEvent(id, entry, span, tok.sentence);
  const det = t[i - 1];
  const definite = entry.pos === 'noun' && !!det && (EVENT_DET.has(det.norm) || (t[i - 2] && EVENT_DET.has(t[i - 2]!.norm) && (det.pos === 'ADJ' || isDemonym(ctx, i - 1))));
  return { event: ev, entry, clause: clauses.get(i) ?? 0, first: i, last: end, definite: !!definite, modifierActors: [] };
}

/** Stems of an -ing or -ed form: "warning" → warn, "issuing" → issue, "mediated" → mediate, "shelled" → shell. */
function participleStems(lemma: string): string[] {
  const stem = lemma.replace(/(ing|ed)$/, '');
  return [stem, `${stem}e`, stem.replace(/(.)\1$/, '$1')];
}

/** Verb triggers for the first of `forms` that starts one at i, the rest of the phrase read by lemma. */
function participleHits(ctx: ExtractionContext, lemmas: string[], i: number, forms: string[]): PhraseHit<TriggerEntry>[] {
  for (const s of forms) {
    const seq = lemmas.slice(i, i + 4);
    seq[0] = s;
    const hits = ctx.kb.triggers.matchAt(seq, 0).filter((h) => h.value.pos === 'verb');
    if (hits.length) return hits;
  }
  return [];
}

/**
 * "accused Rwanda of backing the M23", "accused the army of using drones": what someone is accused of is a claim, not
 * a fact the text states; it is reported with the accusation as its hedge.
 */
export function hedgeAccusedActs(ctx: ExtractionContext, found: Candidate[]): void {
  const t = ctx.doc.tokens;
  for (const c of found) {
    if (c.entry.pos !== 'verb' || !/ing$/.test(t[c.first]?.norm ?? '')) continue;
    let k = c.first - 1;
    while (t[k]?.pos === 'ADV') k--;
    if (t[k]?.norm !== 'of') continue;
    const accusation = found.find((a) => a !== c && a.event.code.startsWith('112') && a.last < k && k - a.last <= 10);
    if (!accusation || c.event.modality !== 'asserted') continue;
    c.event.modality = 'reported';
    c.event.certainty = Math.min(c.event.certainty, 0.6);
    c.event.hedge ??= accusation.event.trigger.text;
  }
}

/** Does a trigger start with the lemma, the word or its singular (mostly one string: asked once)? */
function startsTrigger(ctx: ExtractionContext, lemma: string | undefined, norm: string | undefined, singular: string | undefined): boolean {
  const ix = ctx.kb.triggers;
  return ix.starts(lemma) || (norm !== lemma && ix.starts(norm)) || (singular !== lemma && singular !== norm && ix.starts(singular));
}

/** The first hit inside the sentence whose part of speech and context fit (no closure over the caller's loop index). */
function firstHit(ctx: ExtractionContext, hits: readonly PhraseHit<TriggerEntry>[], i: number, first: number, last: number, clauses: Map<number, number>): PhraseHit<TriggerEntry> | undefined {
  const t = ctx.doc.tokens;
  for (const h of hits) if (i + h.length - 1 <= last && posOk(h.value, t, i, i + h.length - 1) && needsOk(ctx, h.value, i, first, last, clauses) && objectOk(ctx, h.value, i + h.length - 1) && !h.value.notFollowedBy?.includes(t[i + h.length]?.norm ?? '')) return h;
  return undefined;
}

function isDemonym(ctx: ExtractionContext, i: number): boolean {
  return mentionsEndingAt(ctx, i).some((m) => m.kind === 'demonym' || m.modifier);
}

function posOk(e: TriggerEntry, t: Token[], a: number, b: number): boolean {
  const head = t[e.pos === 'verb' ? a : b] as Token;
  // A past participle with its agent ("talks mediated by the committee") is the verb even when tagged as an adjective.
  const passiveParticiple = head.pos === 'ADJ' && /(ed|en)$/.test(head.norm) && t[b + 1]?.norm === 'by';
  if (e.pos === 'verb') return head.pos === 'VERB' || passiveParticiple || (head.pos === 'NOUN' && t[a - 1]?.norm === 'to') || (a === b && isParticiple(t, a));
  // A determiner before and a preposition after make a noun of a word tagged as an adjective ("an offensive against Bakhmut").
  const nominal = head.pos === 'ADJ' && a === b && t[a - 1]?.pos === 'DET' && t[b + 1]?.pos === 'ADP';
  return head.pos === 'NOUN' || head.pos === 'PROPN' || nominal || (head.pos === 'VERB' && /ing$/.test(head.norm));
}

function needsOk(ctx: ExtractionContext, e: TriggerEntry, i: number, first: number, last: number, clauses: Map<number, number>): boolean {
  const t = ctx.doc.tokens;
  if (e.needs) {
    const c = clauses.get(i);
    let ok = false;
    for (let k = first; k <= last; k++) if (clauses.get(k) === c && e.needs.includes(t[k]?.norm ?? '')) ok = true;
    if (!ok) return false;
  }
  if (e.context) {
    const before = [t[i - 1]?.norm, t[i - 2]?.norm];
    const demonymBefore = mentionsEndingAt(ctx, i - 1).some((m) => m.kind === 'demonym');
    if (!demonymBefore && !before.some((w) => w && e.context!.includes(w))) return false;
  }
  return true;
}

/** Words that open a second noun phrase after the object: "called Aliyev a dictator" names no call. */
const COMPLEMENT_START = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM']);

/** A trigger with `objectTypes`: the object right after it (determiners aside) is an entity of one of those types, and nothing follows it that describes it. */
function objectOk(ctx: ExtractionContext, e: TriggerEntry, end: number): boolean {
  if (!e.objectTypes) return true;
  const t = ctx.doc.tokens;
  // The object's name may follow determiners, a demonym and a title ("called Armenian Prime Minister Nikol Pashinyan").
  const obj = sentenceMentions(ctx, t[end]!.sentence).find((m) => m.first > end && m.first - end <= 6 && !m.modifier && t.slice(end + 1, m.first).every((x) => ['DET', 'ADJ', 'PROPN'].includes(x.pos)));
  if (!obj || obj.refs.length === 0) return false;
  if (!obj.refs.every((r) => e.objectTypes!.includes(ctx.entities.get(r)?.type ?? ''))) return false;
  // A possessor is no object ("called Trump's conduct a breach").
  const next = t[obj.last + 1];
  return !next || next.sentence !== obj.sentence || (!COMPLEMENT_START.has(next.pos) && !['"', '“', "'"].includes(next.text) && next.norm !== "'s");
}

/** A fresh event of a trigger entry, with no arguments yet. */
export function newEvent(id: number, entry: TriggerEntry, trigger: EventRecord['trigger'], sentence: number): EventRecord {
  return {
    id,
    code: entry.code,
    trigger,
    otherTriggers: [],
    sentence,
    sentences: new Set([sentence]),
    agents: [],
    targets: [],
    targetEvents: [],
    places: [],
    quantities: [],
    modality: 'asserted',
    certainty: 1,
    negated: false,
    topics: [],
    symmetric: !!entry.symmetric,
    placeIsTarget: !!entry.placeIsTarget,
    passive: false,
    // Every optional field present (undefined when unset): one object layout for all events, which V8 reads faster.
    predicate: entry.predicate ? entry.predicate : undefined,
    predicateIsIntent: undefined,
    alsoPredicate: undefined,
    time: undefined,
    hedge: undefined,
    attribution: undefined,
    subEventOf: undefined,
    ordinal: undefined,
    purpose: undefined,
    mergedInto: undefined,
  };
}
