import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { articleFromText, defaultKnowledge, extractArticle } from '../src/index.js';
import { expectRead } from './helpers/found.js';

// Collective actors named by common nouns (data/lexicon/entity-cues.json: collectives, weakCollectives, memberNouns, ethnicMarkers).
const x = extractArticle(articleFromText(readFileSync(join(import.meta.dirname, 'fixtures/collectives/groups.txt'), 'utf8'), 'c', 'c'), defaultKnowledge());
const refs = (text: string) => x.mentions.filter((m) => m.text === text).map((m) => m.refs.join('+'));

describe('collectives', () => {
  it('bare bystander nouns ("Residents said", "Aid workers", "dozens of fighters") make no entity', () => {
    for (const phrase of ['Residents said', 'dozens of fighters']) expectRead(x, phrase);
    expect(x.doc.text).toContain('Aid workers handed out');
    expect(x.mentions.filter((m) => /residents|workers|fighters/i.test(m.text))).toEqual([]);
  });
  it('a singular body ("The militia") does not take up a plural group ("AU peacekeepers")', () => {
    expect(refs('AU peacekeepers')).toEqual(['african-union-peacekeepers']);
    expect(refs('The militia')).toEqual(['']);
  });
  it('a demonym makes a weak noun a group, and the mention is the whole noun phrase', () => {
    expect(refs('Georgian farmers')).toEqual(['georgia-farmers']);
    expect(refs('three Moldovan fishermen')).toEqual(['moldova-fishermen']);
    expect(x.entities.get('moldova-fishermen')).toMatchObject({ type: 'Group', country: 'moldova' });
    // The demonym gives the group's nationality; it is no mention of the state.
    expect(refs('Moldovan')).toEqual(['']);
  });
  it('"ethnic" and a demonym name a community, not the country', () => {
    expect(refs('ethnic Armenian villagers')).toEqual(['ethnic-armenian-villagers']);
    expect(refs('the ethnic Azerbaijani mayors')).toEqual(['ethnic-azerbaijani-mayors']);
    expect(x.entities.get('ethnic-armenian-villagers')?.country).toBeUndefined();
    expect(refs('Armenian')).toEqual(['']);
  });
  it('an armed group\'s members are the group; a body\'s contingent is its own actor', () => {
    expect(refs('Al Shabaab militants')).toEqual(['al-shabaab']);
    expect(refs('The militants')).toEqual(['al-shabaab']);
    expect(refs('UN peacekeepers')).toEqual(['united-nations-peacekeepers']);
  });
  it('"forces" needs its owner named right before it', () => {
    expect(refs('Turkish forces')).toEqual(['turkey-armed-forces']);
  });
  it('a plain collective with an adjective is one article-scoped group', () => {
    expect(refs('International donors')).toEqual(['c-donors']);
  });
});
