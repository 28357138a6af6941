// Worker thread for `serve` on articles: reads and builds them and hands back the Turtle. The build's
// memory (the extraction, the n3 store: gigabytes for a corpus) goes with the thread when it ends,
// instead of staying in the server's heap while it serves.
import { parentPort, workerData } from 'node:worker_threads';
import { readInputs } from '../io/read-inputs.js';
import { serialize } from '../rdf/serialize.js';
import { InputError } from '../errors.js';
import { buildWithProgress } from './serve-command.js';
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
    parentPort?.postMessage({ index: indexTexts(job.index) } satisfies BuildReply);
  } else {
    const { articles, skipped } = await readInputs(job.inputs);
    const { store, stats } = await buildWithProgress(articles, { base: job.base, ...(job.date ? { date: job.date } : {}) });
    process.stderr.write('serialising the graph…\n');
    const text = await serialize(store.getQuads(null, null, null, null), 'ttl', job.base);
    parentPort?.postMessage({ text, stats, skipped: skipped.map((s) => s.message) } satisfies BuildReply);
  }
} catch (e) {
  const err = e as Error;
  const where = e instanceof InputError ? e.where : undefined;
  parentPort?.postMessage({ error: { message: where ? err.message.slice(`input: ${where}: `.length) : err.message, ...(where ? { where } : {}) } } satisfies BuildReply);
}
