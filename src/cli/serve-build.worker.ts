// Child process (or worker thread) for `serve`: builds articles and hands back the Turtle, or makes the
// explorer's index of graphs. Their memory (the extraction; the n3 store of the index: gigabytes for a
// corpus) goes back to the system when the process ends; a worker thread's stayed partly in the server's
// RSS (malloc arenas), 930 MB once ready for 1,500 articles.
import { parentPort, workerData } from 'node:worker_threads';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildCorpus } from '../corpus/build-corpus.js';
import { ProgressBar } from '../corpus/progress.js';
import { InputError } from '../errors.js';
import { indexTexts } from './serve-index.js';
import type { ServedIndex } from './serve-index.js';

export interface BuildJob {
  inputs: string[];
  base: string;
  date?: string;
}

/** The index of graphs (serve-index.ts), made here too: the parse and the n3 store leave with the thread. */
export interface IndexJob {
  index: { name: string; text: string }[];
}

export type BuildReply = { text: string; stats: { articles: number; entities: number; events: number; facts: number; triples: number }; skipped: string[] } | { index: ServedIndex } | { error: { message: string; where?: string } };

// A child process (serve) gets its job as its first message; a worker thread as its workerData.
const job = (workerData ?? (await new Promise((r) => process.once('message', r)))) as BuildJob | IndexJob;
function reply(m: BuildReply): void {
  if (parentPort) parentPort.postMessage(m);
  else process.send?.(m, () => process.disconnect());
}
try {
  if ('index' in job) {
    process.stderr.write('indexing the graph for the explorer…\n');
    reply({ index: await indexTexts(job.index) } satisfies BuildReply);
  } else {
    // The corpus build of `newsgraph build`: articles stream through and the Turtle streams to a temporary
    // file, so the graph is never held in memory whole (the build used to peak at 3 GB for 1,500 articles).
    const dir = mkdtempSync(join(tmpdir(), 'newsgraph-serve-'));
    try {
      const output = join(dir, 'graph.ttl');
      const skipped: string[] = [];
      const bar = ProgressBar.wanted(undefined) ? new ProgressBar() : null;
      let lastLine = performance.now();
      const stats = await buildCorpus(job.inputs, {
        output,
        format: 'ttl',
        base: job.base,
        ...(job.date ? { date: job.date } : {}),
        onSkip: (e) => skipped.push(e.message),
        onProgress: (s) => {
          if (bar) bar.update(s);
          else if (performance.now() - lastLine > 3000) {
            lastLine = performance.now();
            process.stderr.write(`building: ${s.articles} articles, ${Math.round((100 * s.bytes) / Math.max(1, s.totalBytes))} %, ${(s.elapsedMs / 1000).toFixed(0)} s\n`);
          }
        },
      });
      bar?.done();
      const text = readFileSync(output, 'utf8');
      reply({ text, stats: { articles: stats.articles, entities: stats.entities, events: stats.events, facts: stats.facts, triples: stats.triples }, skipped } satisfies BuildReply);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
} catch (e) {
  const err = e as Error;
  const where = e instanceof InputError ? e.where : undefined;
  reply({ error: { message: where ? err.message.slice(`input: ${where}: `.length) : err.message, ...(where ? { where } : {}) } } satisfies BuildReply);
}
