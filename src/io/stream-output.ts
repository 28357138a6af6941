import { createWriteStream, mkdirSync, openSync, renameSync, rmSync } from 'node:fs';
import type { WriteStream } from 'node:fs';
import { dirname } from 'node:path';
import { claimTemp, releaseTemp } from './temp-files.js';
import { letSignalsIn } from './signals.js';

/**
 * Writes a large output piece by piece, atomically: into a temporary file beside the target,
 * renamed over it only by `commit`. A failed build (`abort`) leaves the previous output untouched.
 * `write` waits when the disk falls behind, so memory stays bounded.
 */
export class AtomicStreamWriter {
  private readonly tmp: string;
  private readonly out: WriteStream;
  private error: Error | undefined;
  bytes = 0;

  constructor(readonly path: string) {
    mkdirSync(dirname(path), { recursive: true });
    this.tmp = claimTemp(path);
    // Opened synchronously: with an asynchronous open, an abort or a signal handler could remove the
    // temporary file before the open created it, and the file would appear afterwards as debris.
    this.out = createWriteStream(this.tmp, { fd: openSync(this.tmp, 'w') });
    this.out.on('error', (e) => (this.error = e));
  }

  async write(chunk: string): Promise<void> {
    if (this.error) throw this.error;
    if (chunk === '') return;
    this.bytes += chunk.length;
    if (!this.out.write(chunk)) await new Promise<void>((resolve) => this.out.once('drain', resolve));
  }

  /** Closes the file and renames it over the target; `beforeRename` runs first (tests send a signal there). */
  async commit(beforeRename?: () => void): Promise<void> {
    await new Promise<void>((resolve, reject) => this.out.end((e?: Error | null) => (e ? reject(e) : resolve())));
    if (this.error) throw this.error;
    beforeRename?.();
    // A signal pending since the last write is handled before the rename, not after it.
    await letSignalsIn();
    renameSync(this.tmp, this.path);
    releaseTemp(this.tmp);
  }

  abort(): void {
    this.out.destroy();
    rmSync(this.tmp, { force: true });
    releaseTemp(this.tmp);
  }
}
