import { DataFactory } from 'n3';
import type { Literal, NamedNode, Term } from '@rdfjs/types';
import type { Granularity, Span, TimeBound, TimeExpression } from '../model/types.js';
import type { Iris } from './iri.js';
import { NG, NIF, RDF, TIME, XSD } from './vocabulary.js';

type Add = (s: NamedNode, p: NamedNode, o: Term) => void;

export const xsdTimeProperty = (g: Granularity): NamedNode => (g === 'date' ? TIME.inXSDDate : g === 'gYearMonth' ? TIME.inXSDgYearMonth : TIME.inXSDgYear);
export const timeLiteral = (value: string, g: Granularity): Literal => DataFactory.literal(value, XSD[g]);

export interface TimeMapContext {
  iris: Iris;
  slug: string;
  add: Add;
  /** Writes begin, end, anchor and reference context of a NIF string. */
  nifString: (node: NamedNode, start: number, end: number) => void;
  sentenceIri: readonly NamedNode[];
}

/**
 * Every time expression the extractor found, whether or not an event uses it: a NIF phrase
 * (ng:TimeExpression) that ng:denotesTime an OWL-Time entity carrying the resolved XSD value. An
 * unresolved phrase keeps its words and gets no value (a wrong date is worse than none). A range's
 * time is a time:Interval whose ends are the time nodes of its two bounds, each a phrase of its own.
 * Returns the time node of a span, so events can point at it.
 */
export function mapTimes(times: readonly TimeExpression[], c: TimeMapContext): (span: Span) => NamedNode {
  const done = new Set<string>();
  const node = (s: Span) => c.iris.time(c.slug, s.start, s.end);
  const phrase = (t: Span & { text: string }, sentence: number, instant: boolean): NamedNode => {
    const tn = node(t);
    const key = `${t.start}:${t.end}`;
    // A span is written once: a bound that is also a time expression of its own keeps one value.
    if (done.has(key)) return tn;
    done.add(key);
    const pn = c.iris.span(c.slug, t.start, t.end);
    c.add(pn, RDF.type, NIF.Phrase);
    c.add(pn, RDF.type, NG.TimeExpression);
    c.nifString(pn, t.start, t.end);
    const s = c.sentenceIri[sentence];
    if (s) c.add(pn, NIF.sentence, s);
    c.add(pn, NG.denotesTime, tn);
    c.add(tn, RDF.type, TIME.TemporalEntity);
    if (instant) c.add(tn, RDF.type, TIME.Instant);
    c.add(tn, NG.phrase, DataFactory.literal(t.text));
    c.add(tn, NG.dateSource, NG.TimePhrase);
    return tn;
  };
  const bound = (b: TimeBound, sentence: number) => {
    const tn = phrase(b, sentence, true);
    c.add(tn, xsdTimeProperty(b.granularity), timeLiteral(b.value, b.granularity));
    return tn;
  };
  // Longer spans first, so a range claims its span before anything nested in it; then by position (deterministic).
  const ordered = [...times].sort((a, b) => a.start - b.start || b.end - a.end);
  for (const t of ordered) {
    if (done.has(`${t.start}:${t.end}`)) continue;
    const tn = phrase(t, t.sentence, false);
    if (t.range) {
      c.add(tn, RDF.type, TIME.Interval);
      c.add(tn, TIME.hasBeginning, bound(t.range.from, t.sentence));
      c.add(tn, TIME.hasEnd, bound(t.range.to, t.sentence));
    } else if (t.begins) {
      // "since 2003": an interval with a beginning and no end the text states.
      c.add(tn, RDF.type, TIME.Interval);
      c.add(tn, TIME.hasBeginning, bound(t.begins, t.sentence));
    } else if (t.value && t.granularity) {
      c.add(tn, xsdTimeProperty(t.granularity), timeLiteral(t.value, t.granularity));
    }
  }
  return node;
}
