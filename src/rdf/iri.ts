import { DataFactory } from 'n3';
import type { NamedNode } from '@rdfjs/types';
import { slugify } from '../nlp/fold.js';

/**
 * Deterministic IRIs. Entities: base + entity/ + gazetteer id or label slug (stable across
 * articles and runs). Everything inside an article derives from the article id and a character
 * span, so re-running never renames what existed.
 */
export class Iris {
  constructor(readonly base: string) {}

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
    return DataFactory.namedNode(`${this.base}entity/${key}`);
  }
  event(slug: string, start: number, end: number): NamedNode {
    return DataFactory.namedNode(`${this.base}event/${slug}-${start}-${end}`);
  }
  eventPart(event: NamedNode, part: string): NamedNode {
    return DataFactory.namedNode(`${event.value}-${part}`);
  }
  fact(slug: string, eventStart: number, n: number): NamedNode {
    return DataFactory.namedNode(`${this.base}fact/${slug}-${eventStart}-${n}`);
  }
  office(role: string, of: string): NamedNode {
    return DataFactory.namedNode(`${this.base}office/${slugify(role)}-of-${of}`);
  }
  topic(label: string): NamedNode {
    return DataFactory.namedNode(`${this.base}topic/${slugify(label)}`);
  }
}

/** A base IRI must be absolute and end in / or #. */
export function checkBase(base: string): string {
  let url: URL;
  try {
    url = new URL(base);
  } catch {
    throw new Error(`base IRI "${base}" is not an absolute IRI`);
  }
  if (!/[/#]$/.test(base)) throw new Error(`base IRI "${base}" must end with "/" or "#"`);
  return url.href === base ? base : base;
}
