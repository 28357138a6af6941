import type { EntityType } from '../../knowledge/types.js';
import type { EntityRecord } from '../../model/types.js';
import { tableEntry } from '../../knowledge/lookup.js';
import { slugify } from '../../nlp/fold.js';
import type { Token } from '../../nlp/types.js';
import { docIndex } from '../doc-index.js';
import { isProperNoun } from '../syntax.js';
import { capRun, CONNECTORS, isAcronym, isCap, mark, nameAt, norms, personFromText, span, titleAtToken } from './helpers.js';
import { cuedBody } from './repeated-names.js';
import { NER_TO_TYPE, recognised } from './recognised.js';
import { addMention, ensureEntity, entityFromEntry } from './registry.js';
import { appositiveAfter, appositiveBefore, trailingHead } from './name-context.js';
import type { ExtractionContext } from '../types.js';

/** Names the gazetteer does not know: found as capitalised runs, typed from their own words and their context. */

const DETERMINERS = new Set(['a', 'an', 'the']);

export function typeFromContext(ctx: ExtractionContext, first: number, last: number): EntityType | undefined {
  const t = ctx.doc.tokens;
  const head = (t[last] as Token).norm;
  // "Nigeria Labour Congress": a union, not a legislature, despite its head.
  const civil = (type: EntityType) => (type === 'GovernmentOrganization' && t.slice(first, last + 1).some((x) => ctx.kb.data.cues.civilWords.includes(x.norm)) ? 'Organization' : type);
  const orgType = ctx.kb.data.cues.orgHeads[head];
  if (orgType && last > first) return civil(orgType);
  // "Electoral Commission of Zambia", "Committee to Protect Journalists": the head is the word before "of".
  for (let k = first + 1; k < last; k++) {
    if (['of', 'for', 'on', 'to'].includes((t[k] as Token).norm)) {
      const h = ctx.kb.data.cues.orgHeads[(t[k - 1] as Token).norm];
      if (h) return civil(h);
      break;
    }
  }
  const p1 = t[first - 1];
  const p2 = t[first - 2];
  if (p1?.norm === 'of' && p2 && ctx.kb.data.cues.placeNouns[p2.norm]) return ctx.kb.data.cues.placeNouns[p2.norm];
  const n1 = t[last + 1];
  if (n1 && ctx.kb.data.cues.placeNouns[n1.norm] && n1.pos === 'NOUN' && p1?.norm === 'the') return 'Place';
  if (p1 && ctx.kb.honorifics.has(p1.norm)) return 'Person';
  // "reporter Selam Getachew", "Editor Dawit Mekonnen", "who gave his name as Boureima"
  // (A capitalised noun only when it opens the sentence: "Doctor Who Society" is no doctor's name.)
  const opens = p1 && (!isCap(p1) || ctx.doc.sentences[p1.sentence]?.first === first - 1);
  // (A full name after a person noun: "student Olympiad" is no student.)
  if (p1 && ((last > first && opens && ctx.kb.data.cues.personNouns.includes(p1.norm)) || (p1.norm === 'as' && p2?.norm === 'name'))) return 'Person';
  // "Lake Tanganyika", "Mount Kenya"
  if (last > first && ctx.kb.data.cues.placeLeads.includes((t[first] as Token).norm)) return 'Place';
  if (p1 && titleAtToken(ctx, first - 1)) return 'Person';
  // "X, the foreign minister," / "X said"
  if (n1?.text === ',' && t[last + 2]?.norm === 'the' && titleAtToken(ctx, last + 3)) return 'Person';
  // "shipping group Nordhavn Line said": the noun before says what the name is, whatever verb follows.
  const cue = p1 && p1.pos === 'NOUN' ? tableEntry(ctx.kb.data.cues.orgCueNouns, p1.norm) : undefined;
  if (cue) return cue;
  // "Stepanakert, the region's main city," / "an independent online outlet, Addis Yefeqedu,"
  // (Not for a run joined by "of": in "Doug Miller of Milltech Marine, a firm …" the firm is only its second half.)
  const joined = t.slice(first, last + 1).some((x) => x.norm === 'of' || x.norm === 'for');
  const appos = joined ? undefined : (n1?.text === ',' ? appositiveAfter(ctx, last + 2) : undefined) ?? (p1?.text === ',' && (n1?.text === ',' || n1?.text === '.') ? appositiveBefore(ctx, first - 2) : undefined);
  if (appos) return appos;
  // "Aner Shalev is an Israeli mathematician", "Kibbutz Ruhama is a village": the predicate says it too.
  const pred = !joined && (n1?.norm === 'is' || n1?.norm === 'was') ? appositiveAfter(ctx, last + 2) : undefined;
  if (pred) return pred;
  if (last > first && n1 && ctx.kb.personCues.has(n1.norm)) return 'Person';
  // A lone acronym of three or more letters ("ECOWAS", "SOHR"); two-letter ones are too often something else.
  if (first === last && isAcronym(t[first]) && (t[first] as Token).text.replace(/\./g, '').length >= 3) return 'Organization';
  // "Tana River County", "North Kivu province"
  if (last > first && ctx.kb.placeHeads.has(head)) return 'Place';
  if (n1 && ctx.kb.placeHeads.has(n1.norm) && n1.pos === 'NOUN') return 'Place';
  // "the Azovstal steel works", "the Olkaria geothermal field"
  if (trailingHead(ctx, last, t.length - 1, first) > 0) return 'Place';
  if (n1 && ctx.kb.data.cues.armedCuesAfter.includes(n1.norm) && n1.pos === 'NOUN') return 'ArmedForces';
  // "The company's chairman, Héctor Ramírez Lugo,": a name in apposition to a title.
  if (p1?.text === ',' && titleAtToken(ctx, first - 2)) return 'Person';
  // "…, Ingrid Valdés-Holm, said": a name in apposition before a verb of saying.
  if (p1?.text === ',' && n1?.text === ',' && t[last + 2] && ctx.kb.personCues.has((t[last + 2] as Token).norm)) return 'Person';
  // "said Pavel Sedov", "according to Yelitza Moran"
  if (last > first && p1 && (ctx.kb.personCues.has(p1.norm) || (p1.norm === 'to' && p2?.norm === 'according'))) return 'Person';
  // A capitalised pair or triple opening with a common given name.
  if (last > first && last - first <= 3 && ctx.kb.givenNames.has((t[first] as Token).norm)) return 'Person';
  // "a camp in Garissa": a proper noun after a place preposition, with nothing else to type it, is a place (unlinked).
  // Title-case words only: acronyms ("ROTC") and languages ("in English") are other things.
  // (The hyphen of "Nagorno-Karabakh" is part of the name.)
  const proper = t.slice(first, last + 1).every((x) => x.text === '-' || (isProperNoun(x) && /^\p{Lu}\p{Ll}/u.test(x.text) && !ctx.kb.data.cues.languages.includes(x.norm)));
  // (A known country or state after a comma says more first: "in Pellston Falls, Wisconsin" is a town.)
  if (!orgType && townOfPlace(ctx, first, last)) return 'City';
  if (proper && p1 && ctx.kb.data.cues.placePrepositions.includes(p1.norm) && !orgType) return 'Place';
  if (last > first && last - first <= 2 && coordinatedPerson(ctx, first, last)) return 'Person';
  return undefined;
}

/** Length of ", " / " and " / ", and " at k (0 when none): the joints of a list. */
function listJoint(t: Token[], k: number): number {
  if (t[k]?.norm === 'and') return 1;
  if (t[k]?.text !== ',') return 0;
  return t[k + 1]?.norm === 'and' ? 2 : 1;
}

/**
 * "Romelu Lukaku, Yannick Carrasco, and Dries Mertens": a full name (two or three capitalised words) in a
 * list of three or more next to a person's name is a person's too. Only where the commas and ", and" show
 * a list: "Tim Gunn and Grateful Dead drummer Mickey Hart" or "… of Puerto Rico and Pedro Pierluisi was
 * sworn in" join other things. Before: a person's name and ", and"; after: ", " and a name that opens with
 * a given name and is followed by the list's next joint. Titles are no names.
 */
function coordinatedPerson(ctx: ExtractionContext, first: number, last: number): boolean {
  const t = ctx.doc.tokens;
  for (let k = first; k <= last; k++) if (!/^\p{Lu}\p{Ll}/u.test((t[k] as Token).text) || titleAtToken(ctx, k)) return false;
  if (t[last + 1]?.norm === "'s") return false;
  for (let n = ctx.mentions.length - 1; n >= 0 && n >= ctx.mentions.length - 3; n--) {
    const m = ctx.mentions[n]!;
    if (m.last >= first || first - m.last > 3 || m.kind !== 'name' || m.last === m.first) continue;
    if (listJoint(t, m.last + 1) === 2 && m.last + 3 === first && ctx.entities.get(m.refs[0] ?? '')?.type === 'Person') return true;
  }
  if (t[last + 1]?.text !== ',' || !ctx.kb.givenNames.has((t[last + 2] as Token | undefined)?.norm ?? '')) return false;
  const run = capRun(ctx, last + 2, ctx.doc.sentences[(t[first] as Token).sentence]?.last ?? last + 2);
  // The list goes on ("…, and", "…, Name"): "Mid Wales Tourism Partnership, David Clay, called it …" is an apposition.
  const after = last + 2 + run;
  return run >= 2 && run <= 3 && t[after]?.text === ',' && (t[after + 1]?.norm === 'and' || isCap(t[after + 1]));
}

/**
 * "from Irving, Texas, …", "in Mountain View, California.": a name right before a comma and a known
 * country or first-level subdivision is a town in it. Not inside a list ("Sberbank, Russia and …"; "…,
 * X, Russia"), and not before a possessive ("Rosneft, Russia's largest oil firm").
 */
function townOfPlace(ctx: ExtractionContext, first: number, last: number): boolean {
  const t = ctx.doc.tokens;
  if (t[last + 1]?.text !== ',' || !isCap(t[last + 2])) return false;
  const p1 = t[first - 1];
  // Nor the tail of a longer name ("San Diego County", "Hawke's Bay", "Surigao del Sur").
  if (!p1 || p1.text === ',' || p1.norm === 'and' || p1.norm === 'or' || p1.norm === "'s" || isCap(p1) || (CONNECTORS.has(p1.norm) && p1.norm !== 'of' && p1.norm !== 'for' && p1.norm !== 'on')) return false;
  for (let k = first; k <= last; k++) if (!/^\p{Lu}\p{Ll}/u.test((t[k] as Token).text)) return false;
  const s = t[first]?.sentence;
  const sentenceLast = s === undefined ? last : (ctx.doc.sentences[s]?.last ?? last);
  const place = nameAt(ctx, norms(ctx), last + 2, sentenceLast);
  if (!place || place.hit.kind !== 'name') return false;
  const e = place.hit.entry;
  if (e.type !== 'Country' && !(e.type === 'Place' && e.country)) return false;
  const after = t[last + 2 + place.length];
  return !after || (after.norm !== "'s" && after.norm !== 'and' && after.norm !== 'or' && !isCap(after));
}

export function matchUnknown(ctx: ExtractionContext, i: number, sentenceFirst: number, last: number, taken: Uint8Array): number {
  if (taken[i]) return 0;
  const t = ctx.doc.tokens;
  const tok = t[i] as Token;
  if (!isCap(tok) && !isAcronym(tok)) return 0;
  if (ctx.kb.notNames.has(tok.norm)) return 0;
  // Sentence-initial capitals are names only when the tagger says so, or when they repeat the surname of a person
  // already named or a word the article uses as a proper noun inside a sentence (an unfamiliar name opening a sentence
  // is easily read as a noun: "Gebreyes added that …", "Veridism officials did not respond").
  // So are capitals right after an opening quotation mark (a closing one ends the sentence before).
  const opened = (t[i - 1]?.text === '“' || t[i - 1]?.text === '"') && t[i - 1]!.sentence === tok.sentence;
  // (A known company's name counts as such a word: "Boeing said …"; so does a capitalised run ending in an organisation's
  // head, "General Motors reported …", whose first word the tagger reads as an adjective.)
  if ((i === sentenceFirst || opened) && !isProperNoun(tok) && !knownSurname(ctx, tok.text) && !properElsewhere(ctx, tok) && !ctx.kb.companies.has(tok.text) && !endsInOrgHead(ctx, i, last)) return 0;
  // The closures below would cost an allocation on every call: they live in unknownAt.
  return unknownAt(ctx, i, last, taken);
}

function endsInOrgHead(ctx: ExtractionContext, i: number, last: number): boolean {
  const run = capRun(ctx, i, last);
  return run > 1 && !!ctx.kb.data.cues.orgHeads[(ctx.doc.tokens[i + run - 1] as Token).norm];
}

function knownSurname(ctx: ExtractionContext, word: string): boolean {
  for (const e of ctx.entities.values()) if (e.type === 'Person' && e.label.includes(' ') && e.label.slice(e.label.lastIndexOf(' ') + 1) === word) return true;
  return false;
}

function properElsewhere(ctx: ExtractionContext, tok: Token): boolean {
  const { sentences, tokens } = ctx.doc;
  for (const x of tokens) if (x.text === tok.text && isProperNoun(x) && x.index !== sentences[x.sentence]?.first) return true;
  return false;
}

function unknownAt(ctx: ExtractionContext, i: number, last: number, taken: Uint8Array): number {
  const t = ctx.doc.tokens;
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
  // "Ed Lee of San Jose", "Doug Miller of Milltech Marine": where the recogniser reads a person's name that
  // ends right before the run's "of", the person's name ends there.
  const ner = recognised(ctx.doc, ctx.kb);
  const perEnd = ner.endAt[i] ?? -1;
  if (ner.typeAt.get(i) === 'PER' && perEnd < i + run - 1 && perEnd >= i && t[perEnd + 1]?.norm === 'of') run = perEnd - i + 1;
  const end = i + run - 1;
  const sp = span(ctx, i, end);
  let label = ctx.doc.text.slice(sp.start, sp.end);
  // A lone surname of a person already named in this article.
  // (And a surname with a particle, "Gloria La Riva … La Riva", "Ursula von der Leyen", when one person's name ends with it.)
  if (run === 1 || (run === 2 && CONNECTORS.has((t[i] as Token).norm))) {
    const person = run === 2 ? onlyEntity(ctx, (e) => e.type === 'Person' && e.label.endsWith(` ${label}`) && !/\s\p{Ll}/u.test(e.label)) : ([...ctx.entities.values()].find((e) => e.type === 'Person' && e.label.slice(e.label.lastIndexOf(' ') + 1) === label) ?? innerSurnameOf(ctx, label) ?? firstNameOf(ctx, label) ?? facilityOf(ctx, label));
    if (person) {
      addMention(ctx, { ...sp, kind: 'name', refs: [person.key] });
      mark(taken, i, end);
      return run;
    }
  }
  // An acronym or name given earlier in parentheses or as an alias ("Electoral Commission of Zambia (ECZ)"), or a town
  // typed earlier by its context and repeated without one ("the town of Sake … an attack on Sake"), not opening a longer
  // name ("Kamloops This Week").
  const town = (e: { label: string; type: string }) => e.label === label && e.type === 'City' && !isCap(t[end + 1]);
  // (An unlinked entity of exactly this name comes first: "Red Hat" is the company named so, not "Red Hat Linux".)
  const known = (run === 1 ? [...ctx.entities.values()].find((e) => !e.wikidata && (e.aliases.has(label) || town(e))) : undefined) ?? (recognised(ctx.doc, ctx.kb).typeAt.size > 0 ? [...ctx.entities.values()].find((e) => !e.wikidata && e.label === label && e.type !== 'Person') : undefined) ?? bodyByLeadingWords(ctx, i, end, label);
  if (known) {
    addMention(ctx, { ...sp, kind: 'name', refs: [known.key] });
    mark(taken, i, end);
    return run;
  }
  let type = typeFromContext(ctx, i, end) ?? (run === 1 ? cuedBody(ctx, label) : undefined);
  // A company's name ("Boeing", "Northrop Grumman said") is a company unless a title or an honorific says a person: the
  // rules' other person cues (a verb of saying after it, a given name's look) do not tell a company from a person.
  // (Nor after an article, "the Volvo had come from …": a product.)
  const before = t[i - 1];
  if ((!type || type === 'Person') && ctx.kb.companies.has(label) && !(before && (ctx.kb.honorifics.has(before.norm) || titleAtToken(ctx, i - 1) || (run === 1 && DETERMINERS.has(before.norm))))) type = 'Organization';
  // The rules have no type for it: the trained recogniser's name starting here gives the type.
  // (Not the agency in a dateline, "GENEVA (Reuters) -": it says who filed the report, not who took part.)
  let byModel = false;
  if (!type && (t[end] as Token).end > ctx.doc.datelineEnd) {
    const nerType = ner.typeAt.get(i);
    // (Or where its name runs on past the run's end over lower-case words: "Apple Corps sued Apple Computer" is one name to greedy decoding.)
    const nerEnd = ner.endAt[i] ?? -1;
    // (Not over a title: "House Speaker Nancy Pelosi", "Federal District Judge Michael Urbanski" hold a title and a
    // person's name, which the rules find a word later.)
    // (Nor for the rest of a longer capitalised run the rules stepped into: "Bill" of "the Economic Bill of Rights".)
    const inside = isCap(t[i - 1]) && t[i - 1]!.sentence === t[i]!.sentence;
    if (nerType && !inside && (nerEnd === end || (nerEnd > end && !isCap(t[end + 1]))) && !(run === 1 && sharedWord(ctx, label)) && !holdsTitle(ctx, i, end)) {
      type = NER_TO_TYPE[ner.usualType.get(label) ?? nerType];
      byModel = true;
    }
  }
  // Untyped: step one word only, so known names inside the run ("… of Zambia") are still found.
  // An acronym opening it that the article has already used alone is that body: "NASA said … a NASA
  // Discovery mission". (Not every acronym: "USS Enterprise", "SARS CoV-2", "GNU General Public License".)
  if (!type) return run > 1 && isAcronym(t[i]) && ctx.entities.has(slugify((t[i] as Token).text)) ? unknownAt(ctx, i, i, taken) : 1;
  // "Tana River county", "the Azovstal steel works": the place's own head noun is part of its label,
  // though the mention stays the proper name, as named-entity corpora mark it.
  // The recogniser may type one name differently in two sentences ("Hunter Biden" a person, then a place): the
  // article's entity of that name, whatever its type, is what it names again.
  const same = byModel ? [...ctx.entities.values()].find((e) => e.label === label && !e.wikidata) : undefined;
  if (same) {
    addMention(ctx, { ...sp, kind: 'name', refs: [same.key] });
    mark(taken, i, end);
    return run;
  }
  const tail = type === 'Place' ? trailingHead(ctx, end, last, i) : -1;
  if (tail > 0) label = ctx.doc.text.slice(sp.start, (t[tail] as Token).end);
  const key = type === 'Person' ? personFromText(ctx, label).key : `${slugify(label)}`;
  const e = type === 'Person' ? ctx.entities.get(key)! : ensureEntity(ctx, { key: uniqueKey(ctx, key, type), label, type, ...placeCountry(ctx, i, type), ...ownerCountry(ctx, norms(ctx), i, end, type) });
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

/**
 * "Raúl Quispe Salazar … Quispe": a Spanish or Portuguese double surname is cited by its first (paternal)
 * part, an inner word of a name of three or more words. Only a word no given name, and only when exactly
 * one person's name has it: "Juan Carlos Pérez" … "Carlos" is his second given name.
 */
function innerSurnameOf(ctx: ExtractionContext, label: string) {
  if (ctx.kb.givenNames.has(label.toLowerCase())) return undefined;
  return onlyEntity(ctx, (e) => {
    const words = e.label.split(' ');
    return e.type === 'Person' && words.length >= 3 && words.slice(1, -1).includes(label);
  });
}

/**
 * "Gloria Smith … Gloria said": a lone given name refers back to the one person already named in full
 * with it; with two such people ("Gloria Smith", "Gloria Jones") it is left alone.
 */
function firstNameOf(ctx: ExtractionContext, label: string) {
  // Not a word that opened a run by mistake: an acronym ("USCG"), a title ("Assemblywoman") or a plural
  // ("Representatives Eliot Engel", "Kamloops …"), unless it is a known given name (Thomas, Carlos).
  const norm = label.toLowerCase();
  if (!ctx.kb.givenNames.has(norm) && (/^\p{Lu}{2}/u.test(label) || /s$/.test(norm) || ctx.kb.titles.matchAt([norm], 0).length > 0)) return undefined;
  return onlyEntity(ctx, (e) => e.type === 'Person' && e.label.length > label.length && e.label[label.length] === ' ' && e.label.startsWith(label));
}

/**
 * "Nordhavn Line … Nordhavn said", "Straits Cargo Holdings … Straits Cargo": a company named in full earlier is
 * what its leading words mean later. Only the one unlinked organisation of the article whose name opens so,
 * and never a generic word that opens many names ("National", "United": the tagger's common words).
 */
function bodyByLeadingWords(ctx: ExtractionContext, first: number, last: number, label: string) {
  const t = ctx.doc.tokens;
  if (ctx.kb.data.cues.orgHeads[label.toLowerCase()]) return undefined;
  // Proper nouns only, and not the tail of a longer capitalised name ("Joint Jet Pilot Training") or a member ("a Libertarian").
  const before = t[first - 1];
  if (t.slice(first, last + 1).some((x) => !isProperNoun(x)) || (before && before.sentence === t[first]?.sentence && (isCap(before) || before.norm === 'a' || before.norm === 'an'))) return undefined;
  return onlyEntity(ctx, (e) => e.type === 'Organization' && !e.wikidata && e.label.length > label.length + 1 && e.label[label.length] === ' ' && e.label.startsWith(label));
}

/**
 * "Bagram Air Field … a visit to Bagram": a facility named in full earlier (its last word a facility head, data/lexicon/
 * entity-cues.json facilityHeads) is what its first word alone means here, when only one facility starts with it.
 */
function facilityOf(ctx: ExtractionContext, label: string) {
  return onlyEntity(ctx, (e) => e.type === 'Place' && e.label.startsWith(`${label} `) && ctx.kb.data.cues.facilityHeads.includes(e.label.slice(e.label.lastIndexOf(' ') + 1).toLowerCase()));
}

/**
 * A lone word the rules left alone on purpose, which the recogniser must not make a new entity: a generic
 * head ("a member of Parliament"), a compass direction ("urged the North to stop") or a word of a name already in the article that several entities share
 * ("Tomas Verhulst … Tomas Ekwueme … Tomas said").
 */
function sharedWord(ctx: ExtractionContext, label: string): boolean {
  if (ctx.kb.data.cues.orgHeads[label.toLowerCase()] || Object.values(ctx.kb.data.cues.directions).includes(label.toLowerCase())) return true;
  for (const e of ctx.entities.values()) if (e.label !== label && e.label.split(' ').includes(label)) return true;
  return false;
}

/**
 * Whether a title word stands anywhere in tokens first..last, or a person's name opens after the run's first
 * word (a given name and a capitalised word: "House Speaker Nancy Pelosi", "Divisional Railway Manager Aparna Garg").
 */
function holdsTitle(ctx: ExtractionContext, first: number, last: number): boolean {
  const t = ctx.doc.tokens;
  for (let k = first; k <= last; k++) if (titleAtToken(ctx, k) || (k > first && k < last && ctx.kb.givenNames.has((t[k] as Token).norm) && isCap(t[k + 1]))) return true;
  return false;
}

/** The one entity of the article that fits; none when two do (a short name two entities share is left alone). */
function onlyEntity(ctx: ExtractionContext, fits: (e: EntityRecord) => boolean): EntityRecord | undefined {
  let found: EntityRecord | undefined;
  for (const e of ctx.entities.values()) {
    if (!fits(e)) continue;
    if (found) return undefined;
    found = e;
  }
  return found;
}

/** Keys are slugs of labels; a clash with another type gets the type appended, never a counter. */
export function uniqueKey(ctx: ExtractionContext, key: string, type: EntityType): string {
  const e = ctx.entities.get(key) ?? ctx.kb.entries.get(key);
  return !e || e.type === type ? key : `${key}-${type.toLowerCase()}`;
}

/** "in Syria, specifically in the city of Sweida" / "Sweida, Syria": a new place inherits the country named with it. */
export function placeCountry(ctx: ExtractionContext, first: number, type: EntityType): { country?: string } {
  if (type !== 'City' && type !== 'Place') return {};
  const s = ctx.doc.tokens[first]?.sentence;
  const near = ctx.mentions
    .filter((m) => m.sentence === s && m.refs.length === 1 && Math.abs(m.first - first) <= 8 && m.first !== first)
    .map((m) => ctx.entities.get(m.refs[0] as string))
    .find((e) => e?.type === 'Country');
  return near ? { country: near.key } : {};
}

/** Length of capitalised title words ("Deputy Foreign Minister") before a name, 0 when none. */
export function titleLead(ctx: ExtractionContext, i: number, last: number): number {
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
  if (k <= i || k > last || !isCap(t[k])) return 0;
  // "General Motors", "General Motors Corporation": a run ending in an organisation's head is a company's name, not a title and a name.
  const run = capRun(ctx, i, last);
  return run > k - i && ctx.kb.data.cues.orgHeads[(t[i + run - 1] as Token).norm] ? 0 : k - i;
}

/** "Kenya Defence Forces": a body whose name opens with a country belongs to it. */
export function ownerCountry(ctx: ExtractionContext, ns: string[], first: number, last: number, type: EntityType): { country?: string } {
  if (type === 'City' || type === 'Place' || type === 'Person') return {};
  const hit = ctx.kb.names.matchAt(ns, first).find((h) => first + h.length - 1 < last && h.value.entry.type === 'Country');
  if (!hit) return {};
  entityFromEntry(ctx, hit.value.entry);
  return { country: hit.value.entry.id };
}
