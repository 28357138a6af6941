import type { EventRecord, Mention } from '../../model/types.js';
import { sentenceMentions } from '../doc-index.js';
import { sameSide } from '../entities/registry.js';
import type { Candidate } from './lexicon.js';
import type { ExtractionContext } from '../types.js';

/** Responses that answer an earlier act: rejecting (12x) and denying (016). */
const isResponse = (code: string) => code.startsWith('12') || code === '016';
/** Reactions that take an act as object only when it is named ("welcomed the ruling", "criticised the decision"): praise (051) and condemnation (111). */
const isReaction = (code: string) => code === '051' || code === '111';
/** Acts that answer other acts (statements, criticism, accusations, rejections, praise): no "decision" or "move" a later reaction names. A conviction (116) is one. */
const answers = (code: string) => /^(01|11[0-2]|12)/.test(code) || code === '016' || code === '051';
/** How far back (in sentences) the act may lie: a named kind of act ("the measures") can point further back than a bare "refused". */
const NOUN_WINDOW = 8;
const BARE_WINDOW = 2;
const live = (c: Candidate) => c.event.mergedInto === undefined;

/**
 * "dismissed the measures", "rejected that charge", "a charge the party rejected", "the government has
 * refused": a response whose object names an earlier act (data/lexicon/referring-nouns.json `acts`) answers
 * that act, and so its author. "a Norwegian proposal" names its author directly. Left alone when no
 * earlier act of a fitting kind is in reach.
 */
export function resolveResponses(ctx: ExtractionContext, all: Candidate[]): void {
  for (const r of all) {
    const e = r.event;
    if (!live(r) || r.entry.pos !== 'verb') continue;
    if (isReaction(e.code)) {
      reactToAct(ctx, all, r);
      continue;
    }
    if (!isResponse(e.code)) continue;
    const object = actNounAfter(ctx, r) ?? actNounBefore(ctx, r) ?? (e.passive ? apposition(ctx, r) : undefined);
    // Rejecting a charge, an allegation or an accusation is denying it (016), not rejecting a proposal (12x).
    if (object && e.code.startsWith('12') && object.codes.length > 0 && object.codes.every((x) => x.startsWith('11'))) e.code = '016';
    if (e.targets.length || e.targetEvents.length || e.agents.length === 0) continue;
    // "refuse to negotiate with X": what is refused is the infinitive's act, and so its other party.
    const refused = complement(ctx, all, r);
    if (refused && refused.event.targets.length) {
      e.targets.push(...refused.event.targets.filter((k) => !e.agents.includes(k)));
      continue;
    }
    // "Washington demanded that the Taliban agree to … a ceasefire. The Taliban refused to declare a ceasefire": refusing what a
    // recent demand of the refuser asked for answers that demand.
    const asked = refused ? demandFor(ctx, all, r) : undefined;
    if (asked) {
      link(e, asked);
      continue;
    }
    // "Ukraine has long pressed for an exchange, which Russia has refused": the relative clause answers the demand before it,
    // and whoever refuses a demand is the one it was made of.
    const demand = object ? undefined : relativeDemand(ctx, all, r);
    if (demand) {
      link(e, demand);
      if (demand.event.targets.length === 0) demand.event.targets.push(...e.agents.filter((k) => !demand.event.agents.some((a) => sameSide(ctx, a, k))));
      continue;
    }
    if (object) {
      const author = object.modifier?.refs.filter((k) => !e.agents.includes(k)) ?? [];
      if (author.length) e.targets.push(...author);
      else link(e, leadAct(ctx, all, r, object) ?? antecedent(ctx, all, r, Math.min(object.at, r.first), NOUN_WINDOW, (p) => object.codes.some((x) => p.event.code.startsWith(x)) && !p.event.code.startsWith('01') && aimedAt(ctx, p, e)));
    } else if (endsClause(ctx, r.last + 1)) {
      // "The government has refused": the latest demand made of the one who refuses.
      link(e, antecedent(ctx, all, r, r.first, BARE_WINDOW, (p) => p.event.code.startsWith('10') && p.event.targets.some((k) => e.agents.includes(k))));
    }
  }
}

/**
 * "welcomed the ruling", "criticised the decision", "Amnesty welcomed the move": praise or condemnation of a named act
 * is aimed at its author, named in the phrase ("a Norwegian proposal") or the one whose act the story leads with.
 */
function reactToAct(ctx: ExtractionContext, all: Candidate[], r: Candidate): void {
  const e = r.event;
  if (e.targets.length || e.targetEvents.length || e.agents.length === 0) return;
  const object = actNounAfter(ctx, r);
  if (!object) return;
  const author = object.modifier?.refs.filter((k) => !e.agents.includes(k)) ?? [];
  if (author.length) e.targets.push(...author);
  else link(e, leadAct(ctx, all, r, object));
}

/**
 * The act the story leads with (the first of its lead sentence that has an author and answers no other act), when the
 * act noun fits it: a later "the decision", "the ruling", "the measures" names the news of the story, not whatever act
 * came last ("welcomed the move" after a paragraph on the protests it drew).
 */
function leadAct(ctx: ExtractionContext, all: Candidate[], r: Candidate, object: ActObject): Candidate | undefined {
  const lead = ctx.doc.tokens[0]?.sentence ?? 0;
  const first = all.find((p) => live(p) && p.event.sentence === lead && p.event.agents.length > 0 && !answers(p.event.code));
  if (object.apposed || !first || first.first >= object.at || !object.codes.some((x) => first.event.code.startsWith(x))) return undefined;
  return first.event.agents.some((a) => r.event.agents.some((b) => sameSide(ctx, a, b))) ? undefined : first;
}

/** The event of the infinitive right after the verb ("refused to negotiate"), as found in the text (before any merge). */
function complement(ctx: ExtractionContext, all: Candidate[], r: Candidate): Candidate | undefined {
  const t = ctx.doc.tokens;
  if (t[r.last + 1]?.norm !== 'to') return undefined;
  return all.find((c) => c.first === r.last + 2 && c.entry.pos === 'verb');
}

/** The latest demand made of the refuser, a sentence or two back, that asked for an act of a kind named after the refusal. */
function demandFor(ctx: ExtractionContext, all: Candidate[], r: Candidate): Candidate | undefined {
  const e = r.event;
  const after = (c: Candidate, p: Candidate) => c !== p && c.event.sentence === p.event.sentence && c.first > p.last && !c.event.code.startsWith('01');
  const refusedCodes = new Set(all.filter((c) => after(c, r)).map((c) => c.event.code));
  let best: Candidate | undefined;
  for (const p of all) {
    if (p.first >= r.first) break;
    if (!live(p) || !p.event.code.startsWith('10') || e.sentence - p.event.sentence > BARE_WINDOW) continue;
    if (!p.event.targets.some((k) => e.agents.some((a) => sameSide(ctx, a, k)))) continue;
    if (all.some((c) => after(c, p) && refusedCodes.has(c.event.code))) best = p;
  }
  return best;
}

/** ", which X has refused": the latest demand, appeal or offer before the relative pronoun, in the same sentence, by another side. */
function relativeDemand(ctx: ExtractionContext, all: Candidate[], r: Candidate): Candidate | undefined {
  const t = ctx.doc.tokens;
  const subject = sentenceMentions(ctx, r.event.sentence).filter((m) => m.last < r.first && r.first - m.last <= 4).pop();
  const at = subject ? subject.first - 1 : -1;
  if (!subject || t[at]?.norm !== 'which' || t[at - 1]?.text !== ',') return undefined;
  let best: Candidate | undefined;
  for (const p of all) {
    if (p.first >= at) break;
    if (!live(p) || p.event.sentence !== r.event.sentence || !/^(10|02|03)/.test(p.event.code) || p.event.agents.length === 0) continue;
    if (p.event.agents.some((a) => r.event.agents.some((b) => sameSide(ctx, a, b)))) continue;
    best = p;
  }
  return best;
}

/** An accusation is answered by the accused: when the act names whom it is aimed at, the responder must be among them. */
export function aimedAt(ctx: ExtractionContext, p: Candidate, e: EventRecord): boolean {
  if (!p.event.code.startsWith('11') || p.event.targets.length === 0) return true;
  // A minister answers for the state that holds the office ("Ethiopia's water minister rejected that charge").
  const accused = (k: string) => [k, ctx.entities.get(k)?.governmentOf ?? k];
  const speaksFor = (a: string) => {
    const x = ctx.entities.get(a);
    return [a, x?.governmentOf ?? a, ...[...(x?.offices ?? [])].map((o) => o.split('|')[1] ?? a)];
  };
  return p.event.targets.some((k) => e.agents.some((a) => sameSide(ctx, a, k) || speaksFor(a).some((s) => accused(k).includes(s))));
}

function link(e: EventRecord, act: Candidate | undefined): void {
  if (act && !e.targetEvents.includes(act.event.id)) e.targetEvents.push(act.event.id);
}

interface ActObject {
  codes: string[];
  /** Where the act noun stands: the act it names came before it. */
  at: number;
  /** A name or demonym inside the noun phrase ("a Norwegian proposal", "Russia's demands"). */
  modifier?: Mention;
  /** ", a move rejected by …": the noun describes the act just before it, not the story's. */
  apposed?: boolean;
}

/** "rejected the/that/a Norwegian proposal": determiner, modifiers, then an act noun, within five tokens. */
function actNounAfter(ctx: ExtractionContext, r: Candidate): ActObject | undefined {
  const t = ctx.doc.tokens;
  const acts = ctx.kb.data.referring.acts;
  for (let k = r.last + 1; k <= r.last + 5; k++) {
    const tok = t[k];
    if (!tok || tok.sentence !== r.event.sentence) return undefined;
    const codes = tok.pos === 'NOUN' ? acts[tok.norm] : undefined;
    if (codes) {
      const modifier = sentenceMentions(ctx, r.event.sentence).find((m) => m.first > r.last && m.last < k && m.refs.length > 0);
      return { codes, at: k, ...(modifier ? { modifier } : {}) };
    }
    // A demonstrative may be tagged as a pronoun or conjunction ("rejected that charge").
    if (!['DET', 'ADJ', 'PROPN', 'NUM', 'PART'].includes(tok.pos) && tok.norm !== "'s" && !['that', 'this', 'these', 'those'].includes(tok.norm)) return undefined;
  }
  return undefined;
}

/** "a charge the opposition party rejected", "an allegation Moscow has denied": the act noun right before the responder. */
function actNounBefore(ctx: ExtractionContext, r: Candidate): ActObject | undefined {
  const t = ctx.doc.tokens;
  const subject = sentenceMentions(ctx, r.event.sentence).filter((m) => m.last < r.first && r.first - m.last <= 4).pop();
  if (!subject) return undefined;
  let k = subject.first - 1;
  if (t[k]?.norm === 'which' || t[k]?.norm === 'that') k--;
  const noun = t[k];
  const codes = noun && noun.sentence === r.event.sentence && noun.pos === 'NOUN' ? ctx.kb.data.referring.acts[noun.norm] : undefined;
  return codes ? { codes, at: k } : undefined;
}

/** "…, a move backed by the EU but rejected by Russia": a passive response describing an act noun set off by a comma. */
function apposition(ctx: ExtractionContext, r: Candidate): ActObject | undefined {
  const t = ctx.doc.tokens;
  for (let k = r.first - 1; k >= r.first - 12; k--) {
    const tok = t[k];
    if (!tok || tok.sentence !== r.event.sentence) return undefined;
    const codes = tok.pos === 'NOUN' ? ctx.kb.data.referring.acts[tok.norm] : undefined;
    if (codes) return ['a', 'an'].includes(t[k - 1]?.norm ?? '') && t[k - 2]?.norm === ',' ? { codes, at: k, apposed: true } : undefined;
  }
  return undefined;
}

/** Nothing more in the clause: a full stop, a comma or a conjunction follows. */
function endsClause(ctx: ExtractionContext, k: number): boolean {
  const tok = ctx.doc.tokens[k];
  return !tok || tok.sentence !== ctx.doc.tokens[k - 1]?.sentence || tok.pos === 'PUNCT' || tok.norm === 'and' || tok.norm === 'but';
}

/** The latest earlier event within the window that fits and is not the responder's own. */
function antecedent(ctx: ExtractionContext, all: Candidate[], r: Candidate, before: number, window: number, fits: (p: Candidate) => boolean): Candidate | undefined {
  const e = r.event;
  let best: Candidate | undefined;
  for (const p of all) {
    if (p.first >= before) break;
    if (!live(p) || e.sentence - p.event.sentence > window || !fits(p)) continue;
    if (p.event.agents.some((a) => e.agents.some((b) => sameSide(ctx, a, b)))) continue;
    best = p;
  }
  // The nearest fitting act is the one meant; when its author is unknown, so is the answer's target.
  return best && best.event.agents.length > 0 ? best : undefined;
}
