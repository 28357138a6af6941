/**
 * One pattern against a verb's frame. Every part of the pattern must be found; the score counts what it
 * names (2 per word, 1 per bare preposition or slot marker), so the longest, most specific pattern wins.
 */
import type { Doc } from '../../../nlp/types.js';
import type { CameoIndex } from './dictionary.js';
import type { Frame } from './frame.js';
import { children } from './frame.js';
import type { CameoNoun, CameoPattern, CameoPrep, CameoSlots } from './types.js';
import { matchAny } from './words.js';

export interface PatternMatch {
  score: number;
  slots: CameoSlots;
}

const MODIFIER = /^(compound|amod|nmod|flat|nummod|det)/;

/** A noun of the pattern on the phrase headed by `head`: the head word there, earlier words among its modifiers. */
function matchNoun(doc: Doc, head: number, n: CameoNoun, ix: CameoIndex): number {
  if (n.slot || n.words.length === 0) return 1;
  const last = n.words[n.words.length - 1]!;
  const got = matchAny(doc, head, last, ix);
  if (!got) return 0;
  // The earlier words are looked for among the head's dependents ({BANNED PARTIES}: "banned" is an amod).
  const mods = n.words.slice(0, -1);
  const deps = children(doc, head).filter((k) => MODIFIER.test(doc.tokens[k]!.deprel));
  for (const m of mods) if (!deps.some((k) => matchAny(doc, k, m, ix) > 0)) return 0;
  return 2 * (mods.length + 1);
}

function matchPrep(doc: Doc, frame: Frame, p: CameoPrep, ix: CameoIndex, used: Set<number>): { score: number; prep: string; head: number } | undefined {
  let best: { score: number; prep: string; head: number } | undefined;
  for (const pp of frame.preps) {
    if (used.has(pp.head) || !p.prep.includes(pp.prep)) continue;
    const score = p.noun ? matchNoun(doc, pp.head, p.noun, ix) : 0;
    if (p.noun && !score) continue;
    if (!best || score + 1 > best.score) best = { score: score + 1, prep: pp.prep, head: pp.head };
  }
  return best;
}

export function matchPattern(doc: Doc, frame: Frame, p: CameoPattern, ix: CameoIndex): PatternMatch | undefined {
  const slots: CameoSlots = { passive: frame.passive, preps: [], particles: [] };
  let score = 0;
  if (p.subject) {
    if (frame.subject === undefined) return undefined;
    const s = matchNoun(doc, frame.subject, p.subject, ix);
    if (!s) return undefined;
    score += s;
    slots.subject = frame.subject;
  }
  const used = new Set<number>();
  for (const o of p.objects ?? []) {
    const hit = frame.objects.find((k) => !used.has(k) && matchNoun(doc, k, o, ix) > 0);
    if (hit === undefined) return undefined;
    used.add(hit);
    score += matchNoun(doc, hit, o, ix);
    slots.object ??= hit;
  }
  for (const p1 of [...(p.subjectPreps ?? []), ...(p.preps ?? [])]) {
    const hit = matchPrep(doc, frame, p1, ix, used);
    if (!hit) return undefined;
    used.add(hit.head);
    score += hit.score;
    slots.preps.push({ prep: hit.prep, head: hit.head });
  }
  for (const w of p.particles ?? []) {
    // A particle the parser attached as compound:prt, or as an adverb right after the verb ("back down").
    const t = doc.tokens;
    const k = [...frame.particles, ...children(doc, frame.verb).filter((c) => t[c]!.deprel === 'advmod')].find((c) => t[c]!.norm === w && !used.has(c));
    if (k === undefined) return undefined;
    used.add(k);
    score += 2;
    slots.particles.push(k);
  }
  if (slots.subject === undefined && frame.subject !== undefined) slots.subject = frame.subject;
  if (slots.object === undefined && frame.objects[0] !== undefined) slots.object = frame.objects[0];
  return { score, slots };
}
