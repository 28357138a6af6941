import { childrenOf } from './clause-tree.js';
import { SYN } from './lexicon.js';
import type { Candidate } from './lexicon.js';
import { phraseEntities } from './verb-arguments.js';
import { addUnique } from './verb-targets.js';
import type { ExtractionContext } from '../types.js';

const BLAME = SYN.blamePredicates.map((p) => p.split(' '));
const BLAME_WORDS = new Set(BLAME.flat());

/**
 * "Turkey said Russia was behind the attack": a statement that blames someone is an accusation (112) of that party,
 * who becomes the agent of the act it is blamed for, as claimed. The that-clause (ccomp) is read in the tree: its
 * subject, a copula, and a blame predicate ("behind the attack", "responsible for", "to blame"). A plain statement stays 010.
 */
export function accusationsSaid(ctx: ExtractionContext, found: Candidate[]): void {
  const t = ctx.doc.tokens;
  const ch = childrenOf(t);
  const dropped = new Set<Candidate>();
  for (const c of found) {
    const ev = c.event;
    if (!c.entry.speech || c.entry.pos !== 'verb' || !ev.code.startsWith('01') || ev.agents.length === 0 || ev.negated) continue;
    for (const h of saidClauses(ctx, c.first)) {
      if (!ch[h]!.some((k) => t[k]!.deprel === 'cop')) continue;
      // The predicate's words: the head itself ("responsible") or its preposition ("behind the attack"), or "to blame".
      const words = [t[h]!.norm, ...ch[h]!.filter((k) => t[k]!.deprel === 'case').map((k) => t[k]!.norm)];
      const blamed = BLAME.some((b) => (b.length === 1 ? words.includes(b[0]!) : b.every((w, i) => t[h - b.length + 1 + i]?.norm === w)));
      // (Or hung on the verb of saying, after it: "said [Russia] was behind …" misparsed.)
      const subject = ch[h]!.find((k) => t[k]!.deprel === 'nsubj') ?? ch[c.first]!.find((k) => t[k]!.deprel === 'nsubj' && k > c.first && k < h);
      if (!blamed || subject === undefined) continue;
      const accused = phraseEntities(ctx, subject).filter((k) => !ev.agents.includes(k));
      if (accused.length === 0) continue;
      ev.code = '112';
      ev.predicate = 'accused';
      addUnique(ev.targets, accused);
      // "was to blame": the predicate is the accusation's, no act of the one blamed.
      for (const o of found) if (o !== c && o.first === h && BLAME_WORDS.has(t[h]!.norm)) dropped.add(o);
      // What they are blamed for is theirs, as the speaker claims.
      for (const o of found) {
        if (o === c || dropped.has(o) || o.event.agents.length > 0 || BLAME_WORDS.has(t[o.first]!.norm) || !(o.first === h || t[o.first]!.head === h)) continue;
        addUnique(o.event.agents, accused);
        if (o.event.modality === 'asserted') o.event.modality = 'reported';
      }
    }
  }
  if (dropped.size > 0) found.splice(0, found.length, ...found.filter((o) => !dropped.has(o)));
}

/**
 * The that-clauses of a verb of saying: its ccomp, and a "that" clause the parser hung on the date between them as a
 * relative clause ("said on Monday that Somalia was …").
 */
function saidClauses(ctx: ExtractionContext, v: number): number[] {
  const t = ctx.doc.tokens;
  const ch = childrenOf(t);
  const dated = (k: number) => ctx.times.some((x) => x.start <= t[k]!.start && t[k]!.end <= x.end);
  const out = ch[v]!.filter((k) => t[k]!.deprel === 'ccomp');
  for (const o of ch[v]!) {
    if (!t[o]!.deprel.startsWith('obl') || !dated(o)) continue;
    for (const k of ch[o]!) if (t[k]!.deprel === 'acl:relcl' && ch[k]!.some((m) => t[m]!.deprel === 'mark' && t[m]!.norm === 'that')) out.push(k);
  }
  return out;
}
