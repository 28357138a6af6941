import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { articleFromText, defaultKnowledge, extractArticle } from '../src/index.js';

// Capitals that stand for their government (src/extract/coreference/index.ts; metonymPrepositions in data/lexicon/entity-cues.json).
const x = extractArticle(articleFromText(readFileSync(join(import.meta.dirname, 'fixtures/names/metonyms.txt'), 'utf8'), 'm', 'm'), defaultKnowledge());
const refs = (text: string) => x.mentions.filter((m) => m.text === text && m.start > x.doc.datelineEnd).map((m) => m.refs.join('+'));

describe('capitals as governments', () => {
  it('a partner or an agent is the government, and so is the capital coordinated with it', () => {
    expect(refs('Washington')).toEqual(['united-states-government']);
    expect(refs('Nairobi')[0]).toBe('kenya-government');
    expect(refs('Kampala')[0]).toBe('uganda-government');
  });
  it('a destination or a location stays the city', () => {
    expect(refs('Nairobi')[1]).toBe('nairobi');
    expect(refs('Kampala')[1]).toBe('kampala');
  });
});

describe('a country\'s possessive before its body', () => {
  it('is a modifier: the body is the speaker', () => {
    const china = x.mentions.find((m) => m.text === 'China')!;
    expect(china.modifier).toBe(true);
    expect(x.events.find((e) => e.trigger.text === 'said' && e.sentence === china.sentence)?.agents).toEqual(['china-foreign-ministry']);
  });
});
