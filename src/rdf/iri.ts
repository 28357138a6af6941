import { DataFactory } from 'n3';
import type { NamedNode } from '@rdfjs/types';
import { slugify } from '../nlp/fold.js';

/**
 * Deterministic IRIs. Entities: base + entity/ + gazetteer id or label slug (stable across
 * articles and runs). Everything inside an article derives from the article id and a character
 * span, so re-running never renames what existed.
 */
export class Iris {
  /** Entity IRIs recur (every mention, agent and place names one, in article after article): one term per key. */
  private readonly entities: Map<string, NamedNode>;

  constructor(readonly base: string) {
    let terms = entityTerms.get(base);
    if (!terms) {
      if (entityTerms.size >= 16) entityTerms.clear();
      entityTerms.set(base, (terms = new Map()));
    }
    this.entities = terms;
  }

  articleSlug(id: string): string {
    return slugify(id.replace(/\.(md|txt)$/i, ''));
  }
  /** Named graph that holds one article's quads (N-Quads, TriG): drop or replace it to drop or replace the article. */
  graph(slug: string): NamedNode {
    return DataFactory.namedNode(`${this.base}graph/${slug}`);
  }
  article(slug: string): NamedNode {
    return DataFactory.namedNode(`${this.base}article/${slug}`);
  }
  /** NIF string IRI (RFC 5147 style fragment) for a sentence, mention or quote span. */
  span(slug: string, start: number, end: number): NamedNode {
    return DataFactory.namedNode(`${this.base}article/${slug}#char=${start},${end}`);
  }
  entity(key: string): NamedNode {
    let node = this.entities.get(key);
    if (!node) {
      // Bounded, so a long corpus run cannot grow it without end.
      if (this.entities.size >= 100_000) this.entities.clear();
      this.entities.set(key, (node = DataFactory.namedNode(`${this.base}entity/${key}`)));
    }
    return node;
  }
  event(slug: string, start: number, end: number): NamedNode {
    return DataFactory.namedNode(`${this.base}event/${slug}-${start}-${end}`);
  }
  /** The time a time expression denotes (the phrase itself is the NIF span). */
  time(slug: string, start: number, end: number): NamedNode {
    return DataFactory.namedNode(`${this.base}time/${slug}-${start}-${end}`);
  }
  eventPart(event: NamedNode, part: string): NamedNode {
    return DataFactory.namedNode(`${event.value}-${part}`);
  }
  fact(slug: string, eventStart: number, n: number): NamedNode {
    return DataFactory.namedNode(`${this.base}fact/${slug}-${eventStart}-${n}`);
  }
  office(role: string, of: string): NamedNode {
    return DataFactory.namedNode(`${this.base}office/${roleSlug(role)}-of-${of}`);
  }
  topic(label: string): NamedNode {
    return DataFactory.namedNode(`${this.base}topic/${slugify(label)}`);
  }
}

/** Entity terms by base IRI, then by key (terms are immutable values, so articles share them). */
const entityTerms = new Map<string, Map<string, NamedNode>>();
const roleSlugs = new Map<string, string>();

/** Roles are a closed set (data/lexicon/titles.json and the gazetteer's offices): slugged once each. */
function roleSlug(role: string): string {
  let slug = roleSlugs.get(role);
  if (slug === undefined) {
    if (roleSlugs.size >= 10_000) roleSlugs.clear();
    roleSlugs.set(role, (slug = slugify(role)));
  }
  return slug;
}

export { checkBase } from './formats.js';
