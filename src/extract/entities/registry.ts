import type { KbEntry } from '../../knowledge/types.js';
import type { EntityRecord, Mention } from '../../model/types.js';
import type { ExtractionContext } from '../types.js';

/** Entity bookkeeping shared by extractors: one record per key, merged as mentions add facts. */
export function entityFromEntry(ctx: ExtractionContext, e: KbEntry): EntityRecord {
  const existing = ctx.entities.get(e.id);
  if (existing) return existing;
  const rec = entityRecord({
    key: e.id,
    label: e.label,
    type: e.type,
    ...(e.wikidata ? { wikidata: e.wikidata } : {}),
    ...(e.geonames ? { geonames: e.geonames } : {}),
    ...(e.country ? { country: e.country } : {}),
    ...(e.gender ? { gender: e.gender } : {}),
    ...(e.nonState ? { nonState: true } : {}),
  });
  ctx.entities.set(e.id, rec);
  if (e.country) {
    const c = ctx.kb.entries.get(e.country);
    if (c) entityFromEntry(ctx, c);
  }
  return rec;
}

export function ensureEntity(ctx: ExtractionContext, rec: Omit<EntityRecord, 'offices' | 'aliases'>): EntityRecord {
  const existing = ctx.entities.get(rec.key);
  if (existing) return existing;
  const full = entityRecord(rec);
  ctx.entities.set(rec.key, full);
  return full;
}

/**
 * One object layout for every entity record (unset optional fields present as undefined): the code
 * that reads entities then sees one hidden class instead of a dozen, which V8 runs faster and
 * deoptimises less. Fields this list does not name yet are kept.
 */
function entityRecord(r: Omit<EntityRecord, 'offices' | 'aliases'>): EntityRecord {
  const rec: EntityRecord = { key: r.key, label: r.label, type: r.type, wikidata: r.wikidata, geonames: r.geonames, country: r.country, governmentOf: r.governmentOf, offices: new Set(), aliases: new Set(), gender: r.gender, officeOf: r.officeOf, nonState: r.nonState };
  for (const k in r) if (!(k in rec)) (rec as unknown as Record<string, unknown>)[k] = (r as unknown as Record<string, unknown>)[k];
  return rec;
}

/** The government of a country, the actor behind "Moscow said" or "the Kremlin said". */
export function governmentOf(ctx: ExtractionContext, countryKey: string): EntityRecord | undefined {
  const country = ctx.entities.get(countryKey) ?? (ctx.kb.entries.get(countryKey) && entityFromEntry(ctx, ctx.kb.entries.get(countryKey) as KbEntry));
  if (!country) return undefined;
  return ensureEntity(ctx, { key: `${countryKey}-government`, label: `Government of ${country.label}`, type: 'GovernmentOrganization', governmentOf: countryKey, country: countryKey });
}

export function addMention(ctx: ExtractionContext, m: Omit<Mention, 'id' | 'text'>): Mention {
  // One object layout for every mention (unset optional fields present as undefined): the code that reads
  // mentions then sees one hidden class instead of many, which V8 runs faster and deoptimises less.
  const mention: Mention = { start: m.start, end: m.end, first: m.first, last: m.last, sentence: m.sentence, kind: m.kind, refs: m.refs, literal: m.literal, office: m.office, modifier: m.modifier, plural: m.plural, pronoun: m.pronoun, singularType: m.singularType, id: ctx.mentions.length, text: ctx.doc.text.slice(m.start, m.end) };
  // Fields this list does not name yet are kept.
  for (const k in m) if (!(k in mention)) (mention as unknown as Record<string, unknown>)[k] = (m as unknown as Record<string, unknown>)[k];
  ctx.mentions.push(mention);
  for (const r of mention.refs) {
    const e = ctx.entities.get(r);
    if (e && (m.kind === 'name' || m.kind === 'metonym') && mention.text !== e.label) e.aliases.add(mention.text);
  }
  return mention;
}

/** Mentions sorted by position (extractors append out of order). */
export function sortMentions(ctx: ExtractionContext): void {
  ctx.mentions.sort((a, b) => a.start - b.start || b.end - a.end);
  ctx.mentions.forEach((m, i) => (m.id = i));
}

/** A country and its own government or forces are one side: "Azerbaijan fought Azerbaijani forces" is no fact. */
export function sameSide(ctx: ExtractionContext, a: string, b: string): boolean {
  const owner = (k: string) => {
    const e = ctx.entities.get(k);
    // Only state bodies stand for their country: a union or a party opposing its government is another side.
    return e?.governmentOf ?? (e && !e.nonState && (e.type === 'GovernmentOrganization' || e.type === 'ArmedForces') ? e.country : undefined) ?? k;
  };
  return owner(a) === owner(b);
}

/**
 * The country a story is about, when it names one far more often than any other (itself, its demonym, its places and
 * bodies: three times at least, and twice as often as the next): "The opposition accused the government of …".
 */
export function salientCountry(ctx: ExtractionContext): string | undefined {
  const counts = new Map<string, number>();
  for (const m of ctx.mentions) {
    if (m.refs.length !== 1) continue;
    const e = ctx.entities.get(m.refs[0] as string);
    const country = e?.type === 'Country' ? e.key : e?.country;
    if (country) counts.set(country, (counts.get(country) ?? 0) + 1);
  }
  const [first, second] = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  return first && first[1] >= 3 && first[1] >= 2 * (second?.[1] ?? 0) ? first[0] : undefined;
}
