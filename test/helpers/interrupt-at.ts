// Child process of test/output-target.test.ts: builds the inputs into the output with the CLI's signal
// handling, and sends itself SIGINT when the build enters the given stage.
// Usage: node --import tsx test/helpers/interrupt-at.ts <stage> <output> <inputs...>
import { buildCorpus } from '../../src/corpus/build-corpus.js';
import type { BuildStage } from '../../src/corpus/build-corpus.js';
import { cleanUpOnSignals } from '../../src/io/signals.js';
import { formatFor } from '../../src/rdf/serialize.js';
import { BASE } from './graphs.js';

const [stage, output, ...inputs] = process.argv.slice(2) as [BuildStage, string, ...string[]];
cleanUpOnSignals();
const s = await buildCorpus(inputs, {
  output,
  format: formatFor(undefined, output),
  base: BASE,
  jobs: 1,
  onStage: (at) => {
    if (at === stage) process.kill(process.pid, 'SIGINT');
  },
});
process.stdout.write(`finished: ${s.articles} articles, streamed ${s.streamed}\n`);
