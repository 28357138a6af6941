import type { Article } from '../input/types.js';
import type { Knowledge } from '../knowledge/knowledge.js';
import { analyse } from '../nlp/document.js';
import { coreferenceExtractor } from './coreference/index.js';
import { entityExtractor } from './entities/index.js';
import { eventExtractor } from './events/index.js';
import { quantityExtractor } from './quantities.js';
import { quoteExtractor } from './quotes.js';
import { relationExtractor } from './relations.js';
import { timeExtractor } from './time.js';
import type { ArticleExtraction, ExtractionContext, Extractor } from './types.js';

/** The default extractor chain; order matters only where a later one reads an earlier one's output. */
export const DEFAULT_EXTRACTORS: readonly Extractor[] = [entityExtractor, timeExtractor, quantityExtractor, coreferenceExtractor, quoteExtractor, eventExtractor, relationExtractor];

/** Article → document → every extractor in turn → the article's entities, mentions, events and facts. */
export function extractArticle(article: Article, kb: Knowledge, extractors: readonly Extractor[] = DEFAULT_EXTRACTORS): ArticleExtraction {
  const ctx: ExtractionContext = {
    article,
    doc: analyse(article.text),
    kb,
    entities: new Map(),
    mentions: [],
    times: [],
    quantities: [],
    quotes: [],
    attributions: [],
    events: [],
    facts: [],
  };
  for (const x of extractors) x.run(ctx);
  return { article: ctx.article, doc: ctx.doc, entities: ctx.entities, mentions: ctx.mentions, times: ctx.times, quantities: ctx.quantities, quotes: ctx.quotes, attributions: ctx.attributions, events: ctx.events, facts: ctx.facts };
}
