import type { Mention } from '../../model/types.js';
import { inMention, sentenceMentions } from '../doc-index.js';
import { SYN } from './lexicon.js';
import type { Candidate } from './lexicon.js';
import { addUnique, isPlaceType } from './verb-targets.js';
import type { ExtractionContext } from '../types.js';
import { childrenOf, clauseRoles, FINITE } from './clause-tree.js';
import { genericActorSide } from './generic-actors.js';

/** A verb event's agents and targets from the dependency tree (./clause-tree.ts), as entity keys. */

const CONTROL = new Set(SYN.objectControlVerbs);
const NAME_PARTS = new Set(['flat', 'flat:name', 'appos', 'nmod:desc', 'list']);

/** The widest mention with entities that covers token i, modifiers aside. */
function mentionAt(ctx: ExtractionContext, sentence: number, i: number): Mention | undefined {
  let best: Mention | undefined;
  for (const m of sentenceMentions(ctx, sentence)) {
    if (m.first > i || m.last < i || m.modifier || m.refs.length === 0) continue;
    if (!best || m.last - m.first > best.last - best.first) best = m;
  }
  return best;
}

/**
 * The entities a phrase head names: the mention over it, or over its name parts ("Foreign Minister Sergei Lavrov",
 * "Lavrov, the foreign minister"), or the side an unnamed state agent acts for ("Russian officials": ./generic-actors.ts).
 */
export function phraseEntities(ctx: ExtractionContext, head: number): string[] {
  const t = ctx.doc.tokens;
  const sentence = t[head]!.sentence;
  const own = mentionAt(ctx, sentence, head);
  if (own) return own.refs;
  // The name chunk under the head: titles, flat names, appositions ("Army spokesman Colonel Lual Akot Deng").
  const ch = childrenOf(t);
  const chunk = [head];
  // (Not a compound: a name inside a longer name or before a noun is not what it names, "the Alabama Human Life Protection
  // Act", "a Reuters reporter".)
  // (A noun modifier without a preposition is a name the parser did not call an apposition: "the opposition Popular
  // Democratic Movement".)
  const part = (c: number) => NAME_PARTS.has(t[c]!.deprel) || (t[c]!.deprel === 'nmod' && t[c]!.pos === 'PROPN' && !ch[c]!.some((k) => t[k]!.deprel === 'case'));
  for (let k = 0; k < chunk.length && chunk.length < 12; k++) for (const c of ch[chunk[k]!]!) if (part(c)) chunk.push(c);
  for (const c of chunk.slice(1)) {
    const m = mentionAt(ctx, sentence, c);
    if (m) return m.refs;
  }
  // A title names its holder, after it ("United States Senator from Vermont Bernie Sanders"), never the side it serves.
  const title = sentenceMentions(ctx, sentence).find((m) => m.kind === 'title' && m.first <= head && head <= m.last);
  if (title) {
    const holder = sentenceMentions(ctx, sentence).find((m) => m.kind === 'name' && m.first > title.last && m.first - title.last <= 4 && m.refs.length > 0 && m.refs.every((k) => ctx.entities.get(k)?.type === 'Person'));
    const between = holder ? t.slice(title.last + 1, holder.first) : [];
    return holder && between.every((x) => x.pos === 'PROPN' || x.pos === 'ADP') ? holder.refs : [];
  }
  return genericActorSide(ctx, head);
}

/** The verb of a trigger: its first verbal word ("call on" → call). */
function verbOf(ctx: ExtractionContext, c: Candidate): number {
  const t = ctx.doc.tokens;
  for (let k = c.first; k <= c.last; k++) if (t[k]!.pos === 'VERB' || t[k]!.pos === 'AUX') return k;
  return c.first;
}

const GIVING = new Set(['06', '07']);

/**
 * Fills agents, targets and voice of a verb event from the tree. True when the tree settles the agent: it names one, or
 * the verb's own subject is a common noun that names no entity ("local residents said"), so no other name may stand in.
 * A subject inherited across clauses is trusted only when it names an entity: long-distance attachments are where the
 * parser errs most on news.
 */
export function fillVerbArguments(ctx: ExtractionContext, c: Candidate): boolean {
  const t = ctx.doc.tokens;
  const ev = c.event;
  const v = verbOf(ctx, c);
  const roles = clauseRoles(t, v, CONTROL);
  ev.passive = roles.passive;
  // "La Riva and Hawkins agreed that vaccines …": joint subjects of a that-clause agree on a claim, not with each other.
  if (ev.symmetric && roles.clauses.some((k) => t[k]!.deprel === 'ccomp')) ev.symmetric = false;
  for (const h of roles.agents) addUnique(ev.agents, phraseEntities(ctx, h));
  const settled = ev.agents.length > 0 || (roles.agentOwn && roles.agents.every((h) => t[h]!.pos === 'NOUN' && !inMention(ctx, h)));
  const notAgent = (keys: string[]) => keys.filter((k) => !ev.agents.includes(k));
  // A place is no target unless the act is aimed at places ("attacked Bakhmut"); a country is an actor.
  const actor = (k: string) => !isPlaceType(ctx, k) || ctx.entities.get(k)?.type === 'Country' || !!c.entry.placeIsTarget;
  const root = ev.code.slice(0, 2);
  const via = c.entry.objectVia;
  if (via) {
    for (const o of roles.obliques) if (via.includes(o.prep)) addUnique(ev.targets, notAgent(phraseEntities(ctx, o.head)).filter(actor));
  } else {
    // "claimed Emily Spanton first complained": after a verb of saying, a name followed by a finite verb is the reported
    // clause's subject, however the parser attached it.
    const reported = (h: number) => {
      let k = h + 1;
      while (['flat', 'flat:name'].includes(t[k]?.deprel ?? '') || ['ADV', 'ADJ'].includes(t[k]?.pos ?? '')) k++;
      return !!c.entry.speech && FINITE.has(t[k]?.xpos ?? '');
    };
    const objects = roles.objects.filter((h) => roles.passive || !reported(h)).map((h) => phraseEntities(ctx, h));
    for (const refs of objects) addUnique(ev.targets, notAgent(refs).filter(actor));
    // After a thing object only giving, saying and appealing name a recipient with "to"; "against" and "with" always name one.
    const thing = roles.objects.length > 0 && objects.every((r) => r.length === 0);
    const toRecipient = !thing || GIVING.has(root) || ev.code === '0841' || root === '01' || root === '02';
    for (const o of roles.obliques) {
      // A fronted phrase is no partner ("With so many students in Australia, Melbourne can seize …"), nor is a passive's
      // "to" phrase a recipient ("first elected to Congress").
      if (!SYN.recipientPrepositions.includes(o.prep) || o.head < v || (o.prep === 'to' && (!toRecipient || roles.passive))) continue;
      addUnique(ev.targets, notAgent(phraseEntities(ctx, o.head)).filter((k) => !isPlaceType(ctx, k) || ctx.entities.get(k)?.type === 'Country'));
    }
  }
  // "returned to Kiev": a place after "to" is where it went.
  for (const o of roles.obliques) {
    const refs = o.prep === 'to' ? phraseEntities(ctx, o.head) : [];
    if (refs.length && refs.every((k) => isPlaceType(ctx, k))) addUnique(ev.places, refs);
  }
  // "demanded that Ethiopia withdraw", "warned that Kosovo must …": the that-clause's subject is addressed, when it is
  // told what to do (a warning that "Biden could destroy the growth" is a prediction about Biden, not a warning to him).
  if (ev.targets.length === 0 && (root === '10' || root === '02' || root === '13')) {
    const ch = childrenOf(t);
    for (const cl of roles.clauses) {
      const subj = ch[cl]!.find((k) => t[k]!.deprel === 'nsubj');
      const told = root !== '13' || ch[cl]!.some((k) => t[k]!.deprel === 'aux' && ['must', 'should'].includes(t[k]!.norm));
      if (subj !== undefined && told && t[cl]!.index > v) addUnique(ev.targets, notAgent(phraseEntities(ctx, subj)));
    }
  }
  return settled;
}
