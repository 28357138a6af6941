// Where the shared read-only data lives: <repo>/../shared beside a checkout, else /work/shared, the fixed
// place a git worktree (whose parent holds no shared/) still finds it. NEWSGRAPH_SHARED overrides both.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

const ROOT = join(import.meta.dirname, '..');
const candidates = [process.env.NEWSGRAPH_SHARED, resolve(ROOT, '../shared'), '/work/shared'].filter((d): d is string => !!d);

export const SHARED: string = candidates.find((d) => existsSync(d)) ?? resolve(ROOT, '../shared');
