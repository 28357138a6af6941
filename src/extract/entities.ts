import type { NameHit } from '../knowledge/knowledge.js';
import type { EntityType, KbEntry } from '../knowledge/types.js';
import { slugify } from '../nlp/fold.js';
import type { Token } from '../nlp/types.js';
import { addMention, ensureEntity, entityFromEntry, sortMentions } from './registry.js';
import type { ExtractionContext, Extractor } from './types.js';
import { docIndex } from './doc-index.js';
import { unlinkedPersonKey } from './resolution.js';

const isCap = (t: Token | undefined): boolean => !!t && /^[A-ZÀ-ÖØ-Þ\u0100-\u017f]/.test(t.text) && t.text !== t.text.toLowerCase();
const isAcronym = (t: Token | undefined): boolean => !!t && /^[A-Z][A-Z.&]{1,6}$/.test(t.text);
const CONNECTORS = new Set(['of', 'for', 'on', 'de', 'del', 'da', 'do', 'dos', 'das', 'al', 'al-', 'bin', 'ibn', 'von', 'van', 'der', 'den', 'la', 'le', 'du', 'el', 'y']);

/**
 * Finds entity mentions: gazetteer names, demonyms and titles first (longest match), then names the
 * gazetteer does not know, typed from their own words and context, then generic forces and regions.
 */
export const entityExtractor: Extractor = {
  name: 'entities',
  run(ctx) {
    const { tokens } = ctx.doc;
    const norms = tokens.map((t) => t.norm);
    const taken = new Uint8Array(tokens.length);
    for (const s of ctx.doc.sentences) {
      let i = s.first;
      while (i <= s.last) {
        const used =
          matchRegion(ctx, norms, i, s.last, taken) ||
          matchKnown(ctx, norms, i, s.last, taken) ||
          matchForces(ctx, norms, i, s, taken) ||
          matchCollective(ctx, i, taken) ||
          matchUnknown(ctx, i, s.first, s.last, taken);
        i += Math.max(1, used);
      }
    }
    // Names in the dateline say where the report was filed, not who did what.
    for (const m of ctx.mentions) if (m.end <= ctx.doc.datelineEnd) m.modifier = true;
    sortMentions(ctx);
  },
};

function mark(taken: Uint8Array, a: number, b: number): void {
  for (let k = a; k <= b; k++) taken[k] = 1;
}

function span(ctx: ExtractionContext, first: number, last: number) {
  const t = ctx.doc.tokens;
  const a = t[first] as Token;
  const b = t[last] as Token;
  return { start: a.start, end: b.end, first, last, sentence: a.sentence };
}

/** Unambiguous gazetteer hit at i, capitalised as a name must be. */
function nameAt(ctx: ExtractionContext, norms: string[], i: number, last: number): { length: number; hit: NameHit } | undefined {
  const tok = ctx.doc.tokens[i];
  if (!isCap(tok) && !isAcronym(tok)) return undefined;
  const t = ctx.doc.tokens;
  const hits = ctx.kb.names
    .matchAt(norms, i)
    .filter((h) => i + h.length - 1 <= last && (!h.value.needsThe || norms[i - 1] === 'the'))
    .filter((h) => !h.value.upper || t.slice(i, i + h.length).every((x) => x.text === x.text.toUpperCase()))
    .filter((h) => !h.value.surname || surnameSupported(ctx, h.value.entry, i));
  const best = hits[0];
  if (!best) return undefined;
  const same = hits.filter((h) => h.length === best.length);
  const ids = new Set(same.map((h) => h.value.entry.id));
  if (ids.size > 1) return undefined; // ambiguous name: leave it rather than guess
  const named = same.find((h) => h.value.kind === 'name');
  return { length: best.length, hit: named?.value ?? best.value };
}

function titleAt(ctx: ExtractionContext, norms: string[], i: number, last: number): { length: number; role: string } | undefined {
  const h = ctx.kb.titles.matchAt(norms, i).find((x) => i + x.length - 1 <= last);
  return h ? { length: h.length, role: h.value.role } : undefined;
}

function matchKnown(ctx: ExtractionContext, norms: string[], i: number, last: number, taken: Uint8Array): number {
  if (taken[i]) return 0;
  const tokens = ctx.doc.tokens;
  const name = nameAt(ctx, norms, i, last);
  // "[Demonym | Country 's] Title [Name]" → a title, and the office of the person it names.
  let j = i;
  let country: KbEntry | undefined;
  if (name && name.hit.entry.type === 'Country') {
    country = name.hit.entry;
    j = i + name.length;
    if (name.hit.kind === 'name' && norms[j] === "'s") j++;
  }
  // Up to two lower-case words may qualify the title: "Ethiopia's water minister", "the deputy foreign minister".
  let titleFrom = country ? j : i;
  let title = titleAt(ctx, norms, titleFrom, last);
  for (let q = 1; !title && country && q <= 2; q++) {
    const w = tokens[j + q - 1];
    if (!w || isCap(w) || (w.pos !== 'NOUN' && w.pos !== 'ADJ')) break;
    title = titleAt(ctx, norms, j + q, last);
    if (title) titleFrom = j + q;
  }
  if (title && (country || isCap(tokens[i]))) {
    let afterTitle = titleFrom + title.length;
    // "Ethiopia's water minister, Lemlem Gebreyes, said": the name stands in apposition.
    if (country && tokens[afterTitle]?.text === ',' && isCap(tokens[afterTitle + 1])) {
      const appos = personNameAt(ctx, norms, afterTitle + 1, last);
      if (appos && tokens[afterTitle + 1 + appos.length]?.text === ',') afterTitle++;
    }
    if (country) {
      entityFromEntry(ctx, country);
      addMention(ctx, { ...span(ctx, i, i + name!.length - 1), kind: 'demonym', refs: [country.id], modifier: true });
    }
    const person = personNameAt(ctx, norms, afterTitle, last);
    const office = { role: title.role, ...(country ? { of: country.id } : {}) };
    if (person) {
      const m = addPerson(ctx, person, afterTitle);
      m.office = office;
      if (country) ctx.entities.get(m.refs[0] as string)?.offices.add(`${title.role}|${country.id}`);
      mark(taken, i, afterTitle + person.length - 1);
      return afterTitle + person.length - i;
    }
    if (country) {
      const from = ctx.doc.tokens[i - 1]?.pos === 'DET' ? i - 1 : i;
      const end = tokens[afterTitle - 1]?.text === ',' ? afterTitle - 2 : afterTitle - 1;
      addMention(ctx, { ...span(ctx, from, end), kind: 'title', refs: [], office });
      mark(taken, i, afterTitle - 1);
      return afterTitle - i;
    }
  }
  if (!name) return 0;
  // "Kenya Defence Forces", "Syrian Observatory for Human Rights", "OSCE Minsk Group": a known name
  // opening a longer organisation name yields to the whole name.
  if (name.hit.entry.type !== 'Person') {
    const rest = capRun(ctx, i + name.length, last);
    if (rest > 0 && typeFromContext(ctx, i, i + name.length + rest - 1)?.match(/Organization|ArmedForces/)) return 0;
  }
  const e = entityFromEntry(ctx, name.hit.entry);
  const end = i + name.length - 1;
  const next = tokens[end + 1];
  // A demonym or a name used as a noun modifier ("Ukrainian soldiers", "the Ukraine conflict").
  const modifier = name.hit.kind === 'demonym' ? !!next && (next.pos === 'NOUN' || next.pos === 'ADJ') : !!next && next.pos === 'NOUN' && e.type === 'Country' && !/[.,;]/.test(next.text);
  addMention(ctx, { ...span(ctx, i, end), kind: name.hit.kind, refs: [e.key], modifier });
  mark(taken, i, end);
  return name.length;
}

/** A person's name at i: a gazetteer person, or a run of capitalised words. */
function personNameAt(ctx: ExtractionContext, norms: string[], i: number, last: number): { length: number; entry?: KbEntry } | undefined {
  const known = nameAt(ctx, norms, i, last);
  if (known && known.hit.entry.type === 'Person') return { length: known.length, entry: known.hit.entry };
  const run = capRun(ctx, i, last);
  return run > 0 ? { length: run } : undefined;
}

function addPerson(ctx: ExtractionContext, p: { length: number; entry?: KbEntry }, i: number) {
  const sp = span(ctx, i, i + p.length - 1);
  const e = p.entry ? entityFromEntry(ctx, p.entry) : personFromText(ctx, ctx.doc.text.slice(sp.start, sp.end));
  return addMention(ctx, { ...sp, kind: 'name', refs: [e.key] });
}

/** A person the gazetteer does not know; a later "Surname" alone refers back to the full name. */
function personFromText(ctx: ExtractionContext, label: string) {
  for (const e of ctx.entities.values()) {
    if (e.type === 'Person' && !e.wikidata && (e.label === label || e.label.endsWith(` ${label}`))) return e;
  }
  // One-word names are scoped to the article (see resolution.ts): two unlinked "Ahmed"s stay apart.
  return ensureEntity(ctx, { key: unlinkedPersonKey(ctx.article.id, label), label, type: 'Person' });
}

/** Length of a run of capitalised, non-function words starting at i (with "of"/"al-" inside). */
function capRun(ctx: ExtractionContext, i: number, last: number): number {
  const t = ctx.doc.tokens;
  let k = i;
  while (k <= last) {
    const tok = t[k] as Token;
    if ((isCap(tok) || isAcronym(tok)) && !ctx.kb.notNames.has(tok.norm) && tok.pos !== 'PUNCT') {
      k++;
      continue;
    }
    // Letters glued to the previous word are its rest, split off by the tokenizer ("Erdo" + "ğan").
    if (k > i && tok.start === (t[k - 1] as Token).end && /^\p{L}+$/u.test(tok.text)) {
      k++;
      continue;
    }
    // "Suleiman al-Amr": a particle joined by a hyphen.
    if (k > i && CONNECTORS.has(tok.norm) && t[k + 1]?.text === '-' && isCap(t[k + 2]) && k + 2 <= last) {
      k += 2;
      continue;
    }
    if (k > i && CONNECTORS.has(tok.norm) && isCap(t[k + 1]) && k + 1 <= last) {
      k++;
      continue;
    }
    if (k > i && tok.text === '-' && isCap(t[k + 1])) {
      k++;
      continue;
    }
    break;
  }
  while (k > i && CONNECTORS.has((t[k - 1] as Token).norm)) k--;
  return k - i;
}

/** "government forces", "security forces": the forces of the country in context. */
function matchForces(ctx: ExtractionContext, norms: string[], i: number, s: { first: number; last: number }, taken: Uint8Array): number {
  if (taken[i]) return 0;
  const hit = ctx.kb.forces.matchAt(norms, i).find((h) => i + h.length - 1 <= s.last);
  if (!hit) return 0;
  // "Tanzania's parliament": a country's possessive works like a demonym.
  const poss = ctx.doc.tokens[i - 1]?.norm === "'s" ? ctx.mentions.find((m) => m.last === i - 2 && m.kind === 'name' && m.refs.length === 1 && ctx.kb.entries.get(m.refs[0] as string)?.type === 'Country') : undefined;
  // Only as a noun: "military success" is no army.
  const head = ctx.doc.tokens[i + hit.length - 1];
  if (!head || head.pos !== 'NOUN' || ctx.doc.tokens[i + hit.length]?.pos === 'NOUN') return 0;
  // Only the bare common noun here; "Syrian government forces" takes its country from the demonym.
  const prev = ctx.mentions.filter((m) => m.sentence === ctx.doc.tokens[i]?.sentence && m.last === i - 1 && m.kind === 'demonym');
  const countryKey = prev[0]?.refs[0] ?? poss?.refs[0] ?? contextCountry(ctx, i, s.first);
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
  const from = ctx.doc.tokens[i - 1]?.norm === 'the' && !prev.length && !poss ? i - 1 : i;
  addMention(ctx, { ...span(ctx, from, i + hit.length - 1), kind: 'nominal', refs: [e.key], plural: /s$/.test(norms[i + hit.length - 1] ?? '') });
  mark(taken, i, i + hit.length - 1);
  return hit.length;
}

/** The country a bare "government forces" belongs to: the nearest place named before it in the sentence, else the previous sentence. */
function contextCountry(ctx: ExtractionContext, i: number, sentenceFirst: number): string | undefined {
  const tokSentence = ctx.doc.tokens[i]?.sentence ?? 0;
  const before = ctx.mentions.filter((m) => m.first < i && m.sentence >= tokSentence - 1 && m.first >= 0 && m.refs.length === 1);
  before.sort((a, b) => b.start - a.start);
  for (const m of before) {
    if (m.sentence < tokSentence && m.first >= sentenceFirst) continue;
    const e = ctx.entities.get(m.refs[0] as string);
    if (!e) continue;
    if (e.type === 'Country') return e.key;
    if (e.country) return e.country;
  }
  return undefined;
}

function typeFromContext(ctx: ExtractionContext, first: number, last: number): EntityType | undefined {
  const t = ctx.doc.tokens;
  const head = (t[last] as Token).norm;
  const orgType = ctx.kb.data.cues.orgHeads[head];
  if (orgType && last > first) return orgType;
  // "Electoral Commission of Zambia": the head is the word before "of".
  for (let k = first + 1; k < last; k++) {
    if (['of', 'for', 'on'].includes((t[k] as Token).norm)) {
      const h = ctx.kb.data.cues.orgHeads[(t[k - 1] as Token).norm];
      if (h) return h;
      break;
    }
  }
  const p1 = t[first - 1];
  const p2 = t[first - 2];
  if (p1?.norm === 'of' && p2 && ctx.kb.data.cues.placeNouns[p2.norm]) return ctx.kb.data.cues.placeNouns[p2.norm];
  const n1 = t[last + 1];
  if (n1 && ctx.kb.data.cues.placeNouns[n1.norm] && n1.pos === 'NOUN' && p1?.norm === 'the') return 'Place';
  if (p1 && ctx.kb.honorifics.has(p1.norm)) return 'Person';
  if (p1 && titleAtToken(ctx, first - 1)) return 'Person';
  // "X, the foreign minister," / "X said"
  if (n1?.text === ',' && t[last + 2]?.norm === 'the' && titleAtToken(ctx, last + 3)) return 'Person';
  if (last > first && n1 && ctx.kb.personCues.has(n1.norm)) return 'Person';
  // A lone acronym of three or more letters ("ECOWAS", "SOHR"); two-letter ones are too often something else.
  if (first === last && isAcronym(t[first]) && (t[first] as Token).text.replace(/\./g, '').length >= 3) return 'Organization';
  // "Tana River County", "North Kivu province"
  if (last > first && ctx.kb.placeHeads.has(head)) return 'Place';
  if (n1 && ctx.kb.placeHeads.has(n1.norm) && n1.pos === 'NOUN') return 'Place';
  if (n1 && ctx.kb.data.cues.armedCuesAfter.includes(n1.norm) && n1.pos === 'NOUN') return 'ArmedForces';
  // "state investor Temasek", "the militia Ansar X": a noun that says what the name is.
  const cue = p1 && p1.pos === 'NOUN' ? ctx.kb.data.cues.orgCueNouns[p1.norm] : undefined;
  if (cue) return cue;
  // "The company's chairman, Héctor Ramírez Lugo,": a name in apposition to a title.
  if (p1?.text === ',' && titleAtToken(ctx, first - 2)) return 'Person';
  // "…, Ingrid Valdés-Holm, said": a name in apposition before a verb of saying.
  if (p1?.text === ',' && n1?.text === ',' && t[last + 2] && ctx.kb.personCues.has((t[last + 2] as Token).norm)) return 'Person';
  // "said Pavel Sedov", "according to Yelitza Moran"
  if (last > first && p1 && (ctx.kb.personCues.has(p1.norm) || (p1.norm === 'to' && p2?.norm === 'according'))) return 'Person';
  // A capitalised pair or triple opening with a common given name.
  if (last > first && last - first <= 3 && ctx.kb.givenNames.has((t[first] as Token).norm)) return 'Person';
  return undefined;
}

function titleAtToken(ctx: ExtractionContext, i: number): boolean {
  const { norms } = docIndex(ctx.doc);
  for (let k = Math.max(0, i - 2); k <= i; k++) {
    const h = ctx.kb.titles.matchAt(norms, k)[0];
    if (h && k + h.length - 1 === i) return true;
  }
  return false;
}

function matchUnknown(ctx: ExtractionContext, i: number, sentenceFirst: number, last: number, taken: Uint8Array): number {
  if (taken[i]) return 0;
  const t = ctx.doc.tokens;
  const tok = t[i] as Token;
  if (!isCap(tok) && !isAcronym(tok)) return 0;
  if (ctx.kb.notNames.has(tok.norm)) return 0;
  // Sentence-initial capitals are names only when the tagger says so.
  if (i === sentenceFirst && tok.pos !== 'PROPN') return 0;
  if (t[i - 1]?.text === '“' || t[i - 1]?.text === '"') {
    if (tok.pos !== 'PROPN') return 0;
  }
  if (ctx.doc.nlpEntities.some((e) => e.first <= i && i <= e.last)) return 0;
  // A gazetteer name that was ambiguous ("Congolese": which Congo?) is left alone, not made a new entity.
  if (ctx.kb.names.matchAt(docIndex(ctx.doc).norms, i).length > 0 && capRun(ctx, i, last) <= 1) return 1;
  // "Deputy Foreign Minister Yelitza Morán": the title words are not part of the name.
  const lead = titleLead(ctx, i, last);
  if (lead > 0) return lead;
  let run = capRun(ctx, i, last);
  if (run === 0) return 0;
  for (let k = i; k < i + run; k++) if (taken[k]) run = k - i;
  if (run === 0) return 0;
  const end = i + run - 1;
  const sp = span(ctx, i, end);
  const label = ctx.doc.text.slice(sp.start, sp.end);
  // A lone surname of a person already named in this article.
  if (run === 1) {
    const person = [...ctx.entities.values()].find((e) => e.type === 'Person' && e.label.slice(e.label.lastIndexOf(' ') + 1) === label);
    if (person) {
      addMention(ctx, { ...sp, kind: 'name', refs: [person.key] });
      mark(taken, i, end);
      return run;
    }
  }
  // An acronym or name given earlier in parentheses or as an alias ("Electoral Commission of Zambia (ECZ)").
  const known = run === 1 ? [...ctx.entities.values()].find((e) => !e.wikidata && e.aliases.has(label)) : undefined;
  if (known) {
    addMention(ctx, { ...sp, kind: 'name', refs: [known.key] });
    mark(taken, i, end);
    return run;
  }
  const type = typeFromContext(ctx, i, end);
  // Untyped: step one word only, so known names inside the run ("… of Zambia") are still found.
  if (!type) return 1;
  const key = type === 'Person' ? personFromText(ctx, label).key : `${slugify(label)}`;
  const e = type === 'Person' ? ctx.entities.get(key)! : ensureEntity(ctx, { key: uniqueKey(ctx, key, type), label, type, ...placeCountry(ctx, i, end, type), ...ownerCountry(ctx, norms(ctx), i, end, type) });
  addMention(ctx, { ...sp, kind: 'name', refs: [e.key] });
  mark(taken, i, end);
  // "… (ECZ)": the acronym in parentheses names the same entity.
  if (t[end + 1]?.text === '(' && isAcronym(t[end + 2]) && t[end + 3]?.text === ')') {
    const ac = t[end + 2] as Token;
    e.aliases.add(ac.text);
    addMention(ctx, { ...span(ctx, end + 2, end + 2), kind: 'name', refs: [e.key] });
    mark(taken, end + 1, end + 3);
    return run + 3;
  }
  return run;
}

/** Keys are slugs of labels; a clash with another type gets the type appended, never a counter. */
function uniqueKey(ctx: ExtractionContext, key: string, type: EntityType): string {
  const e = ctx.entities.get(key) ?? ctx.kb.entries.get(key);
  return !e || e.type === type ? key : `${key}-${type.toLowerCase()}`;
}

/** "in Syria, specifically in the city of Sweida" / "Sweida, Syria": a new place inherits the country named with it. */
function placeCountry(ctx: ExtractionContext, first: number, last: number, type: EntityType): { country?: string } {
  if (type !== 'City' && type !== 'Place') return {};
  const s = ctx.doc.tokens[first]?.sentence;
  const near = ctx.mentions
    .filter((m) => m.sentence === s && m.refs.length === 1 && Math.abs(m.first - first) <= 8 && m.first !== first)
    .map((m) => ctx.entities.get(m.refs[0] as string))
    .find((e) => e?.type === 'Country');
  void last;
  return near ? { country: near.key } : {};
}

/** "southern Syria": a region of a known country or place, its own entity contained in it. */
function matchRegion(ctx: ExtractionContext, norms: string[], i: number, last: number, taken: Uint8Array): number {
  const dir = ctx.kb.data.cues.directions[norms[i] ?? ''];
  if (!dir || taken[i] || i + 1 > last) return 0;
  const name = nameAt(ctx, norms, i + 1, last);
  if (!name || name.hit.kind !== 'name' || !['Country', 'Place'].includes(name.hit.entry.type)) return 0;
  const place = entityFromEntry(ctx, name.hit.entry);
  const sp = span(ctx, i, i + name.length);
  const label = ctx.doc.text.slice(sp.start, sp.end);
  const e = ensureEntity(ctx, { key: `${dir}-${place.key}`.replace(/^central-/, 'central-'), label: `${(ctx.doc.tokens[i] as Token).norm} ${place.label}`, type: 'Place', country: place.key });
  addMention(ctx, { ...sp, kind: 'name', refs: [e.key] });
  void label;
  mark(taken, i, i + name.length);
  return name.length + 1;
}

/** Length of capitalised title words ("Deputy Foreign Minister") before a name, 0 when none. */
function titleLead(ctx: ExtractionContext, i: number, last: number): number {
  const t = ctx.doc.tokens;
  const { norms } = docIndex(ctx.doc);
  let k = i;
  while (k <= last && ctx.kb.data.cues.titleModifiers.includes((t[k] as Token).norm)) k++;
  let title = ctx.kb.titles.matchAt(norms, k)[0];
  // "Interior Minister Daniel Keter", "Treasury official Daniel Whitcombe": one or two capitalised qualifiers.
  for (let q = 1; !title && q <= 2 && k + q <= last; q++) {
    if (!isCap(t[k + q - 1]) || ctx.kb.names.matchAt(norms, k + q - 1).length > 0) break;
    const h = ctx.kb.titles.matchAt(norms, k + q)[0];
    if (h) {
      k += q;
      title = h;
    }
  }
  if (title) k += title.length;
  else if (k < last && ctx.kb.honorifics.has((t[k] as Token).norm)) k++;
  return k > i && k <= last && isCap(t[k]) ? k - i : 0;
}

const norms = (ctx: ExtractionContext) => docIndex(ctx.doc).norms;

/** "Kenya Defence Forces": a body whose name opens with a country belongs to it. */
function ownerCountry(ctx: ExtractionContext, ns: string[], first: number, last: number, type: EntityType): { country?: string } {
  if (type === 'City' || type === 'Place' || type === 'Person') return {};
  const hit = ctx.kb.names.matchAt(ns, first).find((h) => first + h.length - 1 < last && h.value.entry.type === 'Country');
  if (!hit) return {};
  entityFromEntry(ctx, hit.value.entry);
  return { country: hit.value.entry.id };
}

/**
 * "protesters", "Syrian rebels", "gunmen": collective actors without a name. With a demonym they are
 * that country's (one node everywhere); bare, they are scoped to the article, since two articles'
 * "gunmen" are not known to be the same people.
 */
function matchCollective(ctx: ExtractionContext, i: number, taken: Uint8Array): number {
  const tok = ctx.doc.tokens[i];
  // Sentence-initial "Gunmen" may be tagged a proper noun.
  if (!tok || taken[i] || (tok.pos !== 'NOUN' && !(tok.pos === 'PROPN' && isCap(tok)))) return 0;
  const type = ctx.kb.data.cues.collectives[tok.norm];
  if (!type) return 0;
  const demonym = ctx.mentions.find((m) => m.last === i - 1 && m.kind === 'demonym' && m.refs.length === 1);
  const country = demonym ? ctx.kb.entries.get(demonym.refs[0] as string) : undefined;
  const e = country
    ? ensureEntity(ctx, { key: `${country.id}-${tok.norm}`, label: `${country.demonyms?.[0] ?? country.label} ${tok.text.toLowerCase()}`, type, country: country.id })
    : ensureEntity(ctx, { key: `${slugify(ctx.article.id)}-${tok.norm}`, label: tok.text.toLowerCase(), type });
  const from = !demonym && ctx.doc.tokens[i - 1]?.norm === 'the' ? i - 1 : i;
  addMention(ctx, { ...span(ctx, from, i), kind: 'nominal', refs: [e.key], plural: true });
  mark(taken, i, i);
  return 1;
}

/**
 * A bare surname ("Johnson") names a famous person only with support: the full name earlier in the
 * article, a title just before it, or an office the person held around the article date.
 */
function surnameSupported(ctx: ExtractionContext, e: KbEntry, i: number): boolean {
  if (ctx.mentions.some((m) => m.refs.includes(e.id) && m.kind === 'name' && m.last > m.first)) return true;
  const prev = ctx.doc.tokens[i - 1];
  if (prev && (ctx.kb.honorifics.has(prev.norm) || titleAtToken(ctx, i - 1))) return true;
  const date = ctx.article.date;
  if (!date) return false;
  const year = Number(date.slice(0, 4));
  return (e.offices ?? []).some((o) => (!o.from || Number(o.from.slice(0, 4)) <= year) && (!o.to || Number(o.to.slice(0, 4)) >= year - 1));
}
