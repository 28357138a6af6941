import type { Article } from '../input/types.js';
import type { Knowledge } from '../knowledge/knowledge.js';
import type { Doc } from '../nlp/types.js';
import type { Attribution, EntityRecord, EventRecord, Fact, Mention, Quantity, Quote, TimeExpression } from '../model/types.js';

/** Shared state of one article's extraction; each extractor reads what earlier ones wrote and adds its own part. */
export interface ExtractionContext {
  readonly article: Article;
  readonly doc: Doc;
  readonly kb: Knowledge;
  readonly entities: Map<string, EntityRecord>;
  readonly mentions: Mention[];
  readonly times: TimeExpression[];
  readonly quantities: Quantity[];
  readonly quotes: Quote[];
  readonly attributions: Attribution[];
  readonly events: EventRecord[];
  readonly facts: Fact[];
}

/** The one interface every extractor implements; the pipeline runs them in order. */
export interface Extractor {
  readonly name: string;
  run(ctx: ExtractionContext): void;
}

/** What extraction of one article yields. */
export type ArticleExtraction = Omit<ExtractionContext, 'kb'>;
