// How much a second core gives newsgraph's extraction on this machine, with no threads or messages involved:
// one process extracting the Wikinews corpus alone, then two such processes at once.
// Usage: npm run build && node scripts/bench-cores.mjs   (needs ../shared/corpus/wikinews/wikinews.jsonl)
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const CORPUS = fileURLToPath(new URL('../../shared/corpus/wikinews/wikinews.jsonl', import.meta.url));

if (process.argv[2] === '--child') {
  const { buildFragment } = await import('../dist/src/corpus/fragment.js');
  const { defaultKnowledge } = await import('../dist/src/knowledge/index.js');
  const articles = readFileSync(CORPUS, 'utf8').trim().split('\n').map((l, i) => {
    const r = JSON.parse(l);
    return { id: r.id, text: r.text, date: r.date, title: r.title, origin: `wikinews:${i + 1}` };
  });
  const kb = defaultKnowledge();
  const options = { base: 'https://w3id.org/newsgraph/data/' };
  for (const a of articles.slice(0, 30)) buildFragment(a, kb, options); // warm-up
  const t0 = performance.now();
  for (const a of articles) buildFragment(a, kb, options);
  process.stdout.write(`${((performance.now() - t0) / 1000).toFixed(2)}\n`);
} else {
  const run = () =>
    new Promise((resolve) => {
      const p = spawn(process.execPath, [fileURLToPath(import.meta.url), '--child']);
      let out = '';
      p.stdout.on('data', (d) => (out += d));
      p.on('close', () => resolve(Number(out.trim())));
    });
  const alone = await run();
  const [a, b] = await Promise.all([run(), run()]);
  console.log(`one process alone: ${alone.toFixed(2)} s; two at once: ${a.toFixed(2)} s and ${b.toFixed(2)} s`);
  console.log(`aggregate throughput of two cores: ${((2 * alone) / Math.max(a, b)).toFixed(2)}× (2.00× = perfect)`);
}
