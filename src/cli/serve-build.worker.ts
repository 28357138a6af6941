// Child process (or worker thread) for `serve`: builds articles into a Turtle file, or makes the
// explorer's index of graphs. Their memory (the extraction; the n3 store of the index: gigabytes for a
// corpus) goes back to the system when the process ends; a worker thread's stayed partly in the server's
// RSS (malloc arenas), 930 MB once ready for 1,500 articles.
import { parentPort, workerData } from 'node:worker_threads';
import { buildCorpus } from '../corpus/build-corpus.js';
import { ProgressBar } from '../corpus/progress.js';
import { InputError } from '../errors.js';
import { indexTexts } from './serve-index.js';
import type { IndexSource, ServedIndex } from './serve-index.js';

/** Articles to build into the Turtle file `output` (serve's, which reads it back as bytes). */
export interface BuildJob {
  inputs: string[];
  base: string;
  date?: string;
  output: string;
}

/** The index of graphs (serve-index.ts), made here too: the parse and the store leave with the process. */
export interface IndexJob {
  index: IndexSource[];
  /** Where the entries are written as they are made (ServedIndex.file). */
  file?: string;
}

export type BuildReply =
  | { built: true; stats: { articles: number; entities: number; events: number; facts: number; triples: number }; skipped: string[] }
  | { index: ServedIndex; maxRssMb: number }
  | { error: { message: string; where?: string } };

// A child process (serve) gets its job as its first message; a worker thread as its workerData.
const job = (workerData ?? (await new Promise((r) => process.once('message', r)))) as BuildJob | IndexJob;
function reply(m: BuildReply): void {
  if (parentPort) parentPort.postMessage(m);
  else process.send?.(m, () => process.disconnect());
}
try {
  if ('index' in job) {
    process.stderr.write('indexing the graph for the explorer…\n');
    const index = await indexTexts(job.index, job.file);
    reply({ index, maxRssMb: Math.round(process.resourceUsage().maxRSS / 1024) } satisfies BuildReply);
  } else {
    // The corpus build of `newsgraph build`: articles stream through and the Turtle streams to the output
    // file, so the graph is never held in memory whole (the build used to peak at 3 GB for 1,500 articles);
    // nor is it sent back as text: serve reads the file.
    const skipped: string[] = [];
    const bar = ProgressBar.wanted(undefined) ? new ProgressBar() : null;
    let lastLine = performance.now();
    const stats = await buildCorpus(job.inputs, {
      output: job.output,
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
    reply({ built: true, stats: { articles: stats.articles, entities: stats.entities, events: stats.events, facts: stats.facts, triples: stats.triples }, skipped } satisfies BuildReply);
  }
} catch (e) {
  const err = e as Error;
  const where = e instanceof InputError ? e.where : undefined;
  reply({ error: { message: where ? err.message.slice(`input: ${where}: `.length) : err.message, ...(where ? { where } : {}) } } satisfies BuildReply);
}
