import { DataFactory, termToId } from 'n3';
import type { Quad, Term } from '@rdfjs/types';

// The canonical order: graph, subject, predicate, object, each by value (objects by term type, value,
// then datatype and language). It depends on the set of quads only, so shards merge to the same bytes,
// and Turtle groups by subject. Sorting one long string key per quad was slow (n3's literal getters,
// 290,000 keys for Wikinews). Here only the distinct subjects are sorted (37,000), by their n3 id (a
// field), quads are placed by subject (a counting sort), then each subject's few quads are sorted.

/** n3's id of a term: a field on n3's terms, built for other RDF/JS terms. */
const idOf = termToId as (t: Term) => string;

const cmp = (a: string, b: string) => (a === b ? 0 : a < b ? -1 : 1);
/** Value, then term type; only quoted triples need their id to break a tie. */
const byValue = (a: Term, b: Term) => cmp(a.value, b.value) || cmp(a.termType, b.termType) || (a.termType === 'Quad' ? cmp(idOf(a), idOf(b)) : 0);
function byObject(a: Term, b: Term): number {
  if (a === b) return 0;
  if (a.termType !== 'Literal' || b.termType !== 'Literal') return cmp(a.termType, b.termType) || byValue(a, b);
  // n3's literal getters are slow, but only two objects of one subject and predicate get here.
  return idOf(a) === idOf(b) ? 0 : cmp(a.value, b.value) || cmp(a.datatype.value + a.language, b.datatype.value + b.language) || cmp(idOf(a), idOf(b));
}
const byPredicateObject = (a: Quad, b: Quad) => (a.predicate === b.predicate ? 0 : byValue(a.predicate, b.predicate)) || byObject(a.object, b.object);

const first = <V>(m: Map<string, V>): V => m.values().next().value as V;

/** The items ordered by their term's value (computed once per item, not per comparison). */
function sortBy<T>(items: T[], term: (x: T) => Term): T[] {
  if (items.length < 2) return items;
  const rows = items.map((x) => {
    const t = term(x);
    return { t, v: t.value, x };
  });
  rows.sort((a, b) => cmp(a.v, b.v) || byValue(a.t, b.t));
  return rows.map((r) => r.x);
}

/**
 * Sorts a[from, to), one subject's quads, by predicate and object into a[w...] (w ≤ from) and drops
 * duplicates (they compare equal); returns the new end. Insertion sort for the usual few quads.
 */
function sortRange(a: Quad[], from: number, to: number, w: number): number {
  const base = w;
  if (to - from > 16) {
    for (const q of a.slice(from, to).sort(byPredicateObject)) {
      const p = a[w - 1];
      if (w === base || !(p!.object.equals(q.object) && p!.predicate.equals(q.predicate))) a[w++] = q;
    }
    return w;
  }
  for (let i = from; i < to; i++) {
    const q = a[i]!;
    let j = w - 1;
    let c = 1;
    while (j >= base && (c = byPredicateObject(a[j]!, q)) > 0) j--;
    if (j >= base && c === 0) continue;
    for (let k = w; k > j + 1; k--) a[k] = a[k - 1]!;
    a[j + 1] = q;
    w++;
  }
  return w;
}

/** The subjects' numbers in canonical order; `firsts[n]` is a quad of subject n. */
function sortSubjects(subjects: Map<string, number>, firsts: Quad[]): number[] {
  // An IRI's id is its value: when every subject is one, a plain sort of the ids (native, no callback) gives the order.
  for (const [id, n] of subjects) {
    if (firsts[n]!.subject.termType !== 'NamedNode' || id === '<>') return sortBy([...subjects.values()], (m) => firsts[m]!.subject);
  }
  return [...subjects.keys()].sort().map((id) => subjects.get(id)!);
}

/**
 * The set of quads (duplicates dropped) in canonical order. With `merge`, quads of every graph count as
 * triples of one graph: they come back with their graph as it was, for the caller to drop.
 */
export function canonicalOrder(quads: readonly Quad[], merge: boolean): Quad[] {
  // 1. Number the distinct subjects of each graph and count their quads. Consecutive quads mostly share
  // graph and subject: comparing with the last id is cheaper than a map lookup.
  const graphs = new Map<string, Map<string, number>>();
  const firsts: Quad[] = [];
  const count: number[] = [];
  const numberOf = new Int32Array(quads.length);
  let subjects = new Map<string, number>();
  if (merge) graphs.set('', subjects);
  let lastG: Term | undefined;
  let lastS: Term | undefined;
  let lastGid: string | undefined;
  let lastSid: string | undefined;
  let n = -1;
  for (let i = 0; i < quads.length; i++) {
    const q = quads[i]!;
    if (!merge && q.graph !== lastG) {
      lastG = q.graph;
      const gid = idOf(lastG);
      if (gid !== lastGid) {
        lastGid = gid;
        subjects = graphs.get(gid) ?? graphs.set(gid, new Map()).get(gid)!;
        lastS = lastSid = undefined;
      }
    }
    if (q.subject !== lastS) {
      lastS = q.subject;
      const sid = idOf(lastS);
      if (sid !== lastSid) {
        lastSid = sid;
        const known = subjects.get(sid);
        if (known === undefined) {
          subjects.set(sid, (n = count.length));
          count.push(0);
          firsts.push(q);
        } else n = known;
      }
    }
    numberOf[i] = n;
    count[n]!++;
  }
  // 2. Sort graphs, then each graph's subjects; place every quad in its subject's run (a counting sort).
  const order: number[] = [];
  for (const subjectsOf of sortBy([...graphs.values()], (m) => firsts[first(m)]!.graph)) for (const m of sortSubjects(subjectsOf, firsts)) order.push(m);
  const start = new Int32Array(count.length);
  for (let i = 0, at = 0; i < order.length; i++) {
    start[order[i]!] = at;
    at += count[order[i]!]!;
  }
  const next = start.slice();
  const out = new Array<Quad>(quads.length);
  for (let i = 0; i < quads.length; i++) out[next[numberOf[i]!]!++] = quads[i]!;
  // 3. Sort each subject's run, compacting out duplicates.
  let w = 0;
  for (const m of order) w = sortRange(out, start[m]!, start[m]! + count[m]!, w);
  out.length = w;
  return out;
}

/** The set of quads in canonical order; `merge` moves them all to the default graph (the RDF merge). */
export const canonicalQuads = (quads: readonly Quad[], merge = false): Quad[] => (merge ? canonicalOrder(quads, true).map(inDefaultGraph) : canonicalOrder(quads, false));

/** The quad itself if in the default graph, else its triple there. */
export const inDefaultGraph = (q: Quad): Quad => (q.graph.termType === 'DefaultGraph' ? q : (DataFactory.quad(q.subject, q.predicate, q.object) as Quad));

/** Every quad moved to the default graph, duplicates removed (the RDF merge of the named graphs), in canonical order. */
export const toDefaultGraph = (quads: readonly Quad[]): Quad[] => canonicalQuads(quads, true);
