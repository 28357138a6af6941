import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { articleFromText, defaultKnowledge, extractArticle } from '../src/index.js';
import { found } from './helpers/found.js';

// Actors and targets found beyond the trigger's own clause; fixtures in test/fixtures/roles.
const fixture = (name: string) => extractArticle({ ...articleFromText(readFileSync(join(import.meta.dirname, 'fixtures/roles', name), 'utf8'), name, name), date: '2024-03-08' }, defaultKnowledge());
const facts = (x: ReturnType<typeof fixture>) => x.facts.filter((f) => 'entity' in f.object && f.stated).map((f) => `${f.subject} ${f.predicate} ${'entity' in f.object ? f.object.entity : ''}`);

describe('claims of responsibility', () => {
  const x = fixture('claims.txt');
  it('"claimed responsibility for the attack" makes the claimant the author of the attack it refers to', () => {
    expect(facts(x)).toContain('al-shabaab attacked mogadishu');
  });
  it('a bare "claimed responsibility" claims the latest attack', () => {
    expect(facts(x)).toContain('taliban attacked herat');
  });
  it('a negated claim claims nothing', () => {
    expect(found(x.events.find((e) => e.trigger.text === 'roadside bomb'), 'the roadside bomb').agents).toEqual([]);
  });
  it('an attack with an author keeps it', () => {
    expect(x.events.find((e) => e.trigger.text === 'attacked')?.agents).toEqual(['boko-haram']);
  });
});

describe('subjects of coordinated verbs and framing visits', () => {
  const x = fixture('frames.txt');
  it('"… and then announced" shares the subject of the first verb across the adverb', () => {
    expect(x.events.find((e) => e.trigger.text === 'announced')?.agents).toEqual(['olaf-scholz']);
  });
  it('"during a visit to X" / "on a trip to X" is a visit by the subject of its clause', () => {
    expect(facts(x)).toContain('olaf-scholz visited sandoval-air-field');
    expect(facts(x)).toContain('olaf-scholz visited paris');
  });
  it('a visit that names its own visitor ("a visit by …") is not the speaker\'s', () => {
    const visit = found(x.events.filter((e) => e.trigger.text === 'visit').pop(), 'a visit');
    expect(visit.agents).not.toContain('tsai-ing-wen');
  });
  it('a facility named in full is what its first word alone means later ("Sandoval Air Field … Sandoval")', () => {
    expect(x.mentions.filter((m) => m.text === 'Sandoval').map((m) => m.refs.join())).toEqual(['sandoval-air-field']);
  });
});

describe('joint acts in the passive', () => {
  const x = fixture('passives.txt');
  it('"the truce between A and B was signed" was signed by A and B together', () => {
    expect(facts(x)).toContain('sudanese-armed-forces signedAgreementWith rapid-support-forces');
    expect(x.events.find((e) => e.trigger.text === 'signed')?.targets).toEqual([]);
  });
  it('"the truce" names the earlier ceasefire, not a return of the same family', () => {
    const ceasefire = x.events.find((e) => e.trigger.text === 'ceasefire');
    expect(x.events.find((e) => e.trigger.text === 'truce')?.mergedInto).toBe(ceasefire?.id);
  });
});

describe('targets of attacks', () => {
  const x = fixture('attacks.txt');
  it('"an M23 attack on Kalembe": a town typed once by its context is the same town when repeated bare', () => {
    expect(x.mentions.filter((m) => m.text === 'Kalembe').map((m) => m.refs.join())).toEqual(['kalembe', 'kalembe']);
    expect(facts(x)).toContain('m23 attacked kalembe');
  });
  it('"an offensive against Bakhmut": the place after the noun\'s own preposition is its target, though tagged as an adjective', () => {
    expect(facts(x)).toContain('ukraine-armed-forces attacked bakhmut');
  });
});

describe('signing by a coordination with an apposition', () => {
  const x = fixture('signing.txt');
  it('"A and the prime minister, B, signed the treaty": both signed it', () => {
    expect(facts(x)).toContain('william-ruto signedAgreementWith abiy-ahmed');
  });
});

describe('demands reported as what another party must do', () => {
  const x = fixture('obligations.txt');
  it('"X said that Y must <verb>" is a demand by X of Y, besides the statement', () => {
    expect(facts(x)).toContain('josep-borrell demanded serbia');
    expect(x.events.filter((e) => e.sentence === 0).map((e) => e.code)).toContain('010');
  });
  it('not for a passive ("should be held accountable"), the speaker\'s own country or a pronoun', () => {
    expect(x.events.filter((e) => e.code === '100')).toHaveLength(1);
  });
});

describe('court orders and rulings', () => {
  const x = fixture('courts.txt');
  it('"ordered Burundi to release …" is a demand on Burundi; "ordered the evacuation" is none', () => {
    expect(facts(x)).toContain('east-african-court-of-justice demanded burundi');
    expect(x.events.filter((e) => e.code === '100')).toHaveLength(1);
  });
  it('"The court, which sits in Arusha, ruled": the court just named rules, as the main verb after the relative clause', () => {
    expect(x.mentions.find((m) => m.text === 'The court')?.refs).toEqual(['east-african-court-of-justice']);
    expect(x.events.find((e) => e.trigger.text === 'ruled')?.agents).toEqual(['east-african-court-of-justice']);
  });
  it('"rejected the ruling" answers the court', () => {
    expect(facts(x)).toContain('burundi-government rejected east-african-court-of-justice');
  });
});

describe('refusing what was demanded', () => {
  const x = fixture('refusals.txt');
  it('"refused to declare a ceasefire" answers the recent demand of the refuser that asked for a ceasefire', () => {
    expect(facts(x)).toContain('rapid-support-forces rejected african-union');
  });
  it('a refusal of something no demand asked for, or by someone no demand was made of, answers nothing', () => {
    const refusal = found(x.events.find((e) => e.trigger.text === 'refused' && e.agents.includes('sudanese-armed-forces')), 'the refusal of the Sudanese Armed Forces');
    expect(refusal.targets).toEqual([]);
    expect(facts(x).filter((f) => f.startsWith('sudanese-armed-forces'))).toEqual([]);
  });
});

describe('"the two sides" after an event is parsed', () => {
  const x = fixture('sides.txt');
  it('"Fighting between the two sides" is fought by the sides resolved later', () => {
    expect(facts(x)).toContain('sudanese-armed-forces fought rapid-support-forces');
  });
  it('talks "between the two sides" keep no parties: governments, not the fighting forces, may hold them', () => {
    expect(found(x.events.find((e) => e.trigger.text === 'talks'), 'the talks').agents).toEqual([]);
  });
});
