import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { articleFromText, defaultKnowledge, extractArticle } from '../src/index.js';
import { nerModel, useNerModel } from '../src/ner/load.js';

// The trained recogniser in the pipeline (issue 14, src/extract/entities/recognised.ts): it gives unknown names their span and
// type, and the gazetteer, the company list and the capitalisation rules check it. One fixture sentence per rule.
const text = readFileSync(join(import.meta.dirname, 'fixtures/names/recogniser.txt'), 'utf8');
const kb = defaultKnowledge();
const x = extractArticle(articleFromText(text, 'r', 'r'), kb);
const names = x.mentions.filter((m) => m.kind === 'name');
const typeOf = (s: string) => names.filter((m) => m.text === s).map((m) => x.entities.get(m.refs[0] ?? '')?.type);
const linkOf = (s: string) => names.filter((m) => m.text === s).map((m) => x.entities.get(m.refs[0] ?? '')?.wikidata ?? null);

describe('the recogniser in the pipeline', () => {
  it('types an unknown name the rules cannot type, with its own span', () => {
    expect(typeOf('Veltrona Systems')).toEqual(['Organization']);
    expect(typeOf('Kamala Harris')).toEqual(['Person']);
  });
  it('does not make the agency of a dateline an entity', () => {
    expect(names.filter((m) => m.text.includes('Test Wire'))).toEqual([]);
  });
  it('"General Motors" is a company, not the title General and a person "Motors"', () => {
    expect(typeOf('General Motors')).toEqual(['Organization']);
    expect(typeOf('General Motors Corporation')).toEqual(['Organization']);
    expect(names.filter((m) => m.text.startsWith('Motors'))).toEqual([]);
  });
  it('a known name inside a longer name is not an entity of its own, nor linked on its own', () => {
    expect(typeOf('Apple Corps')).toEqual(['Organization']);
    expect(linkOf('Apple Corps')).toEqual([null]);
    // Apple Computer is Apple Inc.'s former name: the same entity, linked.
    expect(linkOf('Apple Computer')).toEqual(['Q312']);
  });
  it('a company name is an organisation, unless a title says a person', () => {
    expect(typeOf('Boeing')).toEqual(['Organization']);
    expect(typeOf('Airbus')).toEqual(['Organization']);
    expect(typeOf('Ford')).toEqual(['Organization', 'Person']);
  });
  it('a person\'s name the recogniser ends before "of" ends there', () => {
    expect(typeOf('Doug Miller')).toEqual(['Person']);
  });
  it('a possessive and a leading "the" are no part of a name', () => {
    expect(names.filter((m) => /['’]s?$|^the /i.test(m.text))).toEqual([]);
    expect(new Set(names.filter((m) => m.text.endsWith('Trump')).map((m) => m.refs[0]))).toEqual(new Set(['donald-trump']));
    expect(typeOf('Associated Press')).toEqual(['Organization']);
  });
  it('a surname with a particle refers to the one person named in full with it', () => {
    expect(new Set(names.filter((m) => m.text.endsWith('La Riva')).map((m) => m.refs[0]))).toEqual(new Set(['gloria-la-riva']));
  });
  it('not a currency, a word inside a longer name, or a product after an article', () => {
    // "US$1 million", "the Economic Bill of Rights", "the Volvo had come from"
    expect(names.filter((m) => m.text === 'US' || m.text === 'Bill' || m.text === 'Volvo')).toEqual([]);
  });
  it('takes no type from the recogniser for a run holding a title and a person\'s name', () => {
    expect(typeOf('Nancy Pelosi')).toEqual(['Person']);
    expect(names.filter((m) => m.text.startsWith('House Speaker'))).toEqual([]);
  });
  it('is deterministic: a second run gives the same mentions', () => {
    const again = extractArticle(articleFromText(text, 'r', 'r'), kb);
    expect(again.mentions.map((m) => [m.start, m.end, m.refs.join()])).toEqual(x.mentions.map((m) => [m.start, m.end, m.refs.join()]));
  });
});

describe('without a model (a browser that loaded none)', () => {
  const model = nerModel();
  afterAll(() => useNerModel(model ?? null));
  it('the rules work alone', () => {
    useNerModel(null);
    const y = extractArticle(articleFromText(text, 'r2', 'r2'), kb);
    const typed = (s: string) => y.mentions.filter((m) => m.text === s).map((m) => y.entities.get(m.refs[0] ?? '')?.type);
    expect(typed('Veltrona Systems')).toEqual([]);
    expect(typed('Boeing')).toEqual(['Organization']);
  });
});

describe('a title word opening a company\'s name (General Motors)', () => {
  const typed = (s: string) => {
    const y = extractArticle(articleFromText(s, 'g', 'g'), defaultKnowledge());
    return y.mentions.filter((m) => m.kind === 'name').map((m) => `${m.text}:${y.entities.get(m.refs[0] ?? '')?.type}`);
  };
  it('after a country and a lower-case qualifier it is no title of a person', () => {
    expect(typed('The US car manufacturer General Motors said that it would cut jobs.')).toContain('General Motors:Organization');
  });
  it('opening a sentence, a capitalised run ending in an organisation\'s head is a name', () => {
    expect(typed('Sales dropped last month. General Motors reported a decline.')).toContain('General Motors:Organization');
  });
});

describe('time zones', () => {
  it('are no names, though written in capitals (entity-cues.json notNames)', () => {
    const y = extractArticle(articleFromText('The rocket is due to launch at 17:00 UTC on Friday, NASA said.', 'z', 'z'), defaultKnowledge());
    expect(y.mentions.filter((m) => m.kind === 'name').map((m) => m.text)).not.toContain('UTC');
  });
});
