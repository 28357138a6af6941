import type { KbEntry } from '../../knowledge/types.js';
import { capRun, isCap, mark, nameAt, personFromText, span, titleAt, titleAtToken } from './helpers.js';
import { recognised } from './recognised.js';
import { ethnicDemonyms, matchCollective } from './collectives.js';
import { matchForces, matchRegion, matchTitleOffice } from './nominal-entities.js';
import { slugify } from '../../nlp/fold.js';
import { addMention, ensureEntity, entityFromEntry, sortMentions } from './registry.js';
import type { ExtractionContext, Extractor } from '../types.js';
import { resolveAmbiguousNames } from './ambiguous-names.js';
import { policeMembers } from './police-members.js';
import { linkToKb, namesakePlaces } from './kb-links.js';
import { matchUnknown, typeFromContext, uniqueKey } from './unknown-names.js';

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
          matchTitleOffice(ctx, norms, i, s.last, taken) ||
          matchCollective(ctx, i, taken) ||
          matchUnknown(ctx, i, s.first, s.last, taken);
        i += Math.max(1, used);
      }
    }
    // A second look for bare forces nouns, now that the places after them are known ("Police in … Kano").
    for (const s of ctx.doc.sentences) for (let i = s.first; i <= s.last; i++) if (!taken[i]) i += Math.max(0, matchForces(ctx, norms, i, s, taken, true) - 1);
    resolveAmbiguousNames(ctx);
    ethnicDemonyms(ctx);
    policeMembers(ctx);
    // Names in the dateline say where the report was filed, not who did what.
    for (const m of ctx.mentions) if (m.end <= ctx.doc.datelineEnd) m.modifier = true;
    placesDescribingPeople(ctx);
    namesakePlaces(ctx);
    linkToKb(ctx);
    sortMentions(ctx);
  },
};

/** "Ohio man James Alex Fields", "a Gaza resident": a place right before a person noun describes the person; it takes no part itself. */
function placesDescribingPeople(ctx: ExtractionContext): void {
  const t = ctx.doc.tokens;
  const nouns = ctx.kb.data.cues.personNouns;
  for (const m of ctx.mentions) {
    if (m.kind !== 'name' || m.modifier || m.refs.length !== 1) continue;
    const type = ctx.entities.get(m.refs[0] as string)?.type;
    const next = t[m.last + 1];
    if ((type === 'City' || type === 'Place' || type === 'Country') && next && next.sentence === m.sentence && nouns.includes(next.norm)) m.modifier = true;
  }
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
  // "General Motors", "General Dynamics Corporation": a capitalised run that ends in an organisation's head is a company's name, not a title and a person.
  if (title && !country && companyRun(ctx, i, last, title.length)) title = undefined;
  for (let q = 1; !title && country && q <= 2; q++) {
    const w = tokens[j + q - 1];
    if (!w || isCap(w) || (w.pos !== 'NOUN' && w.pos !== 'ADJ')) break;
    title = titleAt(ctx, norms, j + q, last);
    // ("The US car manufacturer General Motors": the title word opens a company's name.)
    if (title && companyRun(ctx, j + q, last, title.length)) title = undefined;
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
  // "US$1 million", "HK$5": a country's code glued to a dollar sign is a currency, not the country.
  const glued = tokens[i + name.length];
  if (glued?.text === '$' && glued.start === tokens[i + name.length - 1]!.end) return 0;
  // "Apple Corps", "Air France Flight 447": the recogniser reads a longer name that this known one opens; the known
  // name is part of it, not an entity of its own (matchUnknown takes the whole name).
  if (withinLongerName(ctx, i, i + name.length - 1)) return 0;
  // "Air China", "Environment Canada": a place that ends an organisation's name the recogniser reads is part of it.
  const outer = /^(Country|City|Place)$/.test(name.hit.entry.type) ? endsLongerName(ctx, i, i + name.length - 1, taken) : undefined;
  if (outer !== undefined) return nationalBody(ctx, outer, recognised(ctx.doc, ctx.kb).endAt[outer]!, 'Organization', undefined, taken) - (i - outer);
  // "Kenya Defence Forces", "Syrian Observatory for Human Rights", "OSCE Minsk Group": a known name
  // opening a longer organisation name yields to the whole name.
  if (name.hit.entry.type !== 'Person') {
    const rest = capRun(ctx, i + name.length, last);
    const whole = rest > 0 ? typeFromContext(ctx, i, i + name.length + rest - 1) : undefined;
    if (whole?.match(/Organization|ArmedForces/)) return 0;
    // "Virginia Woolf", "Alberta Hughes": a place that is also a given name, opening a person's name.
    // ("Virginia Governor" is the state's governor.)
    if (whole === 'Person' && name.length === 1 && name.hit.kind === 'name' && ctx.kb.givenNames.has(norms[i] as string) && !titleAt(ctx, norms, i + 1, last)) return 0;
    // "Indian Ocean", "Arabian Sea": a demonym opening a place's name is part of it.
    if (rest > 0 && name.hit.kind === 'demonym' && ctx.kb.placeHeads.has(norms[i + name.length + rest - 1] ?? '')) return 0;
    // "Kenya Red Cross": a country before a known body's name is that country's own body, not the known one.
    const body = rest > 0 && name.hit.entry.type === 'Country' ? nameAt(ctx, norms, i + name.length, last) : undefined;
    if (body && body.length === rest && /Organization|ArmedForces/.test(body.hit.entry.type)) return nationalBody(ctx, i, i + name.length + rest - 1, body.hit.entry.type, name.hit.entry, taken);
  }
  const end = i + name.length - 1;
  // "The Kenya Red Cross … the Red Cross": a body named in full earlier is what its short name means here.
  const short = /Organization|ArmedForces/.test(name.hit.entry.type) ? ownBody(ctx, ctx.doc.text.slice(tokens[i]!.start, tokens[end]!.end), name.hit.entry.type) : undefined;
  const e = short ?? entityFromEntry(ctx, name.hit.entry);
  const next = tokens[end + 1];
  // A demonym or a name used as a noun modifier ("Ukrainian soldiers", "the Ukraine conflict").
  // "a Japanese-funded centre", "Russian-backed forces": the first half of a hyphenated compound modifies too.
  const compound = !!next && /^[-‐–]$/.test(next.text) && next.start === tokens[end]!.end;
  const modifier = compound || (name.hit.kind === 'demonym' ? !!next && (next.pos === 'NOUN' || next.pos === 'ADJ') : !!next && next.pos === 'NOUN' && e.type === 'Country' && !/[.,;]/.test(next.text));
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

/** A new, unlinked body of the known body's kind, owned by the country that opens its name (if one does). */
function nationalBody(ctx: ExtractionContext, first: number, last: number, type: KbEntry['type'], country: KbEntry | undefined, taken: Uint8Array): number {
  const sp = span(ctx, first, last);
  const label = ctx.doc.text.slice(sp.start, sp.end);
  if (country) entityFromEntry(ctx, country);
  const e = ensureEntity(ctx, { key: uniqueKey(ctx, slugify(label), type), label, type, ...(country ? { country: country.id } : {}) });
  addMention(ctx, { ...sp, kind: 'name', refs: [e.key] });
  mark(taken, first, last);
  return last - first + 1;
}

/** An article's own body (made by nationalBody) whose name ends with this one. */
function ownBody(ctx: ExtractionContext, surface: string, type: KbEntry['type']) {
  for (const e of ctx.entities.values()) if (!e.wikidata && e.type === type && e.country && e.label.endsWith(` ${surface}`)) return e;
  return undefined;
}

/** A capitalised run at i, longer than the title word(s) that open it, whose last word is an organisation's head. */
function companyRun(ctx: ExtractionContext, i: number, last: number, titleLength: number): boolean {
  const run = capRun(ctx, i, last);
  return run > titleLength && !!ctx.kb.data.cues.orgHeads[ctx.doc.tokens[i + run - 1]!.norm];
}

/**
 * Whether the recogniser's name starting at `first` runs past `last` onto a capitalised word: a known
 * name that opens a longer name ("Apple Corps", "Ford Australia", "the Vietnam War"), but not a person's
 * name, nor across a title.
 */
function withinLongerName(ctx: ExtractionContext, first: number, last: number): boolean {
  const ner = recognised(ctx.doc, ctx.kb);
  const end = ner.endAt[first] ?? -1;
  // (Nor a name run on into a person's: "Ambassador to the United States Hamdullah Mohib".)
  if (end <= last || ner.typeAt.get(first) === 'PER' || ctx.kb.givenNames.has(ctx.doc.tokens[last + 1]!.norm)) return false;
  // Its capitalised words only: greedy decoding can run a name on over a verb ("Apple Corps sued Apple Computer").
  // Nor over a title: "the United States Federal District Judge Michael Urbanski" is no name of a place.
  let k = last + 1;
  for (; k <= end && isCap(ctx.doc.tokens[k]); k++) if (titleAtToken(ctx, k)) return false;
  return k > last + 1;
}

/**
 * Where an organisation's name the recogniser reads begins, when it begins before the known name at first..last on
 * capitalised words no other name took, and runs to its end or past it: "Air China", "Environment Canada".
 * Not across a title ("Prime Minister of Canada" is no body).
 */
function endsLongerName(ctx: ExtractionContext, first: number, last: number, taken: Uint8Array): number | undefined {
  const ner = recognised(ctx.doc, ctx.kb);
  const t = ctx.doc.tokens;
  for (let s = first - 1; s >= 0 && !taken[s] && isCap(t[s]) && t[s]!.sentence === t[first]!.sentence; s--) {
    if (titleAtToken(ctx, s)) return undefined;
    if (ner.typeAt.get(s) === 'ORG' && (ner.endAt[s] ?? -1) >= last) return s;
  }
  return undefined;
}
