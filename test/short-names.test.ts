import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { articleFromText, defaultKnowledge, extractArticle } from '../src/index.js';
import { expectInput, expectRead } from './helpers/found.js';

// A given name alone after the full name, a possessive before an appositive person noun, and first-level
// subdivisions from data/gazetteer/regions.json (src/extract/entities/unknown-names.ts, name-context.ts).
const x = extractArticle(articleFromText(readFileSync(join(import.meta.dirname, 'fixtures/names/short-names.txt'), 'utf8'), 's', 's'), defaultKnowledge());
const refs = (text: string) => x.mentions.filter((m) => m.text === text).map((m) => m.refs.join('+'));
const typeOf = (text: string) => x.entities.get(x.mentions.find((m) => m.text === text)?.refs[0] ?? '')?.type;

describe('short names', () => {
  it('a given name alone refers to the one person named in full with it', () => {
    const full = refs('Renata Oyelaran');
    expect(full).toHaveLength(1);
    expect(refs('Renata')).toEqual(full);
  });
  it('is left alone when two people share it', () => {
    expect(refs('Tomas Verhulst')).toHaveLength(1);
    expect(refs('Tomas Ekwueme')).toHaveLength(1);
    expect(refs('Tomas')).toEqual([]);
  });
  it('a possessive opens an appositive noun phrase ("their infant daughter, Marisol")', () => {
    expect(typeOf('Marisol')).toBe('Person');
    // and the name repeated alone is the same person
    expect(new Set(refs('Marisol')).size).toBe(1);
    expect(refs('Marisol').length).toBeGreaterThanOrEqual(2);
  });
});

describe('person nouns', () => {
  it('a kin or occupation noun in apposition types the name ("A singer, Okparaeke Brenwyn,")', () => {
    expect(typeOf('Okparaeke Brenwyn')).toBe('Person');
  });
});

describe('given names that are also English words', () => {
  it('open a person\'s name before a capitalised surname (data/lexicon/given-names.json)', () => {
    expect(typeOf('Josh Pellmann')).toBe('Person');
    expect(typeOf('Ted Varrow')).toBe('Person');
  });
});

describe('a predicate noun', () => {
  it('types a name as an appositive would ("X was a mathematician", "X is a town")', () => {
    expect(typeOf('Okonkwo Tarvash')).toBe('Person');
    expect(typeOf('Velmorix')).toBe('City');
  });
});

describe('abbreviations', () => {
  it('"U.S" without its last full stop is the United States', () => {
    expect(refs('U.S')).toEqual(['united-states']);
  });
});

describe('first-level subdivisions', () => {
  it('are places of their country, linked only where a source confirms the id (generated/regions-extra.json)', () => {
    for (const name of ['Tasmania', 'Saskatchewan', 'Uttar Pradesh']) expect(x.entities.get(refs(name)[0] ?? '')?.type).toBe('Place');
    expect(x.entities.get(refs('Saskatchewan')[0] ?? '')?.wikidata).toBe('Q1989');
    expect(x.entities.get(refs('Tasmania')[0] ?? '')?.wikidata).toBe('Q34366');
    expect(x.entities.get(refs('Uttar Pradesh')[0] ?? '')?.wikidata).toBeUndefined();
    expect(x.entities.get(refs('Saskatchewan')[0] ?? '')?.country).toBe('canada');
  });
  it('one that is also a given name opens a person\'s name before a surname ("Alberta Hughes")', () => {
    expect(typeOf('Alberta Hughes')).toBe('Person');
    expect(typeOf('Alberta')).toBe('Place');
  });
});

describe('leading words of a company named in full', () => {
  const y = extractArticle(articleFromText(readFileSync(join(import.meta.dirname, 'fixtures/names/leading-words.txt'), 'utf8'), 'l', 'l'), defaultKnowledge());
  const refsIn = (text: string) => y.mentions.filter((m) => m.text === text).map((m) => m.refs.join('+'));
  it('refer to that company ("Korvald Sjø Group … Korvald", "Baltic Tankers Holdings … Baltic Tankers")', () => {
    expect(refsIn('Korvald')).toEqual(refsIn('Korvald Sjø Group'));
    expect(refsIn('Baltic Tankers')).toEqual(refsIn('Baltic Tankers Holdings'));
    expect(refsIn('Korvald')).toHaveLength(1);
  });
  it('are left alone when two companies open with them', () => {
    expectRead(y, 'Atlas');
    expect(refsIn('Atlas').filter((r) => r !== '')).toEqual([]);
  });
});

// "Raúl Quispe Salazar … Quispe": an inner surname of a three-word name (src/extract/entities/unknown-names.ts).
const d = extractArticle(articleFromText(readFileSync(join(import.meta.dirname, 'fixtures/names/double-surnames.txt'), 'utf8'), 'd', 'd'), defaultKnowledge());
const dRefs = (text: string) => d.mentions.filter((m) => m.text === text).map((m) => m.refs.join('+'));

describe('double surnames', () => {
  it('the first of two surnames alone refers to the one person named with it, and the pronoun after follows', () => {
    expect(dRefs('Vilca')).toEqual(['ernesto-vilca-huarcaya']);
    expect(dRefs('He')).toEqual(['ernesto-vilca-huarcaya']);
  });
  it('is left alone when two people share it', () => {
    expect(d.mentions.filter((m) => m.text.includes(' Torres ')).map((m) => m.refs.join('+'))).toEqual(['ana-torres-mejia', 'luis-torres-paredes']);
    expectInput(d, 'Torres said');
    expect(dRefs('Torres').filter((r) => r.includes('mejia') || r.includes('paredes'))).toEqual([]);
  });
  it('a given name inside a name is no surname ("Juan Carlos Pérez" … "Carlos")', () => {
    expect(d.mentions.filter((m) => m.refs.includes('juan-carlos-perez')).map((m) => m.text)).toEqual(['Juan Carlos Pérez']);
  });
});

// "Nordhavn Line … Nordhavn": a company's first word cites it (src/extract/entities/unknown-names.ts, entity-cues.json companyHeads).
const c = extractArticle(articleFromText(readFileSync(join(import.meta.dirname, 'fixtures/names/company-short.txt'), 'utf8'), 'c', 'c'), defaultKnowledge());
const cRefs = (text: string) => c.mentions.filter((m) => m.text === text).map((m) => m.refs.join('+'));

describe('short names of companies', () => {
  it('the first word of a business name alone refers to it', () => {
    expect(cRefs('Nordhavn')).toEqual(['nordhavn-line']);
  });
  it('but not the first word of a party\'s name: "a Libertarian" is a member, not the party', () => {
    expectRead(c, 'Libertarian');
    expect(cRefs('Libertarian')).not.toContain('libertarian-party');
  });
});
