export type { Dataset, EdgeRecord, NodeRecord, SearchHit } from './types.js';
export { fold } from './fold.js';
export { shrink, localName, DEFAULT_PREFIXES } from './prefixes.js';
export { buildDataset, emptyDataset, mergeQuads, isoDay } from './dataset.js';
export { search } from './search.js';
export { nodeDetails, articleView, listArticles } from './details.js';
export type { NodeDetails, LinkGroup, LinkItem, Evidence, ArticleView } from './details.js';
export { Session } from './session.js';
export type { DatasetChange, SessionDeps } from './session.js';
