import { createReadStream, readdirSync, statSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { basename, extname, join, relative, sep } from 'node:path';
import { InputError } from '../errors.js';
import { articleFromText } from '../input/frontmatter.js';
import { recordToArticle } from '../input/jsonl.js';
import type { Article } from '../input/types.js';
import { decode } from '../io/decode.js';

const ARTICLE_EXT = new Set(['.txt', '.md']);

/** One item of a streamed corpus: an article, or a problem with one record (the caller decides if it is fatal). */
export type SourceItem = { kind: 'article'; article: Article; bytes: number } | { kind: 'error'; error: InputError; bytes: number };

/** A file to read, with the id stem it gives its article. */
interface InputFile {
  path: string;
  rel: string;
  size: number;
}

/**
 * Expands files, folders (recursively, sorted) and globs ("corpus/**\/*.md", quoted so the shell leaves
 * them) into the files to read, in a deterministic order. Fails on a missing input before any work.
 */
export function listInputs(paths: string[]): InputFile[] {
  if (paths.length === 0) throw new InputError('(arguments)', 'no input given: name article files, folders or .jsonl corpora');
  const out: InputFile[] = [];
  for (const p of paths) {
    let st;
    try {
      st = statSync(p);
    } catch {
      if (/[*?[]/.test(p)) {
        const files = expandGlob(p);
        if (files.length === 0) throw new InputError(p, 'the pattern matches no .txt, .md or .jsonl file');
        out.push(...files);
        continue;
      }
      throw new InputError(p, 'no such file or folder');
    }
    if (st.isDirectory()) {
      const files = walk(p).map((f) => ({ path: f, rel: relative(p, f), size: statSync(f).size }));
      if (files.length === 0) throw new InputError(p, 'folder holds no .txt, .md or .jsonl articles');
      out.push(...files);
    } else {
      const ext = extname(p).toLowerCase();
      if (!ARTICLE_EXT.has(ext) && ext !== '.jsonl') throw new InputError(p, `unsupported file type "${ext || '(none)'}": use .txt, .md or .jsonl`);
      out.push({ path: p, rel: basename(p), size: st.size });
    }
  }
  return out;
}

function isInput(name: string): boolean {
  const ext = extname(name).toLowerCase();
  return ARTICLE_EXT.has(ext) || ext === '.jsonl';
}

function walk(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    if (name.startsWith('.')) continue;
    const full = join(dir, name);
    const st = statSync(full);
    if (st.isDirectory()) out.push(...walk(full));
    else if (isInput(name)) out.push(full);
  }
  return out;
}

/** "data/**\/*.md", "corpus/day-?.jsonl": * and ? stay inside one folder, ** crosses folders. */
function expandGlob(pattern: string): InputFile[] {
  const parts = pattern.split(/[\\/]/);
  const firstGlob = parts.findIndex((x) => /[*?[]/.test(x));
  const root = parts.slice(0, firstGlob).join(sep) || '.';
  const rest = parts.slice(firstGlob).join('/');
  let rx = '';
  for (let i = 0; i < rest.length; i++) {
    const c = rest[i] as string;
    if (c === '*' && rest[i + 1] === '*') {
      rx += rest[i + 2] === '/' ? '(?:.*/)?' : '.*';
      i += rest[i + 2] === '/' ? 2 : 1;
    } else if (c === '*') rx += '[^/]*';
    else if (c === '?') rx += '[^/]';
    else rx += /[\w/-]/.test(c) ? c : `\\${c}`;
  }
  const re = new RegExp(`^${rx}$`);
  let files: string[];
  try {
    files = walk(root);
  } catch {
    return [];
  }
  return files.filter((f) => re.test(relative(root, f).split(sep).join('/'))).map((f) => ({ path: f, rel: basename(f), size: statSync(f).size }));
}

/** Total bytes of the inputs (for progress and ETA). */
export const totalBytes = (files: InputFile[]): number => files.reduce((n, f) => n + f.size, 0);

/**
 * Streams articles from the listed files: an article file is one article; a JSON Lines corpus is read
 * line by line, so a corpus of any size never sits in memory whole.
 */
export async function* readArticles(files: InputFile[]): AsyncGenerator<SourceItem> {
  for (const f of files) {
    const ext = extname(f.path).toLowerCase();
    if (ext === '.jsonl') {
      yield* readJsonl(f.path);
      continue;
    }
    // One bad file in a corpus is reported and skipped like a bad JSON Lines record; the build decides
    // whether that is fatal (--strict, or nothing left to build).
    try {
      const article = articleFromText(decode(f.path), f.rel.replace(/\.(md|txt)$/i, ''), f.path);
      if (article.text.trim() === '') throw new InputError(f.path, 'article has no text');
      yield { kind: 'article', article, bytes: f.size };
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      yield { kind: 'error', error: e, bytes: f.size };
    }
  }
}

async function* readJsonl(path: string): AsyncGenerator<SourceItem> {
  const lines = createInterface({ input: createReadStream(path, { encoding: 'utf8' }), crlfDelay: Infinity });
  let n = 0;
  for await (const raw of lines) {
    n++;
    const line = n === 1 && raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
    const bytes = Buffer.byteLength(raw) + 1;
    if (line.trim() === '') continue;
    const where = `${path}:${n}`;
    let rec: unknown;
    try {
      rec = JSON.parse(line);
    } catch (e) {
      yield { kind: 'error', error: new InputError(where, `not valid JSON (${(e as Error).message})`), bytes };
      continue;
    }
    try {
      yield { kind: 'article', article: recordToArticle(rec, where, n), bytes };
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      yield { kind: 'error', error: e, bytes };
    }
  }
}
