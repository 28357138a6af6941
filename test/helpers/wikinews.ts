import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseJsonl } from '../../src/input/jsonl.js';
import type { Article } from '../../src/input/types.js';

/**
 * The shared Wikinews corpus (334 real articles, CC BY 2.5): $NEWSGRAPH_SHARED, the folder beside the
 * repository, or beside a git worktree's parent. Undefined where it is absent (the tests skip).
 */
export function wikinewsPath(): string | undefined {
  const roots = [process.env.NEWSGRAPH_SHARED, join(import.meta.dirname, '../../../shared'), join(import.meta.dirname, '../../../../shared')];
  return roots.filter((r): r is string => !!r).map((r) => join(r, 'corpus/wikinews/wikinews.jsonl')).find((p) => existsSync(p));
}

export function readWikinews(path: string): Article[] {
  return parseJsonl(readFileSync(path, 'utf8'), path).articles;
}
