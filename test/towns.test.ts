import { describe, expect, it } from 'vitest';
import { namesFixture } from './helpers/names.js';
import { expectRead } from './helpers/found.js';

// "X, <country or state>" names a town (src/extract/entities/unknown-names.ts, townOfPlace).
const { x, typeOf } = namesFixture('towns.txt');

describe('a name before a comma and a known country or state', () => {
  it('is a town there, unlinked', () => {
    expect(typeOf('Pellston Falls')).toBe('City');
    expect(typeOf('Corbinville')).toBe('City');
    expect(x.entities.get(x.mentions.find((m) => m.text === 'Corbinville')?.refs[0] ?? '')?.wikidata).toBeUndefined();
  });
  it('but not in a list, before a possessive, or as the tail of a longer name', () => {
    expectRead(x, 'Zarnobank');
    expectRead(x, 'San Diego County');
    expect(typeOf('Zarnobank')).not.toBe('City');
    expect(typeOf('Velmoil')).toBe('Organization');
    expect(typeOf('County')).toBeUndefined();
  });
});
