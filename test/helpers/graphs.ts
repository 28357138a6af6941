import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Store } from 'n3';
import { articleFromText, buildGraph } from '../../src/index.js';
import type { Article, BuildResult } from '../../src/index.js';

export const ARTICLES_DIR = join(import.meta.dirname, '../../data/articles');
export const SEED_FILE = join(ARTICLES_DIR, '00-putin-erdogan-call.md');
export const BASE = 'https://w3id.org/newsgraph/data/';
export const ENT = `${BASE}entity/`;

export function loadArticle(path: string): Article {
  const id = path.split('/').pop()!.replace(/\.(md|txt)$/, '');
  return articleFromText(readFileSync(path, 'utf8'), id, path);
}

export function articleFiles(): string[] {
  return readdirSync(ARTICLES_DIR).filter((f) => /\.(md|txt)$/.test(f)).sort().map((f) => join(ARTICLES_DIR, f));
}

let seed: BuildResult | undefined;
export function seedGraph(): BuildResult {
  seed ??= buildGraph([loadArticle(SEED_FILE)], { base: BASE });
  return seed;
}

/** Objects of (s, p) as plain strings. */
export function objects(store: Store, s: string, p: string): string[] {
  return store.getObjects(s, p, null).map((o) => o.value);
}
