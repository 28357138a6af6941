import type { ArticleExtraction } from '../../extract/types.js';
import type { EntityType, KbEntry } from '../../knowledge/types.js';
import type { EntityRecord, Span } from '../../model/types.js';
import { fold } from '../../nlp/fold.js';
import type { Counts } from '../types.js';
import type { GoldNamedMention, GumGold } from './align.js';
import type { GumType } from './parse.js';

// ---------------------------------------------------------------------------------------------
// Type mapping

/** GUM types newsgraph extracts. Events, objects, abstracts, times, substances, animals and plants are out of scope. */
export const SCOPED_GUM_TYPES: readonly GumType[] = ['person', 'place', 'organization'];

/**
 * Which newsgraph types a GUM type corresponds to. `Group` (ethnic, religious and armed groups) sits on both
 * sides: GUM types "the Rohingya" as person and an armed group as organization. A government
 * (`GovernmentOrganization`) is also accepted for a GUM place when the mention is a metonym handled by
 * the caller (the literal place is compared too).
 */
export const GUM_TYPE_MAP: Record<'person' | 'place' | 'organization', readonly EntityType[]> = {
  person: ['Person', 'Group'],
  place: ['Country', 'City', 'Place'],
  organization: ['Organization', 'GovernmentOrganization', 'ArmedForces', 'Group'],
};

export function typeCompatible(gum: GumType, ours: EntityType): boolean {
  return (GUM_TYPE_MAP as Record<string, readonly EntityType[] | undefined>)[gum]?.includes(ours) ?? false;
}

// ---------------------------------------------------------------------------------------------
// Linking: Wikipedia titles → Wikidata ids through the gazetteer's labels

export interface LinkIndex {
  byLabel: Map<string, Set<string>>;
  byAlias: Map<string, Set<string>>;
}

const norm = (s: string) => fold(s).replace(/^the\s+/, '').replace(/\s+/g, ' ').trim();

/** Gazetteer labels and aliases → Wikidata ids (only entries that have one). */
export function linkIndex(entries: Iterable<KbEntry>): LinkIndex {
  const byLabel = new Map<string, Set<string>>();
  const byAlias = new Map<string, Set<string>>();
  const add = (m: Map<string, Set<string>>, k: string, q: string) => {
    if (!m.has(k)) m.set(k, new Set());
    m.get(k)!.add(q);
  };
  for (const e of entries) {
    if (!e.wikidata) continue;
    add(byLabel, norm(e.label), e.wikidata);
    for (const a of e.aliases ?? []) add(byAlias, norm(a), e.wikidata);
  }
  return { byLabel, byAlias };
}

/**
 * The Wikidata ids a Wikipedia title may stand for, by the gazetteer: a label equal to the title, else an alias.
 * Titles with a disambiguator ("Georgia (U.S. state)") are looked up whole, so they find nothing rather than the wrong thing.
 */
export function qidsForTitle(index: LinkIndex, title: string): Set<string> {
  const k = norm(title);
  return index.byLabel.get(k) ?? index.byAlias.get(k) ?? new Set();
}

// ---------------------------------------------------------------------------------------------
// Scoring

/**
 * A system mention that takes part in named-entity scoring: a name or a metonym, or a "demonym" that is the
 * entity's own name ("US" in "US President"). Titles, pronouns, nominals and adjectival demonyms are left out.
 */
export interface SysMention extends Span {
  text: string;
  type?: EntityType;
  /** Literal type, for a metonym ("Moscow" → government, literally a City). */
  literalType?: EntityType;
  wikidata: string[];
  label?: string;
}

export interface LinkOutcome {
  mention: string;
  title: string;
  ours?: string;
  ourLabel?: string;
  expected?: string[];
}

export interface DateOutcome {
  text: string;
  when: string;
  ours?: string;
}

export interface GumDocScore {
  id: string;
  gold: number;
  exact: Counts;
  overlap: Counts;
  /** Matched (overlap) pairs whose types agree, over all matched pairs. */
  type: { correct: number; total: number };
  linking: {
    /** GUM's title maps to a gazetteer Wikidata id: correct, wrong, or we left it unlinked. */
    correct: LinkOutcome[];
    wrong: LinkOutcome[];
    unlinked: LinkOutcome[];
    /** GUM's title is not in the gazetteer: NIL for us is right; a link cannot be checked here. */
    nilAgreed: number;
    unverifiable: LinkOutcome[];
    /** GUM gives no Wikipedia link, but we linked. */
    linkedWithoutGold: LinkOutcome[];
  };
  dates: {
    /** GUM `when` values with a year (YYYY, YYYY-MM, YYYY-MM-DD; a time part is dropped). */
    total: number;
    correct: DateOutcome[];
    wrong: DateOutcome[];
    unresolved: DateOutcome[];
    missed: DateOutcome[];
    /** `when` without a year or a time only, and ranges (from/to, notBefore/notAfter): not compared. */
    outOfScope: number;
    /** Our resolved times that overlap no GUM date (GUM may simply not annotate them). */
    unmatchedSystem: DateOutcome[];
  };
  misses: { text: string; type: GumType }[];
  falseAlarms: { text: string; type?: EntityType; why: string }[];
  typeErrors: { text: string; gum: GumType; ours?: EntityType }[];
  /** System mentions outside the aligned sentences (speaker labels): not scored. */
  ignored: number;
}

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;
const overlapLength = (a: Span, b: Span) => Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));

/** The GUM span for exact comparison: without a leading "the" and a trailing possessive "'s". */
export function coreSpan(text: string, span: Span): Span {
  let { start, end } = span;
  const s = text.slice(start, end);
  const the = /^the\s+/i.exec(s);
  if (the && the[0].length < s.length) start += the[0].length;
  const poss = /\s*['’]s?$/.exec(text.slice(start, end));
  if (poss && poss.index > 0) end = start + poss.index;
  return { start, end };
}

/** The system's named-entity mentions, with the type and Wikidata ids of what they denote. */
export function systemMentions(x: ArticleExtraction): SysMention[] {
  const out: SysMention[] = [];
  const entity = (k: string): EntityRecord | undefined => x.entities.get(k);
  for (const m of x.mentions) {
    const refs = m.refs.map(entity).filter((e): e is EntityRecord => !!e);
    // "US" in "US President" is tagged a demonym, but it is the country's own name, and GUM marks it as a place.
    const ownName = m.kind === 'demonym' && refs.some((e) => [e.label, ...e.aliases].some((n) => fold(n) === fold(m.text)));
    if (m.kind !== 'name' && m.kind !== 'metonym' && !ownName) continue;
    const lit = m.literal ? entity(m.literal) : undefined;
    const wikidata = [...refs, ...(lit ? [lit] : [])].flatMap((e) => (e.wikidata ? [e.wikidata] : []));
    out.push({
      start: m.start,
      end: m.end,
      text: m.text,
      ...(refs[0] ? { type: refs[0].type, label: refs[0].label } : {}),
      ...(lit ? { literalType: lit.type } : {}),
      wikidata: [...new Set(wikidata)],
    });
  }
  return out;
}

const YEAR_VALUE = /^(\d{4})(-\d{2})?(-\d{2})?(T.*)?$/;

/** Scores one document's extraction against its aligned GUM gold. */
export function scoreGum(x: ArticleExtraction, gold: GumGold, index: LinkIndex): GumDocScore {
  const inRegion = (s: Span) => gold.regions.some((r) => s.start >= r.start && s.end <= r.end);
  const all = systemMentions(x);
  const sys = all.filter(inRegion);
  const goldNamed = gold.mentions.filter((m) => m.proper && SCOPED_GUM_TYPES.includes(m.type));
  const text = x.article.text;
  const compatibleWith = (g: GoldNamedMention, s: SysMention) => (s.type && typeCompatible(g.type, s.type)) || (s.literalType && typeCompatible(g.type, s.literalType)) || false;

  // Exact: same span, GUM's without a leading "the" or trailing "'s".
  const exact: Counts = { tp: 0, fp: 0, fn: 0 };
  const exactKeys = new Set(goldNamed.map((g) => coreSpan(text, g)).map((s) => `${s.start}:${s.end}`));
  const sysKeys = new Set(sys.map((s) => `${s.start}:${s.end}`));
  for (const k of sysKeys) {
    if (exactKeys.has(k)) exact.tp++;
    else exact.fp++;
  }
  for (const k of exactKeys) if (!sysKeys.has(k)) exact.fn++;

  // Overlap: one-to-one, exact pairs first, then type-compatible and longest overlaps first.
  const pairs: { g: number; s: number; score: number }[] = [];
  goldNamed.forEach((g, gi) => {
    const core = coreSpan(text, g);
    sys.forEach((s, si) => {
      if (!overlaps(g, s)) return;
      const exactHit = core.start === s.start && core.end === s.end;
      pairs.push({ g: gi, s: si, score: (exactHit ? 1e6 : 0) + (compatibleWith(g, s) ? 1e5 : 0) + overlapLength(g, s) });
    });
  });
  pairs.sort((a, b) => b.score - a.score);
  const gMatch = new Map<number, number>();
  const sMatch = new Map<number, number>();
  for (const p of pairs) {
    if (gMatch.has(p.g) || sMatch.has(p.s)) continue;
    gMatch.set(p.g, p.s);
    sMatch.set(p.s, p.g);
  }
  const overlap: Counts = { tp: gMatch.size, fp: sys.length - sMatch.size, fn: goldNamed.length - gMatch.size };

  const misses = goldNamed.filter((_, i) => !gMatch.has(i)).map((g) => ({ text: g.text, type: g.type }));
  const falseAlarms = sys
    .filter((_, i) => !sMatch.has(i))
    .map((s) => {
      // Classified by the smallest GUM mention it overlaps.
      const g = gold.mentions.filter((g) => overlaps(g, s)).sort((a, b) => a.end - a.start - (b.end - b.start))[0];
      const why = !g ? 'no GUM mention' : g.proper && SCOPED_GUM_TYPES.includes(g.type) ? 'inside a GUM name already matched' : `GUM: ${g.proper ? 'named' : 'common noun'} ${g.type}`;
      return { text: s.text, ...(s.type ? { type: s.type } : {}), why };
    });

  const type = { correct: 0, total: 0 };
  const typeErrors: GumDocScore['typeErrors'] = [];
  const linking: GumDocScore['linking'] = { correct: [], wrong: [], unlinked: [], nilAgreed: 0, unverifiable: [], linkedWithoutGold: [] };
  for (const [gi, si] of gMatch) {
    const g = goldNamed[gi]!;
    const s = sys[si]!;
    type.total++;
    if (compatibleWith(g, s)) type.correct++;
    else typeErrors.push({ text: g.text, gum: g.type, ...(s.type ? { ours: s.type } : {}) });

    const ours = s.wikidata[0];
    const base = { mention: s.text, title: g.wikipedia ?? '', ...(ours ? { ours } : {}), ...(s.label ? { ourLabel: s.label } : {}) };
    if (!g.wikipedia) {
      if (ours) linking.linkedWithoutGold.push(base);
      continue;
    }
    const expected = [...qidsForTitle(index, g.wikipedia)];
    if (expected.length === 0) {
      if (ours) linking.unverifiable.push(base);
      else linking.nilAgreed++;
    } else if (s.wikidata.some((q) => expected.includes(q))) linking.correct.push({ ...base, expected });
    else if (ours) linking.wrong.push({ ...base, expected });
    else linking.unlinked.push({ ...base, expected });
  }

  const dates: GumDocScore['dates'] = { total: 0, correct: [], wrong: [], unresolved: [], missed: [], outOfScope: 0, unmatchedSystem: [] };
  // GUM marks each end of a range as a date of its own ("from 2004 to 2009").
  // "since 2003" has no value of its own; its beginning is the date GUM marks.
  const times = x.times.flatMap((t) => (t.range ? [{ ...t.range.from, sentence: t.sentence }, { ...t.range.to, sentence: t.sentence }] : t.begins ? [{ ...t.begins, sentence: t.sentence }] : [t]));
  for (const d of gold.dates) {
    const when = d.attrs.when;
    const m = when ? YEAR_VALUE.exec(when) : null;
    if (!when || !m) {
      dates.outOfScope++;
      continue;
    }
    dates.total++;
    const value = `${m[1]}${m[2] ?? ''}${m[3] ?? ''}`;
    const hit = times.filter((t) => overlaps(t, d)).sort((a, b) => overlapLength(b, d) - overlapLength(a, d))[0];
    const o = { text: d.text, when: value, ...(hit?.value ? { ours: hit.value } : hit ? { ours: `(unresolved: "${hit.text}")` } : {}) };
    if (!hit) dates.missed.push(o);
    else if (!hit.value) dates.unresolved.push(o);
    else if (hit.value === value) dates.correct.push(o);
    else dates.wrong.push(o);
  }
  for (const t of times) {
    if (!t.value || !inRegion(t)) continue;
    if (!gold.dates.some((d) => overlaps(d, t))) dates.unmatchedSystem.push({ text: t.text, when: '', ours: t.value });
  }

  return { id: gold.id, gold: goldNamed.length, exact, overlap, type, linking, dates, misses, falseAlarms, typeErrors, ignored: all.length - sys.length };
}


/**
 * The records a link may point at, for the scorers' title look-ups: the gazetteer and the linking knowledge base
 * (a Wikipedia title names our id when either holds it under that name).
 */
export function linkTargets(gazetteer: readonly KbEntry[], kb: readonly { id: string; label: string; type: EntityType; wikidata: string; aliases?: string[] | undefined }[] = []): KbEntry[] {
  return [...gazetteer, ...kb.map((r): KbEntry => ({ id: r.id, label: r.label, type: r.type, wikidata: r.wikidata, ...(r.aliases ? { aliases: r.aliases } : {}) }))];
}
