import type { Modality, TimeExpression } from '../../model/types.js';
import { docIndex, firstTokenFrom } from '../doc-index.js';
import { SUBORDINATORS, SYN, purposes } from './lexicon.js';
import type { Candidate } from './lexicon.js';
import type { Token } from '../../nlp/types.js';
import type { ExtractionContext } from '../types.js';

/**
 * Sentence-level attachments: time phrases to the nearest trigger of their own clause, purpose clauses to
 * the event they explain. "Ruto, who toured Garissa on Wednesday, said …": Wednesday dates the tour, not
 * the statement; a time in a clause without a trigger dates nothing.
 */
export function attachTimes(ctx: ExtractionContext, found: Candidate[], sentence: number, clauses: Map<number, number>): void {
  const t = ctx.doc.tokens;
  const published = ctx.article.date;
  for (const time of ctx.times.filter((x) => x.sentence === sentence)) {
    const ti = firstTokenFrom(t, time.start);
    // "a 1987 treaty", "the 2015 deal": a date that modifies a noun dates that thing, not an event of the clause.
    if (modifiesNoun(t, time)) continue;
    const clause = clauses.get(ti);
    let best: Candidate | undefined;
    let dist = Infinity;
    const future = (!!time.value && !!published && time.value > published.slice(0, time.value.length)) || time.text.toLowerCase().split(/\W+/).some((w) => SYN.futureTimeWords.includes(w));
    for (const c of found) {
      if (clause !== undefined && clause >= 0 && clauses.get(c.first) !== clause) continue;
      if (insideWhatWasSaid(t, c, ti)) continue;
      // "said more rain could fall over the next week": what was said in the past happened before publication.
      if (future && isPast(t[c.first]!)) continue;
      const d = ti > c.last ? ti - c.last : (c.first - ti) + 0.5;
      if (d < dist) {
        dist = d;
        best = c;
      }
    }
    if (best && !best.event.time) best.event.time = time;
  }
  // "condemned the offensive last week and called on Rwanda …", "demanded on Thursday …, warning that …":
  // a clause that shares its subject with the verb before it shares that verb's time.
  for (const c of found) {
    const clause = clauses.get(c.first) ?? 0;
    if (c.event.time || c.entry.pos !== 'verb' || clause <= 0) continue;
    let start = c.first;
    while (clauses.get(start - 1) === clause) start--;
    const opener = t[start];
    const shares = opener?.norm === 'and' || (opener?.pos === 'VERB' && /ing$/.test(opener.norm) && t[start - 1]?.text === ',');
    if (!shares) continue;
    // Only the verb that opens the clause ("and called on", ", warning"), not one further inside it.
    if (c.first > start + 2) continue;
    const prev = [...found].reverse().find((o) => o !== c && o.entry.pos === 'verb' && o.last < start);
    if (prev?.event.time && (clauses.get(prev.first) ?? 0) < clause) c.event.time = prev.event.time;
    // "Pardo conceded defeat late on Sunday and congratulated his rival": the verb before is no event, but
    // its time is still the time of the clause this one continues.
    // The time must follow that verb ("conceded defeat late on Sunday"), not open the sentence before it.
    let verb = start - 1;
    while (verb >= 0 && t[verb]!.sentence === sentence && t[verb]!.pos !== 'VERB') verb--;
    // A finite verb ("conceded"), not a participle ("been involved … in January") or an infinitive.
    const finite = verb >= 0 && t[verb]!.sentence === sentence && t[verb - 1]?.pos !== 'AUX' && t[verb - 1]?.norm !== 'to';
    if (!prev && finite) c.event.time = [...ctx.times].reverse().find((x) => x.sentence === sentence && x.start > t[verb]!.end && x.end <= t[start]!.start && !modifiesNoun(t, x) && (clauses.get(firstTokenFrom(t, x.start)) ?? 0) < clause);
  }
}

/**
 * Token `ti` lies in what a verb of saying reports, not in the saying: before a trailing attribution ("The attackers
 * arrived late on Monday …, the spokesman said") or in the clause after the verb ("his family said he was in
 * hospital after an operation last month").
 */
function insideWhatWasSaid(t: Token[], c: Candidate, ti: number): boolean {
  if (!c.entry.speech) return false;
  return (ti < c.first && ti < attributionStart(t, c.first)) || (ti > c.last && verbBetween(t, c.last + 1, ti));
}

/**
 * Where a trailing attribution (", government spokesman Alain Sawadogo said") begins: the comma before
 * the speech verb with no verb between them and a verb before it; -1 when the verb closes no such attribution.
 */
function attributionStart(t: Token[], verb: number): number {
  const sentence = t[verb]!.sentence;
  // It closes the sentence, or only a time or place follows ("said on Wednesday"); "said the ban …" opens one.
  const next = t[verb + 1];
  if (next && next.sentence === sentence && next.pos !== 'PUNCT' && next.pos !== 'ADP' && next.pos !== 'ADV') return -1;
  for (let k = verb - 1; k >= 0 && t[k]!.sentence === sentence; k--) {
    const x = t[k]!;
    if (x.pos === 'VERB' || x.pos === 'AUX' || x.pos === 'SCONJ') return -1;
    if (x.text !== ',') continue;
    // Only after what was said: "On Monday, the minister said" opens with its own time.
    for (let j = k - 1; j >= 0 && t[j]!.sentence === sentence; j--) if (t[j]!.pos === 'VERB' || t[j]!.pos === 'AUX') return k;
    return -1;
  }
  return -1;
}

/**
 * A clause of its own between two tokens: an auxiliary, or a verb right after its subject ("he was", "Smithers
 * gave"); not "by live television", "announced leaving", "remarks published by".
 */
function verbBetween(t: Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const x = t[k]!;
    if (x.pos === 'AUX') return true;
    if (x.pos === 'VERB' && ['PRON', 'PROPN', 'NOUN'].includes(t[k - 1]?.pos ?? '') && !/ing$/.test(x.norm) && t[k + 1]?.norm !== 'by') return true;
  }
  return false;
}

/** "a 1987 treaty", "the 2015 deal": a date that modifies a noun dates that thing, not an event of the clause. */
function modifiesNoun(t: Token[], time: TimeExpression): boolean {
  const ti = firstTokenFrom(t, time.start);
  const after = firstTokenFrom(t, time.end);
  return t[ti - 1]?.pos === 'DET' && t[after]?.pos === 'NOUN' && t[after]!.start >= time.end;
}

/** A verb in a past form ("said", "warned", "told"), not a present ("says") or a gerund. */
function isPast(tok: Token): boolean {
  return tok.pos === 'VERB' && tok.norm !== tok.lemma && !/ing$/.test(tok.norm) && tok.norm !== `${tok.lemma}s` && tok.norm !== `${tok.lemma}es`;
}

/** "…, reportedly aiming to defend the Druze population": a purpose, hedged on its own. */
export function attachPurpose(ctx: ExtractionContext, found: Candidate[], first: number, last: number, clauses: Map<number, number>): void {
  const t = ctx.doc.tokens;
  const { norms } = docIndex(ctx.doc);
  // Step from marker to marker: a closure below reads k, so each turn of this loop costs an allocation.
  for (let k = nextPurpose(norms, first, last); k <= last; k = nextPurpose(norms, k + 1, last)) {
    const p = purposes().matchAt(norms, k)[0];
    if (!p) continue;
    const owner = [...found].reverse().find((c) => c.last < k && c.clause < (clauses.get(k) ?? 0));
    if (!owner) return;
    let hedge: { modality: Modality; certainty: number; text: string } | undefined;
    for (let h = k - 1; h >= k - 2 && h >= first; h--) {
      const hm = ctx.kb.hedges.matchAt(norms, h)[0];
      if (hm) {
        hedge = { modality: hm.value.modality as Modality, certainty: hm.value.certainty, text: t[h]!.text };
      }
    }
    let e = k + p.length;
    while (e <= last && t[e]?.text !== '.' && t[e]?.text !== ';') e++;
    const start = t[k + p.length]?.start ?? t[k]!.start;
    const end = t[e - 1]!.end;
    const concerns = [...new Set(ctx.mentions.filter((m) => m.start >= start && m.end <= end).flatMap((m) => m.refs))];
    owner.event.purpose = { text: ctx.doc.text.slice(start, end), modality: hedge?.modality ?? 'intended', certainty: hedge?.certainty ?? 1, ...(hedge ? { hedge: hedge.text } : {}), concerns };
    // The hedge belongs to the purpose: undo it on the event if it was read from the same clause.
    if (hedge && owner.event.hedge === hedge.text) {
      owner.event.hedge = undefined;
      owner.event.modality = 'asserted';
      owner.event.certainty = 1;
    }
    return;
  }
}

/**
 * A statement reported in its own right ("the ministry said", "Ethiopia rejected the demand"): a verb of a
 * root in event-syntax.json `datedByPublication`, not past perfect ("had accused"), not after a subordinator
 * ("after X accused"), not inside a that-clause or after another verb of saying ("said Russia rejected").
 */
export function markReported(ctx: ExtractionContext, found: Candidate[], clauses: Map<number, number>): void {
  const t = ctx.doc.tokens;
  for (const c of found) {
    if (c.entry.pos !== 'verb' || !SYN.datedByPublication.some((r) => c.event.code.startsWith(r))) continue;
    // Said by someone, in a finite clause: not "was praised", "by supporting", "to thank", "having declared".
    const before1 = t[c.first - 1];
    if (c.event.passive || (before1 && (before1.norm === 'to' || before1.norm === 'having' || before1.pos === 'ADP'))) continue;
    // "Thank you for …": a sentence that opens on a bare verb addresses someone; it reports nothing.
    if ((!before1 || before1.sentence !== t[c.first]!.sentence) && t[c.first]!.norm === t[c.first]!.lemma) continue;
    const clause = clauses.get(c.first);
    let start = c.first;
    while (clauses.has(start - 1) && clauses.get(start - 1) === clause) start--;
    const before = t.slice(start, c.first);
    if (clause !== 0 && t[start]?.norm === 'that') continue;
    if (before.some((x) => SUBORDINATORS.has(x.norm) || x.norm === 'had')) continue;
    if (found.some((o) => o !== c && o.entry.speech && o.last < c.first && clauses.get(o.first) === clause)) continue;
    // A clause that names a time of its own ("announced during a visit last month") is dated by it or not at all.
    // A time inside what was said ("said Russian aircraft had not flown … on Thursday") is not the statement's own.
    const ownTime = (x: TimeExpression) => {
      const ti = firstTokenFrom(t, x.start);
      return x.sentence === c.event.sentence && clauses.get(ti) === clause && !insideWhatWasSaid(t, c, ti);
    };
    if (ctx.times.some(ownTime)) continue;
    c.reported = true;
  }
}

/**
 * Reported statements with no time of their own take the publication date, when the article has a full
 * date, unless the sentence before set the story in another time ("The talks were suspended last week …
 * The Taliban claimed responsibility"): then the date is unknown, and left out.
 */
export function datePublished(ctx: ExtractionContext, all: Candidate[]): void {
  const date = ctx.article.date;
  if (!date || !/^\d{4}-\d{2}-\d{2}$/.test(date)) return;
  // Only an earlier time moves the story: "by 2031" does not.
  const elsewhen = new Set(ctx.times.filter((x) => x.value !== undefined && x.value < date).map((x) => x.sentence + 1));
  const t = ctx.doc.tokens;
  for (const c of all) {
    const e = c.event;
    if (!c.reported || e.mergedInto !== undefined || e.time || e.modality !== 'asserted' || e.negated) continue;
    // What a source says ("Odinga said at a news conference") is news of the day even after a background
    // sentence; "has repeatedly said" looks back, and a statement in the present perfect stays undated there.
    const current = c.entry.speech && !presentPerfect(t, c.first);
    if (current || !elsewhen.has(e.sentence)) e.publicationDate = date;
  }
}

/** "has said", "have repeatedly said": an auxiliary have before the verb, past adverbs only. */
function presentPerfect(t: Token[], first: number): boolean {
  let k = first - 1;
  while (k >= 0 && t[k]!.pos === 'ADV') k--;
  return k >= 0 && (t[k]!.norm === 'has' || t[k]!.norm === 'have');
}

/** The first token from `k` on that may open a purpose clause; last + 1 when none does. */
function nextPurpose(norms: string[], k: number, last: number): number {
  while (k <= last && !purposes().starts(norms[k])) k++;
  return k;
}
