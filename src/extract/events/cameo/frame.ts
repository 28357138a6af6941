/**
 * The syntactic frame of a verb on the UD tree, in PETRARCH's terms: subject (nsubj; obl:agent when passive),
 * object heads (obj; nsubj:pass when passive), prepositional phrases (obl/nmod with a `case` child, on the verb
 * or its object) and particles (compound:prt).
 */
import type { Doc, Token } from '../../../nlp/types.js';
import { childrenOf } from '../clause-tree.js';

export interface Frame {
  verb: number;
  subject?: number;
  /** Object heads, best first: the direct object, then other complements a pattern's bare word may name. */
  objects: number[];
  preps: { prep: string; head: number }[];
  particles: number[];
  passive: boolean;
}

export function children(doc: Doc, i: number): number[] {
  return childrenOf(doc.tokens)[i]!;
}

const rel = (t: Token) => t.deprel;
/** Complements other than the object that patterns name as bare words: "look FORWARD", "remain SCEPTICAL". */
const OTHER_COMPLEMENTS = new Set(['iobj', 'xcomp', 'advmod', 'obl:npmod', 'ccomp']);

/** Is the token inside a date or time ("on Monday")? Such phrases say when, never which sense: "called X on Monday" is no "call on". */
const temporal = (doc: Doc, k: number) => doc.nlpEntities.some((e) => (e.type === 'DATE' || e.type === 'TIME') && k >= e.first && k <= e.last);

/** Prepositional phrases among `heads`' dependents: each obl/nmod with its `case` words ("out of" → "of" too). */
function prepsOf(doc: Doc, heads: number[]): Frame['preps'] {
  const out: Frame['preps'] = [];
  for (const h of heads)
    for (const c of children(doc, h)) {
      if (!/^(obl|nmod)/.test(rel(doc.tokens[c]!)) || /^nmod:poss/.test(rel(doc.tokens[c]!)) || temporal(doc, c)) continue;
      for (const k of children(doc, c)) if (rel(doc.tokens[k]!) === 'case') out.push({ prep: doc.tokens[k]!.norm, head: c });
    }
  return out;
}

export function frameOf(doc: Doc, verb: number): Frame {
  const t = doc.tokens;
  const kids = children(doc, verb);
  const by = (r: string) => kids.find((k) => rel(t[k]!) === r);
  const passSubj = by('nsubj:pass');
  const passive = passSubj !== undefined || kids.some((k) => rel(t[k]!) === 'aux:pass');
  let subject = passive ? (by('obl:agent') ?? kids.find((k) => rel(t[k]!) === 'obl' && children(doc, k).some((c) => t[c]!.norm === 'by'))) : by('nsubj');
  // A conjoined or controlled verb shares its head's subject ("met and agreed", "agreed to meet").
  if (subject === undefined && !passive && ['conj', 'xcomp'].includes(rel(t[verb]!)) && t[verb]!.head >= 0) subject = children(doc, t[verb]!.head).find((k) => rel(t[k]!) === 'nsubj');
  const objects: number[] = [];
  if (passive && passSubj !== undefined) objects.push(passSubj);
  // Every object: the second of "called Assad a DICTATOR" is what he is called.
  for (const k of kids) if (rel(t[k]!) === 'obj') objects.push(k);
  // A clause is no noun: "said they will RELEASE him" is not the pattern "* RELEASE" (announce a release).
  for (const k of kids) if (OTHER_COMPLEMENTS.has(rel(t[k]!)) && !['VERB', 'AUX'].includes(t[k]!.pos) && !objects.includes(k)) objects.push(k);
  const particles = kids.filter((k) => rel(t[k]!) === 'compound:prt');
  // A pattern's phrase may hang on the object ("hold a SUMMIT IN Rome") as well as on the verb.
  const preps = prepsOf(doc, [verb, ...objects]);
  return { verb, ...(subject !== undefined ? { subject } : {}), objects, preps, particles, passive };
}
