import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { articleFromText, defaultKnowledge, extractArticle } from '../src/index.js';
import { expectRead, found } from './helpers/found.js';

// Known places named inside a body's name, and on their own elsewhere, are mentioned there too (src/extract/entities/nested-names.ts).
const x = extractArticle(articleFromText(readFileSync(join(import.meta.dirname, 'fixtures/names/nested-names.txt'), 'utf8'), 'n', 'n'), defaultKnowledge());
const nested = (text: string) => x.mentions.filter((m) => m.text === text && m.modifier).map((m) => m.refs.join('+'));

describe('names inside names', () => {
  it('a known place inside a body\'s name is a modifier mention of it', () => {
    expect(nested('Copenhagen')).toEqual(['copenhagen']);
    expect(nested('Massachusetts')).toEqual(['massachusetts']);
    expect(nested('US')).toEqual(['united-states']);
  });
  it('the outer name stays the mention of the body', () => {
    expect(x.mentions.filter((m) => m.text === 'University of Copenhagen' && !m.modifier)).toHaveLength(1);
  });
  it('not a part of a longer word run, a demonym, or a place inside a place\'s name', () => {
    for (const name of ['Upper Nile Interchurch Committee', 'Organization of American States']) found(x.mentions.find((m) => m.text === name), name);
    expectRead(x, 'southern Finland');
    expect(x.entities.has('nile')).toBe(false);
    expect(nested('Finland')).toEqual([]);
    expect(nested('American')).toEqual([]);
  });
  it('only places the article also names on their own: inside a name a place may be a namesake', () => {
    found(x.mentions.find((m) => m.text === 'University of Georgia'), 'University of Georgia');
    expect(nested('Georgia')).toEqual([]);
    expect(x.entities.has('georgia')).toBe(false);
  });
  it('not a place opening another place\'s name ("Washington State University")', () => {
    found(x.mentions.find((m) => m.text === 'Washington State University'), 'Washington State University');
    expect(nested('Washington')).toEqual([]);
  });
  it('mention ids stay their positions in the list', () => {
    expect(x.mentions.every((m, i) => m.id === i)).toBe(true);
  });
});
