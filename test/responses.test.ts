import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { articleFromText, defaultKnowledge, extractArticle } from '../src/index.js';
import { predicateSemantics } from '../src/eval/predicates.js';
import { expectEvent, found } from './helpers/found.js';
import { extractText } from './helpers/extract.js';

// Responses that answer an earlier act, and who counts as one side; fixtures in test/fixtures/responses.
const fixture = (name: string) => extractArticle({ ...articleFromText(readFileSync(join(import.meta.dirname, 'fixtures/responses', name), 'utf8'), name, name), date: '2024-03-08' }, defaultKnowledge());
const facts = (x: ReturnType<typeof fixture>) => x.facts.filter((f) => 'entity' in f.object).map((f) => `${f.subject} ${f.predicate} ${'entity' in f.object ? f.object.entity : ''}`);

describe('responses to earlier acts', () => {
  const acts = facts(fixture('acts.txt'));
  it('"dismissed the measures" answers the sanctions, and so their author', () => {
    expect(acts).toContain('belarus-foreign-ministry rejected european-union');
  });
  it('"a move … rejected by Belarus" answers the act before the noun, not the welcome after it', () => {
    expect(acts).toContain('belarus rejected lithuania');
    expect(acts).not.toContain('belarus rejected poland');
  });
  it('"a Romanian proposal" names its author', () => {
    expect(acts).toContain('moldova rejected romania');
  });

  const refusal = fixture('refusal.txt');
  it('a bare "has refused" answers the latest demand made of the one who refuses', () => {
    expect(facts(refusal)).toContain('ghana-government rejected ghana-teachers-congress');
  });
  it('leaves a rejection unlinked when no earlier act of that kind is in reach', () => {
    const judge = found(refusal.events.find((e) => e.code === '120' && e.sentence === 2), 'a rejection in sentence 2');
    expect(judge.targets).toEqual([]);
    expect(judge.targetEvents).toEqual([]);
  });
  it('types a union named "Congress" as an organisation, not a legislature, so it can oppose its government', () => {
    expect(refusal.entities.get('ghana-teachers-congress')?.type).toBe('Organization');
    expect(facts(refusal)).toContain('ghana-teachers-congress demanded ghana-government');
  });
});

describe('threats and their targets', () => {
  const f = facts(fixture('threats.txt'));
  it('finds the target inside what is threatened: "against X", "if X went ahead"', () => {
    expect(f).toContain('european-union warned serbia');
    expect(f).toContain('somalia warned ethiopia-government');
  });
  it('reads a capital as the object of a threat as its government', () => {
    expect(f).toContain('joe-biden threatened north-korea-government');
    expect(f.some((x) => x.endsWith(' pyongyang'))).toBe(false);
  });
  it('reads a capital that acts, or receives a political act, as its government', () => {
    const x = fixture('threats.txt');
    const refs = (text: string) => x.mentions.filter((m) => m.text === text).map((m) => `${m.kind}:${m.refs.join()}`);
    expect(refs('Kigali')).toEqual(['metonym:rwanda-government']);
    expect(refs('Tehran')).toEqual(['metonym:iran-government']);
  });
  it('does not take the first half of a hyphenated compound as an object ("a Japanese-funded centre")', () => {
    expect(expectEvent(fixture('threats.txt'), 'visited').targets).not.toContain('japan');
    expect(f.some((x) => x.includes('visited japan'))).toBe(false);
  });
});

describe('objects and subjects that stay open', () => {
  const x = fixture('objects.txt');
  it('an unresolved object ("accusing them of helping the government") is not replaced by a later name', () => {
    const accusing = expectEvent(x, 'accusing');
    expect(accusing.targets).toEqual([]);
    expect(facts(x).some((f) => f.includes(' accused '))).toBe(false);
  });
  it('a relative clause ("refiners that keep buying") does not borrow the subject of the clause before', () => {
    // "buy" is weak: it fires only with an actor, so a borrowed subject would make the event.
    expect(x.events.filter((e) => e.agents.includes('daniel-whitcombe')).map((e) => e.trigger.text)).toEqual(['warned']);
    expect(expectEvent(extractText('India keeps buying Venezuelan gold.'), 'buying').agents).toEqual(['india']);
  });
});

describe('sides', () => {
  it('a non-state armed group based in a country is not that country\'s side', () => {
    const f = facts(fixture('sides.txt'));
    expect(f).toContain('sudanese-armed-forces fought rapid-support-forces');
    expect(f).toContain('russian-armed-forces fought wagner-group');
  });
});

describe('predicate semantics for scoring', () => {
  it('reads symmetry and sub-properties from the ontology', () => {
    const s = predicateSemantics();
    expect(s.symmetric.has('metWith')).toBe(true);
    expect(s.symmetric.has('condemned')).toBe(false);
    expect([...s.entails('denied')]).toEqual(['denied', 'rejected']);
  });
});

describe('reactions to a named act', () => {
  const x = fixture('reactions.txt');
  it('"welcomed the ruling", "criticised the decision" are aimed at the author of the act the story leads with, not the latest act', () => {
    const court = x.events.find((e) => e.trigger.text === 'convicted')!.agents;
    expect(court).toHaveLength(1);
    const f = facts(x);
    expect(f).toContain(`anti-corruption-commission praised ${court[0]}`);
    expect(f).toContain(`popular-democratic-movement criticized ${court[0]}`);
    expect(f.filter((s) => /police/.test(s) && /praised|criticized/.test(s))).toEqual([]);
  });
  it('"welcomed the investment" praises whoever made the acquisition the story leads with', () => {
    expect(facts(fixture('investment.txt'))).toContain('mineworkers-union-of-zambia praised sinoma-metals');
  });
});
