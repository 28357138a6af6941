import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { articleFromText, defaultKnowledge, extractArticle } from '../src/index.js';
import { parseAmount } from '../src/extract/quantities.js';
import { expectRead, found } from './helpers/found.js';
import { extractText } from './helpers/extract.js';

// One fixture per stage; the article date fixes relative dates and office holders.
const fixture = (name: string, date = '2023-05-18') =>
  extractArticle({ ...articleFromText(readFileSync(join(import.meta.dirname, 'fixtures/stages', name), 'utf8'), name, name), date }, defaultKnowledge());
const refsOf = (x: ReturnType<typeof fixture>, text: string) => x.mentions.filter((m) => m.text === text).map((m) => m.refs.join('+'));

describe('entities', () => {
  const x = fixture('entities.txt');
  it('types names the gazetteer does not know from their context', () => {
    expect(x.entities.get('lemlem-gebreyes')?.type).toBe('Person');
    expect(x.entities.get('garissa')?.type).toBe('City');
    expect(x.entities.get('electoral-commission-of-zambia')?.type).toBe('GovernmentOrganization');
  });
  it('links known names and keeps the acronym of a new one', () => {
    expect(x.entities.get('william-ruto')?.offices.has('president|kenya')).toBe(true);
    expect(refsOf(x, 'ECZ')).toEqual(['electoral-commission-of-zambia', 'electoral-commission-of-zambia']);
    expect(x.entities.get('ethiopia')?.wikidata).toBe('Q115');
  });
  it('finds collective and armed actors', () => {
    expect(x.entities.get('syria-rebels')?.type).toBe('ArmedForces');
    expect(x.entities.get('al-shabaab')?.type).toBe('ArmedForces');
  });
});

describe('domestic aliases', () => {
  it('links "Congress" to the US Congress only in a story set in the United States or after its full name', () => {
    expect(fixture('domestic-aliases.txt').mentions.flatMap((m) => m.refs)).not.toContain('us-congress');
    const at = (text: string) => extractArticle({ ...articleFromText(text, 'a', 'a'), date: '2023-05-18' }, defaultKnowledge()).mentions.flatMap((m) => m.refs);
    expect(at('WASHINGTON (Newsgraph Test Wire) - Congress passed the budget on Monday.')).toContain('us-congress');
    expect(at('The US Congress met. Later, Congress passed the budget.').filter((r) => r === 'us-congress')).toHaveLength(2);
  });
});

describe('titles that begin with "The"', () => {
  const x = fixture('titles.txt');
  it('does not read "The Atlantic" or "The Brooklyn Paper" inside a sentence as the ocean or the borough', () => {
    expectRead(x, 'The Brooklyn Paper');
    const first = x.mentions.filter((m) => m.sentence === 0).flatMap((m) => m.refs);
    expect(first.filter((r) => /atlantic|brooklyn/.test(r))).toEqual([]);
  });
  it('still finds the ocean at the start of a sentence and after a lower-case "the"', () => {
    expect(x.mentions.filter((m) => m.sentence > 0 && m.text === 'Atlantic').map((m) => m.refs.join('+'))).toEqual(['atlantic-ocean', 'atlantic-ocean']);
  });
  it('keeps names whose own "The" is capitalised ("in The Hague")', () => {
    expect(refsOf(x, 'Hague')).toEqual(['the-hague']);
  });
});

describe('coreference', () => {
  const x = fixture('coreference.txt');
  it('resolves plurals, pronouns, metonyms and titles', () => {
    expect(refsOf(x, 'The two leaders')).toEqual(['emmanuel-macron+olaf-scholz']);
    expect(refsOf(x, 'he')).toEqual(['emmanuel-macron']);
    expect(refsOf(x, 'Moscow')).toEqual(['russia-government']);
    expect(refsOf(x, 'it')).toEqual(['russia-government']);
    expect(refsOf(x, 'The French president')).toEqual(['emmanuel-macron']);
  });
  it('uses the article date for office holders', () => {
    const at = (date: string) => extractArticle({ ...articleFromText('The US president arrived.', 'a', 'a'), date }, defaultKnowledge());
    expect(refsOf(at('2016-03-01'), 'The US president')).toEqual(['barack-obama']);
    expect(refsOf(at('2019-03-01'), 'The US president')).toEqual(['donald-trump']);
  });
});

describe('events', () => {
  const x = fixture('events.txt');
  const live = x.events.filter((e) => e.mergedInto === undefined);
  it('codes sanctions and their rejection, with actors', () => {
    const sanction = live.find((e) => e.code === '163')!;
    expect(sanction.agents).toEqual(['united-states']);
    expect(sanction.targets).toEqual(['russia']);
    expect(sanction.time?.value).toBe('2023-05-18');
    expect(x.facts.some((f) => f.subject === 'russia-government' && f.predicate === 'rejected')).toBe(true);
    const demand = live.find((e) => e.code === '100')!;
    expect(demand.targets).toEqual(['united-states-government']);
  });
  it('keeps hedges and negation', () => {
    const strike = live.find((e) => e.code.startsWith('19'))!;
    expect(strike.agents).toEqual(['israel-armed-forces']);
    expect([strike.modality, strike.hedge]).toEqual(['reported', 'reportedly']);
    const talks = live.find((e) => e.code === '036' || e.code === '046')!;
    expect(talks.modality).not.toBe('asserted');
    expect(talks.time?.value).toBe('2023-06');
    // The hedge is in what was said, not on the saying.
    expect(live.find((e) => e.trigger.text === 'said')!.modality).toBe('asserted');
    const sign = live.find((e) => e.code === '057')!;
    expect(sign.negated).toBe(true);
    expect(x.facts.filter((f) => f.predicate === 'signedAgreementWith').every((f) => !f.stated)).toBe(true);
  });
});

describe('intentions and predictions', () => {
  const x = fixture('intent.txt');
  const live = x.events.filter((e) => e.mergedInto === undefined);
  it('reads "was planning to visit" as planned and "tried to meet" as intended, so neither is stated as fact', () => {
    expect(live.find((e) => e.trigger.text === 'visit')?.modality).toBe('planned');
    const tried = extractArticle({ ...articleFromText('Narendra Modi tried to meet Xi Jinping in Beijing.', 'a', 'a'), date: '2023-05-18' }, defaultKnowledge());
    expect(tried.events.find((e) => e.trigger.text === 'meet')?.modality).toBe('intended');
    expect([...x.facts, ...tried.facts].filter((f) => f.stated)).toEqual([]);
  });
});

describe('passives', () => {
  const x = fixture('passives.txt');
  const live = x.events.filter((e) => e.mergedInto === undefined);
  const facts = x.facts.map((f) => `${f.subject} ${f.predicate} ${'entity' in f.object ? f.object.entity : ''}`);
  it('reads an irregular participle after "was" as passive, with its agent after "by" ("was told by")', () => {
    expect(live.find((e) => e.trigger.text === 'told')?.passive).toBe(true);
    expect(facts).toContain('yevgeny-zinichev told vladimir-putin');
  });
  it('reads a participle opening a phrase between commas as passive ("Cummings, first elected to Congress in 1996, was born")', () => {
    // Passive with no "by": no agent; the one elected is its target (the tree reads the phrase's subject), and no fact is stated.
    found(x.entities.get('elijah-cummings'), 'the entity Elijah Cummings');
    const elected = found(live.find((e) => e.trigger.text === 'elected'), '"elected"');
    expect([elected.passive, elected.agents, elected.targets]).toEqual([true, [], ['elijah-cummings']]);
    expect(facts.some((f) => f.startsWith('elijah-cummings elected'))).toBe(false);
    // The same participle with its actor in an active clause does make the event.
    expect(extractText('The National Assembly elected Cyril Ramaphosa as president on Friday.').facts.map((f) => f.predicate)).toContain('elected');
  });
  it('keeps a main verb after an apposition active ("Sergey Brin, personally met with")', () => {
    expect(found(live.find((e) => e.trigger.text === 'met'), '"met"').passive).toBe(false);
  });
});

describe('photo captions', () => {
  const x = fixture('captions.txt');
  it('reads no events from a paragraph that ends with a photo credit, but still finds its names', () => {
    const live = x.events.filter((e) => e.mergedInto === undefined);
    expect(live.map((e) => e.sentence)).toEqual([0]);
    expect(x.doc.sentences.map((s) => s.caption ?? false)).toEqual([false, true, true, true]);
    expect(refsOf(x, 'Donald Trump')).toEqual(['donald-trump']);
  });
});

describe('quantities', () => {
  it('parses amounts, approximations and currencies', () => {
    expect(parseAmount('at least 34')).toEqual({ value: 34, approximation: 'at least' });
    expect(parseAmount('$2.5 billion')).toEqual({ value: 2_500_000_000, currency: 'USD' });
    expect(parseAmount('dozens')).toEqual({ value: 24, approximation: 'vague' });
  });
  it('finds what is counted', () => {
    const x = fixture('quantities.txt');
    const q = x.quantities.map((v) => [v.text, v.value, v.unit ?? '']);
    expect(q).toEqual(expect.arrayContaining([['At least 34', 34, 'people'], ['nearly 3,000', 3000, 'homes']]));
  });
  it('does not take a name for a unit, or a year that modifies a noun for an amount', () => {
    const x = fixture('quantities-names.txt');
    const q = x.quantities.map((v) => [v.text, v.unit ?? '']);
    expect(q).toEqual(expect.arrayContaining([['231', 'Democrats'], ['Three', 'former presidents'], ['1,998', 'farms'], ['1999', 'delegates']]));
    expect(q.find(([t]) => t === 'four')?.[1]).not.toBe('Trump');
    expect(q.map(([t]) => t)).not.toContain('2009');
    expect(q.map(([t]) => t)).not.toContain('2016');
  });
  it('reads words every object inherits as no amount', () => {
    expect(parseAmount('twelve')?.value).toBe(12);
    expect(parseAmount('constructor')).toBeUndefined();
    expect(parseAmount('toString')).toBeUndefined();
  });
});

describe('quote speakers', () => {
  const x = fixture('quote-verbs.txt');
  const speakers = x.quotes.map((q) => [q.text.split(' ').slice(0, 3).join(' '), q.speaker.join('+')]);
  it('reads verbs that only introduce quotes ("commented", "tweeted"), and a verb that opens the next quote does not speak for the one before', () => {
    expect(speakers).toContainEqual(['It would be', 'philip-hammond']);
    expect(speakers).toContainEqual(['Thank you to', 'boris-johnson']);
    expect(speakers).toContainEqual(['The vote was', '']);
  });
  it('takes the person before an apposition as speaker, not the body inside it, and the agent of a passive', () => {
    expect(speakers).toContainEqual(['We are ready', 'emmanuel-macron']);
    expect(speakers).toContainEqual(['the search is', 'sergei-shoigu']);
  });
});

describe('quotes and attribution', () => {
  const x = fixture('quotes.txt');
  it('links quotes to speakers and keeps according-to sources', () => {
    const fidan = x.quotes.find((q) => q.text.startsWith('Türkiye'))!;
    expect(fidan.speaker).toEqual(['hakan-fidan']);
    expect(x.attributions.map((a) => [a.phrase, a.sources])).toEqual([['According to the Turkish foreign ministry', ['turkish-foreign-ministry']]]);
  });
});

describe('verbal attacks', () => {
  const x = fixture('verbal-attacks.txt');
  const facts = x.facts.filter((f) => f.stated).map((f) => `${f.subject} ${f.predicate} ${'entity' in f.object ? f.object.entity : ''}`);
  it('reads "attacked <person> for …" as criticism (111), and force against a village or an army as an attack', () => {
    expect(facts).toContain('joe-biden criticized donald-trump');
    expect(facts).not.toContain('joe-biden attacked donald-trump');
    expect(x.events.filter((e) => e.code === '180').map((e) => e.sentence)).toEqual([1, 2]);
  });
  it('takes the place as what was hit only when no target is named ("attacked the army near Gao")', () => {
    const onArmy = found(x.events.find((e) => e.code === '180' && e.targets.includes('mali-armed-forces')), 'the attack on the army');
    expect(onArmy.targets).toEqual(['mali-armed-forces']);
    expect(facts.filter((f) => f.endsWith(' gao'))).toEqual([]);
  });
});

describe('places that describe people', () => {
  const x = fixture('place-people.txt');
  it('reads a place right before a person noun as a description ("Ohio man James Alex Fields"), not as a party', () => {
    const facts = x.facts.map((f) => `${f.subject} ${f.predicate} ${'entity' in f.object ? f.object.entity : ''}`);
    expect(facts).toContain('michael-urbanski sentenced james-alex-fields');
    expect(facts.filter((f) => f.endsWith(' ohio'))).toEqual([]);
    expect(x.mentions.filter((m) => m.text === 'Gaza').every((m) => m.modifier)).toBe(true);
  });
});

describe('bodies with an owner newsgraph does not know', () => {
  const x = fixture('unknown-owners.txt');
  it('gives "Northamptonshire police" no country from context, but "the Congolese army" still the story\'s', () => {
    expect(x.mentions.filter((m) => m.sentence === 1).flatMap((m) => m.refs)).not.toContain('united-states-police');
    expect(x.mentions.filter((m) => m.sentence === 3).flatMap((m) => m.refs).some((r) => r.endsWith('-armed-forces'))).toBe(true);
  });
});

describe('a country\'s leadership', () => {
  const x = fixture('leadership.txt');
  it('"the Emirati leadership" is the UAE\'s government, as "the Russian government" is Russia\'s', () => {
    expect(refsOf(x, 'Emirati leadership')).toEqual(['united-arab-emirates-government']);
    expect(x.facts.map((f) => `${f.subject} ${f.predicate} ${'entity' in f.object ? f.object.entity : ''}`)).toContain('volodymyr-zelenskyy thanked united-arab-emirates-government');
  });
  it('only with the country named before it: "the Taliban leadership" is no government', () => {
    expect(x.mentions.filter((m) => /leadership/.test(m.text)).map((m) => m.text)).toEqual(['Emirati leadership']);
  });
});

describe('"the bloc", "the alliance"', () => {
  const x = fixture('blocs.txt');
  it('take up only a bloc or an alliance the article named, not the nearest organisation', () => {
    expect(refsOf(x, 'the bloc')).toEqual(['european-union', '']);
    expect(refsOf(x, 'The alliance')).toEqual(['nato']);
  });
});

describe('"the court" after a named court', () => {
  const x = fixture('named-court.txt');
  it('is that court, not the courts of the country named before it', () => {
    expect(refsOf(x, 'The court')).toEqual(['court-of-justice']);
  });
  it('but not once the named court is out of reach: then the country\'s courts as before', () => {
    expect(refsOf(x, 'the court')).toEqual(['togo-courts']);
  });
});

describe('a country\'s title after a bare one', () => {
  it('"President Iván Duque … The Colombian president": the same person, when Colombia is the only country named', () => {
    expect(refsOf(fixture('bare-title.txt'), 'The Colombian president')).toEqual(['ivan-duque']);
  });
  it('not when the article has named two countries', () => {
    expect(refsOf(fixture('bare-title-two-countries.txt'), 'The Rwandan president')).toEqual(['']);
  });
});
