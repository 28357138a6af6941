import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { articleFromText, defaultKnowledge, extractArticle } from '../src/index.js';
import { expectInput, expectRead } from './helpers/found.js';

// Names the gazetteer does not know, typed from the text (data/lexicon/entity-cues.json).
const x = extractArticle(articleFromText(readFileSync(join(import.meta.dirname, 'fixtures/stages/unknown-names.txt'), 'utf8'), 'u', 'u'), defaultKnowledge());
const typeOf = (text: string) => x.mentions.filter((m) => m.text === text).map((m) => x.entities.get(m.refs[0] ?? '')?.type);

describe('unknown names', () => {
  it('a proper noun after a place preposition is an unlinked place', () => {
    expect(typeOf('Garissa')).toEqual(['Place']);
    expect(typeOf('Juja')).toEqual(['Place']);
    expect(x.entities.get('garissa')?.wikidata).toBeUndefined();
  });
  it('a language after "in" is not a place', () => {
    expectInput(x, 'published in English and Swahili');
    expect(typeOf('English')).toEqual([]);
    expect(typeOf('Swahili')).toEqual([]);
  });
  it('organisation heads type bodies, and a civil word keeps a union out of the state', () => {
    expect(typeOf('Amnesty International')).toEqual(['Organization']);
    expect(typeOf('Ghana Teachers Congress')).toEqual(['Organization']);
    expect(typeOf('Hillcrest College')).toEqual(['Organization']);
  });
  it('a country before a known body\'s name makes that country\'s own body, and its short name then means it', () => {
    expect(x.mentions.filter((m) => m.text === 'Kenya Red Cross' || m.text === 'Red Cross').map((m) => m.refs.join())).toEqual(['kenya-red-cross', 'kenya-red-cross']);
    expect(x.entities.get('kenya-red-cross')).toMatchObject({ type: 'Organization', country: 'kenya' });
    expect(x.entities.get('kenya-red-cross')?.wikidata).toBeUndefined();
  });
  it('", saying …" is how an act was made, not a second statement', () => {
    const appeal = x.events.find((e) => e.trigger.text === 'appealed')!;
    const saying = x.events.find((e) => e.trigger.text === 'saying')!;
    expect(saying.mergedInto).toBe(appeal.id);
  });
});

describe('bare forces nouns', () => {
  const f = extractArticle(articleFromText(readFileSync(join(import.meta.dirname, 'fixtures/stages/forces.txt'), 'utf8'), 'f', 'f'), defaultKnowledge());
  const refs = (text: string) => f.mentions.filter((m) => m.text === text).map((m) => m.refs.join('+'));
  it('take the country of the place named after them ("Police in … Kano")', () => {
    expect(refs('Police')).toEqual(['nigeria-police']);
  });
  it('do not guess a country when the owner is named after "from": they are that body\'s contingent', () => {
    expect(refs('Troops')).toEqual(['sadc-troops']);
    expect(f.entities.get('sadc-troops')?.label).toBe('SADC troops');
  });
});

describe('national bodies with no country in reach', () => {
  const load = (name: string) => extractArticle(articleFromText(readFileSync(join(import.meta.dirname, 'fixtures/stages', name), 'utf8'), name, name), defaultKnowledge());
  const refs = (x: ReturnType<typeof load>, text: string) => x.mentions.filter((m) => m.text === text).map((m) => m.refs.join('+'));
  it('belong to the dateline country once the story has named it', () => {
    expect(refs(load('home-country.txt'), 'The health ministry')).toEqual(['kenya-health-ministry']);
  });
  it('but troops sent somewhere are nobody\'s by default', () => {
    const home = load('home-country.txt');
    expectRead(home, 'troops');
    expect(refs(home, 'troops')).toEqual([]);
  });
  it('count the country named right after the dateline, or through a region of it', () => {
    expect(refs(load('home-police.txt'), 'Police')).toEqual(['zambia-police']);
    expect(refs(load('home-army.txt'), 'the army')).toEqual(['nepal-armed-forces']);
  });
  it('take the country a dateline names itself ("PUERTO LIMAR, Chile (…) -")', () => {
    expect(refs(load('home-dateline-country.txt'), 'Police')).toEqual(['chile-police']);
  });
  it('but a court is a body only with an article or an owner ("in court")', () => {
    const army = load('home-army.txt');
    expectRead(army, 'court');
    expect(refs(army, 'court')).toEqual([]);
  });
  it('belong, in a story with no dateline, to the one country its lead names, when definite ("the government", not "local government")', () => {
    expect(refs(load('no-dateline-one-country.txt'), 'The government')).toEqual(['mali-government']);
    expect(refs(load('no-dateline-one-country.txt'), 'government')).toEqual([]);
    expect(refs(load('no-dateline-two-countries.txt'), 'The government')).toEqual(['']);
  });
  it('and a dateline city whose country the story never names gives nothing', () => {
    const away = load('away-dateline.txt');
    expectRead(away, 'The health ministry');
    expect(refs(away, 'The health ministry')).toEqual([]);
  });
});

describe('a country\'s bodies after its possessive', () => {
  const p = extractArticle(articleFromText(readFileSync(join(import.meta.dirname, 'fixtures/stages/possessive-bodies.txt'), 'utf8'), 'p', 'p'), defaultKnowledge());
  const refs = (text: string) => p.mentions.filter((m) => m.text === text).map((m) => m.refs.join('+'));
  it('take the possessive into the mention', () => {
    expect(refs("Rwanda's government")).toEqual(['rwanda-government']);
    expect(refs("Malawi's health ministry")).toEqual(['malawi-health-ministry']);
  });
  it('find a capitalised body, even when the tagger reads the next verb as a noun ("National Assembly plans")', () => {
    expect(refs("Uganda's National Assembly")).toEqual(['uganda-parliament']);
  });
  it('after "its", belong to the country the sentence is about, not the nearest one', () => {
    expect(refs('foreign ministry')).toEqual(['ghana-foreign-ministry']);
  });
  it('a named government before another noun is still that government, as a modifier ("Venezuelan government assets")', () => {
    const m = p.mentions.find((x) => x.text === 'Venezuelan government')!;
    expect(m.refs).toEqual(['venezuela-government']);
    expect(m.modifier).toBe(true);
  });
  it('an office named by its holder\'s title, with an article, is a body of its own; a company\'s office is none', () => {
    expect(refs("the local prosecutor's office")).toEqual(['p-prosecutor-office']);
    expect(refs("the national registrar's office")).toEqual(['p-registrar-office']);
    expect(p.mentions.filter((m) => m.text.includes("company's office"))).toEqual([]);
  });
  it('a ministry before a title is mentioned ("interior ministry spokesman"); so is a named person\'s office', () => {
    expect(refs('interior ministry')).toEqual(['tajikistan-interior-ministry']);
    expect(p.entities.get(p.mentions.find((m) => m.text === "Nazarov's office")?.refs[0] ?? '')?.officeOf).toBeDefined();
  });
  it('take the country named after "of" ("the government of Benin") over the nearest one', () => {
    expect(refs('the government')).toEqual(['benin-government']);
  });
  it('a country\'s stock exchange is its own body', () => {
    expect(refs('Ghana stock exchange')).toEqual(['ghana-stock-exchange']);
  });
  it('and "police officers" are the police', () => {
    expect(refs('Police officers')).toEqual(['uganda-police']);
  });
});
