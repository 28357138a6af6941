/**
 * Scores the tokenizer and sentence segmenter against UD treebanks, on the raw text the CoNLL 2018 shared
 * task rebuilt from them (src/syntax/conllu/raw-text.ts). Exact-span F1 of tokens, of multiword tokens (span
 * and words), of words (each word of a token whose span and words match) and of sentences.
 *
 *   npx tsx scripts/eval-tokenize.ts            # EWT dev, GUM dev (tuning), then EWT test, gum-news (report only)
 *   npx tsx scripts/eval-tokenize.ts --errors 30 gum/gum-dev.conllu   # one file, with examples of errors
 *
 * Never tune on the test files or gum-news (see /work/shared/corpus/treebanks/README.md).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readConllu } from '../src/syntax/conllu/read.js';
import { conlluRawText } from '../src/syntax/conllu/raw-text.js';
import { tokenize } from '../src/syntax/tokenize/index.js';

const ROOT = process.env.TREEBANKS ?? '/work/shared/corpus/treebanks';
const DEFAULT_FILES: [string, string][] = [
  ['EWT dev', 'ud-english-ewt/en_ewt-ud-dev.conllu'],
  ['GUM dev', 'gum/gum-dev.conllu'],
  ['EWT test (report only)', 'ud-english-ewt/en_ewt-ud-test.conllu'],
  ['gum-news (report only)', 'gum/gum-news.conllu'],
];

interface Counts {
  gold: number;
  system: number;
  correct: number;
}

function f1(c: Counts): string {
  const p = c.system === 0 ? 0 : c.correct / c.system;
  const r = c.gold === 0 ? 0 : c.correct / c.gold;
  const f = p + r === 0 ? 0 : (2 * p * r) / (p + r);
  return `P ${(100 * p).toFixed(2)}  R ${(100 * r).toFixed(2)}  F1 ${(100 * f).toFixed(2)}`;
}

function score(conllu: string, errorExamples: number) {
  const raw = conlluRawText(readConllu(conllu));
  const system = tokenize(raw.text);
  const tokens: Counts = { gold: 0, system: 0, correct: 0 };
  const multiwords: Counts = { gold: 0, system: 0, correct: 0 };
  const words: Counts = { gold: 0, system: 0, correct: 0 };
  const sentences: Counts = { gold: 0, system: 0, correct: 0 };
  const goldTokens = new Map<string, string[]>();
  const goldSentences = new Set<string>();
  for (const s of raw.sentences) {
    goldSentences.add(`${s.start}:${s.end}`);
    for (const t of s.tokens) {
      goldTokens.set(`${t.start}:${t.end}`, t.words);
      words.gold += t.words.length;
      if (t.words.length > 1) multiwords.gold++;
    }
  }
  tokens.gold = goldTokens.size;
  sentences.gold = goldSentences.size;
  const tokenErrors: string[] = [];
  const sentenceErrors: string[] = [];
  // Boundaries inside a line (a line break always ends a sentence): missed ones and false ones, in context.
  const context = (at: number) => JSON.stringify(`${raw.text.slice(Math.max(0, at - 40), at)} || ${raw.text.slice(at, at + 30)}`);
  const systemEnds = new Set(system.map((s) => s.end));
  const goldEnds = new Set(raw.sentences.map((s) => s.end));
  const insideLine = (at: number) => at < raw.text.length && raw.text[at] !== '\n';
  for (const e of goldEnds) if (insideLine(e) && !systemEnds.has(e) && sentenceErrors.length < errorExamples) sentenceErrors.push(`  missed ${context(e)}`);
  for (const e of systemEnds) if (insideLine(e) && !goldEnds.has(e) && sentenceErrors.length < 2 * errorExamples) sentenceErrors.push(`  false  ${context(e)}`);
  for (const s of system) {
    sentences.system++;
    if (goldSentences.has(`${s.start}:${s.end}`)) sentences.correct++;
    for (const t of s.tokens) {
      const sw = t.words ?? [t.form];
      tokens.system++;
      words.system += sw.length;
      if (sw.length > 1) multiwords.system++;
      const gw = goldTokens.get(`${t.start}:${t.end}`);
      if (gw === undefined) {
        if (tokenErrors.length < errorExamples) tokenErrors.push(`  ${JSON.stringify(t.form)} in ${JSON.stringify(raw.text.slice(Math.max(0, t.start - 25), t.end + 25))}`);
        continue;
      }
      tokens.correct++;
      if (gw.length === sw.length && gw.every((w, k) => w === sw[k])) {
        words.correct += sw.length;
        if (sw.length > 1) multiwords.correct++;
      } else if (tokenErrors.length < errorExamples) tokenErrors.push(`  words ${JSON.stringify(sw)} vs gold ${JSON.stringify(gw)}`);
    }
  }
  return { tokens, multiwords, words, sentences, tokenErrors, sentenceErrors };
}

function main() {
  const args = process.argv.slice(2);
  let errors = 0;
  const e = args.indexOf('--errors');
  if (e >= 0) {
    errors = Number(args[e + 1] ?? 20);
    args.splice(e, 2);
  }
  const files: [string, string][] = args.length > 0 ? args.map((a) => [a, a]) : DEFAULT_FILES;
  for (const [label, file] of files) {
    const r = score(readFileSync(join(ROOT, file), 'utf8'), errors);
    console.log(`${label} (${file})`);
    console.log(`  tokens      ${f1(r.tokens)}`);
    console.log(`  multiwords  ${f1(r.multiwords)}`);
    console.log(`  words       ${f1(r.words)}`);
    console.log(`  sentences   ${f1(r.sentences)}`);
    if (errors > 0) {
      console.log('token errors (system tokens not in gold):');
      for (const x of r.tokenErrors) console.log(x);
      console.log('sentence boundary errors (missed, then false):');
      for (const x of r.sentenceErrors) console.log(x);
    }
  }
}

main();
