// The two writing steps of a corpus build that the build-speed round made cheaper, each timed against the
// way it was done before, alternating in one process (docs/performance.md, "Build-speed round"):
//   - a fragment's N-Quads text: `quadText` against n3's Writer per quad and a set of whole lines;
//   - an article's JSON-LD node objects: `jsonLdNodes` (term maps) against jsonld.fromRDF + jsonld.compact.
// Both must give the same bytes; the script checks that first. Not a test: figures depend on the load.
//   npx tsx scripts/bench-build-parts.ts [--articles 300] [--rounds 4]
import { Writer } from 'n3';
import type { Quad } from '@rdfjs/types';
import { loadavg } from 'node:os';
import { generateArticles } from '../src/corpus/generate.js';
import { quadText } from '../src/corpus/fragment.js';
import { extractArticle } from '../src/extract/pipeline.js';
import { defaultKnowledge } from '../src/knowledge/index.js';
import { canonicalOrder, inDefaultGraph } from '../src/rdf/canonical.js';
import { jsonLdNodes, jsonLdNodesByJsonld } from '../src/rdf/jsonld.js';
import { mapArticle } from '../src/rdf/mapper.js';

const args = process.argv.slice(2);
const opt = (name: string, dflt: number) => (args.includes(`--${name}`) ? Number(args[args.indexOf(`--${name}`) + 1]) : dflt);
const BASE = 'https://w3id.org/newsgraph/data/';
const kb = defaultKnowledge();
const quads = [...generateArticles(opt('articles', 300), 1)].map((a) => mapArticle(extractArticle({ ...a, origin: 'bench' }, kb), kb, BASE, { namedGraph: true }) as Quad[]);
const triples = quads.map((q) => canonicalOrder(quadText(q).quads, true).map(inDefaultGraph));

/** Before: every quad through n3's Writer, duplicates dropped by a set of lines. */
function linesBySet(qs: Quad[]): string {
  const w = new Writer({ format: 'N-Quads' });
  return [...new Set(qs.map((q) => w.quadToString(q.subject, q.predicate, q.object, q.graph)))].join('');
}
const byJsonld = async (t: Quad[]) => (await jsonLdNodesByJsonld(t, BASE)).map((n) => `    ${JSON.stringify(n)}`);

for (let i = 0; i < quads.length; i++) {
  if (quadText(quads[i]!).text !== linesBySet(quads[i]!)) throw new Error(`quadText differs on article ${i}`);
  if ((await jsonLdNodes(triples[i]!, BASE)).join('\n') !== (await byJsonld(triples[i]!)).join('\n')) throw new Error(`JSON-LD differs on article ${i}`);
}
const time = async (f: () => unknown) => {
  const t = performance.now();
  await f();
  return Math.round(performance.now() - t);
};
console.log(`${quads.length} articles, ${quads.reduce((n, q) => n + q.length, 0)} quads; load average ${loadavg()[0]!.toFixed(1)}; same bytes: yes`);
console.log('round | N-Quads text: set of lines | quadText | JSON-LD: jsonld | term maps');
for (let r = 1; r <= opt('rounds', 4); r++) {
  const a = await time(() => quads.forEach(linesBySet));
  const b = await time(() => quads.forEach(quadText));
  const c = await time(async () => {
    for (const t of triples) await byJsonld(t);
  });
  const d = await time(async () => {
    for (const t of triples) await jsonLdNodes(t, BASE);
  });
  console.log(`${r} | ${a} ms | ${b} ms | ${c} ms | ${d} ms`);
}
