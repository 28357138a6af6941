// A read-mostly quad store for the server's explorer index (issue 16): the same answers as n3's Store, in
// the same order, for the reads the explorer's dataset code makes, in a fraction of the memory. n3 keeps
// three nested objects per graph (about 1 KB per quad: 1.1 GB for the 950,000 quads of 1,500 articles);
// here each term is one string and each quad four integers, with three sorted permutations of them.
// n3 orders every result by term id (ids in order of first appearance, a quad's graph first) through the
// index it picks for the pattern; the permutations below are those indexes, sorted, so the order is the
// same and the index made from this store is byte for byte the one made from an n3 Store.
import { DataFactory, termFromId, termToId } from 'n3';
import type { Term as N3Term } from 'n3';
import type { Quad, Term } from '@rdfjs/types';

/** A term, an n3 term id as a string (an IRI, "_:b", '"lit"@en'), or a wildcard. */
export type OTerm = Term | string | null | undefined;

/** The reads the explorer's dataset code makes: n3's Store has them, and so does CompactStore. */
export interface QuadSource {
  readonly size: number;
  getQuads(subject: OTerm, predicate: OTerm, object: OTerm, graph: OTerm): Quad[];
  getSubjects(predicate: OTerm, object: OTerm, graph: OTerm): Term[];
  getObjects(subject: OTerm, predicate: OTerm, graph: OTerm): Term[];
  countQuads(subject: OTerm, predicate: OTerm, object: OTerm, graph: OTerm): number;
  match(subject?: Term | null, predicate?: Term | null, object?: Term | null, graph?: Term | null): Iterable<Quad>;
}

// Fields of a quad in `quads`.
const G = 0;
const S = 1;
const P = 2;
const O = 3;
/** The three indexes n3 keeps, by the order of their fields (each within a graph). */
const SPO = [G, S, P, O] as const;
const POS = [G, P, O, S] as const;
const OSP = [G, O, S, P] as const;
type Order = readonly [number, number, number, number];

const MARKED_IRI = /^[?_"[.<]/;

/** n3's key of a term (entityKey in N3Store.js): its id, with IRIs that look like other ids wrapped in <>. */
function keyOf(term: Term | string): string {
  if (typeof term === 'string') {
    const first = term.charCodeAt(0);
    return (first !== 0x3c && first !== 0x2e) || term === '<>' ? term : `<${term}>`;
  }
  if (term.termType === 'Quad') throw new Error('quoted triples are not supported here');
  const id = termToId(term as N3Term);
  if (id.charCodeAt(0) >= 0x61) return id;
  return term.termType !== 'NamedNode' || !MARKED_IRI.test(term.value) ? id : `<${term.value}>`;
}

function termOfKey(key: string): Term {
  return key[0] === '<' ? DataFactory.namedNode(key.slice(1, -1)) : (termFromId(key) as Term);
}

export class CompactStore implements QuadSource {
  /** Term keys by id, and ids by key. Id 0 is the default graph, as n3's first id is. */
  private readonly keys: string[] = [''];
  private readonly ids = new Map<string, number>([['', 0]]);
  /** Quads as ids, four per quad (graph, subject, predicate, object), duplicates included until sealed. */
  private quads = new Uint32Array(4 * 1024);
  private count = 0;
  /** Sorted, duplicate-free quad numbers in each index's order; null when quads were added since. */
  private index: { spo: Uint32Array; pos: Uint32Array; osp: Uint32Array; graphs: number[] } | null = null;

  get size(): number {
    return this.sealed().spo.length;
  }

  private idFor(term: Term | string): number {
    const key = keyOf(term);
    let id = this.ids.get(key);
    if (id === undefined) {
      id = this.keys.length;
      // A copy (a concatenation, flattened by slice): the parser's strings are slices of the whole text,
      // and one kept slice would keep all of it (100 MB for 1,500 articles) alive.
      const own = ` ${key}`.slice(1);
      this.keys.push(own);
      this.ids.set(own, id);
    }
    return id;
  }

  /** The id of a pattern's term: undefined for a wildcard, -1 for a term the store does not have. */
  private idOf(term: OTerm): number | undefined {
    if (!term) return undefined;
    return this.ids.get(keyOf(term)) ?? -1;
  }

  addQuad(q: Quad): void {
    if (this.count * 4 === this.quads.length) {
      const grown = new Uint32Array(this.quads.length * 2);
      grown.set(this.quads);
      this.quads = grown;
    }
    // Ids in n3's order: the graph, then subject, predicate and object.
    const at = this.count++ * 4;
    this.quads[at + G] = this.idFor(q.graph);
    this.quads[at + S] = this.idFor(q.subject);
    this.quads[at + P] = this.idFor(q.predicate);
    this.quads[at + O] = this.idFor(q.object);
    this.index = null;
  }

  addQuads(quads: Iterable<Quad>): void {
    for (const q of quads) this.addQuad(q);
  }

  private sealed(): NonNullable<CompactStore['index']> {
    if (this.index) return this.index;
    const q = this.quads;
    const sortBy = (a: Uint32Array, order: Order) =>
      a.sort((x, y) => q[4 * x + order[0]]! - q[4 * y + order[0]]! || q[4 * x + order[1]]! - q[4 * y + order[1]]! || q[4 * x + order[2]]! - q[4 * y + order[2]]! || q[4 * x + order[3]]! - q[4 * y + order[3]]!);
    const all = sortBy(Uint32Array.from({ length: this.count }, (_x, i) => i), SPO);
    // A quad added twice is one quad (n3 ignores the second).
    let n = 0;
    for (let i = 0; i < all.length; i++) {
      const a = 4 * all[i]!;
      const b = n ? 4 * all[n - 1]! : -1;
      if (b >= 0 && q[a] === q[b] && q[a + 1] === q[b + 1] && q[a + 2] === q[b + 2] && q[a + 3] === q[b + 3]) continue;
      all[n++] = all[i]!;
    }
    const spo = all.slice(0, n);
    const graphs: number[] = [];
    for (const i of spo) if (graphs.at(-1) !== q[4 * i]) graphs.push(q[4 * i]!);
    this.index = { spo, pos: sortBy(spo.slice(), POS), osp: sortBy(spo.slice(), OSP), graphs };
    return this.index;
  }

  /** [from, to) of the quads in `idx` (sorted by `order`) whose first fields are `key`. */
  private range(idx: Uint32Array, order: Order, key: number[]): [number, number] {
    const q = this.quads;
    const cmp = (i: number) => {
      for (let f = 0; f < key.length; f++) {
        const d = q[4 * idx[i]! + order[f]!]! - key[f]!;
        if (d) return d;
      }
      return 0;
    };
    let lo = 0;
    let hi = idx.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (cmp(mid) < 0) lo = mid + 1;
      else hi = mid;
    }
    let end = lo;
    hi = idx.length;
    while (end < hi) {
      const mid = (end + hi) >>> 1;
      if (cmp(mid) <= 0) end = mid + 1;
      else hi = mid;
    }
    return [lo, end];
  }

  /** The graphs a pattern's graph term selects, in n3's order (ascending id), or null for none. */
  private graphsFor(graph: OTerm): number[] | null {
    if (graph === '') return this.sealed().graphs.includes(0) ? [0] : null;
    const g = this.idOf(graph);
    if (g === undefined) return this.sealed().graphs;
    return g >= 0 && this.sealed().graphs.includes(g) ? [g] : null;
  }

  /**
   * The index n3's readQuads picks for a pattern, with the bound ids as the key, per graph: subject and
   * object bound, the object index; subject, the subject index; predicate, the predicate index; object,
   * the object index; none, the subject index.
   */
  private plan(s: number | undefined, p: number | undefined, o: number | undefined): { name: 'spo' | 'pos' | 'osp'; order: Order; key: number[] } {
    const bound = (...xs: (number | undefined)[]) => {
      const out: number[] = [];
      for (const x of xs) {
        if (x === undefined) break;
        out.push(x);
      }
      return out;
    };
    if (s !== undefined) return o !== undefined ? { name: 'osp', order: OSP, key: bound(o, s, p) } : { name: 'spo', order: SPO, key: bound(s, p) };
    if (p !== undefined) return { name: 'pos', order: POS, key: bound(p, o) };
    if (o !== undefined) return { name: 'osp', order: OSP, key: [o] };
    return { name: 'spo', order: SPO, key: [] };
  }

  *readQuads(subject: OTerm, predicate: OTerm, object: OTerm, graph: OTerm): Generator<Quad> {
    const s = this.idOf(subject);
    const p = this.idOf(predicate);
    const o = this.idOf(object);
    if (s === -1 || p === -1 || o === -1) return;
    const graphs = this.graphsFor(graph);
    if (!graphs) return;
    const { name, order, key } = this.plan(s, p, o);
    const idx = this.sealed()[name];
    const q = this.quads;
    // One term object per run of the same id, as n3 reuses its outer terms.
    const last = [-1, -1, -1, -1];
    const terms: Term[] = [];
    const term = (f: number, id: number) => {
      if (last[f] !== id) {
        last[f] = id;
        terms[f] = termOfKey(this.keys[id]!);
      }
      return terms[f]!;
    };
    for (const g of graphs) {
      const [from, to] = this.range(idx, order, [g, ...key]);
      for (let i = from; i < to; i++) {
        const at = 4 * idx[i]!;
        yield DataFactory.quad(term(S, q[at + S]!) as Quad['subject'], term(P, q[at + P]!) as Quad['predicate'], term(O, q[at + O]!) as Quad['object'], term(G, q[at + G]!) as Quad['graph']) as Quad;
      }
    }
  }

  getQuads(subject: OTerm, predicate: OTerm, object: OTerm, graph: OTerm): Quad[] {
    return [...this.readQuads(subject, predicate, object, graph)];
  }

  match(subject?: Term | null, predicate?: Term | null, object?: Term | null, graph?: Term | null): Iterable<Quad> {
    return { [Symbol.iterator]: () => this.readQuads(subject, predicate, object, graph) };
  }

  [Symbol.iterator](): Iterator<Quad> {
    return this.readQuads(null, null, null, null);
  }

  has(q: Quad): boolean {
    return this.countQuads(q.subject, q.predicate, q.object, q.graph) > 0;
  }

  countQuads(subject: OTerm, predicate: OTerm, object: OTerm, graph: OTerm): number {
    const s = this.idOf(subject);
    const p = this.idOf(predicate);
    const o = this.idOf(object);
    if (s === -1 || p === -1 || o === -1) return 0;
    const graphs = this.graphsFor(graph);
    if (!graphs) return 0;
    const { name, order, key } = this.plan(s, p, o);
    let n = 0;
    for (const g of graphs) {
      const [from, to] = this.range(this.sealed()[name], order, [g, ...key]);
      n += to - from;
    }
    return n;
  }

  /**
   * The distinct values of field `want` among the quads matching the bound fields, in n3's order: by the
   * index n3 loops over, first occurrence first across graphs; `sort` where n3 visits keys of an outer
   * level (ascending ids) rather than the order of a range.
   */
  private distinct(want: number, bound: Partial<Record<number, number>>, graph: OTerm, pick: (b: Partial<Record<number, number>>) => { order: Order; sort: boolean }): Term[] {
    const graphs = this.graphsFor(graph);
    if (!graphs) return [];
    for (const v of Object.values(bound)) if (v === -1) return [];
    const { order, sort } = pick(bound);
    const name = order === SPO ? 'spo' : order === POS ? 'pos' : 'osp';
    const idx = this.sealed()[name];
    const key: number[] = [];
    for (const f of order.slice(1)) {
      const v = bound[f];
      if (v === undefined) break;
      key.push(v);
    }
    const q = this.quads;
    const seen = new Set<number>();
    const out: Term[] = [];
    for (const g of graphs) {
      const [from, to] = this.range(idx, order, [g, ...key]);
      let ids: number[] = [];
      for (let i = from; i < to; i++) ids.push(q[4 * idx[i]! + want]!);
      if (sort) ids = [...new Set(ids)].sort((a, b) => a - b);
      for (const id of ids) {
        if (seen.has(id)) continue;
        seen.add(id);
        out.push(termOfKey(this.keys[id]!));
      }
    }
    return out;
  }

  getSubjects(predicate: OTerm, object: OTerm, graph: OTerm): Term[] {
    const b: Partial<Record<number, number>> = {};
    const p = this.idOf(predicate);
    const o = this.idOf(object);
    if (p !== undefined) b[P] = p;
    if (o !== undefined) b[O] = o;
    // n3: predicate and object, POS; predicate, the subjects (ascending) that have it; object, OSP; none, all subjects.
    return this.distinct(S, b, graph, () => (p !== undefined ? { order: POS, sort: o === undefined } : o !== undefined ? { order: OSP, sort: false } : { order: SPO, sort: false }));
  }

  getObjects(subject: OTerm, predicate: OTerm, graph: OTerm): Term[] {
    const b: Partial<Record<number, number>> = {};
    const s = this.idOf(subject);
    const p = this.idOf(predicate);
    if (s !== undefined) b[S] = s;
    if (p !== undefined) b[P] = p;
    // n3: subject (and predicate), SPO in its order; predicate, POS; none, all objects (OSP).
    return this.distinct(O, b, graph, () => (s !== undefined ? { order: SPO, sort: false } : p !== undefined ? { order: POS, sort: false } : { order: OSP, sort: false }));
  }

  getPredicates(subject: OTerm, object: OTerm, graph: OTerm): Term[] {
    const b: Partial<Record<number, number>> = {};
    const s = this.idOf(subject);
    const o = this.idOf(object);
    if (s !== undefined) b[S] = s;
    if (o !== undefined) b[O] = o;
    // n3: subject and object, OSP; subject, SPO; object, the predicates (ascending) that have it; none, POS.
    return this.distinct(P, b, graph, () => (s !== undefined ? (o !== undefined ? { order: OSP, sort: false } : { order: SPO, sort: false }) : o !== undefined ? { order: OSP, sort: true } : { order: POS, sort: false }));
  }
}
