import { Knowledge } from './knowledge.js';
import type { KnowledgeData } from './knowledge.js';
import { defaultData } from './default-data.js';

export { Knowledge, phraseTokens } from './knowledge.js';
export type { KnowledgeData, NameHit } from './knowledge.js';
export type * from './types.js';
export { ENTITY_TYPES } from './types.js';
export { defaultData } from './default-data.js';

let shared: Knowledge | undefined;

/** The bundled knowledge, built once per process; pass extra records to extend it. */
export function defaultKnowledge(extra?: Partial<KnowledgeData>): Knowledge {
  if (!extra) return (shared ??= new Knowledge(defaultData()));
  const base = defaultData();
  return new Knowledge({ ...base, ...extra, gazetteer: [...base.gazetteer, ...(extra.gazetteer ?? [])] });
}
