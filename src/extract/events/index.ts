import { groupCoordinated } from '../coreference/index.js';
import { dropMentionIndex, indexMentions } from '../doc-index.js';
import { fillArguments } from './arguments.js';
import { attributeClaims } from './claims.js';
import { threatTarget } from './complements.js';
import { attachPurpose, attachTimes, datePublished, markReported } from './context.js';
import { mergeEvents, resolveEventAnaphora } from '../coreference/events.js';
import { obligationsSaid } from './obligations.js';
import { addresseeFromCoordination, attachEventObjects, markReferringObjects, shareSceneParties } from './objects.js';
import { resolveResponses } from './responses.js';
import { accusationsSaid } from './speech-acts.js';
import { aimStances, codeStances } from './stances.js';
import type { Candidate } from './lexicon.js';
import { frameSubjects, passiveParties } from './subjects.js';
import { findTriggers, hedgeAccusedActs } from './triggers.js';
import { clauseIds, quotedRanges } from '../syntax.js';
import type { Extractor } from '../types.js';

export type { Candidate } from './lexicon.js';

/**
 * Events from lexical triggers (data/lexicon/events.json): actors from the clause's shallow syntax,
 * place, time, quantities, modality, negation and attribution from the same clause or sentence.
 * Then event coreference merges mentions of one event and resolves "the meeting" / "they".
 */
export const eventExtractor: Extractor = {
  name: 'events',
  run(ctx) {
    const quoted = quotedRanges(ctx);
    const coordinated = groupCoordinated(ctx);
    // This extractor adds no mentions: index them once (per sentence, name coverage) for the loops below.
    indexMentions(ctx);
    const all: Candidate[] = [];
    for (const s of ctx.doc.sentences) {
      // A photo caption describes a picture ("X stands with Y"), not an event.
      if (s.caption) continue;
      const clauses = clauseIds(ctx, s.index);
      const found = findTriggers(ctx, s.first, s.last, quoted, clauses);
      let previous: Candidate | undefined;
      let main: Candidate | undefined;
      for (const c of found) {
        fillArguments(ctx, c, clauses, coordinated, previous, main);
        if (c.entry.pos === 'verb' && c.event.agents.length > 0) previous = c;
        if (!main && c.entry.pos === 'verb' && c.event.agents.length > 0 && c.clause === 0) main = c;
      }
      // Demands found in what was said join the sentence's events in text order, so that what is demanded becomes their content.
      const said = obligationsSaid(ctx, found, clauses);
      if (said.length) {
        found.push(...said);
        found.sort((a, b) => a.first - b.first);
      }
      frameSubjects(ctx, found);
      passiveParties(ctx, found);
      hedgeAccusedActs(ctx, found);
      codeStances(ctx, found);
      aimStances(ctx, found);
      accusationsSaid(ctx, found);
      markReferringObjects(ctx, found);
      shareSceneParties(ctx, found);
      for (const c of found) {
        if (c.entry.pos === 'verb' && c.event.code.startsWith('13') && c.event.targets.length === 0 && c.event.agents.length > 0) {
          c.event.targets.push(...threatTarget(ctx, c, found));
          // What it warns of is aimed at the target: the warning is a threat too.
          if (c.event.targets.length > 0 && c.entry.threatPredicate) c.event.alsoPredicate = c.entry.threatPredicate;
        }
      }
      addresseeFromCoordination(ctx, found);
      // A weak trigger that found no actor is no event, and dates nothing.
      const kept = found.filter((c) => !(c.entry.weak && c.event.agents.length === 0 && c.event.targets.length === 0 && !c.definite));
      attachTimes(ctx, kept, s.index, clauses);
      markReported(ctx, kept, clauses);
      attachPurpose(ctx, kept, s.first, s.last, clauses);
      // "During their meeting in June, representatives exchanged …": the rest happened within it.
      const frame = ctx.doc.tokens[s.first]?.norm === 'during' ? kept.find((c) => c.entry.pos === 'noun' && c.first <= s.first + 6) : undefined;
      if (frame) for (const c of kept) if (c !== frame) c.subEventOf = frame;
      all.push(...kept);
    }
    all.forEach((c, i) => (c.event.id = i));
    mergeEvents(ctx, all);
    resolveEventAnaphora(ctx, all);
    resolveResponses(ctx, all);
    attributeClaims(ctx, all);
    attachEventObjects(ctx, all);
    datePublished(ctx, all);
    for (const c of all) {
      if (c.subEventOf) c.event.subEventOf = c.subEventOf.event.mergedInto ?? c.subEventOf.event.id;
      ctx.events.push(c.event);
    }
    dropMentionIndex(ctx);
  },
};
