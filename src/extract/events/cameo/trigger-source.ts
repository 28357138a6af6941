/**
 * The CAMEO dictionary as a second trigger source for the pipeline (src/extract/events/triggers.ts): it codes
 * the main-clause verb the trigger lexicon lacks, and its `---` patterns veto a lexicon verb used in a sense
 * that is no event. Main clause only: on the PLOVER dev records and data/dev, coding every verb found more gold
 * categories but cost precision (docs/cameo.md).
 */
import type { TriggerEntry } from '../../../knowledge/types.js';
import type { Doc } from '../../../nlp/types.js';
import { children } from './frame.js';
import { matchCameo } from './index.js';

const entries = new Map<string, TriggerEntry>();
let enabled = true;

/** Switches the CAMEO trigger source off or on, for measuring the pipeline with the lexicon alone (scripts/cameo-coverage.ts). */
export function useCameoTriggers(on: boolean): void {
  enabled = on;
}

/** One shared entry per lemma and code, so equal inputs give equal (and identical) entries. */
function entry(lemma: string, code: string): TriggerEntry {
  const key = `${lemma} ${code}`;
  let e = entries.get(key);
  // weak: an event from a dictionary verb needs an actor, as the lexicon's least certain triggers do.
  if (!e) entries.set(key, (e = { trigger: lemma, pos: 'verb', code, weak: true }));
  return e;
}

/** A trigger for the sentence's root verb from the CAMEO dictionary, when it codes this use of the verb. */
export function cameoTrigger(doc: Doc, i: number): TriggerEntry | undefined {
  const t = doc.tokens[i]!;
  if (!enabled || t.pos !== 'VERB' || t.deprel !== 'root') return undefined;
  const m = matchCameo(doc, i);
  // A block's code (its synonyms' shared code: "banned", "outlawed" → 172) counts too, for a root verb with an actor.
  return m?.code ? entry(t.lemma, m.code) : undefined;
}

/** Does a `---` pattern say this use of the verb is no event ("called a cabinet meeting")? */
export function cameoSaysNoEvent(doc: Doc, i: number): boolean {
  if (!enabled || doc.tokens[i]!.pos !== 'VERB') return false;
  const m = matchCameo(doc, i);
  return !!m && m.by === 'pattern' && m.code === null;
}

/**
 * "called Assad a dictator", "labelled the group a terrorist organisation": a verb with a second complement that says
 * what its object is. The dictionary's pattern for that complement codes the act (111 denounce, 1123 accuse of
 * terrorism), whatever the verb's usual sense in the lexicon (a phone call).
 */
export function cameoNaming(doc: Doc, i: number): TriggerEntry | undefined {
  const t = doc.tokens;
  if (!enabled || t[i]!.pos !== 'VERB') return undefined;
  const objects = children(doc, i).filter((k) => t[k]!.deprel === 'obj' || (t[k]!.deprel === 'xcomp' && t[k]!.pos === 'NOUN'));
  // The first names a party, the second is indefinite ("a dictator"): "protest the rights violations" and "signed the
  // Free Trade Area (AfCFTA) agreement" are one object the parser split in two.
  const indefinite = (k: number) => children(doc, k).some((d) => t[d]!.deprel === 'det' && (t[d]!.norm === 'a' || t[d]!.norm === 'an'));
  if (objects.length < 2 || !['PROPN', 'PRON'].includes(t[objects[0]!]!.pos) || !indefinite(objects[1]!)) return undefined;
  const m = matchCameo(doc, i);
  return m?.code && m.by === 'pattern' && m.slots.object === objects[1] ? entry(t[i]!.lemma, m.code) : undefined;
}
