import { rmSync } from 'node:fs';

/**
 * Temporary files that are being written right now (atomic writes: temp file, then rename).
 * When the CLI is interrupted (SIGINT, SIGTERM) it removes them, so an interrupted build leaves
 * the previous output and no debris behind.
 */
const live = new Set<string>();

/** A unique temporary path beside `path`, registered until `releaseTemp`. */
export function claimTemp(path: string): string {
  let tmp = `${path}.${process.pid}.tmp`;
  for (let i = 1; live.has(tmp); i++) tmp = `${path}.${process.pid}-${i}.tmp`;
  live.add(tmp);
  return tmp;
}

/** Tracks a file this process made and must remove when interrupted (the output's lock file). */
export function trackTemp(path: string): void {
  live.add(path);
}

/** The temporary file was renamed or removed: nothing left to clean up. */
export function releaseTemp(tmp: string): void {
  live.delete(tmp);
}

/** Removes every temporary file still being written (synchronous: safe in a signal handler). */
export function removeLiveTemps(): string[] {
  const removed = [...live];
  for (const tmp of removed) rmSync(tmp, { force: true });
  live.clear();
  return removed;
}
