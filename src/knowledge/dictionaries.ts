import type { KnowledgeData } from './knowledge.js';

const isPlainObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A copy of a lexicon table, and of the tables nested in it, without a prototype (for tables read straight from JSON). */
export function dictionary<T extends object>(o: T): T {
  return copyWithoutPrototype(o as Record<string, unknown>) as T;
}

function copyWithoutPrototype(o: Record<string, unknown>): Record<string, unknown> {
  const out = Object.create(null) as Record<string, unknown>;
  for (const [k, v] of Object.entries(o)) out[k] = isPlainObject(v) ? copyWithoutPrototype(v) : v;
  return out;
}

/**
 * The lexicon tables as objects without a prototype. Extractors look tables up by the words of the text,
 * and a word such as "constructor" or "toString" would otherwise find what every object inherits
 * (a function where a CAMEO code list or an entity type is expected). The gazetteer and trigger lists are
 * arrays of records read by field, never by a word of the text, so they stay as they are.
 */
export function withoutPrototypes(data: KnowledgeData): KnowledgeData {
  const out = { ...data } as Record<string, unknown>;
  for (const [k, v] of Object.entries(data)) if (isPlainObject(v)) out[k] = copyWithoutPrototype(v);
  return out as unknown as KnowledgeData;
}
