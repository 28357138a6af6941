import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DataFactory } from 'n3';
import { articleFromText, buildGraph, defaultKnowledge, extractArticle, parseRdf, NS } from '../src/index.js';
import { validateShacl } from '../src/validate/shacl.js';
import { BASE } from './helpers/graphs.js';
import { found } from './helpers/found.js';

// Which time dates which event; fixtures in test/fixtures/dates. 2024-05-02 is a Thursday.
const DATE = '2024-05-02';
const text = readFileSync(join(import.meta.dirname, 'fixtures/dates/statements.txt'), 'utf8');
const article = { ...articleFromText(text, 'statements', 'statements'), date: DATE };
const x = extractArticle(article, defaultKnowledge());
const event = (sentence: number, trigger: string) => found(x.events.find((e) => e.mergedInto === undefined && e.sentence === sentence && e.trigger.text === trigger), `"${trigger}" in sentence ${sentence}`);

describe('event dates', () => {
  it('dates a statement reported without a time by the publication date, and says so', () => {
    expect(event(0, 'rejected').publicationDate).toBe(DATE);
    expect(event(0, 'rejected').time).toBeUndefined();
  });
  it('gives a verb that opens a clause sharing the subject the time of the verb before it', () => {
    expect(event(1, 'called on').time?.value).toBe('2024-04');
    // What is called for is no act of its own: it joins the demand as a trigger.
    expect(event(1, 'called on').otherTriggers.map((o) => o.text)).toContain('withdraw');
  });
  it('dates what a source says by the publication date even after a sentence set in another time', () => {
    expect(event(2, 'said').publicationDate).toBe(DATE);
  });
  it('does not guess after a sentence set in another time for other acts, or for "has repeatedly said"', () => {
    expect(event(7, 'said').publicationDate).toBeUndefined();
    expect(event(9, 'thanked').publicationDate).toBeUndefined();
  });
  it('leaves the time of what was said to it ("… late on Monday, the spokesman said")', () => {
    expect(event(10, 'said').time).toBeUndefined();
    expect(event(11, 'said').time?.value).toBe('2024-04-29');
  });
  it('gives a verb after "and" the time of the clause it continues, even when the verb before is no event', () => {
    expect(event(12, 'congratulated').time?.value).toBe('2024-04-28');
  });
  it('leaves a time inside what was said to what was said, and dates the saying by the publication date', () => {
    expect(event(14, 'said').time).toBeUndefined();
    expect(event(15, 'said').time).toBeUndefined();
    expect(event(15, 'said').publicationDate).toBe(DATE);
  });
  it('dates a trailing attribution by the publication date, not by the time of what it reports', () => {
    expect(event(17, 'said').time).toBeUndefined();
    expect(event(17, 'said').publicationDate).toBe(DATE);
  });
  it('reads "due to the shooting" as a cause, not as a look ahead ("in March" is the last March)', () => {
    expect(x.times.find((t) => t.sentence === 16)?.value).toBe('2024-03');
  });
  it('does not date a passive by the publication date ("was praised by")', () => {
    expect(event(13, 'praised').publicationDate).toBeUndefined();
    expect(event(13, 'praised').time).toBeUndefined();
  });
  it('never dates a past verb by a time after it ("said … over the next week")', () => {
    expect(event(3, 'said').time).toBeUndefined();
  });
  it('leaves a time inside a relative clause to that clause ("who toured … on Wednesday, said")', () => {
    expect(event(4, 'said').time).toBeUndefined();
  });
  it('does not date an event by a year that modifies a noun ("a 1987 treaty")', () => {
    expect(event(5, 'warned').time).toBeUndefined();
  });
  it('writes the source of each date, and the shapes hold it to one kind', async () => {
    const { store } = buildGraph([article], { base: BASE });
    const shapes = parseRdf(readFileSync(join(import.meta.dirname, '../ontology/shapes.ttl'), 'utf8'));
    const q = (p: string, o: string) => store.getQuads(null, DataFactory.namedNode(NS.ng + p), DataFactory.namedNode(NS.ng + o), null);
    expect(q('dateSource', 'PublicationDate').length).toBeGreaterThan(0);
    expect(q('dateSource', 'TimePhrase').length).toBeGreaterThan(0);
    expect(await validateShacl(shapes, [...store])).toEqual([]);
    // A publication-dated time that also claims a phrase breaks the shapes.
    const [t] = q('dateSource', 'PublicationDate');
    const broken = [...store, DataFactory.quad(t!.subject, DataFactory.namedNode(NS.ng + 'phrase'), DataFactory.literal('today'))];
    expect((await validateShacl(shapes, broken)).length).toBeGreaterThan(0);
  });
});

describe('time ranges', () => {
  const text = readFileSync(join(import.meta.dirname, 'fixtures/dates/ranges.txt'), 'utf8');
  const ranges = { ...articleFromText(text, 'ranges', 'ranges'), date: DATE };
  const rx = extractArticle(ranges, defaultKnowledge());
  const bounds = (sentence: number) => rx.times.filter((t) => t.sentence === sentence).map((t) => (t.range ? [t.range.from.value, t.range.to.value] : t.value));
  it('reads "from … to …", "between … and …" and "2000–2009" with both ends resolved', () => {
    expect(bounds(0)).toEqual([['2004', '2009']]);
    expect(bounds(1)).toEqual([['2003-07', '2004-12']]);
    expect(bounds(2)).toEqual([['2023-11-20', '2023-12-11']]);
    expect(bounds(4)[0]).toEqual(['2000', '2009']);
  });
  it('keeps durations, "from time to time" and backwards ranges out', () => {
    expect(bounds(3)).toEqual([]);
    expect(bounds(4)).toHaveLength(1);
  });
  it('gives each end its own span, as GUM and the explorer read them', () => {
    const r = rx.times.find((t) => t.sentence === 0)!.range!;
    expect([text.slice(r.from.start, r.from.end), text.slice(r.to.start, r.to.end)]).toEqual(['2004', '2009']);
  });
  it('writes a dated range as an OWL-Time interval between two instants, with SEM begin and end stamps, that the shapes accept', async () => {
    const { store } = buildGraph([ranges], { base: BASE });
    const fought = store.getSubjects(DataFactory.namedNode(`${NS.sem}hasBeginTimeStamp`), DataFactory.literal('2004', DataFactory.namedNode(`${NS.xsd}gYear`)), null);
    expect(fought).toHaveLength(1);
    expect(store.getObjects(fought[0]!, DataFactory.namedNode(`${NS.sem}hasEndTimeStamp`), null).map((o) => o.value)).toEqual(['2009']);
    expect(store.getObjects(fought[0]!, DataFactory.namedNode(`${NS.sem}hasTimeStamp`), null)).toEqual([]);
    const shapes = parseRdf(readFileSync(join(import.meta.dirname, '../ontology/shapes.ttl'), 'utf8'));
    expect(await validateShacl(shapes, [...store])).toEqual([]);
    // An interval without its end breaks the shapes.
    const broken = [...store].filter((q) => q.predicate.value !== 'http://www.w3.org/2006/time#hasEnd');
    expect((await validateShacl(shapes, broken)).length).toBeGreaterThan(0);
  });
});
