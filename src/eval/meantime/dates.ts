/** DATE values against MEANTIME's TIMEX3, from the extraction's time expressions or from the RDF. */
import type { Quad } from '@rdfjs/types';
import { NG, NIF, RDF, TIME } from '../../rdf/vocabulary.js';
import type { Counts } from '../types.js';
import type { MeantimeDoc } from './types.js';

export interface DateOutcome {
  text: string;
  gold: string;
  ours?: string;
}

/** A time span with its calendar value, if it has one. */
export interface ValuedSpan {
  start: number;
  end: number;
  value?: string;
}

export interface DateScore {
  total: number;
  correct: DateOutcome[];
  wrong: DateOutcome[];
  missed: DateOutcome[];
  outOfScope: number;
  /** tp: gold calendar values we give; fp: our values in the annotated part that are wrong or name no gold DATE; fn: gold values we miss or get wrong. */
  counts: Counts;
}

/** Calendar values we produce too; week, quarter, part-of-day, decade and *_REF values are not compared. */
const CALENDAR = /^\d{4}(-\d{2}(-\d{2})?)?$/;
const overlap = (a: { start: number; end: number }, b: { start: number; end: number }) => Math.min(a.end, b.end) - Math.max(a.start, b.start);

export function scoreDateValues(doc: MeantimeDoc, times: readonly ValuedSpan[]): DateScore {
  const s: DateScore = { total: 0, correct: [], wrong: [], missed: [], outOfScope: 0, counts: { tp: 0, fp: 0, fn: 0 } };
  const right = new Set<ValuedSpan>();
  for (const t of doc.timex) {
    if (t.type !== 'DATE') continue;
    if (!CALENDAR.test(t.value)) {
      s.outOfScope++;
      continue;
    }
    s.total++;
    const span = { start: t.begin, end: t.end };
    // The time expression that overlaps the gold most; on a tie the shorter (a range's bound, not the range).
    const hit = times.filter((m) => overlap(m, span) > 0).sort((a, b) => overlap(b, span) - overlap(a, span) || a.end - a.start - (b.end - b.start))[0];
    const o: DateOutcome = { text: t.text, gold: t.value, ...(hit?.value ? { ours: hit.value } : {}) };
    if (!hit?.value) s.missed.push(o);
    else if (hit.value.slice(0, 10) === t.value) {
      s.correct.push(o);
      right.add(hit);
    } else s.wrong.push(o);
  }
  // Our values in the annotated part: right, or a false alarm unless they sit on a gold time we do not compare
  // (a duration, a set, a week or a *_REF value).
  const uncompared = doc.timex.filter((t) => t.type !== 'DATE' || !CALENDAR.test(t.value)).map((t) => ({ start: t.begin, end: t.end }));
  for (const m of times) {
    if (!m.value || m.end > doc.annotated_end || right.has(m)) continue;
    if (uncompared.some((u) => overlap(u, m) > 0) && !doc.timex.some((t) => CALENDAR.test(t.value) && t.type === 'DATE' && overlap({ start: t.begin, end: t.end }, m) > 0)) continue;
    s.counts.fp++;
  }
  s.counts.tp = s.correct.length;
  s.counts.fn = s.total - s.correct.length;
  return s;
}

/**
 * The time expressions of an article's RDF: every ng:TimeExpression phrase with its offsets, and the XSD
 * value of the time it denotes (none for a range's interval: its bounds are phrases of their own).
 */
export function timesFromRdf(quads: readonly Quad[]): ValuedSpan[] {
  const bySubject = new Map<string, Quad[]>();
  for (const q of quads) {
    const list = bySubject.get(q.subject.value);
    if (list) list.push(q);
    else bySubject.set(q.subject.value, [q]);
  }
  const one = (s: string, p: string) => bySubject.get(s)?.find((q) => q.predicate.value === p)?.object.value;
  const VALUE = new Set([TIME.inXSDDate.value, TIME.inXSDgYearMonth.value, TIME.inXSDgYear.value]);
  const out: ValuedSpan[] = [];
  for (const [s, qs] of bySubject) {
    if (!qs.some((q) => q.predicate.equals(RDF.type) && q.object.equals(NG.TimeExpression))) continue;
    const time = one(s, NG.denotesTime.value);
    const value = time ? bySubject.get(time)?.find((q) => VALUE.has(q.predicate.value))?.object.value : undefined;
    out.push({ start: Number(one(s, NIF.beginIndex.value)), end: Number(one(s, NIF.endIndex.value)), ...(value ? { value } : {}) });
  }
  return out.sort((a, b) => a.start - b.start || a.end - b.end);
}
