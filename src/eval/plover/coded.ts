/** From an extraction to what the PLOVER scorer compares: each event's code and its actors' names. */
import type { ArticleExtraction } from '../../extract/types.js';
import type { KbEntry } from '../../knowledge/types.js';
import type { Demonyms } from './names.js';
import type { CodedEvent } from './types.js';

/** Demonym → country label, countries first so "Hungarian" is Hungary and not a language or a people. */
export function demonymMap(gazetteer: readonly KbEntry[]): Demonyms {
  const map = new Map<string, string>();
  const ordered = [...gazetteer.filter((e) => e.type === 'Country'), ...gazetteer.filter((e) => e.type !== 'Country')];
  for (const e of ordered) for (const d of e.demonyms ?? []) if (!map.has(d.toLowerCase())) map.set(d.toLowerCase(), e.label.toLowerCase());
  return map;
}

/**
 * Every name an actor goes by: its label, the surfaces the article used, its gazetteer aliases, and for a
 * country's government the country's names (PLOVER codes "Hungarian officials" as the actor HUN, sector GOV).
 */
function actorNames(x: ArticleExtraction, gazetteer: ReadonlyMap<string, KbEntry>, key: string): string[] {
  const names = new Set<string>();
  const add = (k: string) => {
    const e = x.entities.get(k);
    const kb = gazetteer.get(k);
    for (const n of [e?.label, ...(e?.aliases ?? []), kb?.label, ...(kb?.aliases ?? [])]) if (n) names.add(n);
  };
  add(key);
  const gov = x.entities.get(key)?.governmentOf;
  if (gov) add(gov);
  return [...names];
}

export function codedEvents(x: ArticleExtraction, gazetteer: ReadonlyMap<string, KbEntry>): CodedEvent[] {
  return x.events
    .filter((e) => e.mergedInto === undefined)
    .map((e) => ({ code: e.code, sources: e.agents.map((k) => actorNames(x, gazetteer, k)), targets: e.targets.map((k) => actorNames(x, gazetteer, k)) }));
}
