import { Worker } from 'node:worker_threads';
import { availableParallelism } from 'node:os';
import type { Fragment, FragmentOptions } from '../corpus/fragment.js';
import type { Article } from '../input/types.js';
import { InputError, NewsgraphError } from '../errors.js';

type Reply = { seq: number; fragment?: Fragment; error?: { message: string; where?: string } };

/** Default number of workers: one per core the process may use. */
export const defaultJobs = (): number => Math.max(1, availableParallelism());

/**
 * A pool of worker threads that turn articles into fragments. Each worker keeps a small queue, so
 * a slow article does not stall the others; results come back by promise, in any order (the caller
 * restores input order).
 */
export class FragmentPool {
  private readonly workers: Worker[] = [];
  private readonly load: number[] = [];
  private readonly pending = new Map<number, { resolve: (f: Fragment) => void; reject: (e: Error) => void; worker: number }>();
  private seq = 0;
  private failed: Error | undefined;

  constructor(size: number, options: FragmentOptions) {
    // From the sources (tsx), a small .mjs registers tsx in the worker first; compiled, the .js runs as is.
    const fromSource = import.meta.url.endsWith('.ts');
    const url = new URL(fromSource ? './worker-boot.mjs' : './worker.js', import.meta.url);
    for (let i = 0; i < size; i++) {
      const w = new Worker(url, { workerData: options });
      w.on('message', (msg: Reply | { ready: true }) => {
        if ('ready' in msg) return;
        const p = this.pending.get(msg.seq);
        if (!p) return;
        this.pending.delete(msg.seq);
        this.load[p.worker] = (this.load[p.worker] ?? 1) - 1;
        if (msg.fragment) p.resolve(msg.fragment);
        else p.reject(msg.error?.where ? new InputError(msg.error.where, msg.error.message) : new NewsgraphError('build', msg.error?.message ?? 'worker failed'));
      });
      w.on('error', (e) => this.fail(e));
      w.on('exit', (code) => {
        if (code !== 0 && !this.closing) this.fail(new NewsgraphError('build', `worker thread stopped (exit code ${code})`));
      });
      this.workers.push(w);
      this.load.push(0);
    }
  }

  private closing = false;

  private fail(e: Error): void {
    this.failed ??= e;
    for (const p of this.pending.values()) p.reject(e);
    this.pending.clear();
  }

  get size(): number {
    return this.workers.length;
  }

  /** Sends the article to the least loaded worker. */
  submit(article: Article): Promise<Fragment> {
    if (this.failed) return Promise.reject(this.failed);
    let best = 0;
    for (let i = 1; i < this.load.length; i++) if ((this.load[i] as number) < (this.load[best] as number)) best = i;
    const seq = this.seq++;
    this.load[best] = (this.load[best] as number) + 1;
    return new Promise<Fragment>((resolve, reject) => {
      this.pending.set(seq, { resolve, reject, worker: best });
      (this.workers[best] as Worker).postMessage({ seq, article });
    });
  }

  async close(): Promise<void> {
    this.closing = true;
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}
