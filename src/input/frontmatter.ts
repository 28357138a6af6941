import { parse as parseYaml } from 'yaml';
import { InputError } from '../errors.js';
import type { Article, ArticleMetadata } from './types.js';
import { checkIsoDate } from './dates.js';
import { checkArticleLength, checkNotHtmlPage } from './limits.js';

const FENCE = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;
const KNOWN_KEYS = ['title', 'date', 'url', 'source', 'language'] as const;

/** Splits optional YAML front matter from the body; the body keeps its exact characters. */
export function splitFrontMatter(raw: string, where: string): { meta: ArticleMetadata; body: string } {
  const text = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
  const m = FENCE.exec(text);
  if (!m) return { meta: {}, body: text };
  let data: unknown;
  try {
    // A low alias limit defuses "billion laughs" documents; warnings (unknown tags such as !!js/function,
    // which stay plain strings) must not print to stderr.
    data = parseYaml(m[1] ?? '', { maxAliasCount: 50, prettyErrors: false, logLevel: 'error' });
  } catch (e) {
    const msg = (e as Error).message.split('\n')[0];
    throw new InputError(where, `broken front matter: ${msg}`);
  }
  if (data === null || data === undefined) return { meta: {}, body: text.slice(m[0].length) };
  if (typeof data !== 'object' || Array.isArray(data)) {
    throw new InputError(where, 'front matter must be a YAML mapping of key: value');
  }
  return { meta: readMetadata(data as Record<string, unknown>, where), body: text.slice(m[0].length) };
}

/** Picks the known keys, checks their types; unknown keys are ignored. */
export function readMetadata(data: Record<string, unknown>, where: string): ArticleMetadata {
  const meta: ArticleMetadata = {};
  for (const key of KNOWN_KEYS) {
    const value = data[key];
    if (value === undefined || value === null) continue;
    if (key === 'date' && value instanceof Date) {
      meta.date = value.toISOString().slice(0, 10);
      continue;
    }
    if (typeof value !== 'string' && typeof value !== 'number') {
      throw new InputError(where, `front matter "${key}" must be text, got ${Array.isArray(value) ? 'a list' : typeof value}`);
    }
    meta[key] = String(value);
  }
  if (meta.date !== undefined) meta.date = checkIsoDate(meta.date, where);
  return meta;
}

/** Builds an article from a `.txt`/`.md` file's contents. */
export function articleFromText(raw: string, id: string, origin: string): Article {
  checkArticleLength(raw, origin);
  const { meta, body } = splitFrontMatter(raw, origin);
  checkNotHtmlPage(body, origin);
  return { id, origin, ...meta, text: body };
}
