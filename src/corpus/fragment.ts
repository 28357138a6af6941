import { Writer } from 'n3';
import type { Quad } from '@rdfjs/types';
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

/** Article → extraction → quads in the article's graph → N-Quads lines. */
export function buildFragment(a: Article, kb: Knowledge, options: FragmentOptions): Fragment {
  if (a.text.trim() === '') throw new InputError(a.origin, 'article text is empty');
  const article = a.date || !options.date ? a : { ...a, date: options.date };
  const x = extractArticle(article, kb);
  const quads = mapArticle(x, kb, options.base, { namedGraph: true }) as Quad[];
  const nq = quadText(quads);
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
  return {
    id: a.id,
    slug,
    nquads: nq.text,
    triples: nq.count,
    events: x.events.filter((e) => e.mergedInto === undefined).length,
    facts: x.facts.length,
    entities,
  };
}

/**
 * Quads → N-Quads text through n3's Writer, one line a quad, without duplicates, in the mapper's order
 * (deterministic: the same article gives the same quads in the same order). No sort: dedup by a set is
 * cheaper. Each line is made on its own (`quadToString`), so the text is joined once and never split
 * again (20 % cheaper than writing the whole text and splitting it into lines).
 */
export function quadText(quads: Quad[]): { text: string; count: number } {
  const writer = new Writer({ format: 'N-Quads' });
  const lines = quads.map((q) => writer.quadToString(q.subject, q.predicate, q.object, q.graph));
  const unique = new Set(lines);
  return unique.size === lines.length ? { text: lines.join(''), count: lines.length } : { text: [...unique].join(''), count: unique.size };
}
