import { tableEntry } from '../../knowledge/lookup.js';
import type { Token } from '../../nlp/types.js';
import { isCap, mark, nameAt, span, titleAt } from './helpers.js';
import { slugify } from '../../nlp/fold.js';
import { addMention, ensureEntity, entityFromEntry, salientCountry } from './registry.js';
import { looksLikeSubject } from '../syntax.js';
import { inMention } from '../doc-index.js';
import type { ExtractionContext } from '../types.js';

/** Entities named by common nouns: a country's forces and bodies ("government forces") and regions ("southern Syria"); collectives are in collectives.ts. */

/** "government forces", "security forces": the forces of the country in context. */
export function matchForces(ctx: ExtractionContext, norms: string[], i: number, s: { first: number; last: number }, taken: Uint8Array, ahead = false): number {
  // Asked of every token: the closures below would cost an allocation per call, so they live in forcesAt.
  if (taken[i] || !ctx.kb.forces.starts(norms[i])) return 0;
  return forcesAt(ctx, norms, i, s, taken, ahead);
}

function forcesAt(ctx: ExtractionContext, norms: string[], i: number, s: { first: number; last: number }, taken: Uint8Array, ahead: boolean): number {
  const hit = ctx.kb.forces.matchAt(norms, i).find((h) => i + h.length - 1 <= s.last);
  if (!hit) return 0;
  // "Tanzania's parliament": a country's possessive works like a demonym.
  const poss = ctx.doc.tokens[i - 1]?.norm === "'s" ? ctx.mentions.find((m) => m.last === i - 2 && m.kind === 'name' && m.refs.length === 1 && ctx.kb.entries.get(m.refs[0] as string)?.type === 'Country') : undefined;
  // Only as a noun: "military success" is no army.
  const head = ctx.doc.tokens[i + hit.length - 1];
  // (A sentence-initial "Police" is often tagged as a proper noun, and so is a capitalised body after its
  // country's possessive: "Kenya's National Assembly".)
  const noun = head?.pos === 'NOUN' || (head?.pos === 'PROPN' && (i === s.first || !!poss));
  // "military success" is no army; a capitalised body's name ends where it ends; "Venezuelan government
  // assets" are a named government's (the mention is then a modifier).
  const ownerBefore = ctx.mentions.some((m) => m.last === i - 1 && (m.kind === 'demonym' || m.kind === 'name'));
  const compound = ctx.doc.tokens[i + hit.length]?.pos === 'NOUN';
  // "defence ministry spokesman": a body before a title is the title holder's body.
  const beforeTitle = compound && hit.value.type === 'GovernmentOrganization' && !!titleAt(ctx, norms, i + hit.length, s.last);
  if (!head || !noun || (compound && head.pos !== 'PROPN' && !beforeTitle && !(ownerBefore && hit.value.type === 'GovernmentOrganization'))) return 0;
  // "Troops from the Southern African Development Community": the owner is named right after; no guessing
  // from context. A body's troops are its own contingent.
  if (ctx.doc.tokens[i + hit.length]?.norm === 'from' && ctx.doc.tokens[i - 1]?.pos !== 'ADJ' && !ctx.mentions.some((m) => m.last === i - 1)) return contingent(ctx, norms, i, hit.length, s.last, taken);
  // Only the bare common noun here; "Syrian government forces" takes its country from the demonym.
  // "Syrian government forces", and a country's name used the same way ("the Kosovo parliament").
  const prev = ctx.mentions.filter((m) => m.sentence === ctx.doc.tokens[i]?.sentence && m.last === i - 1 && (m.kind === 'demonym' || (m.kind === 'name' && m.refs.length === 1 && ctx.entities.get(m.refs[0] as string)?.type === 'Country')));
  // "ethnic Armenian forces" are a community's, not the state's (see collectives.ts).
  if (prev[0] && ctx.kb.data.cues.ethnicMarkers.includes(ctx.doc.tokens[prev[0].first - 1]?.norm ?? '')) return 0;
  if (hit.value.owned && !prev[0] && !poss) return 0;
  // "The Court of Justice of ECOWAS ordered … The court, which sits in Abuja, ruled": a bare "the court" right
  // after a body named with that noun is that body, not the country's courts.
  const named = !prev[0] && !poss && hit.length === 1 && ctx.doc.tokens[i - 1]?.norm === 'the' ? namedBodyBefore(ctx, i, norms[i] ?? '') : undefined;
  if (named) {
    addMention(ctx, { ...span(ctx, i - 1, i), kind: 'nominal', refs: [named], plural: /s$/.test(norms[i] ?? '') });
    mark(taken, i, i);
    return 1;
  }
  // "challenge the result in court", "the ball is in their court": without an article a court is no body.
  if (hit.value.determined && !prev[0] && !poss && !determiner(ctx, i)) return 0;
  // Troops are sent abroad; ministries, police and "the army" work at home: only the latter fall back on the dateline's country.
  // "the army", "the military" too: a country's one army, in a story filed from home.
  // "Northamptonshire police", "Fairfax County police": a name newsgraph does not know owns the body; no country to guess.
  const before = ctx.doc.tokens[i - 1];
  // (An ambiguous known name, "Congolese", is no such stranger: the context may still tell which country.)
  if (!prev[0] && !poss && before?.pos === 'PROPN' && /^[A-Z]/.test(before.text) && before.sentence === ctx.doc.tokens[i]?.sentence && !inMention(ctx, i - 1) && !ctx.kb.names.starts(norms[i - 1])) return 0;
  const domestic = hit.value.type === 'GovernmentOrganization' || hit.value.suffix === 'police' || (!!hit.value.home && ctx.doc.tokens[i - 1]?.norm === 'the');
  const countryKey = prev[0]?.refs[0] ?? poss?.refs[0] ?? ofCountry(ctx, norms, i + hit.length, s.last) ?? possessorCountry(ctx, i, s.first) ?? contextCountry(ctx, i, s.first) ?? (ahead ? countryAhead(ctx, i + hit.length, s.last) ?? (domestic ? homeCountry(ctx, i) ?? (ctx.doc.tokens[i - 1]?.norm === 'the' ? salientCountry(ctx) : undefined) : undefined) : undefined);
  if (!countryKey) return 0;
  const c = ctx.kb.entries.get(countryKey);
  if (!c) return 0;
  const demonym = c.demonyms?.[0] ?? c.label;
  const g = hit.value;
  const key = g.suffix ? `${countryKey}-${g.suffix}` : countryKey;
  const e = g.suffix
    ? ensureEntity(ctx, { key, label: g.label.replace('{Demonym}', demonym).replace('{Country}', c.label), type: g.type, country: countryKey, ...(g.type === 'GovernmentOrganization' && g.suffix === 'government' ? { governmentOf: countryKey } : {}) })
    : entityFromEntry(ctx, c);
  // The noun phrase with its article ("the government"), as mentions are annotated in NIF corpora.
  // The mention covers the whole noun phrase ("Emirati foreign ministry"); the demonym or name stays its own modifier mention.
  const owner = prev[0];
  if (owner?.kind === 'name') owner.modifier = true;
  // "China's foreign ministry said": the ministry speaks, not China.
  if (poss) poss.modifier = true;
  // "Burundi's government": the possessive country is part of the phrase too.
  const from = owner ? owner.first : poss ? poss.first : ctx.doc.tokens[i - 1]?.norm === 'the' ? i - 1 : i;
  addMention(ctx, { ...span(ctx, from, i + hit.length - 1), kind: 'nominal', refs: [e.key], plural: /s$/.test(norms[i + hit.length - 1] ?? ''), ...(compound ? { modifier: true } : {}) });
  mark(taken, i, i + hit.length - 1);
  return hit.length;
}

/** The one body with this noun in its name ("Court of Justice", "Kenya Police Service") mentioned in this or the three sentences before. */
function namedBodyBefore(ctx: ExtractionContext, i: number, noun: string): string | undefined {
  const s = ctx.doc.tokens[i]?.sentence ?? 0;
  const keys = new Set<string>();
  for (const m of ctx.mentions) {
    // (Its own later "the court" carries it on: "The court … ruled", then "the court had no jurisdiction".)
    if ((m.kind !== 'name' && m.kind !== 'nominal') || m.first >= i || s - m.sentence > 3 || m.refs.length !== 1) continue;
    const e = ctx.entities.get(m.refs[0] as string);
    if (e && /Organization|ArmedForces/.test(e.type) && e.label.toLowerCase().split(/\s+/).includes(noun)) keys.add(e.key);
  }
  // Named bodies only: "the government" after "the Kenyan government" is left to the usual country rules.
  for (const k of keys) if (!ctx.mentions.some((m) => m.kind === 'name' && m.refs.length === 1 && m.refs[0] === k)) keys.delete(k);
  return keys.size === 1 ? [...keys][0] : undefined;
}

/** "the government of Egypt": the country named right after "of". */
function ofCountry(ctx: ExtractionContext, norms: string[], k: number, last: number): string | undefined {
  if (norms[k] !== 'of') return undefined;
  const hit = nameAt(ctx, norms, k + 1, last)?.hit;
  if (!hit || hit.entry.type !== 'Country') return undefined;
  entityFromEntry(ctx, hit.entry);
  return hit.entry.id;
}

/**
 * "Egypt, which …, said it stood with Somalia, and its foreign ministry …": "its" is the country
 * the sentence is about (its subject), not the nearest one named.
 */
function possessorCountry(ctx: ExtractionContext, i: number, sentenceFirst: number): string | undefined {
  if (!['its', 'his', 'her', 'their'].includes(ctx.doc.tokens[i - 1]?.norm ?? '')) return undefined;
  for (const m of ctx.mentions) {
    if (m.first < sentenceFirst || m.first >= i || m.refs.length !== 1) continue;
    if (ctx.entities.get(m.refs[0] as string)?.type === 'Country' && looksLikeSubject(ctx, m)) return m.refs[0];
  }
  return undefined;
}

/**
 * "the local prosecutor's office", "the national registrar's office": an office named by its holder's
 * title, with an article before it; scoped to the article, since whose office it is stays unsaid.
 */
export function matchTitleOffice(ctx: ExtractionContext, norms: string[], i: number, last: number, taken: Uint8Array): number {
  if (taken[i] || norms[i + 1] !== "'s" || norms[i + 2] !== 'office' || i + 2 > last) return 0;
  const t = ctx.doc.tokens;
  let k = i;
  while (k > 0 && !titleAt(ctx, norms, k, i) && i - k < 2) k--;
  const title = titleAt(ctx, norms, k, i);
  if (!title || k + title.length - 1 !== i) return 0;
  let from = k;
  while (t[from - 1]?.pos === 'ADJ' && !isCap(t[from - 1])) from--;
  if (t[from - 1]?.norm !== 'the') return 0;
  const label = `${title.role} office`;
  const e = ensureEntity(ctx, { key: `${slugify(ctx.article.id)}-${slugify(label)}`, label, type: 'GovernmentOrganization' });
  addMention(ctx, { ...span(ctx, from - 1, i + 2), kind: 'nominal', refs: [e.key] });
  mark(taken, from - 1, i + 2);
  return 3;
}

/** "Troops from the Southern African Development Community": a known body's contingent, or 0 when no body is named. */
function contingent(ctx: ExtractionContext, norms: string[], i: number, length: number, last: number, taken: Uint8Array): number {
  const t = ctx.doc.tokens;
  const at = i + length + (t[i + length + 1]?.norm === 'the' ? 2 : 1);
  const body = nameAt(ctx, norms, at, last)?.hit;
  if (!body || body.kind !== 'name' || (body.entry.type !== 'Organization' && body.entry.type !== 'ArmedForces')) return 0;
  const owner = entityFromEntry(ctx, body.entry);
  const noun = (t[i + length - 1] as Token).norm;
  const e = ensureEntity(ctx, { key: `${owner.key}-${noun}`, label: `${body.entry.aliases?.find((a) => /^[A-Z]{2,}$/.test(a)) ?? owner.label} ${noun}`, type: 'ArmedForces' });
  addMention(ctx, { ...span(ctx, i, i + length - 1), kind: 'nominal', refs: [e.key], plural: /s$/.test(noun) });
  mark(taken, i, i + length - 1);
  return length;
}

/** An article before the noun at i, past its adjectives ("a local court", "the court"). */
function determiner(ctx: ExtractionContext, i: number): boolean {
  const t = ctx.doc.tokens;
  let k = i - 1;
  while (t[k]?.pos === 'ADJ') k--;
  return ['the', 'a', 'an', 'this', 'that'].includes(t[k]?.norm ?? '');
}

/** The country a bare "government forces" belongs to: the nearest place named before it in the sentence, else the previous sentence. */
export function contextCountry(ctx: ExtractionContext, i: number, sentenceFirst: number): string | undefined {
  const tokSentence = ctx.doc.tokens[i]?.sentence ?? 0;
  const before = ctx.mentions.filter((m) => m.first < i && m.sentence >= tokSentence - 1 && m.first >= 0 && m.refs.length === 1);
  before.sort((a, b) => b.start - a.start);
  for (const m of before) {
    if (m.sentence < tokSentence && m.first >= sentenceFirst) continue;
    const e = ctx.entities.get(m.refs[0] as string);
    if (!e) continue;
    if (e.type === 'Country') return e.key;
    if (e.country) return e.country;
    // "NATO said it was sending troops": a body of no country in the same sentence owns them; no country to guess.
    if (m.sentence === tokSentence && e.type === 'Organization' && looksLikeSubject(ctx, m)) return undefined;
  }
  return undefined;
}

/**
 * "NAIROBI (…) - … The health ministry said": with no country in reach, a national body is the dateline
 * country's, provided the story has named that country before (so a Geneva dateline over a Sudan story does not count).
 */
function homeCountry(ctx: ExtractionContext, i: number): string | undefined {
  const end = ctx.doc.datelineEnd;
  // (Then only a definite body, "the government": a bare "local government" is no particular one.)
  if (end <= 0) return ctx.doc.tokens[i - 1]?.norm === 'the' ? onlyCountry(ctx, i) : undefined;
  const place = ctx.mentions.find((m) => m.end <= end && m.refs.length === 1 && ctx.entities.get(m.refs[0] as string)?.type === 'City');
  // "VALPARAISO, Chile (…) -": a country the dateline names itself.
  const stated = ctx.mentions.find((m) => m.end <= end && m.refs.length === 1 && ctx.entities.get(m.refs[0] as string)?.type === 'Country');
  const country = stated ? stated.refs[0] : place ? ctx.entities.get(place.refs[0] as string)?.country : undefined;
  // Named itself, or through a place in it ("northern Burkina Faso").
  const named = country && ctx.mentions.some((m) => m.start >= end && m.first < i && (m.refs.includes(country) || m.refs.some((r) => ctx.entities.get(r)?.country === country && ctx.entities.get(r)?.type === 'Place')));
  return named ? country : undefined;
}

/**
 * With no dateline, the lead sentence stands in for one: the one country it names, itself or through
 * its places ("Ethiopian police have detained … The government declared"); none when it names two.
 */
function onlyCountry(ctx: ExtractionContext, i: number): string | undefined {
  let only: string | undefined;
  const lead = ctx.doc.tokens[0]?.sentence ?? 0;
  for (const m of ctx.mentions) {
    if (m.sentence !== lead || m.first >= i || m.refs.length !== 1) continue;
    const e = ctx.entities.get(m.refs[0] as string);
    const country = e?.type === 'Country' ? e.key : e?.type === 'City' || e?.type === 'Place' ? e.country : undefined;
    if (!country) continue;
    if (only && only !== country) return undefined;
    only = country;
  }
  return only;
}

/** "Police in the northern Nigerian city of Kano": the country of the first place named after "in" within the next few words. */
function countryAhead(ctx: ExtractionContext, from: number, last: number): string | undefined {
  const t = ctx.doc.tokens;
  if (t[from]?.norm !== 'in') return undefined;
  const m = ctx.mentions.find((x) => x.first > from && x.first <= Math.min(from + 8, last) && x.refs.length === 1);
  const e = m ? ctx.entities.get(m.refs[0] as string) : undefined;
  return e?.type === 'Country' ? e.key : e?.country;
}

/** "southern Syria", "eastern Aleppo": a region of a known country, place or city, its own entity contained in it. */
export function matchRegion(ctx: ExtractionContext, norms: string[], i: number, last: number, taken: Uint8Array): number {
  const dir = tableEntry(ctx.kb.data.cues.directions, norms[i] ?? '');
  if (!dir || taken[i] || i + 1 > last) return 0;
  const name = nameAt(ctx, norms, i + 1, last);
  // "eastern Aleppo": a city's part is a district of it.
  if (!name || name.hit.kind !== 'name' || !['Country', 'Place', 'City'].includes(name.hit.entry.type)) return 0;
  const place = entityFromEntry(ctx, name.hit.entry);
  const sp = span(ctx, i, i + name.length);
  const e = ensureEntity(ctx, { key: `${dir}-${place.key}`, label: `${(ctx.doc.tokens[i] as Token).norm} ${place.label}`, type: 'Place', country: place.key });
  addMention(ctx, { ...sp, kind: 'name', refs: [e.key] });
  mark(taken, i, i + name.length);
  return name.length + 1;
}
