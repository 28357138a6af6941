import { closeSync, existsSync, mkdirSync, openSync, readFileSync, rmSync, statSync, writeSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { NewsgraphError } from '../errors.js';
import { trackTemp, releaseTemp } from '../io/temp-files.js';

/** The output cannot be written, or another build is writing it. */
export class OutputError extends NewsgraphError {
  override name = 'OutputError';
  constructor(
    readonly path: string,
    message: string,
  ) {
    super('output', `${path}: ${message}`);
  }
}

const REASONS: Record<string, string> = {
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EROFS: 'read-only file system',
  ENOSPC: 'no space left on the device',
  ENOENT: 'files cannot be created there',
};

/**
 * Checks, before any work, that `path` can take the output: not a folder, in a folder that exists (made
 * only when `createParent`, for the default out/graph.ttl) and is writable. Throws a one-line OutputError.
 */
export function checkOutput(path: string, createParent = false): void {
  if (path === '' || /[/\\]$/.test(path)) throw new OutputError(path || '(empty)', 'names a folder; give a file name such as graph.ttl');
  if (existsSync(path) && statSync(path).isDirectory()) throw new OutputError(path, 'is a folder; give a file name such as graph.ttl inside it');
  const parent = dirname(resolve(path));
  if (!existsSync(parent)) {
    if (!createParent) throw new OutputError(path, `the folder ${dirname(path)} does not exist`);
    try {
      mkdirSync(parent, { recursive: true });
    } catch (e) {
      throw new OutputError(path, `cannot create the folder ${dirname(path)} (${REASONS[(e as NodeJS.ErrnoException).code ?? ''] ?? (e as Error).message})`);
    }
  }
  if (!statSync(parent).isDirectory()) throw new OutputError(path, `${dirname(path)} is not a folder`);
}

/**
 * Claims the output for this build with a lock file beside it (`<output>.lock`, created exclusively,
 * holding the process id), so a second build writing the same file is refused instead of racing. The
 * exclusive create is also the test that the folder is writable. A lock left by a process that no longer
 * runs is taken over. Returns the release function; the lock also goes on exit and on SIGINT/SIGTERM
 * (it is tracked with the temporary files, src/io/signals.ts).
 */
const heldHere = new Set<string>();

export function lockOutput(path: string): () => void {
  const lock = `${path}.lock`;
  if (heldHere.has(resolve(lock))) throw new OutputError(path, `another build in this process is writing it (lock file ${lock})`);
  for (let attempt = 0; ; attempt++) {
    let fd: number;
    try {
      fd = openSync(lock, 'wx');
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code ?? '';
      if (code === 'EEXIST' && attempt === 0 && !holderRuns(lock)) {
        rmSync(lock, { force: true }); // stale: its build died without cleaning up
        continue;
      }
      if (code === 'EEXIST') throw new OutputError(path, `another build is writing it (process ${holder(lock) ?? '?'}; lock file ${lock}); wait for it or remove the lock`);
      throw new OutputError(path, `cannot write in ${dirname(path)} (${REASONS[code] ?? code})`);
    }
    writeSync(fd, `${process.pid}\n`);
    closeSync(fd);
    break;
  }
  trackTemp(lock);
  heldHere.add(resolve(lock));
  const release = () => {
    process.off('exit', release);
    releaseTemp(lock);
    heldHere.delete(resolve(lock));
    // Only our own lock: never one a later build took over.
    if (holder(lock) === process.pid) rmSync(lock, { force: true });
  };
  process.on('exit', release);
  return release;
}

function holder(lock: string): number | undefined {
  try {
    const pid = Number(readFileSync(lock, 'utf8').trim());
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

function holderRuns(lock: string): boolean {
  const pid = holder(lock);
  // Our own pid in a lock this process does not hold: left by an earlier process that had the same pid.
  if (pid === undefined || pid === process.pid) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}
