/**
 * A large generated JSON Lines corpus for the interruption tests: real sentences of data/articles,
 * shuffled deterministically (fast-check with a fixed seed), a few per article. Written at test time
 * into a temporary folder, never committed.
 */
import { writeFileSync } from 'node:fs';
import fc from 'fast-check';
import { shuffledSentences } from './generators.js';

export function writeGeneratedCorpus(path: string, articles: number, seed = 7): void {
  const texts = fc.sample(shuffledSentences, { numRuns: articles, seed });
  const lines = texts.map((text, i) => JSON.stringify({ id: `gen-${String(i).padStart(5, '0')}`, title: `Generated ${i}`, date: '2025-07-18', text }));
  writeFileSync(path, `${lines.join('\n')}\n`);
}
