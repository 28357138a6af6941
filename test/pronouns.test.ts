import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { articleFromText, defaultKnowledge, extractArticle } from '../src/index.js';

// "it"/"its" settled by local syntax; fixture in test/fixtures/stages/pronouns-local.txt.
const x = extractArticle(articleFromText(readFileSync(join(import.meta.dirname, 'fixtures/stages/pronouns-local.txt'), 'utf8'), 'p', 'p'), defaultKnowledge());
const its = (sentence: number) => x.mentions.filter((m) => m.text === 'its' && m.sentence === sentence).map((m) => m.refs.join('+'));

describe('local antecedents of "its"', () => {
  it('the object that controls an infinitive: "called on Rwanda to withdraw its forces"', () => {
    expect(its(0)).toEqual(['rwanda']);
  });
  it('stays open when the controller is no entity ("urged the North to stop its …"), rather than take the subject', () => {
    expect(its(1)).toEqual(['']);
  });
  it('the conjunct before it: "the United States or its allies"', () => {
    expect(its(2)).toEqual(['united-states']);
  });
  it('the controller is also the subject of the infinitive event', () => {
    const withdraw = x.events.find((e) => e.trigger.text === 'withdraw')!;
    expect(withdraw.agents).toEqual(['rwanda']);
  });
});
