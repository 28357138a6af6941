// Every time expression reaches the RDF as a NIF phrase with its offsets and value, whether or not an event
// uses it (src/rdf/time.ts). Fixture: test/fixtures/dates/unused-times.txt; 2024-05-02 is a Thursday.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { articleFromText, buildGraph, parseRdf, NS } from '../src/index.js';
import { validateShacl } from '../src/validate/shacl.js';
import { BASE, objects } from './helpers/graphs.js';

const text = readFileSync(join(import.meta.dirname, 'fixtures/dates/unused-times.txt'), 'utf8');
const dated = { ...articleFromText(text, 'unused-times', 'unused-times'), date: '2024-05-02' };
const { store } = buildGraph([dated], { base: BASE });
const RDF_TYPE = `${NS.rdf}type`;
const ART = `${BASE}article/unused-times`;
const span = (phrase: string) => {
  const start = text.indexOf(phrase);
  return { iri: `${ART}#char=${start},${start + phrase.length}`, start, end: start + phrase.length };
};
const timeOf = (phrase: string) => objects(store, span(phrase).iri, `${NS.ng}denotesTime`);

describe('time expressions in the RDF', () => {
  it('writes a date phrase that no event uses, with its offsets, sentence and value', () => {
    const { iri, start, end } = span('from March 2004');
    expect(objects(store, iri, RDF_TYPE)).toEqual(expect.arrayContaining([`${NS.nif}Phrase`, `${NS.ng}TimeExpression`]));
    expect(objects(store, iri, `${NS.nif}beginIndex`)).toEqual([String(start)]);
    expect(objects(store, iri, `${NS.nif}endIndex`)).toEqual([String(end)]);
    expect(objects(store, iri, `${NS.nif}anchorOf`)).toEqual(['from March 2004']);
    expect(objects(store, iri, `${NS.nif}referenceContext`)).toEqual([ART]);
    expect(objects(store, iri, `${NS.nif}sentence`)).toHaveLength(1);
    const [tn] = timeOf('from March 2004');
    expect(tn).toBe(`${BASE}time/unused-times-${start}-${end}`);
    const value = store.getQuads(tn!, `${NS.time}inXSDgYearMonth`, null, null).map((q) => q.object);
    expect(value.map((o) => [o.value, o.termType === 'Literal' ? o.datatype.value : ''])).toEqual([['2004-03', `${NS.xsd}gYearMonth`]]);
    // No event is dated by it.
    expect(store.getSubjects(`${NS.sem}hasTime`, tn!, null)).toEqual([]);
  });
  it('writes a range as an OWL-Time interval whose ends are the time nodes of its two bound phrases', () => {
    const [tn] = timeOf('from 2004 to 2009');
    expect(objects(store, tn!, RDF_TYPE)).toContain(`${NS.time}Interval`);
    const from = span('2004 to').start;
    const [begin] = objects(store, tn!, `${NS.time}hasBeginning`);
    expect(begin).toBe(`${BASE}time/unused-times-${from}-${from + 4}`);
    expect(objects(store, `${ART}#char=${from},${from + 4}`, `${NS.ng}denotesTime`)).toEqual([begin]);
    expect(objects(store, begin!, `${NS.time}inXSDgYear`)).toEqual(['2004']);
    const [end] = objects(store, tn!, `${NS.time}hasEnd`);
    expect(objects(store, end!, `${NS.time}inXSDgYear`)).toEqual(['2009']);
  });
  it('points an event at the time node of its phrase and keeps its time stamp', () => {
    const [tn] = timeOf('on Friday');
    const [event] = store.getSubjects(`${NS.sem}hasTime`, tn!, null);
    expect(event).toBeDefined();
    expect(objects(store, event!.value, `${NS.sem}hasTimeStamp`)).toEqual(['2024-04-26']);
    expect(objects(store, tn!, `${NS.time}inXSDDate`)).toEqual(['2024-04-26']);
  });
  it('keeps an unresolved phrase as text with no value (no article date to resolve against)', () => {
    const undated = buildGraph([articleFromText(text, 'unused-times', 'unused-times')], { base: BASE }).store;
    const [tn] = objects(undated, span('from March 2004').iri, `${NS.ng}denotesTime`);
    expect(tn).toBeDefined();
    expect(objects(undated, tn!, `${NS.ng}phrase`)).toEqual(['from March 2004']);
    expect(undated.getQuads(tn!, null, null, null).filter((q) => q.predicate.value.startsWith(`${NS.time}inXSD`))).toEqual([]);
  });
  it('passes the shapes', async () => {
    const shapes = parseRdf(readFileSync(join(import.meta.dirname, '../ontology/shapes.ttl'), 'utf8'));
    expect(await validateShacl(shapes, [...store])).toEqual([]);
  });
});

describe('"since" in the RDF', () => {
  const text = 'Output has grown since 2003.';
  const { store } = buildGraph([{ ...articleFromText(text, 'since', 'since'), date: '2008-11-18' }], { base: BASE });
  const at = (s: string) => `${BASE}article/since#char=${text.indexOf(s)},${text.indexOf(s) + s.length}`;
  it('is an interval with a beginning (the time of its own "2003" phrase) and no end or value, which the shapes accept', async () => {
    const [tn] = objects(store, at('since 2003'), `${NS.ng}denotesTime`);
    expect(objects(store, tn!, RDF_TYPE)).toContain(`${NS.time}Interval`);
    const [begin] = objects(store, tn!, `${NS.time}hasBeginning`);
    expect(objects(store, at('2003'), `${NS.ng}denotesTime`)).toEqual([begin]);
    expect(objects(store, begin!, `${NS.time}inXSDgYear`)).toEqual(['2003']);
    expect(objects(store, tn!, `${NS.time}hasEnd`)).toEqual([]);
    const shapes = parseRdf(readFileSync(join(import.meta.dirname, '../ontology/shapes.ttl'), 'utf8'));
    expect(await validateShacl(shapes, [...store])).toEqual([]);
  });
});
