import { readFileSync, readdirSync, statSync } from 'node:fs';
import { basename, extname, join, relative } from 'node:path';
import { InputError } from '../errors.js';
import { articleFromText } from '../input/frontmatter.js';
import { parseJsonl } from '../input/jsonl.js';
import type { Article } from '../input/types.js';

const ARTICLE_EXT = new Set(['.txt', '.md']);
const MAX_BYTES = 64 * 1024 * 1024;

export interface ReadResult {
  articles: Article[];
  /** Problems in single records of a corpus; the caller decides whether they are fatal. */
  skipped: InputError[];
}

/** Expands files and folders (recursively) into articles; the one place that touches the file system for input. */
export function readInputs(paths: string[]): ReadResult {
  if (paths.length === 0) throw new InputError('(arguments)', 'no input given: name article files, folders or .jsonl corpora');
  const articles: Article[] = [];
  const skipped: InputError[] = [];
  for (const p of paths) {
    let st;
    try {
      st = statSync(p);
    } catch {
      throw new InputError(p, 'no such file or folder');
    }
    if (st.isDirectory()) {
      const files = listArticles(p);
      if (files.length === 0) throw new InputError(p, 'folder holds no .txt, .md or .jsonl articles');
      for (const f of files) readOne(f, relative(p, f), articles, skipped);
    } else readOne(p, basename(p), articles, skipped);
  }
  return { articles, skipped };
}

function listArticles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    if (name.startsWith('.')) continue;
    const full = join(dir, name);
    const st = statSync(full);
    if (st.isDirectory()) out.push(...listArticles(full));
    else if (ARTICLE_EXT.has(extname(name).toLowerCase()) || extname(name).toLowerCase() === '.jsonl') out.push(full);
  }
  return out;
}

function readOne(path: string, rel: string, articles: Article[], skipped: InputError[]): void {
  const ext = extname(path).toLowerCase();
  const text = decode(path);
  if (ext === '.jsonl') {
    const r = parseJsonl(text, path);
    articles.push(...r.articles);
    skipped.push(...r.errors);
    return;
  }
  if (!ARTICLE_EXT.has(ext)) throw new InputError(path, `unsupported file type "${ext || '(none)'}": use .txt, .md or .jsonl`);
  const article = articleFromText(text, rel.replace(/\.(md|txt)$/i, ''), path);
  if (article.text.trim() === '') throw new InputError(path, 'article has no text');
  articles.push(article);
}

/** Reads a file as text: UTF-8 (BOM allowed) or UTF-16 with BOM; binary or invalid UTF-8 is refused. */
export function decode(path: string): string {
  const st = statSync(path);
  if (st.size > MAX_BYTES) throw new InputError(path, `file is ${Math.round(st.size / 1048576)} MB; the limit is ${MAX_BYTES / 1048576} MB`);
  const buf = readFileSync(path);
  if (buf.length === 0) throw new InputError(path, 'file is empty');
  if (buf[0] === 0xff && buf[1] === 0xfe) return new TextDecoder('utf-16le').decode(buf.subarray(2));
  if (buf[0] === 0xfe && buf[1] === 0xff) return new TextDecoder('utf-16be').decode(buf.subarray(2));
  if (buf.includes(0)) throw new InputError(path, 'looks like a binary file (contains NUL bytes), not text');
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(buf);
    if (text.trim() === '') throw new InputError(path, 'file holds only whitespace');
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  } catch (e) {
    if (e instanceof InputError) throw e;
    throw new InputError(path, 'is not valid UTF-8 text');
  }
}
