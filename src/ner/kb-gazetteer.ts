/** The project's gazetteer records as recogniser name lists: labels and aliases, typed PER / ORG / LOC. */
import type { EntityType, KbEntry } from '../knowledge/types.js';
import { buildGazetteer } from './gazetteer.js';
import type { Gazetteer, GazetteerName } from './gazetteer.js';
import type { NerType } from './types.js';

const KB_TO_NER: Record<EntityType, NerType> = {
  Person: 'PER',
  Country: 'LOC',
  City: 'LOC',
  Place: 'LOC',
  Organization: 'ORG',
  GovernmentOrganization: 'ORG',
  ArmedForces: 'ORG',
  Group: 'ORG',
};

/** Demonyms are left out: UNER does not mark "American" or "Syrians" as names. Company names (no records) are ORG. */
export function kbGazetteer(entries: readonly Pick<KbEntry, 'label' | 'aliases' | 'type'>[], givenNames: readonly string[], companies: readonly string[] = []): Gazetteer {
  const names: GazetteerName[] = entries.flatMap((e) => [e.label, ...(e.aliases ?? [])].map((text) => ({ text, type: KB_TO_NER[e.type] })));
  for (const text of companies) names.push({ text, type: 'ORG' });
  return buildGazetteer(names, givenNames);
}
