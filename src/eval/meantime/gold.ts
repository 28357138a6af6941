/**
 * Proper-name mentions in MEANTIME's gold. MEANTIME marks whole noun phrases ("The company", "She",
 * "The United States's largest car manufacturer") with no name flag, so a name is recognised by its form.
 */
import type { MeantimeDoc, MeantimeEntity } from './types.js';
import { coreSpan } from '../gum/score.js';

/** Types newsgraph extracts; Product (iPhone) and Financial (shares, indices) are out of scope. */
export const NAME_TYPES = ['Person', 'Organization', 'Place'] as const;

export interface GoldName {
  start: number;
  end: number;
  text: string;
  entity: MeantimeEntity;
  /** The entity's Wikipedia title from its DBpedia link ("General Motors"), if any. */
  title?: string;
}

const LINKERS = new Set(['of', 'and', 'for', 'de', 'du', 'la', 'the', 'on', 'at', '&', '-', 'in']);
const PRONOUNS = new Set(['i', 'he', 'she', 'it', 'we', 'they', 'you', 'his', 'her', 'its', 'our', 'their', 'this', 'that', 'these', 'those']);

/**
 * A name: every word capitalised (or a digit), linkers ("of", "and", "&") allowed between capitalised words,
 * no comma, not a pronoun, and not a demonym adjective ("American" for the United States, which GUM and UNER do not
 * count as names either). The entity's own label must be capitalised too, so "Officials" at the start of a
 * sentence (an entity labelled "officials") is not a name.
 */
export function isNameForm(surface: string, entity: MeantimeEntity, demonyms: ReadonlySet<string>): boolean {
  const words = surface.split(/\s+/).filter(Boolean);
  if (words.length === 0 || PRONOUNS.has(surface.toLowerCase())) return false;
  // A comma marks an apposition ("Dana Perino, the White House Press Secretary") or a discontinuous
  // mention spanned first to last ("Mobile, Alabama"): not one name.
  if (surface.includes(',')) return false;
  if (!/^[\p{Lu}\d]/u.test(entity.label)) return false;
  if (demonyms.has(surface.toLowerCase())) return false;
  const cap = (w: string) => /^[\p{Lu}\d]/u.test(w);
  if (!cap(words[0]!) || !cap(words[words.length - 1]!)) return false;
  return words.every((w) => cap(w) || LINKERS.has(w.toLowerCase()));
}

/** Gold proper-name mentions of people, organisations and places inside the exhaustively annotated part. */
export function goldNames(doc: MeantimeDoc, demonyms: ReadonlySet<string>): GoldName[] {
  const out: GoldName[] = [];
  const seen = new Set<string>();
  for (const e of doc.entities) {
    if (!(NAME_TYPES as readonly string[]).includes(e.type)) continue;
    const title = e.dbpedia ? decodeURIComponent(e.dbpedia.replace(/^.*\/resource\//, '')).replace(/_/g, ' ') : undefined;
    for (const [b, en] of e.mentions) {
      if (en > doc.annotated_end) continue;
      const core = coreSpan(doc.text, { start: b, end: en });
      const text = doc.text.slice(core.start, core.end);
      const key = `${core.start}:${core.end}`;
      if (!isNameForm(text, e, demonyms) || seen.has(key)) continue;
      seen.add(key);
      out.push({ ...core, text, entity: e, ...(title ? { title } : {}) });
    }
  }
  return out.sort((a, b) => a.start - b.start || b.end - a.end);
}
