import type { EventRecord, Fact } from '../model/types.js';
import { sameSide } from './entities/registry.js';
import type { ExtractionContext, Extractor } from './types.js';

/**
 * Binary shortcut facts between an event's principal actors, named by the trigger's predicate
 * (data/lexicon/events.json): agent → target, agent → the event acted on ("condemned the strikes"),
 * agent → the place hit ("attacked Damascus"), or first → other for joint acts ("A and B met").
 */
export const relationExtractor: Extractor = {
  name: 'relations',
  run(ctx) {
    const live = ctx.events.filter((e) => e.mergedInto === undefined);
    for (const e of live) {
      if (!e.predicate) continue;
      const add = (subject: string, object: Fact['object'], predicate = e.predicate as string) => {
        if ('entity' in object && (object.entity === subject || sameSide(ctx, subject, object.entity))) return;
        if (ctx.facts.some((f) => f.event === e.id && f.subject === subject && f.predicate === predicate && JSON.stringify(f.object) === JSON.stringify(object))) return;
        const stated = !e.negated && (e.modality === 'asserted' || !!e.predicateIsIntent);
        ctx.facts.push({ subject, predicate, object, event: e.id, sentence: e.sentence, modality: e.modality, negated: e.negated, stated });
      };
      const agents = principal(ctx, e);
      if (agents.length === 0) continue;
      if (e.targets.length) for (const a of agents) for (const t of e.targets) add(a, { entity: t });
      if (e.alsoPredicate) for (const a of agents) for (const t of e.targets) add(a, { entity: t }, e.alsoPredicate);
      else if (e.targetEvents.length) {
        for (const a of agents) for (const t of e.targetEvents) add(a, { event: resolve(ctx, t) });
        // "rejected the demand", "condemned the Israeli strikes": also a fact against whoever did it.
        if (!e.symmetric && !e.predicateIsIntent) {
          for (const t of e.targetEvents) {
            const target = ctx.events.find((x) => x.id === resolve(ctx, t));
            for (const a of agents) for (const who of target?.agents ?? []) if (!agents.includes(who)) add(a, { entity: who });
          }
        }
      }
      else if (e.symmetric && agents.length > 1) for (const t of agents.slice(1)) add(agents[0] as string, { entity: t });
      // With no target named, the place is what was hit; "attacked the army near Gao" did not attack Gao.
      else if (e.placeIsTarget && e.targets.length === 0) for (const a of agents) for (const p of e.places) add(a, { entity: p });
    }
  },
};

/** Agents as named: a government that stands for an agent country already listed adds nothing. */
function principal(ctx: ExtractionContext, e: EventRecord): string[] {
  return e.agents.filter((a) => {
    const gov = ctx.entities.get(a)?.governmentOf;
    return !gov || !e.agents.includes(gov);
  });
}

function resolve(ctx: ExtractionContext, id: number): number {
  let e = ctx.events.find((x) => x.id === id);
  while (e && e.mergedInto !== undefined) e = ctx.events.find((x) => x.id === e!.mergedInto);
  return e ? e.id : id;
}
