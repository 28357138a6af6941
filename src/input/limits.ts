import { InputError } from '../errors.js';

/**
 * The longest article text accepted, in characters (UTF-16 code units). The longest news articles
 * run to about 60,000 characters; extraction time grows faster than linearly with sentence length,
 * so far longer texts (a 20 MB dump, a 1 MB line) are refused with an error instead of running for
 * hours. See docs/reliability.md.
 */
export const MAX_ARTICLE_CHARS = 200_000;

/** Throws an InputError naming `where` when the text is too long to be one article. */
export function checkArticleLength(text: string, where: string): void {
  if (text.length <= MAX_ARTICLE_CHARS) return;
  const size = text.length >= 1_000_000 ? `${(text.length / 1_048_576).toFixed(1)} MB` : `${Math.round(text.length / 1000)} kB`;
  throw new InputError(where, `article text is ${size} (${text.length} characters); one article may have at most ${MAX_ARTICLE_CHARS} characters: split it`);
}

const HTML_PAGE = /^\s*(?:<!--[\s\S]*?-->\s*)*(?:<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>])/i;

/**
 * Refuses a whole HTML page given as an article (a saved web page instead of its text): its markup,
 * scripts and styles would turn into nonsense entities. Markup inside ordinary text is kept as text.
 */
export function checkNotHtmlPage(text: string, where: string): void {
  if (HTML_PAGE.test(text.slice(0, 4096))) throw new InputError(where, 'looks like an HTML page, not article text: extract the text first (or strip the tags)');
}
