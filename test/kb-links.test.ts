import { describe, expect, it } from 'vitest';
import { articleFromText, defaultKnowledge, extractArticle } from '../src/index.js';
import type { KbRecord } from '../src/knowledge/types.js';
import { mergeGazetteer } from '../src/knowledge/default-data.js';

// Linking names the gazetteer does not know to the linking knowledge base (src/extract/entities/kb-links.ts):
// invented names and ids, so the fixtures test the rules, not the data file.
const rec = (wikidata: string, label: string, type: KbRecord['type'], more: Partial<KbRecord> = {}): KbRecord => ({ id: `${label.toLowerCase().replace(/\W+/g, '-')}-${wikidata.toLowerCase()}`, label, type, wikidata, source: type === 'Person' ? 'everypolitician' : 'nsi', ...more });
const kb = defaultKnowledge({
  kb: [
    rec('Q900001', 'Veltrona Systems Inc.', 'Organization'),
    rec('Q900002', 'Peter Olvik', 'Organization', { known: true }),
    rec('Q900003', 'Anna Brekvold', 'Person', { countries: ['canada'], known: true }),
    rec('Q900004', 'Anna Brekvold', 'Person', { countries: ['norway'], known: true }),
    rec('Q900005', 'Tessaro Foods Group', 'Organization', { countries: ['italy'] }),
    rec('Q900006', 'Martin Holvenstad', 'Person', { countries: ['canada'] }),
    rec('Q900007', 'Kravel Air', 'Organization'),
    rec('Q900008', 'Kravel Air Cargo', 'Organization', { aliases: ['Kravel Air'] }),
    rec('Q900009', 'Gustav Brekke', 'Person', { aliases: ['Brekke'], known: true }),
    rec('Q900010', 'Ostrava Brakes', 'Organization'),
    rec('Q900012', 'Ministry of Fisheries', 'Organization'),
    rec('Q900013', 'Norwegian Coast Guard', 'Organization'),
    rec('Q900011', 'NVB', 'Organization', { aliases: ['Norvik Bank'] }),
  ],
});
const run = (text: string) => extractArticle(articleFromText(text, 't', 't.md'), kb);
const linked = (x: ReturnType<typeof run>, label: string) => [...x.entities.values()].find((e) => e.label === label || e.aliases.has(label))?.wikidata;

describe('linking to the knowledge base', () => {
  it('a name the rules found is linked to the one record of its type, and takes its key', () => {
    const x = run('Veltrona Systems Inc. said on Monday that its sales rose.');
    expect(linked(x, 'Veltrona Systems Inc.')).toBe('Q900001');
    expect(x.entities.get(kb.data.kb![0]!.id)?.wikidata).toBe('Q900001');
  });
  it('type-checked: a person is never linked to a company of the same name', () => {
    const x = run('Peter Olvik, a retired teacher, said he was pleased with the decision.');
    expect([...x.entities.values()].find((e) => e.label === 'Peter Olvik')?.type).toBe('Person');
    expect(linked(x, 'Peter Olvik')).toBeUndefined();
  });
  it('context-checked: the article\'s countries decide between namesakes', () => {
    expect(linked(run('Anna Brekvold said on Tuesday that Canada would sign the treaty.'), 'Anna Brekvold')).toBe('Q900003');
    expect(linked(run('Anna Brekvold said on Tuesday that Norway would sign the treaty.'), 'Anna Brekvold')).toBe('Q900004');
    // Neither country named: two candidates fit, so none is chosen.
    expect(linked(run('Anna Brekvold said on Tuesday that the treaty would be signed.'), 'Anna Brekvold')).toBeUndefined();
  });
  it('a record bound to a country needs that country in the article', () => {
    expect(linked(run('Tessaro Foods Group said its profits had fallen in Italy.'), 'Tessaro Foods Group')).toBe('Q900005');
    expect(linked(run('Tessaro Foods Group said its profits had fallen in Brazil.'), 'Tessaro Foods Group')).toBeUndefined();
  });
  it('a politician who is not well known needs a title in the article; a lone surname is never linked', () => {
    expect(linked(run('Canadian Senator Martin Holvenstad voted against the bill.'), 'Martin Holvenstad')).toBe('Q900006');
    expect(linked(run('Martin Holvenstad, a plumber from Canada, said the bill was unfair.'), 'Martin Holvenstad')).toBeUndefined();
    const x = run('Brekke said that Canada would not change its mind.');
    expect([...x.entities.values()].some((e) => e.wikidata === 'Q900009')).toBe(false);
  });
  it('a company is looked up without its legal form', () => {
    expect(linked(run('Ostrava Brakes LLC reported a loss on Monday.'), 'Ostrava Brakes LLC')).toBe('Q900010');
  });
  it('an acronym alone is not enough: the article must give the full name too', () => {
    expect(linked(run('Councillors of the NVB party were re-elected on Sunday.'), 'NVB')).toBeUndefined();
    expect(linked(run('Norvik Bank (NVB) raised its rates on Sunday. NVB said more rises would come.'), 'NVB')).toBe('Q900011');
  });
  it('a US president named by first and last name alone is not linked without a title (two Presidents George Bush)', () => {
    const x = extractArticle(articleFromText('In 1990 George Bush and James Baker of the United States agreed that NATO would not expand to the east.', 't', 't.md'), defaultKnowledge());
    expect([...x.entities.values()].find((e) => e.label === 'George Bush')?.wikidata).toBeUndefined();
  });
  it('a state\'s body or force is linked only by a full name that names its country', () => {
    expect(linked(run('The Ministry of Fisheries said on Monday that quotas would fall.'), 'Ministry of Fisheries')).toBeUndefined();
    expect(linked(run('The Norwegian Coast Guard rescued six fishermen on Monday.'), 'Norwegian Coast Guard')).toBe('Q900013');
  });
  it('of two records carrying the name, the one whose own label it is wins over an alias', () => {
    expect(linked(run('The airline Kravel Air said on Friday that it would buy ten aircraft.'), 'Kravel Air')).toBe('Q900007');
  });
});

describe('a place that ends a longer organisation name', () => {
  it('is part of it, not a mention of the place linked on its own', () => {
    const x = run('Environment Canada issued a heat warning for the region on Sunday.');
    expect(x.mentions.filter((m) => m.text === 'Canada')).toHaveLength(0);
    expect(x.mentions.some((m) => m.text === 'Environment Canada' && ![...m.refs].includes('canada'))).toBe(true);
  });
});

describe('Wikidata ids for regions from name-suggestion-index flags (data/gazetteer/generated/regions-extra.json)', () => {
  it('a region without an id gains one; a curated id is never replaced', () => {
    const merged = mergeGazetteer(
      [
        { id: 'ontario', label: 'Ontario', type: 'Place', country: 'canada' },
        { id: 'texas', label: 'Texas', type: 'Place', country: 'united-states', wikidata: 'Q1439' },
      ],
      [
        { id: 'ontario', wikidata: 'Q1904' },
        { id: 'texas', wikidata: 'Q999' },
      ],
      [],
    );
    expect(merged.map((e) => e.wikidata)).toEqual(['Q1904', 'Q1439']);
  });
  it('the bundled states and provinces are linked', () => {
    expect(defaultKnowledge().entries.get('wyoming')?.wikidata).toBe('Q1214');
    expect(defaultKnowledge().entries.get('ontario')?.wikidata).toBe('Q1904');
  });
});

describe('same-name places: the article decides (namesakes in data/gazetteer/generated/cities.json)', () => {
  const place = (text: string) => [...extractArticle(articleFromText(text, 't', 't.md'), defaultKnowledge()).entities.values()].find((e) => e.label.startsWith('San Jos'));
  it('San Jose in a story set in the United States is not the capital of Costa Rica', () => {
    const e = place('The company opened an office in San Jose, California on Monday.');
    expect(e?.wikidata).toBeUndefined();
    expect(e?.country).toBe('united-states');
  });
  it('in a story that names Costa Rica it is; in one that names no country it is left unlinked', () => {
    expect(place('The president of Costa Rica spoke in San Jose on Monday.')?.wikidata).toBe('Q3070');
    expect(place('Ministers met in San Jose on Monday.')?.wikidata).toBeUndefined();
  });
});
