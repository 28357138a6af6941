import { Store } from 'n3';
import type { Quad } from '@rdfjs/types';
import type { Article } from './input/types.js';
import { defaultKnowledge } from './knowledge/index.js';
import type { Knowledge } from './knowledge/knowledge.js';
import { extractArticle } from './extract/pipeline.js';
import type { ArticleExtraction } from './extract/types.js';
import { mapArticle } from './rdf/mapper.js';
import { DEFAULT_BASE } from './rdf/vocabulary.js';
import { checkBase } from './rdf/iri.js';
import { InputError } from './errors.js';

export interface BuildOptions {
  /** Base IRI for data IRIs; default https://w3id.org/newsgraph/data/. */
  base?: string;
  /** Publication date for articles that carry none (ISO). */
  date?: string;
  knowledge?: Knowledge;
  /** Put each article's quads in its own named graph, {base}graph/{slug} (for N-Quads and TriG). Default: the default graph. */
  namedGraphs?: boolean;
}

export interface BuildStats {
  articles: number;
  entities: number;
  events: number;
  facts: number;
  triples: number;
}

export interface BuildResult {
  store: Store;
  extractions: ArticleExtraction[];
  stats: BuildStats;
}

/** Articles → one RDF store (duplicate triples across articles collapse: IRIs are deterministic). */
export function buildGraph(articles: Article[], options: BuildOptions = {}): BuildResult {
  const base = checkBase(options.base ?? DEFAULT_BASE);
  const kb = options.knowledge ?? defaultKnowledge();
  const store = new Store();
  const extractions: ArticleExtraction[] = [];
  const seenIds = new Set<string>();
  let events = 0;
  let facts = 0;
  for (const a of articles) {
    if (a.text.trim() === '') throw new InputError(a.origin, 'article text is empty');
    if (seenIds.has(a.id)) throw new InputError(a.origin, `two articles share the id "${a.id}"`);
    seenIds.add(a.id);
    const article = a.date || !options.date ? a : { ...a, date: options.date };
    const x = extractArticle(article, kb);
    extractions.push(x);
    store.addQuads(mapArticle(x, kb, base, { namedGraph: options.namedGraphs === true }) as Quad[]);
    events += x.events.filter((e) => e.mergedInto === undefined).length;
    facts += x.facts.length;
  }
  const entities = new Set(extractions.flatMap((x) => [...x.entities.keys()])).size;
  return { store, extractions, stats: { articles: articles.length, entities, events, facts, triples: store.size } };
}
