import type { TriggerEntry } from '../../knowledge/types.js';
import { sentenceMentions } from '../doc-index.js';
import { SYN } from './lexicon.js';
import type { Candidate } from './lexicon.js';
import { newEvent } from './triggers.js';
import { governingPreposition } from '../syntax.js';
import { sameSide } from '../entities/registry.js';
import type { ExtractionContext } from '../types.js';

/**
 * "Borrell said on Monday that Pristina must take immediate steps": what a speaker says another party must or should do
 * is a demand made of it (data/lexicon/event-syntax.json `obligation`), besides the statement itself. The party is the
 * named subject of the reported clause, right before the modal; the modal governs an active verb ("must be punished"
 * demands nothing of its subject, "must have known" is a guess).
 */
export function obligationsSaid(ctx: ExtractionContext, found: Candidate[], clauses: Map<number, number>): Candidate[] {
  const t = ctx.doc.tokens;
  const out: Candidate[] = [];
  for (const c of found) {
    const e = c.event;
    if (!c.entry.speech || !e.code.startsWith('01') || e.agents.length === 0 || e.negated || e.modality !== 'asserted') continue;
    // The reported clause opens after the verb, a time phrase and "that".
    let k = c.last + 1;
    const inTime = (i: number) => ctx.times.some((x) => x.sentence === e.sentence && x.start <= t[i]!.start && t[i]!.end <= x.end);
    while (k <= c.last + 6 && t[k] && (inTime(k) || (t[k]!.norm === 'on' && inTime(k + 1)))) k++;
    if (t[k]?.norm === 'that') k++;
    const subject = sentenceMentions(ctx, e.sentence).find((m) => m.first === k || (m.first === k + 1 && t[k]?.pos === 'DET'));
    if (!subject || subject.kind === 'pronoun' || subject.modifier || subject.refs.length === 0 || governingPreposition(ctx, subject)) continue;
    // What one's own side must do is policy, not a demand ("Johnson stated that Britain must leave").
    if (subject.refs.some((r) => e.agents.some((a) => a === r || sameSide(ctx, a, r) || holdsOfficeOf(ctx, a, r)))) continue;
    let m = subject.last + 1;
    while (t[m]?.pos === 'ADV') m++;
    const modal = SYN.obligation.modals.map((x) => x.split(' ')).find((words) => words.every((w, i) => t[m + i]?.norm === w));
    if (!modal) continue;
    let v = m + modal.length;
    while (t[v]?.pos === 'ADV' || t[v]?.pos === 'PART') v++;
    if (t[v]?.pos !== 'VERB' || ['be', 'have'].includes(t[v]!.lemma)) continue;
    const entry: TriggerEntry = { trigger: modal.join(' '), pos: 'verb', code: SYN.obligation.code, predicate: SYN.obligation.predicate };
    const first = m;
    const last = m + modal.length - 1;
    const span = { start: t[first]!.start, end: t[last]!.end, text: ctx.doc.text.slice(t[first]!.start, t[last]!.end) };
    const event = newEvent(-1, entry, span, e.sentence);
    event.agents.push(...e.agents);
    event.targets.push(...subject.refs);
    event.certainty = e.certainty;
    event.attribution = e.attribution;
    out.push({ event, entry, clause: clauses.get(first) ?? c.clause, first, last, definite: false, modifierActors: [] });
  }
  return out;
}

/** The speaker holds an office of the party's country ("prime minister|united-kingdom"). */
function holdsOfficeOf(ctx: ExtractionContext, speaker: string, party: string): boolean {
  const country = ctx.entities.get(party)?.governmentOf ?? party;
  return [...(ctx.entities.get(speaker)?.offices ?? [])].some((o) => o.split('|')[1] === country);
}
