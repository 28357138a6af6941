// npm run gazetteer (fourth step): generates data/gazetteer/generated/kb.json, the linking knowledge base: people,
// parties and companies with Wikidata ids that the curated gazetteer does not hold. Unlike gazetteer entries they
// are never matched in text: a name the recogniser and the rules have already found and typed is linked to one of
// them only when the type fits, exactly one record fits, and the article's countries agree
// (src/extract/entities/kb-links.ts). Sources and licences: data/gazetteer/SOURCES.md.
//
//   ../shared/kb/everypolitician-2015 (CC0)  people with their legislatures' countries (a November 2015 snapshot)
//   ../shared/kb/us-congress (CC0)           current US legislators, presidents and vice presidents
//   ../shared/kb/partyfacts (MIT)            political parties with their country
//   name-suggestion-index (BSD-3-Clause)     brands and operators (NSI_DIR, as for scripts/build-companies.ts),
//                                            and the Wikidata labels of their ids
//
// The output is sorted and written one record a line, so the same inputs give the same bytes.
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fold, slugify } from '../src/nlp/fold.js';
import type { KbEntry, KbRecord } from '../src/knowledge/types.js';
import { KB_FIELDS, kbRecords, SOURCE_LETTER } from '../src/knowledge/kb-records.js';
import type { KbFile } from '../src/knowledge/kb-records.js';
import { sharedDir } from './shared-path.js';

const ROOT = join(import.meta.dirname, '..');
const GAZ = join(ROOT, 'data/gazetteer');
const OUT = join(GAZ, 'generated/kb.json');
const readJson = <T>(path: string): T => JSON.parse(readFileSync(path, 'utf8')) as T;
const readLines = <T>(path: string): T[] => readFileSync(path, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as T);
// Everypolitician counts a person's Wikipedia editions; 20 or more is a well-known figure (the median is 2).
const KNOWN_LINKS = 20;

interface EpPerson {
  wikidata: string;
  name: string;
  wikipedia_links?: number;
  memberships?: { country?: string }[];
}
interface CongressPerson {
  wikidata: string;
  name: { official_full?: string; first: string; last: string; nickname?: string };
  terms: { type: string }[];
}
interface Party {
  wikidata: string;
  name: string;
  name_english?: string;
  country?: string;
}
interface Flag {
  wikidata: string;
  label: string;
  description: string;
  countries: string[];
}
interface NsiItem {
  displayName: string;
  tags: Record<string, string>;
  locationSet?: { include?: (string | number[])[] };
}

function main(): void {
  const kbDir = join(sharedDir(ROOT), 'kb');
  if (!existsSync(kbDir)) {
    console.log('kb: ../shared/kb not found; data/gazetteer/generated/kb.json left as it is');
    return;
  }
  // The gazetteer wins: its ids and names are not repeated here.
  const gazetteer: KbEntry[] = [];
  for (const f of readdirSync(GAZ).filter((f) => f.endsWith('.json') && f !== 'stoplist.json' && f !== 'metonyms.json')) gazetteer.push(...readJson<KbEntry[]>(join(GAZ, f)));
  gazetteer.push(...readJson<KbEntry[]>(join(GAZ, 'generated/cities.json')));
  const gazIds = new Set(gazetteer.flatMap((e) => (e.wikidata ? [e.wikidata] : [])));
  const gazNames = new Set(gazetteer.flatMap((e) => [e.label, ...(e.aliases ?? []), ...(e.demonyms ?? [])].map(fold)));
  const countries = gazetteer.filter((e) => e.type === 'Country');
  const byCountryName = new Map<string, string>();
  for (const c of countries) for (const n of [c.label, ...(c.aliases ?? [])]) byCountryName.set(fold(n), c.id);
  const byIso2 = new Map(countries.flatMap((c) => (c.iso2 ? [[c.iso2.toLowerCase(), c.id] as const] : [])));
  const require = createRequire(import.meta.url);
  const wc = require('world-countries') as { cca2: string; cca3: string }[];
  const byIso3 = new Map(wc.flatMap((c) => (byIso2.has(c.cca2.toLowerCase()) ? [[c.cca3, byIso2.get(c.cca2.toLowerCase())!] as const] : [])));
  const countryOf = (name: string) => byCountryName.get(fold(name)) ?? byCountryName.get(fold(name.replace(/ of America$/, '')));

  const records = new Map<string, KbRecord>();
  const unmapped = new Set<string>();
  const skipped = { gazetteerId: 0, name: 0 };
  // A name worth linking: Latin letters, a capital first, no parenthesis or comma, and not a gazetteer name.
  const goodName = (n: string) => n.length >= 3 && /^[\p{Lu}\d]/u.test(n) && /^[\p{Script=Latin}\d .&'’-]+$/u.test(n) && !gazNames.has(fold(n));
  const add = (r: KbRecord) => {
    if (gazIds.has(r.wikidata)) return void skipped.gazetteerId++;
    const names = [r.label, ...(r.aliases ?? [])].filter(goodName);
    if (!names.length) return void skipped.name++;
    const old = records.get(r.wikidata);
    if (old) {
      // One id, two sources (a senator in both Congress and Everypolitician): one record with every name and country.
      const all = new Set([old.label, ...(old.aliases ?? []), ...names]);
      all.delete(old.label);
      if (all.size) old.aliases = [...all].sort();
      const cs = new Set([...(old.countries ?? []), ...(r.countries ?? [])]);
      if (cs.size) old.countries = [...cs].sort();
      if (r.known) old.known = true;
      return;
    }
    const [label, ...aliases] = [...new Set(names)];
    records.set(r.wikidata, { ...r, id: `${slugify(label!)}-${r.wikidata.toLowerCase()}`, label: label!, ...(aliases.length ? { aliases: aliases.sort() } : { aliases: undefined }) });
  };

  for (const p of readLines<EpPerson>(join(kbDir, 'everypolitician-2015/people.jsonl'))) {
    const cs = [...new Set((p.memberships ?? []).flatMap((m) => (m.country ? [countryOf(m.country) ?? (unmapped.add(m.country), '')] : [])).filter(Boolean))];
    if (!cs.length) continue;
    add({ id: '', label: p.name, type: 'Person', wikidata: p.wikidata, countries: cs, source: 'everypolitician', ...((p.wikipedia_links ?? 0) >= KNOWN_LINKS ? { known: true } : {}) });
  }
  for (const f of ['executive.jsonl', 'legislators-current.jsonl']) {
    for (const p of readLines<CongressPerson>(join(kbDir, 'us-congress', f))) {
      const n = p.name;
      const names = [n.official_full, `${n.first} ${n.last}`, n.nickname ? `${n.nickname} ${n.last}` : undefined].filter((x): x is string => !!x);
      const [label, ...aliases] = [...new Set(names)];
      // Everyone here needs the article's support (a title): the source gives first and last names without the middle
      // ones, and the presidents it leaves out for want of an id share them ("George Bush" is two presidents).
      add({ id: '', label: label!, aliases, type: 'Person', wikidata: p.wikidata, countries: ['united-states'], source: 'us-congress' });
    }
  }
  for (const p of readLines<Party>(join(kbDir, 'partyfacts/parties.jsonl'))) {
    const c = p.country ? byIso3.get(p.country) : undefined;
    if (!c) continue;
    const names = [...new Set([p.name, p.name_english].filter((x): x is string => !!x))];
    add({ id: '', label: names[0]!, aliases: names.slice(1), type: 'Organization', wikidata: p.wikidata, countries: [c], source: 'partyfacts' });
  }
  const nsi = nsiRecords(byIso2);
  for (const r of nsi.records) add(r);
  if (nsi.flags) regionIds(nsi.flags, gazetteer);

  const out = [...records.values()].sort((a, b) => Number(a.wikidata.slice(1)) - Number(b.wikidata.slice(1)));
  const iso2 = new Map(countries.flatMap((c) => (c.iso2 ? [[c.id, c.iso2] as const] : [])));
  const head = `Generated by scripts/build-kb.ts (npm run gazetteer) from ../shared/kb (everypolitician-2015 CC0, us-congress CC0, partyfacts MIT)${nsi.version ? ` and name-suggestion-index ${nsi.version} (BSD-3-Clause)` : ''}; see data/gazetteer/SOURCES.md. Do not edit.`;
  // Compact rows (the browser bundle imports this file): [wikidata, source letter (+ "!" when known), names, countries].
  const rows = out.map((r) => JSON.stringify([r.wikidata, `${SOURCE_LETTER[r.source]}${r.known ? '!' : ''}`, [r.label, ...(r.aliases ?? [])].join('|'), (r.countries ?? []).map((c) => iso2.get(c)!).join('|')]));
  writeFileSync(OUT, `{"_comment": ${JSON.stringify(head)},\n"fields": ${JSON.stringify(KB_FIELDS)},\n"records": [\n${rows.join(',\n')}\n]}\n`);
  const bySource = out.reduce((m, r) => m.set(r.source, (m.get(r.source) ?? 0) + 1), new Map<string, number>());
  console.log(`kb: ${out.length} records (${[...bySource].map(([s, n]) => `${s} ${n}`).join(', ')}); left out ${skipped.gazetteerId} already in the gazetteer, ${skipped.name} without a usable name; countries not in the gazetteer: ${[...unmapped].sort().join(', ') || 'none'}`);
}

/** Brands and operators from name-suggestion-index, if installed; a country list only when the brand is bound to some. */
function nsiRecords(byIso2: Map<string, string>): { records: KbRecord[]; version?: string; flags?: Flag[] } {
  const dir = process.env.NSI_DIR ?? join(ROOT, 'node_modules/name-suggestion-index');
  if (!existsSync(join(dir, 'dist/json/nsi.min.json'))) {
    // Keep the companies of the committed file rather than drop them.
    const old = existsSync(OUT) ? kbRecords(readJson<KbFile>(OUT), byIso2).filter((r) => r.source === 'nsi') : [];
    console.log('kb: name-suggestion-index not found (set NSI_DIR); its records are kept from the committed file');
    return { records: old };
  }
  const version = readJson<{ version: string }>(join(dir, 'package.json')).version;
  const nsi = readJson<{ nsi: Record<string, { items: NsiItem[] }> }>(join(dir, 'dist/json/nsi.min.json')).nsi;
  const wd = readJson<{ wikidata: Record<string, { label?: string; description?: string }> }>(join(dir, 'dist/wikidata/wikidata.min.json')).wikidata;
  // Only names already found and typed as organisations are looked up, so common words and given names may stay
  // ("Shell said", "Chrysler said" is the company; the given-name lists hold surnames such as Chrysler too).
  const usable = (n: string) => n.length >= 3;
  const byId = new Map<string, { names: Set<string>; countries: Set<string>; global: boolean }>();
  for (const [key, { items }] of Object.entries(nsi)) {
    if (key.startsWith('transit/')) continue;
    for (const item of items) {
      for (const role of ['brand', 'operator'] as const) {
        const q = item.tags[`${role}:wikidata`];
        const name = (item.tags[role] ?? item.displayName).trim().replace(/\s+/g, ' ');
        if (!q || !/^Q\d+$/.test(q) || !usable(name)) continue;
        const rec = byId.get(q) ?? { names: new Set(), countries: new Set(), global: false };
        rec.names.add(name);
        // A brand's locations are its market (Saturn the German electronics chain is not GM's Saturn); an operator's are
        // only where its installations stand (Airbus runs charging points in Germany), so they bind it to nothing.
        // "001" is the world, other numbers are UN regions, [lon, lat] points and geojson files are local areas.
        for (const loc of role === 'brand' ? (item.locationSet?.include ?? ['001']) : ['001']) {
          if (typeof loc !== 'string') continue;
          const c = byIso2.get(loc.toLowerCase());
          if (c) rec.countries.add(c);
          else if (/^\d+$/.test(loc)) rec.global = true;
          else if (/^[a-z]{2}-/i.test(loc) && byIso2.has(loc.slice(0, 2).toLowerCase())) rec.countries.add(byIso2.get(loc.slice(0, 2).toLowerCase())!);
        }
        byId.set(q, rec);
      }
    }
  }
  // Flags name their subject's Wikidata item: states, provinces and countries (for regionIds).
  const flags: Flag[] = [];
  for (const { items } of Object.values(nsi)) {
    for (const item of items) {
      const q = item.tags['subject:wikidata'];
      const include = item.locationSet?.include ?? [];
      if (q && wd[q]?.label) flags.push({ wikidata: q, label: wd[q].label, description: wd[q].description ?? '', countries: include.flatMap((l) => (typeof l === 'string' && byIso2.has(l.toLowerCase()) ? [byIso2.get(l.toLowerCase())!] : [])) });
    }
  }
  const records: KbRecord[] = [];
  for (const [q, r] of byId) {
    const label = wd[q]?.label;
    // Its Wikidata label is a name too ("Ford Motor Company" for the brand "Ford"), when it is no single common word.
    const names = [...r.names];
    if (label && !names.includes(label) && usable(label)) names.push(label);
    const [first, ...aliases] = label && names.includes(label) ? [label, ...names.filter((n) => n !== label)] : names;
    records.push({ id: '', label: first!, aliases, type: 'Organization', wikidata: q, source: 'nsi', ...(!r.global && r.countries.size ? { countries: [...r.countries].sort() } : {}) });
  }
  return { records, version, flags };
}

/**
 * Wikidata ids for the curated first-level subdivisions that lack one (data/gazetteer/regions.json: US states, Canadian
 * provinces…), from name-suggestion-index's flags: a flag whose subject has the region's label, flies in the region's
 * country only, and is described as a state, province or territory of it. Exactly one such subject, or nothing.
 * Checked first on the curated countries: a flag's subject labelled as a country must carry the curated id.
 */
function regionIds(flags: Flag[], gazetteer: KbEntry[]): void {
  const countries = gazetteer.filter((e) => e.type === 'Country');
  let agree = 0;
  const disagree: string[] = [];
  for (const c of countries) {
    const f = flags.find((f) => f.label === c.label && /\bcountry\b|sovereign state/.test(f.description));
    if (!f) continue;
    if (f.wikidata === c.wikidata) agree++;
    else disagree.push(`${c.label} ${f.wikidata}≠${c.wikidata}`);
  }
  const regions = readJson<KbEntry[]>(join(GAZ, 'regions.json'));
  const out: { id: string; wikidata: string }[] = [];
  for (const r of regions) {
    if (r.wikidata || !r.country) continue;
    const country = countries.find((c) => c.id === r.country);
    const fits = flags.filter((f) => f.label === r.label && f.countries.length === 1 && f.countries[0] === r.country && /\b(state|province|territory|region)\b/.test(f.description) && !!country && f.description.includes(country.label.replace(/^the /, '')));
    const ids = [...new Set(fits.map((f) => f.wikidata))];
    if (ids.length === 1) out.push({ id: r.id, wikidata: ids[0]! });
  }
  out.sort((a, b) => (a.id < b.id ? -1 : 1));
  writeFileSync(join(GAZ, 'generated/regions-extra.json'), `[\n${out.map((r) => JSON.stringify(r)).join(',\n')}\n]\n`);
  console.log(`regions: ${out.length} Wikidata ids from name-suggestion-index flags; countries check: ${agree} agree with the curated ids, ${disagree.length} do not${disagree.length ? ` (${disagree.join(', ')})` : ''}`);
}

main();
