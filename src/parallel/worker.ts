// Worker thread: builds fragments for the articles the main thread sends. One knowledge base and
// one syntax model per worker, loaded once.
import { parentPort, workerData } from 'node:worker_threads';
import { defaultKnowledge } from '../knowledge/index.js';
import { buildFragment } from '../corpus/fragment.js';
import type { FragmentOptions } from '../corpus/fragment.js';
import type { Article } from '../input/types.js';
import { InputError } from '../errors.js';

const options = workerData as FragmentOptions;
const kb = defaultKnowledge();

parentPort?.on('message', (msg: { seq: number; article: Article }) => {
  try {
    parentPort?.postMessage({ seq: msg.seq, fragment: buildFragment(msg.article, kb, options) });
  } catch (e) {
    const err = e as Error;
    const where = e instanceof InputError ? e.where : undefined;
    const message = where ? err.message.slice(`input: ${where}: `.length) : err.message;
    parentPort?.postMessage({ seq: msg.seq, error: { message, ...(where ? { where } : {}) } });
  }
});
parentPort?.postMessage({ ready: true });
