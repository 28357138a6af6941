import { describe, expect, it } from 'vitest';
import { namesFixture } from './helpers/names.js';
import { expectRead, found } from './helpers/found.js';

// Names in a list of people are people (src/extract/entities/unknown-names.ts, coordinatedPerson).
const { x, entity, typeOf } = namesFixture('lists.txt');

describe('lists of names', () => {
  it('a full name in a list of three with people is a person, first and last too', () => {
    expect(typeOf('Ondrej Vasquelo')).toBe('Person');
    expect(typeOf('Drimo Mertenack')).toBe('Person');
    expect(typeOf('Pralo Wendish')).toBe('Person');
  });
  it('not an apposition or a pair joined by "and"', () => {
    expectRead(x, 'Mid Wales Tourism Partnership');
    expectRead(x, 'Grateful Dead');
    expect(typeOf('Mid Wales Tourism Partnership')).not.toBe('Person');
    expect(typeOf('Grateful Dead')).not.toBe('Person');
  });
  it('a plural title before a list is no part of the first name', () => {
    expect(typeOf('Kamala Harris')).toBe('Person');
    expect(typeOf('Senators Kamala Harris')).toBeUndefined();
  });
  it('an acronym opening a name is not taken for a first name', () => {
    expect(found(entity('USCG'), 'USCG').type).not.toBe('Person');
  });
});
