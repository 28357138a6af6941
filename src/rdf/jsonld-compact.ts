import type { Literal, Quad, Term } from '@rdfjs/types';

// jsonld.fromRDF + jsonld.compact, for one article's triples and newsgraph's fixed context, computed
// straight from the quads. jsonld runs the general algorithms for every article: it processes the
// context again, builds the node map, and for every property and value searches the inverse context
// and every prefix (compactIri), which made a streamed JSON-LD build cost 2–2.6× its N-Quads build.
// Here the context is read once into the same inverse map jsonld builds (term selection by value kind,
// prefixes for compact IRIs) and each node object is made directly, with jsonld's choices: the same
// key order (expanded property IRIs sorted, a term or compact IRI per value), the same term for each
// value, coercion to plain strings where the term's @type matches, arrays only for several values.
// Graphs this does not cover (blank nodes, lists, JSON literals, IRIs jsonld would reject or make
// relative, named graphs) give `undefined`, and the caller asks jsonld itself. Tests compare the two.

const RDF = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#';
const RDF_TYPE = `${RDF}type`;
const RDF_NIL = `${RDF}nil`;
const RDF_JSON = `${RDF}JSON`;
const XSD_STRING = 'http://www.w3.org/2001/XMLSchema#string';
const XSD_STRING_TAIL = `^^${XSD_STRING}`;

/** The kinds of value jsonld selects terms for: an IRI, a plain string, a language-tagged string, a typed literal. */
const Kind = { Iri: 0, Plain: 1, Language: 2, Typed: 3 } as const;
type Kind = (typeof Kind)[keyof typeof Kind];

interface TermDefinition {
  id: string;
  /** '@id' or a datatype IRI; none: no coercion. */
  type?: string;
  /** May be the prefix of a compact IRI (a simple term whose IRI ends in a gen-delim). */
  prefix: boolean;
}

/** jsonld's inverse context for one IRI (container @none, the only one these contexts have). */
interface InverseEntry {
  type: Map<string, string>;
  language: Map<string, string>;
}

/** jsonld's shortest-then-least order of terms and compact IRIs. */
const shortestLeast = (a: string, b: string): number => a.length - b.length || (a < b ? -1 : a > b ? 1 : 0);

class Unsupported extends Error {}

type JsonValue = string | Record<string, string>;

/**
 * Compacts node objects with one fixed context made of simple terms (prefixes: "ng": "https://…#") and
 * expanded terms with an `@id` and at most an `@type` (`@id` or a datatype); anything else in the
 * context throws at construction (the caller then keeps jsonld).
 */
export class FixedContextCompactor {
  private readonly defs = new Map<string, TermDefinition>();
  private readonly inverse = new Map<string, InverseEntry>();
  /** Terms usable as prefixes, with their IRIs. */
  private readonly prefixes: { term: string; iri: string }[] = [];
  /** Bounded memo of IRI compaction (pure functions of the IRI: no state carries between articles). */
  private readonly iris = new Map<string, string>();
  private readonly keys = new Map<string, Map<string, string>>();

  constructor(context: Record<string, unknown>) {
    const expand = (v: string): string => {
      const colon = v.indexOf(':');
      const head = colon > 0 ? context[v.slice(0, colon)] : undefined;
      return typeof head === 'string' && !v.startsWith('//', colon + 1) ? head + v.slice(colon + 1) : v;
    };
    for (const [term, value] of Object.entries(context)) {
      if (term.startsWith('@') || term.includes(':') || term.includes('/')) throw new Error(`fixed context: unsupported term ${term}`);
      if (typeof value === 'string') {
        const id = expand(value);
        this.defs.set(term, { id, prefix: /[:/?#[\]@]$/.test(id) });
      } else if (value && typeof value === 'object' && Object.keys(value).every((k) => k === '@id' || k === '@type')) {
        const v = value as { '@id'?: unknown; '@type'?: unknown };
        if (typeof v['@id'] !== 'string' || (v['@type'] !== undefined && typeof v['@type'] !== 'string')) throw new Error(`fixed context: unsupported definition of ${term}`);
        const type = v['@type'] === undefined ? undefined : v['@type'] === '@id' ? '@id' : expand(v['@type']);
        if (type !== undefined && type.startsWith('@') && type !== '@id') throw new Error(`fixed context: unsupported @type of ${term}`);
        this.defs.set(term, { id: expand(v['@id']), ...(type ? { type } : {}), prefix: false });
      } else throw new Error(`fixed context: unsupported definition of ${term}`);
    }
    // The inverse context as jsonld builds it: terms shortest first, the first term to claim a slot keeps it.
    for (const term of [...this.defs.keys()].sort(shortestLeast)) {
      const def = this.defs.get(term)!;
      let entry = this.inverse.get(def.id);
      if (!entry) this.inverse.set(def.id, (entry = { type: new Map(), language: new Map() }));
      const claim = (m: Map<string, string>, k: string) => void (m.has(k) || m.set(k, term));
      if (def.type) claim(entry.type, def.type);
      else {
        claim(entry.language, '@none');
        claim(entry.type, '@none');
      }
      if (def.prefix) this.prefixes.push({ term, iri: def.id });
    }
  }

  /** The shortest-least usable compact IRI, else the IRI (jsonld's compactIri after term selection). */
  private iri(iri: string): string {
    let out = this.iris.get(iri);
    if (out !== undefined) return out;
    let choice: string | undefined;
    for (const p of this.prefixes) {
      // No term holds a colon, so every compact IRI is usable; the suffix may not be empty.
      if (iri.length > p.iri.length && iri.startsWith(p.iri)) {
        const curie = `${p.term}:${iri.slice(p.iri.length)}`;
        if (choice === undefined || shortestLeast(curie, choice) < 0) choice = curie;
      }
    }
    if (choice === undefined) {
      // jsonld rejects an IRI that reads as a compact IRI, and makes a network-path one relative.
      if (iri.startsWith('//') || this.prefixes.some((p) => iri.startsWith(`${p.term}:`))) throw new Unsupported(iri);
    }
    out = choice ?? iri;
    if (this.iris.size >= 50_000) this.iris.clear();
    this.iris.set(iri, out);
    return out;
  }

  /** A class or datatype IRI (compactIri with vocab, no value): a term coercing to @id or not at all, else a compact IRI. */
  private vocab(iri: string): string {
    const e = this.inverse.get(iri);
    return (e && (e.type.get('@id') ?? e.type.get('@none'))) ?? this.iri(iri);
  }

  /** The key for values of one kind of a property: the term jsonld selects for them, else a compact IRI. */
  private key(property: string, kind: Kind, detail: string): string {
    let keys = this.keys.get(property);
    if (!keys) {
      if (this.keys.size >= 10_000) this.keys.clear();
      this.keys.set(property, (keys = new Map()));
    }
    const memo = kind === Kind.Typed ? detail : kind === Kind.Language ? `@${detail}` : kind === Kind.Iri ? '@id' : '';
    let out = keys.get(memo);
    if (out === undefined) {
      const e = this.inverse.get(property);
      let term: string | undefined;
      if (e) {
        if (kind === Kind.Iri) term = e.type.get('@id') ?? e.type.get('@vocab') ?? e.type.get('@none');
        else if (kind === Kind.Language) term = e.language.get(detail) ?? e.language.get('@none');
        else if (kind === Kind.Plain) term = e.language.get('@null') ?? e.language.get('@none');
        else term = e.type.get(detail) ?? e.type.get('@none');
      }
      keys.set(memo, (out = term ?? this.iri(property)));
    }
    return out;
  }

  /** Adds one value of a property to the node object, under its key, compacted as jsonld's compactValue does. */
  private add(out: Record<string, unknown>, property: string, o: Term): void {
    let key: string;
    let v: JsonValue;
    if (o.termType === 'NamedNode') {
      key = this.key(property, Kind.Iri, '');
      const id = this.iri(o.value);
      v = this.defs.get(key)?.type === '@id' ? id : { '@id': id };
    } else {
      // n3's literal getters each parse the term's id again: read it once.
      const lit = o as Literal;
      const id = (lit as { id?: unknown }).id;
      let value: string;
      let tail: string;
      if (typeof id === 'string' && id.charCodeAt(0) === 34) {
        const end = id.lastIndexOf('"');
        value = id.slice(1, end);
        tail = id.length > end + 1 ? id.slice(end + 1) : '';
      } else {
        value = lit.value;
        tail = lit.language ? '@' : lit.datatype.value === XSD_STRING ? '' : `^^${lit.datatype.value}`;
      }
      if (tail === '' || tail === XSD_STRING_TAIL) {
        key = this.key(property, Kind.Plain, '');
        v = value;
      } else if (tail.charCodeAt(0) === 64) {
        const language = lit.language;
        key = this.key(property, Kind.Language, language);
        v = { '@language': language, '@value': value };
      } else {
        const dt = tail.slice(2);
        // jsonld parses a JSON literal into its value.
        if (dt === RDF_JSON) throw new Unsupported(dt);
        key = this.key(property, Kind.Typed, dt);
        v = this.defs.get(key)?.type === dt ? value : { '@type': this.vocab(dt), '@value': value };
      }
    }
    const had = out[key];
    if (had === undefined) out[key] = v;
    else if (Array.isArray(had)) had.push(v);
    else out[key] = [had, v];
  }

  /**
   * The compacted node objects of a set of triples (default graph, no duplicates), subjects in order of
   * their IRIs, each node's values in the triples' order: what jsonld.fromRDF then jsonld.compact give
   * (the `@graph` members). `undefined` when the triples hold something this does not cover.
   */
  compact(triples: readonly Quad[]): Record<string, unknown>[] | undefined {
    // Each subject's triples as runs of the input (one run each when the input is grouped by subject, as canonical order is).
    const runs = new Map<string, number[]>();
    let last: string | undefined;
    let run: number[] | undefined;
    for (let i = 0; i < triples.length; i++) {
      const q = triples[i]!;
      const o = q.object;
      if (q.subject.termType !== 'NamedNode' || q.graph.termType !== 'DefaultGraph') return undefined;
      if (o.termType === 'NamedNode' ? o.value === RDF_NIL : o.termType !== 'Literal') return undefined;
      const s = q.subject.value;
      if (s === last && run) {
        if (run[run.length - 1] === i) run[run.length - 1] = i + 1;
        else run.push(i, i + 1);
        continue;
      }
      last = s;
      run = runs.get(s);
      if (run) run.push(i, i + 1);
      else runs.set(s, (run = [i, i + 1]));
    }
    try {
      const nodes: Record<string, unknown>[] = [];
      for (const s of [...runs.keys()].sort()) {
        const r = runs.get(s)!;
        if (r.length === 2) nodes.push(this.node(s, triples, r[0]!, r[1]!));
        else {
          const all = r.flatMap((_, k) => (k % 2 ? [] : triples.slice(r[k]!, r[k + 1]!)));
          nodes.push(this.node(s, all, 0, all.length));
        }
      }
      return nodes;
    } catch (e) {
      if (e instanceof Unsupported) return undefined;
      throw e;
    }
  }

  private node(subject: string, quads: readonly Quad[], from: number, to: number): Record<string, unknown> {
    const types: string[] = [];
    // The subject's values by property, in the triples' order; properties in order of their IRIs.
    const props = new Map<string, Term[]>();
    for (let i = from; i < to; i++) {
      const q = quads[i]!;
      const p = q.predicate.value;
      if (p === RDF_TYPE && q.object.termType === 'NamedNode') types.push(q.object.value);
      else {
        const values = props.get(p);
        if (values) values.push(q.object);
        else props.set(p, [q.object]);
      }
    }
    const out: Record<string, unknown> = {};
    // '@id' and '@type' sort before every IRI (a scheme starts with a letter), as jsonld's sorted keys put them.
    out['@id'] = this.iri(subject);
    if (types.length === 1) out['@type'] = this.vocab(types[0]!);
    else if (types.length > 1) out['@type'] = types.map((t) => this.vocab(t));
    for (const p of [...props.keys()].sort()) for (const o of props.get(p)!) this.add(out, p, o);
    return out;
  }
}
