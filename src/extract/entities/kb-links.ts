import type { EntityType, KbRecord } from '../../knowledge/types.js';
import type { EntityRecord } from '../../model/types.js';
import type { ExtractionContext } from '../types.js';
import { slugify } from '../../nlp/fold.js';
import { ensureEntity } from './registry.js';
import { uniqueKey } from './unknown-names.js';

/** Which linking records a mention type may take: a person only a person, a body only a party or company. */
const ACRONYM = /^[\p{Lu}\d&.-]{2,6}$/u;
const KB_TYPE: Partial<Record<EntityType, KbRecord['type']>> = { Person: 'Person', Organization: 'Organization', GovernmentOrganization: 'Organization', ArmedForces: 'Organization' };
/** A state's body: its name alone ("Ministry of Defence") is every state's, so it must name its country ("United States Air Force"). */
const STATE_BODY = new Set<EntityType>(['GovernmentOrganization', 'ArmedForces']);

/**
 * Links names the gazetteer does not know (found and typed by the recogniser and the rules) to the linking
 * knowledge base (data/gazetteer/generated/kb.json: politicians, parties, companies), when exactly one record fits:
 * - its type fits the entity's (a person only to a person, an organisation only to a party or company);
 * - a record bound to countries (a legislator, a party, a local brand) needs one of them named in the article
 *   (the article's countries, its dateline, its cities' and bodies' countries); this also decides between namesakes;
 * - a person needs a full name (a lone surname says too little), and, unless well known, a title or office in the article;
 * - of several fitting records, one whose own label is the name beats those that only carry it as an alias.
 * Otherwise the name stays unlinked: a wrong Wikidata id is worse than none. The linked entity takes the record's
 * key, so an unlinked namesake in another article stays a node of its own.
 */
export function linkToKb(ctx: ExtractionContext): void {
  let countries: Set<string> | undefined;
  for (const e of [...ctx.entities.values()]) {
    const type = KB_TYPE[e.type];
    if (!type || e.wikidata || e.geonames || e.governmentOf) continue;
    if (type === 'Person' && !/\s/.test(e.label.trim())) continue;
    if (STATE_BODY.has(e.type) && !e.country) continue;
    // (A state's body by its full name only: its short name, "Ministry of Defence", is every state's.)
    const names = type === 'Person' || STATE_BODY.has(e.type) ? [e.label] : bodyNames(ctx, e);
    // An acronym alone is too often another body's ("BPA": a bank abroad, a party in Hong Kong; "AT&T": three records):
    // the article must give a full name too.
    if (names.every((n) => ACRONYM.test(n))) continue;
    let fits = uniqueById(names.flatMap((n) => ctx.kb.kbRecords(n)).filter((r) => r.type === type));
    if (!fits.length) continue;
    countries ??= articleCountries(ctx);
    fits = fits.filter((r) => !r.countries || r.countries.some((c) => countries!.has(c)));
    if (type === 'Person') fits = fits.filter((r) => r.known || titled(ctx, e));
    if (fits.length > 1) fits = fits.filter((r) => names.includes(r.label));
    if (fits.length === 1) rekey(ctx, e, fits[0]!);
  }
}

/**
 * A gazetteer city with a namesake of similar size abroad (San José, Costa Rica; San Jose, California) is that city only
 * when the article names the city's own country and no namesake's. Otherwise it is an unlinked place (in the namesake's
 * country when the article names exactly that one): with no country named, which one is meant is a guess.
 */
export function namesakePlaces(ctx: ExtractionContext): void {
  for (const e of [...ctx.entities.values()]) {
    const abroad = e.type === 'City' ? ctx.kb.entries.get(e.key)?.namesakes : undefined;
    if (!abroad) continue;
    const countries = articleCountries(ctx, e.key);
    const named = abroad.filter((c) => countries.has(c));
    const own = !!e.country && countries.has(e.country);
    if (own && !named.length) continue;
    const mentions = ctx.mentions.filter((m) => m.refs.includes(e.key));
    const label = mentions[0]?.text ?? e.label;
    const country = named.length === 1 && !own ? named[0] : undefined;
    const place = ensureEntity(ctx, { key: uniqueKey(ctx, `${slugify(label)}${country ? `-${country}` : ''}`, 'City'), label, type: 'City', ...(country ? { country } : {}) });
    ctx.entities.delete(e.key);
    for (const m of mentions) m.refs = m.refs.map((k) => (k === e.key ? place.key : k));
  }
}

/**
 * The names a body goes by in the article, each also without its legal form: "Chrysler LLC … Chrysler", "Bank of America
 * Corporation". (A person goes by the full name only: a lone surname says too little.)
 */
function bodyNames(ctx: ExtractionContext, e: EntityRecord): string[] {
  const legal = new Set(ctx.kb.data.cues.legalForms ?? []);
  const out = new Set<string>();
  for (const n of [e.label, ...e.aliases]) {
    out.add(n);
    const words = n.split(' ');
    if (words.length > 1 && legal.has(words[words.length - 1]!.toLowerCase())) out.add(words.slice(0, -1).join(' ').replace(/,$/, ''));
  }
  return [...out];
}

function uniqueById(rs: readonly KbRecord[]): KbRecord[] {
  const seen = new Set<string>();
  return rs.filter((r) => !seen.has(r.wikidata) && !!seen.add(r.wikidata));
}

/** Country ids the article names (but for entity `except`): countries themselves (and their demonyms), and the countries of its places and bodies. */
function articleCountries(ctx: ExtractionContext, except?: string): Set<string> {
  const named = new Set(ctx.mentions.flatMap((m) => m.refs));
  const out = new Set<string>();
  for (const e of ctx.entities.values()) {
    if (!named.has(e.key) || e.key === except) continue;
    if (e.type === 'Country') out.add(e.key);
    if (e.country) out.add(e.country);
    if (e.governmentOf) out.add(e.governmentOf);
  }
  return out;
}

/** The article gives the person a title or an office ("Prime Minister Gordon Brown", "Senator …"). */
function titled(ctx: ExtractionContext, e: EntityRecord): boolean {
  return e.offices.size > 0 || ctx.mentions.some((m) => m.office && m.refs.includes(e.key));
}

/** The entity becomes the record's: its key, label and id; a second name of the same record in the article joins the first. */
function rekey(ctx: ExtractionContext, e: EntityRecord, r: KbRecord): void {
  const old = e.key;
  const into = ctx.entities.get(r.id);
  ctx.entities.delete(old);
  if (into) {
    into.aliases.add(e.label);
    for (const a of e.aliases) into.aliases.add(a);
  } else {
    if (e.label !== r.label) e.aliases.add(e.label);
    e.key = r.id;
    e.label = r.label;
    e.wikidata = r.wikidata;
    ctx.entities.set(r.id, e);
  }
  for (const m of ctx.mentions) if (m.refs.includes(old)) m.refs = m.refs.map((k) => (k === old ? r.id : k));
}
