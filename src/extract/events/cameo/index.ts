/**
 * CAMEO coding of a verb with PETRARCH2's verb dictionary (MIT; data/lexicon/generated/cameo-verbs.json, made
 * by scripts/convert-cameo.ts) on our UD trees. PETRARCH's rule: the most specific matching pattern gives the
 * code, else the verb's own code, else its block's; a `---` pattern or block means no event ("face a run-off").
 */
import type { Doc } from '../../../nlp/types.js';
import { cameoIndex } from './dictionary.js';
import type { CameoIndex, VerbEntry } from './dictionary.js';
import { children, frameOf } from './frame.js';
import { matchPattern } from './patterns.js';
import type { CameoMatch } from './types.js';

export type { CameoBlock, CameoDictionary, CameoMatch, CameoNoun, CameoPattern, CameoPrep, CameoSlots, CameoVerb } from './types.js';
export { cameoIndex, indexCameo } from './dictionary.js';
export type { CameoIndex } from './dictionary.js';
export { frameOf } from './frame.js';

/** The tokens after the verb that spell a multiword verb's other words: its dependents, or theirs ("angered BY"). */
function restTokens(doc: Doc, verb: number, rest: readonly string[]): number[] | undefined {
  const near = new Set<number>();
  for (const c of children(doc, verb)) {
    near.add(c);
    for (const g of children(doc, c)) near.add(g);
  }
  const out: number[] = [];
  for (const w of rest) {
    const k = [...near].sort((a, b) => a - b).find((x) => x > verb && !out.includes(x) && (doc.tokens[x]!.norm === w || doc.tokens[x]!.lemma === w));
    if (k === undefined) return undefined;
    out.push(k);
  }
  return out;
}

/** The dictionary's verbs the token can be: by lemma or by word form, multiword ones only when their words are there. */
function entriesFor(doc: Doc, verb: number, ix: CameoIndex): { entry: VerbEntry; tokens: number[] }[] {
  const t = doc.tokens[verb]!;
  const seen = new Set<VerbEntry>();
  const out: { entry: VerbEntry; tokens: number[] }[] = [];
  for (const key of t.lemma === t.norm ? [t.lemma] : [t.lemma, t.norm])
    for (const entry of ix.verbs.get(key) ?? []) {
      if (seen.has(entry)) continue;
      seen.add(entry);
      const tokens = entry.rest.length ? restTokens(doc, verb, entry.rest) : [];
      if (tokens) out.push({ entry, tokens });
    }
  // A multiword verb whose words are there is the reading ("called off" is no call): only the longest readings stay, in the file's order.
  const longest = Math.max(0, ...out.map((c) => c.tokens.length));
  return out.filter((c) => c.tokens.length === longest);
}

/**
 * The CAMEO code of the verb at token `verb`: undefined when the dictionary does not know the verb; a match
 * with code null when the dictionary says this use is no event.
 */
export function matchCameo(doc: Doc, verb: number, ix: CameoIndex = cameoIndex()): CameoMatch | undefined {
  const candidates = entriesFor(doc, verb, ix);
  if (candidates.length === 0) return undefined;
  const frame = frameOf(doc, verb);
  let best: CameoMatch | undefined;
  for (const { entry, tokens } of candidates) {
    for (const p of entry.block.patterns) {
      const m = matchPattern(doc, frame, p, ix);
      // Ties go to the earlier pattern in the file (and the multiword verb, tried first).
      if (m && (!best || m.score > best.score)) best = { code: p.code, by: 'pattern', block: entry.block.name, verb: entry.verb, pattern: p, score: m.score, slots: m.slots, verbTokens: tokens };
    }
  }
  if (best) return best;
  const { entry, tokens } = candidates[0]!;
  const slots = { ...(frame.subject !== undefined ? { subject: frame.subject } : {}), ...(frame.objects[0] !== undefined ? { object: frame.objects[0] } : {}), passive: frame.passive, preps: frame.preps, particles: frame.particles };
  const own = entry.verb.code !== undefined;
  return { code: own ? entry.verb.code! : entry.block.code, by: own ? 'verb' : 'block', block: entry.block.name, verb: entry.verb, score: 0, slots, verbTokens: tokens };
}
