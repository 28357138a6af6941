import { DataFactory, Writer } from 'n3';
import type { Quad, Quad_Object, Term } from '@rdfjs/types';
import type { Article } from '../input/types.js';
import type { Knowledge } from '../knowledge/knowledge.js';
import { extractArticle } from '../extract/pipeline.js';
import { resolutionRule } from '../extract/entities/resolution.js';
import type { ResolutionRule } from '../extract/entities/resolution.js';
import { mapArticle } from '../rdf/mapper.js';
import { Iris } from '../rdf/iri.js';
import { InputError } from '../errors.js';

/** An entity as one article sees it: enough to count distinct nodes and to explain why mentions became one node. */
export interface FragmentEntity {
  key: string;
  label: string;
  type: string;
  rule: ResolutionRule;
  wikidata?: string;
  /** Distinct surface forms in this article (at most 5). */
  forms: string[];
}

/**
 * One article's share of the graph: its quads as N-Quads lines, every quad in the article's named
 * graph ({base}graph/{slug}), without duplicates, so the same article always gives the same bytes. Fragments are what workers send back, what the cache keeps and what the output is
 * assembled from; replacing an article replaces exactly its fragment.
 */
export interface Fragment {
  id: string;
  slug: string;
  /** N-Quads text, one quad a line, each line ending in "\n". */
  nquads: string;
  triples: number;
  events: number;
  facts: number;
  entities: FragmentEntity[];
}

export interface FragmentOptions {
  base: string;
  /** Publication date for an article without one. */
  date?: string;
}

/**
 * The quads of a fragment built in this thread, one per line of its `nquads`, in the same order: a sink
 * writing Turtle, TriG or JSON-LD takes them instead of parsing the lines again. A side table, not a
 * field: fragments from workers (structured clone) and from the cache (JSON) carry text only.
 */
export const fragmentQuads = new WeakMap<Fragment, readonly Quad[]>();

/** Article → extraction → quads in the article's graph → N-Quads lines; `keepQuads`: also in `fragmentQuads`. */
export function buildFragment(a: Article, kb: Knowledge, options: FragmentOptions, keepQuads = false): Fragment {
  if (a.text.trim() === '') throw new InputError(a.origin, 'article text is empty');
  const article = a.date || !options.date ? a : { ...a, date: options.date };
  const x = extractArticle(article, kb);
  const nq = quadText(mapArticle(x, kb, options.base, { namedGraph: true }) as Quad[]);
  const slug = new Iris(options.base).articleSlug(a.id);
  const forms = new Map<string, Set<string>>();
  for (const m of x.mentions) {
    if (m.kind !== 'name' && m.kind !== 'metonym') continue;
    for (const r of m.refs) {
      const set = forms.get(r) ?? new Set<string>();
      if (set.size < 5) set.add(m.text);
      forms.set(r, set);
    }
  }
  const entities: FragmentEntity[] = [...x.entities.values()]
    .sort((p, q) => (p.key < q.key ? -1 : p.key > q.key ? 1 : 0))
    .map((e) => ({ key: e.key, label: e.label, type: e.type, rule: resolutionRule(e.key, !!e.wikidata), ...(e.wikidata ? { wikidata: e.wikidata } : {}), forms: [...(forms.get(e.key) ?? [])] }));
  const fragment: Fragment = {
    id: a.id,
    slug,
    nquads: nq.text,
    triples: nq.count,
    events: x.events.filter((e) => e.mergedInto === undefined).length,
    facts: x.facts.length,
    entities,
  };
  // Only for a sink that reads them: held past the article, the quads would cost the N-Quads build garbage-collector time.
  if (keepQuads) fragmentQuads.set(fragment, nq.quads);
  return fragment;
}

/** A subject and predicate in N-Quads position, so a term's own N-Quads text is what lies between them and " .\n". */
const S0 = DataFactory.namedNode('s');
const P0 = DataFactory.namedNode('p');
const HEAD = '<s> <p> '.length;
const TAIL = ' .\n'.length;

/**
 * Quads → N-Quads text through n3's Writer, one line a quad, without duplicates, in the mapper's order
 * (deterministic: the same article gives the same quads in the same order). No sort: dedup by a set is
 * cheaper.
 *
 * Each distinct term object is encoded once (n3's `quadToString` in object position: the same text as in
 * any other position for IRIs, blank nodes and literals), as the mapper shares terms: an article's 700
 * quads hold about 400 distinct terms. Duplicates are found by graph, subject, predicate and object text
 * in nested maps, whose keys are those cached strings (hashed once each), not by hashing every whole line:
 * 2× cheaper than a set of lines, with the same lines in the same order (only an object holds spaces, so
 * a line is one tuple).
 */
export function quadText(quads: readonly Quad[]): { text: string; count: number; quads: Quad[] } {
  const writer = new Writer({ format: 'N-Quads' });
  const encoded = new Map<Term, string>();
  const code = (t: Term): string => {
    let s = encoded.get(t);
    if (s === undefined) encoded.set(t, (s = writer.quadToString(S0, P0, t as Quad_Object).slice(HEAD, -TAIL)));
    return s;
  };
  const seen = new Map<string, Map<string, Map<string, Set<string>>>>();
  let lastG: string | undefined;
  let bySubject: Map<string, Map<string, Set<string>>> | undefined;
  let lastS: string | undefined;
  let byPredicate: Map<string, Set<string>> | undefined;
  let text = '';
  let count = 0;
  const kept: Quad[] = [];
  for (const q of quads) {
    const g = q.graph.termType === 'DefaultGraph' ? '' : code(q.graph);
    const s = code(q.subject);
    const p = code(q.predicate);
    const o = code(q.object);
    // Consecutive quads mostly share graph and subject: the last maps are reused without a look-up.
    if (g !== lastG || bySubject === undefined) {
      bySubject = seen.get(g) ?? seen.set(g, new Map()).get(g)!;
      lastG = g;
      lastS = undefined;
    }
    if (s !== lastS || byPredicate === undefined) {
      byPredicate = bySubject.get(s) ?? bySubject.set(s, new Map()).get(s)!;
      lastS = s;
    }
    const objects = byPredicate.get(p) ?? byPredicate.set(p, new Set()).get(p)!;
    if (objects.has(o)) continue;
    objects.add(o);
    text += g === '' ? `${s} ${p} ${o} .\n` : `${s} ${p} ${o} ${g} .\n`;
    kept.push(q);
    count++;
  }
  return { text, count, quads: kept };
}
