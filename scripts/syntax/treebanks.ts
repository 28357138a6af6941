import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

/** The shared treebanks folder: NEWSGRAPH_TREEBANKS, else ../shared beside the checkout (or a worktree's). */
export function treebankDir(): string {
  const candidates = [process.env.NEWSGRAPH_TREEBANKS, '../shared/corpus/treebanks', '../../shared/corpus/treebanks'].filter((c): c is string => !!c);
  for (const c of candidates) if (existsSync(resolve(c, 'ud-english-ewt'))) return resolve(c);
  throw new Error(`treebanks not found (looked in ${candidates.join(', ')}); set NEWSGRAPH_TREEBANKS`);
}
