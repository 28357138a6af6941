#!/usr/bin/env node
// Runs the compiled CLI (dist/, made by `npm install`'s prepare step, or `npm run build`). In a source
// checkout whose dist/ is missing or older than a file under src/ or the bundled knowledge (data/gazetteer,
// data/lexicon: compiled into dist/data), it runs the TypeScript through tsx
// instead, so a developer never runs stale code; worker threads follow the same choice
// (src/parallel/pool.ts). See docs/performance.md ("Start-up").
import { existsSync, readdirSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const compiled = `${root}dist/src/cli/main.js`;

/** Is any .ts/.json file under dir newer than t (ms)? Stops at the first one (a few ms for the whole tree). */
function newerThan(dir, t) {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = `${dir}/${e.name}`;
    if (e.isDirectory()) {
      if (e.name !== 'explorer' && newerThan(p, t)) return true;
    } else if (/\.(ts|json)$/.test(e.name) && statSync(p).mtimeMs > t) return true;
  }
  return false;
}

function useCompiled() {
  if (process.env.NEWSGRAPH_FROM_SOURCE === '1' || !existsSync(compiled)) return false;
  const t = statSync(compiled).mtimeMs;
  return !['src', 'data/gazetteer', 'data/lexicon'].some((d) => existsSync(`${root}${d}`) && newerThan(`${root}${d}`, t));
}

let main;
if (useCompiled()) ({ main } = await import(compiled));
else {
  const { register } = await import('tsx/esm/api');
  register();
  ({ main } = await import('../src/cli/main.ts'));
}
process.exitCode = await main(process.argv);
