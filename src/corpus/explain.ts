import type { Fragment } from './fragment.js';
import type { ResolutionRule } from '../extract/entities/resolution.js';

interface EntityLog {
  label: string;
  types: Set<string>;
  rule: ResolutionRule;
  wikidata?: string;
  articles: number;
  /** First few articles, in input order. */
  sample: string[];
  forms: Set<string>;
}

const WHY: Record<ResolutionRule, (e: EntityLog) => string> = {
  linked: (e) => `gazetteer entry linked to Wikidata ${e.wikidata}: every article's mention of it is this node`,
  name: (e) => `unlinked; every article that names "${e.label}" with a name of two or more words (or a non-person name) gets the same key, the slug of the name`,
  article: () => 'unlinked one-word person name: kept to its article, never merged with the same name elsewhere',
};

/**
 * Why mentions became one node: per entity, the rule that gave its key, the articles that name it
 * and the words they use. Memory grows with distinct entities, not with articles.
 */
export class ResolutionLog {
  private readonly entities = new Map<string, EntityLog>();

  add(f: Fragment): void {
    for (const e of f.entities) {
      let log = this.entities.get(e.key);
      if (!log) {
        log = { label: e.label, types: new Set(), rule: e.rule, ...(e.wikidata ? { wikidata: e.wikidata } : {}), articles: 0, sample: [], forms: new Set() };
        this.entities.set(e.key, log);
      }
      log.types.add(e.type);
      log.articles++;
      if (log.sample.length < 5) log.sample.push(f.slug);
      for (const form of e.forms) if (log.forms.size < 10) log.forms.add(form);
    }
  }

  get size(): number {
    return this.entities.size;
  }

  /** Unlinked keys read with different types in different articles (one node, several classes). */
  typeConflicts(): number {
    let n = 0;
    for (const e of this.entities.values()) if (e.types.size > 1) n++;
    return n;
  }

  /** One JSON object a line, sorted by key. */
  toJsonl(base: string): string {
    const keys = [...this.entities.keys()].sort();
    return keys
      .map((k) => {
        const e = this.entities.get(k)!;
        return `${JSON.stringify({ iri: `${base}entity/${k}`, label: e.label, types: [...e.types].sort(), rule: e.rule, why: WHY[e.rule](e), articles: e.articles, sample: e.sample, forms: [...e.forms] })}\n`;
      })
      .join('');
  }
}
