// Writes a synthetic news corpus as JSON Lines, for benchmarks:
//   npx tsx scripts/gen-corpus.ts --articles 100000 [--seed 1] [-o corpus.jsonl]   (stdout without -o)
import { createWriteStream } from 'node:fs';
import { generateArticles } from '../src/corpus/generate.js';

const args = process.argv.slice(2);
const opt = (name: string, short?: string): string | undefined => {
  const i = args.findIndex((a) => a === `--${name}` || (short !== undefined && a === `-${short}`));
  return i >= 0 ? args[i + 1] : undefined;
};
const count = Number(opt('articles', 'n') ?? 1000);
const seed = Number(opt('seed') ?? 1);
const path = opt('output', 'o');
const out: NodeJS.WritableStream = path ? createWriteStream(path) : process.stdout;
for (const a of generateArticles(count, seed)) {
  if (!out.write(`${JSON.stringify(a)}\n`)) await new Promise<void>((r) => out.once('drain', () => r()));
}
if (path) out.end();
