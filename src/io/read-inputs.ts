import { InputError } from '../errors.js';
import type { Article } from '../input/types.js';
import { listInputs, readArticles } from '../corpus/source.js';

export { decode } from './decode.js';

export interface ReadResult {
  articles: Article[];
  /** Problems in single files or records of a corpus; the caller decides whether they are fatal. */
  skipped: InputError[];
}

/**
 * Files, folders, globs and JSON Lines corpora → all their articles in memory (for small inputs such as
 * `newsgraph serve`); corpus builds stream the same source instead (src/corpus/source.ts).
 */
export async function readInputs(paths: string[]): Promise<ReadResult> {
  const articles: Article[] = [];
  const skipped: InputError[] = [];
  for await (const item of readArticles(listInputs(paths))) {
    if (item.kind === 'article') articles.push(item.article);
    else skipped.push(item.error);
  }
  return { articles, skipped };
}
