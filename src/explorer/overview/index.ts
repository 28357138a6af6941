// The corpus overview (issue 16): entities joined by what ties them, facts and shared events, one weighted
// edge per pair, typed by CAMEO quad class. Pure; run in the dataset worker.
import { NS } from '../../rdf/vocabulary.js';
import type { Overview, OverviewEdge, OverviewInput, QuadClass, Tie } from './types.js';

export type { Overview, OverviewEdge, OverviewInput, QuadClass, Tie } from './types.js';

export const QUAD_CLASSES: readonly QuadClass[] = ['verbal-coop', 'material-coop', 'verbal-conflict', 'material-conflict', 'other'];

const AGENT = `${NS.ng}agent`;
const TARGET = `${NS.ng}target`;
/** Statements addressed to someone: "X told Reuters" makes Reuters an addressee, not an actor. */
const REPORTING = new Set(['told']);
const REPORTING_WEIGHT = 0.25;
/** An event with more agent × target pairs than this is a crowd: it ties no one in particular. */
const MAX_EVENT_PAIRS = 16;
/** Several agents and no target ("A and B signed…") tie the agents, up to this many. */
const MAX_CO_AGENTS = 4;
/** An outlet: at least this many reporting ties to it, and at least half of all its ties. */
const OUTLET_MIN = 3;

/** The CAMEO quad class of an event code ("042" → verbal cooperation). */
export function quadClass(code: string | undefined): QuadClass {
  const root = code ? Number(code.slice(0, 2)) : NaN;
  if (root >= 1 && root <= 5) return 'verbal-coop';
  if (root >= 6 && root <= 8) return 'material-coop';
  if (root >= 9 && root <= 14) return 'verbal-conflict';
  if (root >= 15 && root <= 20) return 'material-conflict';
  return 'other';
}

/** "DiscussByTelephone" → "discuss by telephone". */
function words(iri: string): string {
  const local = iri.replace(/^.*[#/]/, '');
  return local.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
}

/** Every tie in the dataset: agent–target pairs of each event, and facts between entities not read from an event. */
export function tiesOf(ds: OverviewInput): Tie[] {
  const agents = new Map<string, string[]>();
  const targets = new Map<string, string[]>();
  const isEntity = (id: string) => ds.nodes.get(id)?.kind === 'entity';
  for (const e of ds.edges) {
    if (e.kind !== 'role' || !isEntity(e.target)) continue;
    const into = e.predicate === AGENT ? agents : e.predicate === TARGET ? targets : null;
    if (!into) continue;
    const list = into.get(e.source);
    if (list) list.push(e.target);
    else into.set(e.source, [e.target]);
  }
  const ties: Tie[] = [];
  const seen = new Set<string>();
  const pairKey = (a: string, b: string, key: string) => (a < b ? `${a} ${b} ${key}` : `${b} ${a} ${key}`);
  const push = (t: Tie) => {
    const k = pairKey(t.from, t.to, t.key);
    if (t.from === t.to || seen.has(k)) return;
    seen.add(k);
    ties.push(t);
  };
  for (const [ev, as] of agents) {
    const node = ds.nodes.get(ev);
    if (!node) continue;
    const ts = targets.get(ev) ?? [];
    const base = { key: ev, label: words(node.cls), cls: quadClass(node.cameoCode), reporting: false, ...(node.date ? { date: node.date } : {}) };
    if (ts.length && as.length * ts.length <= MAX_EVENT_PAIRS) {
      for (const a of as) for (const t of ts) push({ ...base, from: a, to: t });
    } else if (!ts.length && as.length >= 2 && as.length <= MAX_CO_AGENTS) {
      for (let i = 0; i < as.length; i++) for (let j = i + 1; j < as.length; j++) push({ ...base, from: as[i]!, to: as[j]! });
    }
  }
  // Facts come second: one read from an event already counted for the pair adds nothing, but lends its verb.
  const verbOf = new Map<string, string>();
  for (const e of ds.edges) {
    if (e.kind !== 'fact' || !isEntity(e.source) || !isEntity(e.target)) continue;
    const ev = e.events?.[0];
    const reporting = REPORTING.has(e.label);
    if (ev && seen.has(pairKey(e.source, e.target, ev))) {
      verbOf.set(pairKey(e.source, e.target, ev), e.label);
      continue;
    }
    const node = ev ? ds.nodes.get(ev) : undefined;
    const date = e.dates[0];
    push({ from: e.source, to: e.target, key: ev ?? `${e.source} ${e.predicate} ${e.target}`, label: e.label, cls: quadClass(node?.cameoCode), reporting, ...(date ? { date } : {}) });
  }
  for (const t of ties) {
    const verb = verbOf.get(pairKey(t.from, t.to, t.key));
    if (verb) {
      t.label = verb;
      t.reporting = REPORTING.has(verb);
    }
  }
  return ties;
}

/**
 * Entities that are mostly addressees of statements: news outlets, left out of the overview. At least 3
 * "told" ties to it, and either half of all its ties are those, or two thirds are verbal cooperation aimed
 * at it ("told Wikinews", "spoke with Wikinews", interviews): an actor has ties of its own.
 */
export function outletsOf(ties: readonly Tie[]): Set<string> {
  const all = new Map<string, number>();
  const told = new Map<string, number>();
  const addressed = new Map<string, number>();
  for (const t of ties) {
    all.set(t.from, (all.get(t.from) ?? 0) + 1);
    all.set(t.to, (all.get(t.to) ?? 0) + 1);
    if (t.reporting) told.set(t.to, (told.get(t.to) ?? 0) + 1);
    if (t.cls === 'verbal-coop' || t.reporting) addressed.set(t.to, (addressed.get(t.to) ?? 0) + 1);
  }
  const out = new Set<string>();
  for (const [id, n] of told) {
    const total = all.get(id)!;
    if (n >= OUTLET_MIN && (n * 2 >= total || (addressed.get(id) ?? 0) * 3 >= total * 2)) out.add(id);
  }
  return out;
}

/** The overview: one edge per pair of entities, weighted and typed; isolated entities and outlets are left out. */
export function buildOverview(ds: OverviewInput): Overview {
  const ties = tiesOf(ds);
  const outlets = outletsOf(ties);
  const pairs = new Map<string, Tie[]>();
  for (const t of ties) {
    if (outlets.has(t.from) || outlets.has(t.to)) continue;
    const k = t.from < t.to ? `${t.from}\n${t.to}` : `${t.to}\n${t.from}`;
    const list = pairs.get(k);
    if (list) list.push(t);
    else pairs.set(k, [t]);
  }
  const edges: OverviewEdge[] = [];
  const strength = new Map<string, number>();
  for (const [k, list] of pairs) {
    const [a, b] = k.split('\n') as [string, string];
    const byLabel = new Map<string, { n: number; reporting: boolean }>();
    const byClass = new Map<QuadClass, number>();
    let forward = 0;
    const dates: string[] = [];
    for (const t of list) {
      const l = byLabel.get(t.label);
      if (l) l.n++;
      else byLabel.set(t.label, { n: 1, reporting: t.reporting });
      byClass.set(t.cls, (byClass.get(t.cls) ?? 0) + (t.reporting ? REPORTING_WEIGHT : 1));
      if (t.from === a) forward++;
      if (t.date) dates.push(t.date);
    }
    let weight = 0;
    let label = '';
    let best = 0;
    for (const [l, { n, reporting }] of [...byLabel].sort((x, y) => (x[0] < y[0] ? -1 : 1))) {
      weight += (1 + Math.log(n)) * (reporting ? REPORTING_WEIGHT : 1);
      if (n > best) [best, label] = [n, l];
    }
    // The class of most ties; `other` comes last, so a typed class wins a draw with it.
    let cls: QuadClass = 'other';
    let top = 0;
    for (const x of QUAD_CLASSES) {
      const v = byClass.get(x) ?? 0;
      if (v > top) [cls, top] = [x, v];
    }
    const [source, target] = forward * 2 >= list.length ? [a, b] : [b, a];
    edges.push({ source, target, count: list.length, weight, cls, label, dates });
    strength.set(a, (strength.get(a) ?? 0) + weight);
    strength.set(b, (strength.get(b) ?? 0) + weight);
  }
  return { edges, nodes: [...strength.keys()].sort(), strength, outlets: [...outlets].sort() };
}
