// The shared data folder: ../shared beside the checkout (as in /work/main), or two levels up for a worktree
// under /work/wt/<name>; NEWSGRAPH_SHARED overrides both.
import { existsSync } from 'node:fs';
import { join } from 'node:path';

export function sharedDir(root: string): string {
  const candidates = [process.env.NEWSGRAPH_SHARED, join(root, '../shared'), join(root, '../../shared')].filter((p): p is string => !!p);
  return candidates.find((p) => existsSync(p)) ?? candidates[0]!;
}
