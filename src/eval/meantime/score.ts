/** Scores one extraction against one MEANTIME document: names, organisations, linking and DATE values. */
import type { ArticleExtraction } from '../../extract/types.js';
import type { KbEntry } from '../../knowledge/types.js';
import { fold } from '../../nlp/fold.js';
import { qidsForTitle, systemMentions } from '../gum/score.js';
import type { LinkIndex, SysMention } from '../gum/score.js';
import type { Counts } from '../types.js';
import { goldNames } from './gold.js';
import type { GoldName } from './gold.js';
import type { MeantimeDoc } from './types.js';

export interface LinkCheck {
  /** Gazetteer labels and aliases → Wikidata ids, for DBpedia titles. */
  index: LinkIndex;
  /** Wikidata id → folded names of the gazetteer entry, for titles the index does not hold. */
  names: Map<string, Set<string>>;
  demonyms: ReadonlySet<string>;
}

export function linkCheck(gazetteer: readonly KbEntry[], index: LinkIndex): LinkCheck {
  const names = new Map<string, Set<string>>();
  const demonyms = new Set<string>();
  for (const e of gazetteer) {
    for (const d of e.demonyms ?? []) demonyms.add(d.toLowerCase());
    if (!e.wikidata) continue;
    const set = names.get(e.wikidata) ?? new Set<string>();
    for (const n of [e.label, ...(e.aliases ?? [])]) set.add(fold(n));
    names.set(e.wikidata, set);
  }
  return { index, names, demonyms };
}

/** Our Wikidata id is the entity of this DBpedia title: the gazetteer maps the title to it, or names it so. */
export function linkRight(check: LinkCheck, title: string, qid: string): boolean {
  return qidsForTitle(check.index, title).has(qid) || (check.names.get(qid)?.has(fold(title)) ?? false);
}

export interface DateOutcome {
  text: string;
  gold: string;
  ours?: string;
}

export interface MeantimeDocScore {
  id: string;
  names: Counts;
  /** Gold names matched by a system mention that overlaps them (one to one). */
  overlap: Counts;
  orgs: { found: number; total: number };
  /** Gold entities with a DBpedia link and a name in the annotated part: how many we linked right. */
  linkable: { right: number; total: number };
  /** Our linked name mentions over gold names: right, wrong (incl. a name inside a longer one), gold entity without a link. */
  links: { right: number; wrong: { text: string; gold: string; ours: string }[]; noGoldLink: number };
  dates: { total: number; correct: DateOutcome[]; wrong: DateOutcome[]; missed: DateOutcome[]; outOfScope: number };
  misses: { text: string; type: string }[];
  falseAlarms: { text: string; type?: string }[];
}

const ORG_TYPES = new Set<string>(['Organization', 'GovernmentOrganization', 'ArmedForces', 'Group']);
const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;
const key = (s: { start: number; end: number }) => `${s.start}:${s.end}`;
/** Calendar values we produce too; week, quarter, part-of-day, decade and *_REF values are not compared. */
const CALENDAR = /^\d{4}(-\d{2}(-\d{2})?)?$/;

export function scoreMeantime(doc: MeantimeDoc, x: ArticleExtraction, check: LinkCheck): MeantimeDocScore {
  const gold = goldNames(doc, check.demonyms);
  const sys = systemMentions(x).filter((s) => s.end <= doc.annotated_end);
  const goldKeys = new Map(gold.map((g) => [key(g), g]));
  const sysKeys = new Map(sys.map((s) => [key(s), s]));
  const names: Counts = { tp: 0, fp: 0, fn: 0 };
  for (const k of sysKeys.keys()) names[goldKeys.has(k) ? 'tp' : 'fp']++;
  for (const k of goldKeys.keys()) if (!sysKeys.has(k)) names.fn++;

  // One-to-one overlap: exact pairs first, then the longest overlap.
  const pairs: { g: GoldName; s: SysMention; score: number }[] = [];
  for (const g of gold) for (const s of sys) if (overlaps(g, s)) pairs.push({ g, s, score: (key(g) === key(s) ? 1e6 : 0) + Math.min(g.end, s.end) - Math.max(g.start, s.start) });
  pairs.sort((a, b) => b.score - a.score || a.g.start - b.g.start);
  const gm = new Map<GoldName, SysMention>();
  const sm = new Set<SysMention>();
  for (const p of pairs) {
    if (gm.has(p.g) || sm.has(p.s)) continue;
    gm.set(p.g, p.s);
    sm.add(p.s);
  }
  const overlap: Counts = { tp: gm.size, fp: sys.length - sm.size, fn: gold.length - gm.size };

  const orgGold = gold.filter((g) => g.entity.type === 'Organization');
  // Found means the exact span, typed as an organisation: "Ford" typed Person is a miss.
  const isOrg = (s: SysMention | undefined) => !!s && [s.type, s.literalType].some((t) => t !== undefined && ORG_TYPES.has(t));
  const orgs = { found: orgGold.filter((g) => isOrg(sysKeys.get(key(g)))).length, total: orgGold.length };

  // Linking, per gold entity: some name of it carries its id.
  const byEntity = new Map<string, GoldName[]>();
  for (const g of gold) if (g.title) byEntity.set(g.entity.key, [...(byEntity.get(g.entity.key) ?? []), g]);
  let right = 0;
  for (const gs of byEntity.values()) {
    const hit = gs.some((g) => sys.some((s) => overlaps(g, s) && s.wikidata.some((q) => linkRight(check, g.title!, q))));
    if (hit) right++;
  }
  // Linking, per linked mention: judged against the gold name it sits in; a name linked on its own inside a
  // longer name ("India" in "Air India") is judged against the longer name's entity, so it counts as wrong.
  const links: MeantimeDocScore['links'] = { right: 0, wrong: [], noGoldLink: 0 };
  for (const s of sys) {
    const q = s.wikidata[0];
    if (!q) continue;
    const g = goldKeys.get(key(s)) ?? gold.filter((g) => overlaps(g, s)).sort((a, b) => b.end - b.start - (a.end - a.start))[0];
    if (!g) continue;
    if (!g.title) links.noGoldLink++;
    else if (s.wikidata.some((id) => linkRight(check, g.title!, id))) links.right++;
    else links.wrong.push({ text: s.text, gold: g.title, ours: `${q} ${s.label ?? ''}`.trim() });
  }

  const dates: MeantimeDocScore['dates'] = { total: 0, correct: [], wrong: [], missed: [], outOfScope: 0 };
  const times: { start: number; end: number; value?: string }[] = x.times.flatMap((t): { start: number; end: number; value?: string }[] => (t.range ? [t.range.from, t.range.to] : [t]));
  for (const t of doc.timex) {
    if (t.type !== 'DATE') continue;
    if (!CALENDAR.test(t.value)) {
      dates.outOfScope++;
      continue;
    }
    dates.total++;
    const span = { start: t.begin, end: t.end };
    const hit = times.filter((m) => overlaps(m, span)).sort((a, b) => Math.min(b.end, span.end) - Math.max(b.start, span.start) - (Math.min(a.end, span.end) - Math.max(a.start, span.start)))[0];
    const o: DateOutcome = { text: t.text, gold: t.value, ...(hit?.value ? { ours: hit.value } : {}) };
    if (!hit?.value) dates.missed.push(o);
    else if (hit.value.slice(0, 10) === t.value) dates.correct.push(o);
    else dates.wrong.push(o);
  }

  return {
    id: doc.id,
    names,
    overlap,
    orgs,
    linkable: { right, total: byEntity.size },
    links,
    dates,
    misses: gold.filter((g) => !sysKeys.has(key(g))).map((g) => ({ text: g.text, type: g.entity.type })),
    falseAlarms: sys.filter((s) => !goldKeys.has(key(s))).map((s) => ({ text: s.text, ...(s.type ? { type: s.type } : {}) })),
  };
}

/**
 * Bare name spans (a recogniser's output, before the pipeline's entities) against the gold names: exact-span
 * counts and organisations' recall, as for the pipeline.
 */
export function scoreNameSpans(doc: MeantimeDoc, spans: readonly { start: number; end: number; org: boolean }[], check: LinkCheck): { names: Counts; orgs: { found: number; total: number } } {
  const gold = goldNames(doc, check.demonyms);
  const sys = spans.filter((s) => s.end <= doc.annotated_end);
  const goldKeys = new Set(gold.map(key));
  const sysByKey = new Map(sys.map((s) => [key(s), s]));
  const names: Counts = { tp: 0, fp: 0, fn: 0 };
  for (const k of sysByKey.keys()) names[goldKeys.has(k) ? 'tp' : 'fp']++;
  for (const k of goldKeys) if (!sysByKey.has(k)) names.fn++;
  const orgGold = gold.filter((g) => g.entity.type === 'Organization');
  return { names, orgs: { found: orgGold.filter((g) => sysByKey.get(key(g))?.org).length, total: orgGold.length } };
}
