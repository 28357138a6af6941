import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { articleFromText, defaultKnowledge, extractArticle } from '../src/index.js';

// A nominal event's parties and modality from its noun phrase in the tree (src/extract/events/noun-arguments.ts,
// nounModifiers in data/lexicon/modality.json).
const p = join(import.meta.dirname, 'fixtures/roles/nominal.txt');
const x = extractArticle({ ...articleFromText(readFileSync(p, 'utf8'), 'nominal', p), date: '2024-03-08' }, defaultKnowledge());
const ev = (trigger: string) => x.events.find((e) => e.trigger.text === trigger);

describe('nominal events read from the noun phrase', () => {
  it('"the Israeli strikes on Damascus": the place struck is the target', () => {
    expect(ev('strikes')).toMatchObject({ agents: ['israel'], targets: ['damascus'] });
  });
  it('"an attack by Hamas on Israel": the "by" phrase acts', () => {
    expect(ev('attack')).toMatchObject({ agents: ['hamas'], targets: ['israel'] });
  });
  it('"sanctions against Iran by the European Union"', () => {
    expect(ev('Sanctions')).toMatchObject({ agents: ['european-union'], targets: ['iran'] });
  });
  it('"Macron\'s planned visit to Algeria" is planned, so it states no fact', () => {
    expect(ev('visit')).toMatchObject({ modality: 'planned', agents: ['emmanuel-macron'] });
    expect(x.facts.filter((f) => f.stated && f.predicate === 'visited')).toEqual([]);
  });
  it('"worked to arrange a meeting": the meeting depends on "arrange", so it is intended and states no meeting', () => {
    expect(ev('meeting')?.modality).toBe('intended');
    expect(x.facts.filter((f) => f.stated && f.predicate === 'metWith')).toEqual([]);
  });
});
