import { describe, expect, it } from 'vitest';
import { namesFixture } from './helpers/names.js';
import { expectRead } from './helpers/found.js';

// Unknown names typed from the words around them (src/extract/entities/name-context.ts; cues in data/lexicon/entity-cues.json).
const { x, entity, typeOf } = namesFixture('context.txt');

describe('names typed from their context', () => {
  it('an appositive after the name says what it is ("X, the district\'s main town")', () => {
    expect(typeOf('Varenka')).toBe('City');
  });
  it('an appositive before the name does too, but not a phrase naming something else ("the president of the Shirvan region, X")', () => {
    expect(typeOf('Kavkaz Dzhurnal')).toBe('Organization');
    expect(typeOf('Elchin Mammadli')).not.toBe('Place');
  });
  it('a person noun before a name, or "gave his name as", marks a person', () => {
    expect(typeOf('Tamaz Okrebi')).toBe('Person');
    expect(typeOf('Lela Vashak')).toBe('Person');
    expect(typeOf('Rustam')).toBe('Person');
  });
  it('but not a single word ("the student Olympiad")', () => {
    expectRead(x, 'the student Olympiad');
    expect(typeOf('Olympiad')).not.toBe('Person');
  });
  it('but a capitalised one inside a name does not ("Doctor Who Society")', () => {
    expect(typeOf('Doctor Who Society of Baku')).toBe('Organization');
  });
  it('the noun before a name wins over the verb after it ("Freight group Norvik Line said")', () => {
    expect(typeOf('Norvik Line')).toBe('Organization');
  });
  it('place leads and hyphen-free heads type places; a facility head joins the label, not the mention', () => {
    expect(typeOf('Lake Sarovan')).toBe('Place');
    expect(typeOf('Mount Dashar')).toBe('Place');
    expect(entity('Kalvor')).toMatchObject({ type: 'Place', label: 'Kalvor copper mine' });
    expect(entity('Tovuz')).toMatchObject({ type: 'Place', label: 'Tovuz steel works' });
  });
  it('a plural possessive stays inside a name ("Officers\' Union"), not before a word that names nothing', () => {
    expect(typeOf("Ganja Maritime Officers' Union")).toBe('Organization');
    expect(x.mentions.some((m) => m.text.endsWith("Dawkins'"))).toBe(false);
  });
});

describe('a person "of" a body', () => {
  it('is not typed by an appositive that describes only the body ("X of Caspian Marine Tools, a firm")', () => {
    expect(typeOf('Caspian Marine Tools')).toBe('Organization');
    expect(typeOf('Ruslan Aliev of Caspian Marine Tools')).not.toBe('Organization');
  });
  it('does not run on through a possessive into a party\'s name', () => {
    expect(typeOf("New People's Party")).toBe('Organization');
    expect(typeOf("Leyla Huseyn of New People's Party")).toBeUndefined();
  });
});

describe('long names', () => {
  it('run on after an organisation head through "to" and a verb, or "for the" ("Committee to Protect Journalists")', () => {
    expect(typeOf('Committee to Defend Reporters')).toBe('Organization');
    expect(typeOf('Coordination Office for the Welfare of Detainees')).toBe('GovernmentOrganization');
  });
  it('but not through "to" and a place ("the National Guard to Bakhmut")', () => {
    expect(typeOf('National Guard')).toBe('ArmedForces');
    expect(typeOf('Bakhmut')).toBe('City');
    expect(x.mentions.some((m) => m.text.includes('Guard to'))).toBe(false);
  });
  it('keep a common noun\'s possessive ("People\'s Liberation Front")', () => {
    expect(typeOf("Ogaden People's Liberation Front")).toBe('Organization');
  });
  it('take in a demonym that opens a place name ("Philippine Sea")', () => {
    expect(typeOf('Philippine Sea')).toBe('Place');
  });
});

describe('regions', () => {
  it('a direction before a city names a district of it ("eastern Aleppo")', () => {
    expect(entity('eastern Ganja')).toMatchObject({ key: 'east-ganja', type: 'Place' });
  });
});
