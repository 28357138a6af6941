import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { articleFromText, defaultKnowledge, extractArticle } from '../src/index.js';

// "two journalists … Editor A and reporter B": a counted description and the list of named people it stands for (src/extract/entities/counted-groups.ts).
const x = extractArticle(articleFromText(readFileSync(join(import.meta.dirname, 'fixtures/stages/counted-people.txt'), 'utf8'), 'c', 'c'), defaultKnowledge());
const refs = (text: string) => x.mentions.filter((m) => m.text === text).map((m) => m.refs.join('+'));

describe('counted descriptions of people', () => {
  it('"two activists" introduces the two people named in the next sentence, with their nouns before the names', () => {
    expect(refs('two activists')).toEqual(['peter-banda+grace-phiri']);
  });
  it('so the act done to the description is done to them ("arrested two activists working for …")', () => {
    const arrest = x.events.find((e) => e.trigger.text === 'arrested')!;
    expect(arrest.targets).toEqual(['peter-banda', 'grace-phiri']);
    expect(x.facts.filter((f) => f.predicate === 'arrested').map((f) => 'entity' in f.object && f.object.entity)).toEqual(['peter-banda', 'grace-phiri']);
  });
  it('is left unresolved when the count does not match the list ("three fishermen" … two names)', () => {
    expect(refs('three fishermen')).toEqual(['']);
  });
  it('"the two lawyers" takes up the list named before it', () => {
    expect(refs('The two lawyers')).toEqual(['john-lungu+sarah-kasonde']);
  });
});
