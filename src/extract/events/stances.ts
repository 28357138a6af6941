import stanceData from '../../../data/lexicon/cameo-stances.json' with { type: 'json' };
import type { TriggerEntry } from '../../knowledge/types.js';
import type { Token } from '../../nlp/types.js';
import { childrenOf, clauseRoles } from './clause-tree.js';
import { SYN } from './lexicon.js';
import type { Candidate } from './lexicon.js';
import { newEvent } from './triggers.js';
import { phraseEntities } from './verb-arguments.js';
import type { ExtractionContext } from '../types.js';

/**
 * An act that is promised, threatened or refused is coded by CAMEO as that stance, not as the act: "Finland will give
 * Tanzania a grant" is an intent to give aid (0331), "said they would boycott" a threat (1312), "will not accept any
 * more refugees" and "refused to deploy peacekeepers" rejections (12x). The stance is read from the dependency tree:
 * the verb's future auxiliary and negation, or the verb or adjective whose "to" complement it is (data/lexicon/cameo-stances.json).
 */
const DATA = stanceData as { heads: Record<Stance, string[]>; futureAux: string[]; reportedFutureAux: string[]; negation: string[]; intend: Record<string, string>; refuse: Record<string, string> };
type Stance = 'intend' | 'threaten' | 'refuse';
const HEADS = new Map<string, Stance>(Object.entries(DATA.heads).flatMap(([s, words]) => words.map((w) => [w, s as Stance] as const)));
const FUTURE = new Set(DATA.futureAux);
const REPORTED_FUTURE = new Set(DATA.reportedFutureAux);
const NEGATION = new Set(DATA.negation);
const CONTROL = new Set(SYN.objectControlVerbs);

/** The longest code prefix listed in a stance's map. */
function mapped(table: Record<string, string>, code: string): string | undefined {
  for (let n = code.length; n >= 2; n--) {
    const hit = table[code.slice(0, n)];
    if (hit) return hit;
  }
  return undefined;
}

const negated = (t: readonly Token[], ch: number[][], v: number) => ch[v]!.some((c) => t[c]!.deprel === 'advmod' && NEGATION.has(t[c]!.norm));

/** The stance an act at `v` is stated with, and the word that states it (the head of a "to" complement), if any. */
export function stanceOf(t: readonly Token[], v: number): { stance: Stance; head: number } | undefined {
  const ch = childrenOf(t);
  const h = t[v]!.head;
  if (t[v]!.deprel === 'xcomp' && h >= 0 && ch[v]!.some((c) => t[c]!.deprel === 'mark' && t[c]!.norm === 'to')) {
    const s = HEADS.get(t[h]!.lemma);
    if (s) return { stance: s === 'intend' && negated(t, ch, h) ? 'refuse' : s, head: h };
  }
  // CAMEO codes a stated future act as the intention, told as news or as someone's words alike ("Finland will give
  // Tanzania a grant", "said it would support the resolution"); the trigger and the modality still name the act.
  if (futureAux(t, v) >= 0) return { stance: negated(t, ch, v) ? 'refuse' : 'intend', head: -1 };
  return undefined;
}

/**
 * An act that is only intended, threatened or refused stays an event of its own, not asserted; the stance is the event
 * CAMEO codes. A verb that states it ("refused", "threatened", "agreed") takes the stance's code and the act's parties;
 * without one, the marker ("will", "ready", "not") is the trigger of a new stance event by the act's agents.
 */
export function codeStances(ctx: ExtractionContext, found: Candidate[]): void {
  const t = ctx.doc.tokens;
  const added: Candidate[] = [];
  for (const c of found) {
    if (c.entry.pos !== 'verb') continue;
    const s = stanceOf(t, c.first);
    if (!s) continue;
    const ev = c.event;
    const conflict = Number(ev.code.slice(0, 2)) >= 13;
    let code: string | undefined;
    if (s.stance === 'refuse') code = conflict ? undefined : mapped(DATA.refuse, ev.code);
    else if (s.stance === 'threaten') code = conflict ? mapped(DATA.intend, ev.code) : undefined;
    // An offer or readiness the trigger already codes ("ready to host" → 039) is its own stance event.
    else if (!(c.entry.intentCode && ev.code === c.entry.intentCode)) code = mapped(DATA.intend, ev.code);
    if (!code) continue;
    if (ev.modality === 'asserted') ev.modality = s.stance === 'intend' && s.head < 0 ? 'planned' : 'intended';
    const stating = s.head >= 0 ? found.find((o) => o !== c && o.entry.pos === 'verb' && o.first === s.head) : undefined;
    if (stating) {
      stating.event.code = code;
      stating.stance = true;
      if (stating.event.targets.length === 0) stating.event.targets.push(...ev.targets.filter((x) => !stating.event.agents.includes(x)));
      if (stating.event.targets.length === 0 && ev.targets.length === 0 && ev.places.length > 0) stating.event.targets.push(...ev.places);
      continue;
    }
    const marker = s.head >= 0 ? s.head : markerOf(t, c.first);
    if (marker < 0 || found.some((o) => o.first <= marker && marker <= o.last) || added.some((o) => o.first === marker)) continue;
    const entry: TriggerEntry = { trigger: t[marker]!.lemma, pos: 'verb', code };
    const stance = newEvent(-1, entry, { start: t[marker]!.start, end: t[marker]!.end, text: t[marker]!.text }, ev.sentence);
    stance.agents.push(...ev.agents);
    stance.targets.push(...ev.targets);
    stance.certainty = ev.certainty;
    stance.attribution = ev.attribution;
    added.push({ event: stance, entry, clause: c.clause, first: marker, last: marker, definite: false, modifierActors: [], stance: true });
  }
  if (added.length === 0) return;
  found.push(...added);
  found.sort((a, b) => a.first - b.first);
}

/** The auxiliary that makes the act at `v` future, or its negation when it has one ("will not"). */
function markerOf(t: readonly Token[], v: number): number {
  const ch = childrenOf(t)[v]!;
  const neg = ch.find((c) => t[c]!.deprel === 'advmod' && NEGATION.has(t[c]!.norm));
  return neg ?? futureAux(t, v);
}

/** The future auxiliary of the verb at `v`, or -1; "would" only in a reported clause ("said they would boycott"). */
function futureAux(t: readonly Token[], v: number): number {
  const reported = t[v]!.deprel === 'ccomp';
  return childrenOf(t)[v]!.find((c) => t[c]!.deprel === 'aux' && (FUTURE.has(t[c]!.norm) || (reported && REPORTED_FUTURE.has(t[c]!.norm)))) ?? -1;
}

/** The "to" complement of a stating verb ("threatened [to break relations with Russia]"), or -1. */
function complementOf(t: readonly Token[], v: number): number {
  const ch = childrenOf(t);
  return ch[v]!.find((c) => t[c]!.deprel === 'xcomp' && ch[c]!.some((k) => t[k]!.deprel === 'mark' && t[k]!.norm === 'to')) ?? -1;
}

/**
 * Whom a threat is aimed at, when its own clause names no one: the parties of the act it states, read
 * from the complement's objects and prepositional phrases, and the phrases on its object ("ban voting in East Jerusalem",
 * "break relations with Russia", "institute a curfew in Algiers").
 */
export function aimStances(ctx: ExtractionContext, found: Candidate[]): void {
  const t = ctx.doc.tokens;
  const ch = childrenOf(t);
  for (const c of found) {
    const ev = c.event;
    // (Threats only: "agreed to move its embassy in Israel" agrees with no one, "refused to visit a cemetery" rejects no one.)
    if (c.entry.pos !== 'verb' || ev.targets.length > 0 || !ev.code.startsWith('13') || HEADS.get(t[c.first]!.lemma) !== 'threaten') continue;
    const x = complementOf(t, c.first);
    if (x < 0) continue;
    const roles = clauseRoles(t, x, CONTROL);
    const heads = [...roles.objects, ...roles.obliques.map((o) => o.head)];
    for (const o of roles.objects) for (const k of ch[o]!) if (t[k]!.deprel.startsWith('nmod') && ch[k]!.some((m) => t[m]!.deprel === 'case')) heads.push(k);
    for (const h of heads.sort((a, b) => a - b)) for (const e of phraseEntities(ctx, h)) if (!ev.agents.includes(e) && !ev.targets.includes(e)) ev.targets.push(e);
  }
}
