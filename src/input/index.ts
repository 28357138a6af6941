export type { Article, ArticleMetadata } from './types.js';
export { articleFromText, splitFrontMatter } from './frontmatter.js';
export { parseJsonl } from './jsonl.js';
export { checkIsoDate } from './dates.js';
