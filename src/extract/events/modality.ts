import type { Modality } from '../../model/types.js';
import { tableEntry } from '../../knowledge/lookup.js';
import { docIndex } from '../doc-index.js';
import { childrenOf } from './clause-tree.js';
import { MODALS } from './lexicon.js';
import type { Candidate } from './lexicon.js';
import { clauseTokens } from '../syntax.js';
import type { ExtractionContext } from '../types.js';

/** An event's modality, certainty, hedge, negation and intent, from the markers of its own clause (data/lexicon/modality.json). */
export function fillModality(ctx: ExtractionContext, c: Candidate, clauses: Map<number, number>): void {
  const t = ctx.doc.tokens;
  const ev = c.event;
  const clauseToks = clauseTokens(clauses, c.clause);
  const { norms } = docIndex(ctx.doc);
  let intent: Modality | undefined;
  for (const k of clauseToks) {
    const h = ctx.kb.hedges.matchAt(norms, k)[0];
    // A modal verb hedges the verb it governs ("could cost"), not every event in its clause.
    const modal = t[k]?.pos === 'AUX' || MODALS.has(t[k]?.norm ?? '');
    // What a speaker said may be hedged ("said it could potentially accept"); the saying is not.
    const inScope = (!modal || (k < c.first && c.first - k <= 3)) && !(c.entry.speech && k > c.last);
    if (h && inScope && !(h.value.modality === 'possible' && t[k]?.norm === 'possible' && k > c.last)) {
      ev.certainty = Math.min(ev.certainty, h.value.certainty);
      ev.hedge = ctx.doc.text.slice(t[k]!.start, t[k + h.length - 1]!.end);
      if (ev.modality === 'asserted') ev.modality = h.value.modality as Modality;
    }
    const it = ctx.kb.intent.matchAt(norms, k)[0];
    const itEnd = it ? k + it.length - 1 : -1;
    // The marker nearest the trigger wins ("would be ready to host" → ready to).
    if (it && itEnd < c.first && c.first - itEnd <= 12) intent = it.value as Modality;
    else if (it && k > c.last && k - c.last <= 6 && /^to /.test(phraseOf(norms, k, it.length))) intent ??= it.value as Modality;
    const neg = ctx.kb.negation.matchAt(norms, k)[0];
    if (neg && k < c.first && c.first - k <= 4) ev.negated = true;
  }
  // "deployed … to help Congo fight the rebels": an act a purpose infinitive would bring about is intended, not done.
  // (The parser's tree: the trigger completes (xcomp) a verb that opens a purpose clause with "to".)
  if (!intent && c.entry.pos === 'verb' && t[c.first]?.deprel === 'xcomp') {
    const h = t[c.first]!.head;
    const purpose = (t[h]?.deprel === 'advcl' || t[h]?.deprel === 'acl') && t[h - 1]?.norm === 'to' && t[h - 1]!.head === h && t[h - 1]!.deprel === 'mark';
    if (purpose) intent = 'intended';
  }
  // "President Trump's planned trip", "the proposed talks": the noun's own modifier, in the tree.
  if (!intent && c.entry.pos === 'noun') {
    const amod = childrenOf(t)[c.last]!.find((x) => t[x]!.deprel === 'amod' && tableEntry(ctx.kb.data.modality.nounModifiers, t[x]!.norm));
    if (amod !== undefined) intent = tableEntry(ctx.kb.data.modality.nounModifiers, t[amod]!.norm) as Modality;
  }
  // "worked to arrange a meeting", "voted on a resolution to expel": the word the event depends on leaves it unrealised.
  intent ??= governedIntent(ctx, c);
  if (intent) {
    ev.modality = intent;
    // Readiness, offers and proposals are acts of their own (039 offered to host, 036 proposed talks); a plan or a
    // possibility ("would host", "will meet") keeps the code of the act it plans.
    const offer = intent === 'intended' || intent === 'proposed';
    if (c.entry.intentCode && offer) ev.code = c.entry.intentCode;
    if (c.entry.intentPredicate && offer) {
      ev.predicate = c.entry.intentPredicate;
      ev.predicateIsIntent = true;
    }
  }
}

function phraseOf(norms: string[], k: number, n: number): string {
  return norms.slice(k, k + n).join(' ');
}

/** The modality the event's governor in the tree gives it: the verb a noun event is the object of, the noun a "to" clause completes. */
function governedIntent(ctx: ExtractionContext, c: Candidate): Modality | undefined {
  const t = ctx.doc.tokens;
  const { verbs, nouns } = ctx.kb.data.modality.governors;
  const k = c.entry.pos === 'noun' ? c.last : c.first;
  const ch = childrenOf(t)[k]!;
  const h = t[k]!.head;
  if (h < 0) return undefined;
  if (c.entry.pos === 'noun') {
    // (Its object, or its "for" phrase: "called for talks".)
    const governed = t[k]!.deprel === 'obj' || (t[k]!.deprel === 'obl' && ch.some((x) => t[x]!.deprel === 'case' && t[x]!.norm === 'for'));
    return governed && t[h]!.pos === 'VERB' ? (tableEntry(verbs, t[h]!.lemma) as Modality | undefined) : undefined;
  }
  if (!ch.some((x) => t[x]!.deprel === 'mark' && t[x]!.norm === 'to')) return undefined;
  return t[k]!.deprel === 'acl' ? (tableEntry(nouns, t[h]!.lemma) as Modality | undefined) : undefined;
}
