import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { articleFromText, defaultKnowledge, extractArticle } from '../src/index.js';
import { expectInput, expectRead } from './helpers/found.js';

// A one-word unknown name typed by a cue at one use is typed at every use (src/extract/entities/repeated-names.ts).
const x = extractArticle(articleFromText(readFileSync(join(import.meta.dirname, 'fixtures/names/repeated-names.txt'), 'utf8'), 'r', 'r'), defaultKnowledge());
const types = (text: string) => x.mentions.filter((m) => m.text === text).map((m) => x.entities.get(m.refs[0] ?? '')?.type);

describe('repeated one-word names', () => {
  it('"a member of X" or "X officials" makes X a body at each use, before the cue too', () => {
    expect(types('Veridism')).toEqual(['Organization', 'Organization', 'Organization', 'Organization']);
  });
  it('"an attorney for X" does too', () => {
    expect(types('Tonkarra')).toEqual(['Organization']);
  });
  it('but not other nouns, a possessive\'s noun, or a generic head', () => {
    for (const phrase of ['Palvero said nothing', "Zembla's parliament", 'a member of Parliament']) expectInput(x, phrase);
    expect(types('Palvero')).toEqual([]);
    expect(types('Zembla')).not.toContain('Organization');
    expect(types('Parliament')).not.toContain('Organization');
  });
  it('an acronym the article used alone is that body where it opens a longer run ("a NASA Discovery mission")', () => {
    expect(types('QRVX')).toEqual(['Organization', 'Organization']);
  });
  it('but an acronym not seen alone is not', () => {
    expectRead(x, 'PLVX General Licence');
    expect(types('PLVX')).toEqual([]);
  });
  it('a capitalised "The" inside a sentence opens such a name ("a writer for The Onion")', () => {
    expect(types('Quillet')).toEqual(['Organization', 'Organization', 'Organization']);
  });
});
