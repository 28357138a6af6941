import { articleFromText, defaultKnowledge, extractArticle } from '../../src/index.js';
import type { ArticleExtraction } from '../../src/index.js';

const kb = defaultKnowledge();

/** Extracts one short text, dated 2024-03-08: for a control sentence beside a fixture. */
export function extractText(text: string, date = '2024-03-08'): ArticleExtraction {
  return extractArticle({ ...articleFromText(text, 'inline', 'inline'), date }, kb);
}
