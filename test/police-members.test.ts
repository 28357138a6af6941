import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { articleFromText, defaultKnowledge, extractArticle } from '../src/index.js';
import { expectRead } from './helpers/found.js';

// Bare "officers" after the one police body an article names (src/extract/entities/police-members.ts).
const read = (name: string) => extractArticle(articleFromText(readFileSync(join(import.meta.dirname, 'fixtures/stages', name), 'utf8'), 'p', 'p'), defaultKnowledge());
const police = read('police-officers.txt');
const both = read('police-and-army.txt');
const refs = (x: ReturnType<typeof read>, text: string) => x.mentions.filter((m) => m.text === text).map((m) => m.refs.join('+'));

describe('officers of the one police body', () => {
  it('bare "officers" after it are that police, and a target ("threw stones at officers")', () => {
    expect(refs(police, 'officers')).toEqual(['kenya-police']);
    const stones = police.events.find((e) => e.trigger.text === 'threw stones')!;
    expect(stones.targets).toEqual(['kenya-police']);
  });
  it('not a noun before names ("met officers Peter Mwangi and …") nor a qualified one ("Customs officers")', () => {
    // (Only those of the stone-throwing sentence; its index depends on how the dateline is split.)
    const stones = police.events.find((e) => e.trigger.text === 'threw stones')!.sentence;
    expect(police.mentions.filter((m) => /officers/i.test(m.text) && m.refs.includes('kenya-police')).map((m) => m.sentence)).toEqual([stones]);
  });
  it('not when the article also names its army: army officers are officers too', () => {
    expectRead(both, 'officers');
    expect(both.mentions.filter((m) => m.text === 'officers')).toEqual([]);
  });
});
