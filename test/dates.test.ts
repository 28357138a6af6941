import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DataFactory } from 'n3';
import { articleFromText, buildGraph, defaultKnowledge, extractArticle, parseRdf, NS } from '../src/index.js';
import { validateShacl } from '../src/validate/shacl.js';
import { BASE } from './helpers/graphs.js';

// Which time dates which event; fixtures in test/fixtures/dates. 2024-05-02 is a Thursday.
const DATE = '2024-05-02';
const text = readFileSync(join(import.meta.dirname, 'fixtures/dates/statements.txt'), 'utf8');
const article = { ...articleFromText(text, 'statements', 'statements'), date: DATE };
const x = extractArticle(article, defaultKnowledge());
const event = (sentence: number, trigger: string) => x.events.find((e) => e.mergedInto === undefined && e.sentence === sentence && e.trigger.text === trigger)!;

describe('event dates', () => {
  it('dates a statement reported without a time by the publication date, and says so', () => {
    expect(event(0, 'rejected').publicationDate).toBe(DATE);
    expect(event(0, 'rejected').time).toBeUndefined();
  });
  it('gives a verb that opens a clause sharing the subject the time of the verb before it', () => {
    expect(event(1, 'called on').time?.value).toBe('2024-04');
    // What is called for is no act of its own (it joins the demand as a trigger); if it stood alone it would have no time.
    expect(event(1, 'withdraw')?.time).toBeUndefined();
  });
  it('does not guess after a sentence set in another time', () => {
    expect(event(2, 'said').publicationDate).toBeUndefined();
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
