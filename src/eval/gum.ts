/**
 * Scoring against GUM (the Georgetown University Multilayer corpus) as a second, real benchmark.
 *
 * GUM annotates 43 Wikinews documents that `../shared/corpus/wikinews/wikinews.jsonl` also holds (ids
 * `gum:*`, text rebuilt from GUM's sentences). Its annotations are CC BY 4.0 by the GUM annotators; the
 * texts are Wikinews, CC BY 2.5 (see `../shared/corpus/wikinews/README.md`).
 *
 * Pure functions, no `fs`: `scripts/eval-gum.ts` reads the files and writes `docs/quality-gum.md`.
 * - `parseConllu`: tokens, and entity mentions with their GUM type and Wikipedia link, from the MISC
 *   column (`Entity=(GRP-etype-infstat-salience-centering-minspan-link-identity`).
 * - `parseTeiDates`: `<date when=…>` (and range) elements of the TEI file, as word ranges.
 * - `alignGum`: GUM words → character offsets in the jsonl text, word by word with a cursor.
 * - `scoreGum`: named-entity mentions, types, linking and date values against one extraction.
 */
import type { ArticleExtraction } from '../extract/types.js';
import type { EntityType, KbEntry } from '../knowledge/types.js';
import type { EntityRecord, Span } from '../model/types.js';
import { fold } from '../nlp/fold.js';
import type { Counts } from './types.js';

// ---------------------------------------------------------------------------------------------
// Parsing

export interface GumWord {
  /** CoNLL-U word id within its sentence (1-based). */
  id: number;
  form: string;
  upos: string;
  /** Head word id within the sentence, 0 for the root. */
  head: number;
  deprel: string;
}

export interface GumSentence {
  id: string;
  text: string;
  words: GumWord[];
  /** Multi-word tokens ("I've" = I + 've): word ids first..last and the surface form. */
  mwts: { first: number; last: number; form: string }[];
}

/** GUM's ten entity types. */
export type GumType = 'person' | 'place' | 'organization' | 'event' | 'object' | 'abstract' | 'time' | 'substance' | 'animal' | 'plant';

export interface GumMention {
  sentence: number;
  /** Word indices (0-based, into `sentence.words`), inclusive. */
  first: number;
  last: number;
  /** GUM's coreference group: all mentions of one entity share it. */
  group: string;
  type: GumType;
  /** Wikipedia title, decoded ("Donald Trump"); GUM links every mention of a linked entity. */
  wikipedia?: string;
  /** The syntactic head word (the word whose head lies outside the mention). */
  headWord: number;
  /** A proper-name mention: its head is a proper noun (UPOS PROPN), or a title with a name attached by `flat`. */
  proper: boolean;
}

export interface GumDoc {
  id: string;
  sentences: GumSentence[];
  mentions: GumMention[];
}

/** Decodes a GUM identity field ("Agence_France%2DPresse") into a Wikipedia title ("Agence France-Presse"). */
export function wikipediaTitle(identity: string): string {
  let s = identity;
  try {
    s = decodeURIComponent(identity);
  } catch {
    // keep it raw
  }
  return s.replace(/_/g, ' ');
}

/** Parses a GUM CoNLL-U file: sentences, words, multi-word tokens and entity mentions. */
export function parseConllu(content: string): GumDoc {
  let docId = '';
  const sentences: GumSentence[] = [];
  const mentions: GumMention[] = [];
  let cur: GumSentence | undefined;
  // Open mentions, by group id (a stack each, for nested mentions of one entity).
  let open = new Map<string, { first: number; type: GumType; wikipedia?: string }[]>();
  const pending: { sentence: number; first: number; last: number; group: string; type: GumType; wikipedia?: string }[] = [];

  const finishSentence = () => {
    if (!cur) return;
    sentences.push(cur);
    cur = undefined;
    open = new Map();
  };

  for (const line of content.split(/\r?\n/)) {
    if (line.startsWith('# newdoc id = ')) docId = line.slice('# newdoc id = '.length).trim();
    if (line.startsWith('#')) {
      if (line.startsWith('# sent_id = ')) {
        finishSentence();
        cur = { id: line.slice('# sent_id = '.length).trim(), text: '', words: [], mwts: [] };
      } else if (line.startsWith('# text = ') && cur) cur.text = line.slice('# text = '.length);
      continue;
    }
    if (line.trim() === '') {
      finishSentence();
      continue;
    }
    const cols = line.split('\t');
    if (cols.length < 10) continue;
    cur ??= { id: `${docId}-${sentences.length + 1}`, text: '', words: [], mwts: [] };
    const id = cols[0]!;
    const range = /^(\d+)-(\d+)$/.exec(id);
    if (range) {
      cur.mwts.push({ first: Number(range[1]), last: Number(range[2]), form: cols[1]! });
      continue;
    }
    if (!/^\d+$/.test(id)) continue; // empty nodes (8.1) carry no surface
    const wordIndex = cur.words.length;
    cur.words.push({ id: Number(id), form: cols[1]!, upos: cols[3]!, head: Number(cols[6]) || 0, deprel: cols[7]! });
    const entity = /(?:^|\|)Entity=([^|]*)/.exec(cols[9]!)?.[1];
    if (!entity) continue;
    // "(3-organization-new-sssss-cf1-5-coref-Afghan_Girls_Robotics_Team" opens, "3)" closes,
    // "(4-abstract-...-coref)" opens and closes on this word. Identities are %-encoded, so no bracket or hyphen in them.
    for (const m of entity.matchAll(/\(([^()]+)(\))?|(\d+)\)/g)) {
      if (m[1] !== undefined) {
        const f = m[1].split('-');
        const group = f[0]!;
        const type = f[1] as GumType;
        const identity = f.length > 7 ? f.slice(7).join('-') : undefined;
        const item = { first: wordIndex, type, ...(identity ? { wikipedia: wikipediaTitle(identity) } : {}) };
        if (m[2]) pending.push({ sentence: sentences.length, last: wordIndex, group, ...item });
        else {
          if (!open.has(group)) open.set(group, []);
          open.get(group)!.push(item);
        }
      } else if (m[3] !== undefined) {
        const o = open.get(m[3])?.pop();
        if (o) pending.push({ sentence: sentences.length, last: wordIndex, group: m[3], ...o });
      }
    }
  }
  finishSentence();

  for (const p of pending) {
    const s = sentences[p.sentence]!;
    const inside = (w: GumWord) => w.id >= s.words[p.first]!.id && w.id <= s.words[p.last]!.id;
    let headWord = p.first;
    for (let i = p.first; i <= p.last; i++) {
      const w = s.words[i]!;
      const head = s.words.find((h) => h.id === w.head);
      if (!head || !inside(head)) {
        headWord = i;
        break;
      }
    }
    const head = s.words[headWord]!;
    // GUM's trees attach a name to a title before it: "captain Andreas Granqvist" (captain ← flat Andreas).
    const titled = s.words.slice(p.first, p.last + 1).some((w) => w.head === head.id && w.deprel === 'flat' && w.upos === 'PROPN');
    mentions.push({ ...p, headWord, proper: head.upos === 'PROPN' || titled });
  }
  mentions.sort((a, b) => a.sentence - b.sentence || a.first - b.first || b.last - a.last);
  return { id: docId, sentences, mentions };
}

export interface GumDate {
  /** Word indices over the whole document (0-based), inclusive. */
  first: number;
  last: number;
  /** TEI attributes: `when`, or `from`/`to`, `notBefore`/`notAfter`. */
  attrs: Record<string, string>;
}

/** Reads the `<date …>` elements of a GUM TEI file as ranges of its words (one word per tab-separated line). */
export function parseTeiDates(xml: string): { dates: GumDate[]; words: number } {
  const dates: GumDate[] = [];
  const stack: { first: number; attrs: Record<string, string> }[] = [];
  let words = 0;
  for (const line of xml.split(/\r?\n/)) {
    if (line.startsWith('<date')) {
      const attrs: Record<string, string> = {};
      for (const a of line.matchAll(/(\w+)="([^"]*)"/g)) attrs[a[1]!] = a[2]!;
      stack.push({ first: words, attrs });
    } else if (line.startsWith('</date')) {
      const d = stack.pop();
      if (d && words > d.first) dates.push({ first: d.first, last: words - 1, attrs: d.attrs });
    } else if (!line.startsWith('<') && line.includes('\t')) words++;
  }
  return { dates, words };
}

// ---------------------------------------------------------------------------------------------
// Alignment

export interface GoldNamedMention extends Span {
  text: string;
  type: GumType;
  group: string;
  wikipedia?: string;
  proper: boolean;
}

export interface GoldDate extends Span {
  text: string;
  attrs: Record<string, string>;
}

export interface GumGold {
  id: string;
  /** Every aligned GUM mention (all types, named or not). */
  mentions: GoldNamedMention[];
  dates: GoldDate[];
  /** Character spans of the aligned sentences: only there is the system scored. */
  regions: Span[];
  sentences: { aligned: number; skipped: string[] };
  /** Character span of each word, by sentence (empty for a sentence not in the text). */
  words: (Span | undefined)[][];
  /** Non-space characters of the text outside aligned sentences and speaker labels (should be 0). */
  uncovered: number;
}

/** Between two aligned sentences only whitespace and an interview speaker label ("Wikinews: ") may stand. */
const GAP = /^\s*(?:[^\n:]{1,60}:\s+)?$/;
const MAX_GAP = 80;

/**
 * Aligns GUM words to character offsets in `text`, which was rebuilt from GUM's tokens: a cursor walks the
 * text, each word must follow the previous one after whitespace only. A sentence that does not align at the
 * cursor (the headline, the dateline, image captions: not in the jsonl text) is skipped and the cursor stays.
 */
export function alignGum(doc: GumDoc, text: string, dates: GumDate[] = []): GumGold {
  const wordSpans: (Span | undefined)[][] = [];
  const regions: Span[] = [];
  const skipped: string[] = [];
  let cursor = 0;
  for (const s of doc.sentences) {
    const spans = alignSentence(s, text, cursor);
    if (spans) {
      const start = spans[0]!.start;
      const end = spans[spans.length - 1]!.end;
      regions.push({ start, end });
      cursor = end;
      wordSpans.push(spans);
    } else {
      skipped.push(s.text);
      wordSpans.push([]);
    }
  }

  const mentions: GoldNamedMention[] = [];
  for (const m of doc.mentions) {
    const a = wordSpans[m.sentence]?.[m.first];
    const b = wordSpans[m.sentence]?.[m.last];
    if (!a || !b) continue;
    mentions.push({ start: a.start, end: b.end, text: text.slice(a.start, b.end), type: m.type, group: m.group, proper: m.proper, ...(m.wikipedia ? { wikipedia: m.wikipedia } : {}) });
  }

  const flat = wordSpans.flatMap((spans, i) => (spans.length ? spans : doc.sentences[i]!.words.map(() => undefined)));
  const goldDates: GoldDate[] = [];
  for (const d of dates) {
    const a = flat[d.first];
    const b = flat[d.last];
    if (a && b) goldDates.push({ start: a.start, end: b.end, text: text.slice(a.start, b.end), attrs: d.attrs });
  }

  let uncovered = 0;
  let last = 0;
  for (const r of [...regions, { start: text.length, end: text.length }]) {
    const gap = text.slice(last, r.start);
    if (!GAP.test(gap)) uncovered += gap.replace(/\s+/g, '').length;
    last = r.end;
  }
  return { id: doc.id, mentions, dates: goldDates, regions, sentences: { aligned: regions.length, skipped }, words: wordSpans, uncovered };
}

function alignSentence(s: GumSentence, text: string, cursor: number): Span[] | undefined {
  const first = s.words[0];
  if (!first) return undefined;
  const firstForm = s.mwts.find((t) => t.first === first.id)?.form ?? first.form;
  for (let at = text.indexOf(firstForm, cursor); at >= 0; at = text.indexOf(firstForm, at + 1)) {
    if (at - cursor > MAX_GAP) break;
    if (!GAP.test(text.slice(cursor, at))) continue; // "We" inside the speaker label "Andrew Westphal: "
    const spans = alignWords(s, text, at);
    if (spans) return spans;
  }
  return undefined;
}

function alignWords(s: GumSentence, text: string, from: number): Span[] | undefined {
  const spans: Span[] = [];
  let pos = from;
  const skipSpace = (p: number) => {
    while (p < text.length && /\s/.test(text[p]!)) p++;
    return p;
  };
  for (let i = 0; i < s.words.length; i++) {
    const w = s.words[i]!;
    const p = i === 0 ? pos : skipSpace(pos);
    if (text.startsWith(w.form, p)) {
      spans.push({ start: p, end: p + w.form.length });
      pos = p + w.form.length;
      continue;
    }
    // A multi-word token whose parts do not spell its surface: every part gets the whole token.
    const mwt = s.mwts.find((t) => t.first <= w.id && w.id <= t.last);
    if (mwt && text.startsWith(mwt.form, p) && w.id === mwt.first) {
      const n = mwt.last - mwt.first + 1;
      for (let k = 0; k < n; k++) spans.push({ start: p, end: p + mwt.form.length });
      i += n - 1;
      pos = p + mwt.form.length;
      continue;
    }
    return undefined;
  }
  return spans;
}

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
  const times = x.times;
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
