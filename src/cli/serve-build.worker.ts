// Worker thread for `serve` on articles: reads and builds them and hands back the Turtle. The build's
// memory (the extraction, the n3 store: gigabytes for a corpus) goes with the thread when it ends,
// instead of staying in the server's heap while it serves.
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

const job = workerData as BuildJob | IndexJob;
try {
  if ('index' in job) {
    process.stderr.write('indexing the graph for the explorer…\n');
    parentPort?.postMessage({ index: await indexTexts(job.index) } satisfies BuildReply);
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
      parentPort?.postMessage({ text, stats: { articles: stats.articles, entities: stats.entities, events: stats.events, facts: stats.facts, triples: stats.triples }, skipped } satisfies BuildReply);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
} catch (e) {
  const err = e as Error;
  const where = e instanceof InputError ? e.where : undefined;
  parentPort?.postMessage({ error: { message: where ? err.message.slice(`input: ${where}: `.length) : err.message, ...(where ? { where } : {}) } } satisfies BuildReply);
}
