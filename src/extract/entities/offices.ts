import type { Mention } from '../../model/types.js';
import { addMention, ensureEntity, entityFromEntry } from './registry.js';
import type { ExtractionContext } from '../types.js';

/** Offices: titles resolved to their holders, offices a person holds, and the offices people speak through ("his office"). */

/** "the Turkish president" → the one person of the article who holds that office, else the gazetteer's holder on the article date. */
export function resolveTitle(ctx: ExtractionContext, m: Mention): void {
  const { role, of } = m.office ?? {};
  if (!role || !of) return;
  const inArticle = [...ctx.entities.values()].filter((e) => e.offices.has(`${role}|${of}`));
  if (inArticle.length === 1) {
    m.refs = [inArticle[0]!.key];
    return;
  }
  const holder = ctx.kb.officeHolder(role, of, ctx.article.date);
  if (holder) {
    const e = entityFromEntry(ctx, holder);
    e.offices.add(`${role}|${of}`);
    m.refs = [e.key];
    return;
  }
  const bare = bareTitleHolder(ctx, m, role, of);
  if (bare) {
    bare.offices.add(`${role}|${of}`);
    m.refs = [bare.key];
  }
}

/**
 * "President Iván Duque praised … The Colombian president has faced criticism": a person the gazetteer does
 * not know, given the bare title before, holds it for the country the title names, provided that country is
 * the only one the article has named so far, itself or through its places (with two, "the Rwandan president"
 * may be someone not named).
 */
function bareTitleHolder(ctx: ExtractionContext, m: Mention, role: string, of: string) {
  const holders = new Set<string>();
  const countries = new Set<string>();
  for (const x of ctx.mentions) {
    if (x.first >= m.first) continue;
    if (x.office?.role === role && !x.office.of && x.refs.length === 1) holders.add(x.refs[0] as string);
    // Countries named, themselves or through their places ("southern Colombia", "Geneva").
    for (const r of x.refs) {
      const e = ctx.entities.get(r);
      if (e?.type === 'Country') countries.add(r);
      else if ((e?.type === 'City' || e?.type === 'Place') && e.country) countries.add(e.country);
    }
  }
  const key = holders.size === 1 ? [...holders][0] : undefined;
  const e = key ? ctx.entities.get(key) : undefined;
  if (!e || e.type !== 'Person' || e.wikidata || countries.size !== 1 || !countries.has(of)) return undefined;
  return e;
}

/** Offices the gazetteer says a mentioned person held on the article date. */
export function addGazetteerOffices(ctx: ExtractionContext): void {
  const date = ctx.article.date;
  if (!date) return;
  for (const e of ctx.entities.values()) {
    if (e.type !== 'Person') continue;
    for (const term of ctx.kb.entries.get(e.key)?.offices ?? []) {
      if ((!term.from || term.from <= date) && (!term.to || date < term.to)) {
        e.offices.add(`${term.role}|${term.of}`);
        // The jurisdiction must exist as an entity, or the post's ng:jurisdiction dangles (SHACL).
        const of = ctx.kb.entries.get(term.of);
        if (of) entityFromEntry(ctx, of);
      }
    }
  }
}

export /** "his office", "her spokesman's office": a body that belongs to the person the pronoun names. */
function addPossessedOffices(ctx: ExtractionContext): void {
  const t = ctx.doc.tokens;
  for (const m of [...ctx.mentions]) {
    if ((m.kind !== 'pronoun' && m.kind !== 'name') || m.refs.length !== 1 || ctx.entities.get(m.refs[0] as string)?.type !== 'Person') continue;
    // "his office", and "Aliyev's office"
    const named = m.kind === 'name' && t[m.last + 1]?.norm === "'s";
    if (m.kind === 'name' && !named) continue;
    const noun = t[m.last + (named ? 2 : 1)];
    if (noun?.norm !== 'office') continue;
    const person = ctx.entities.get(m.refs[0] as string)!;
    const e = ensureEntity(ctx, { key: `${person.key}-office`, label: `Office of ${person.label}`, type: 'GovernmentOrganization', officeOf: person.key });
    addMention(ctx, { start: m.start, end: noun.end, first: m.first, last: noun.index, sentence: m.sentence, kind: 'nominal', refs: [e.key] });
    if (named) m.modifier = true;
  }
}
