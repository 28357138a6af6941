import { InputError } from '../errors.js';
import type { Article } from './types.js';
import { readMetadata } from './frontmatter.js';
import { checkArticleLength, checkNotHtmlPage } from './limits.js';

export interface JsonlResult {
  articles: Article[];
  /** One entry per bad line; the rest of the corpus still builds. */
  errors: InputError[];
}

/** Parses a JSON Lines corpus of `{id,title,date,url,text}` records. */
export function parseJsonl(content: string, origin: string): JsonlResult {
  const articles: Article[] = [];
  const errors: InputError[] = [];
  const lines = content.split(/\r?\n/);
  lines.forEach((line, i) => {
    if (line.trim() === '') return;
    const where = `${origin}:${i + 1}`;
    try {
      articles.push(recordToArticle(JSON.parse(line), where, i + 1));
    } catch (e) {
      errors.push(e instanceof InputError ? e : new InputError(where, `not valid JSON (${(e as Error).message})`));
    }
  });
  return { articles, errors };
}

/** One parsed JSON Lines record → an article (throws InputError naming `where`). */
export function recordToArticle(rec: unknown, where: string, lineNo: number): Article {
  if (typeof rec !== 'object' || rec === null || Array.isArray(rec)) throw new InputError(where, 'record must be a JSON object');
  const r = rec as Record<string, unknown>;
  if (typeof r.text !== 'string') throw new InputError(where, 'record has no "text" string');
  if (r.text.trim() === '') throw new InputError(where, 'record "text" is empty');
  checkArticleLength(r.text, where);
  checkNotHtmlPage(r.text, where);
  const id = typeof r.id === 'string' || typeof r.id === 'number' ? String(r.id) : `line-${lineNo}`;
  return { id, origin: where, ...readMetadata(r, where), text: r.text };
}
