import { existsSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { text as readStream } from 'node:stream/consumers';
import type { Command } from 'commander';
import { InputError, UsageError } from '../errors.js';
import { decode } from '../io/decode.js';
import { writeAtomic } from '../io/write-output.js';
import { cleanUpOnSignals } from '../io/signals.js';
import type { ParsedSentence, WordAnalysis } from '../syntax/index.js';
import { readConllu } from '../syntax/conllu/read.js';
import { parsedToConllu, writeConllu } from '../syntax/conllu/write.js';
import type { ConlluSentence } from '../syntax/conllu/types.js';
import { checkOutput } from '../corpus/output-target.js';

interface ParseFlags {
  output?: string;
  tokenized?: boolean;
}


let releaseSignals: (() => void) | undefined;

export function parseCommand(program: Command): void {
  program
    .command('parse')
    .description('tag, lemmatise and dependency-parse English text into CoNLL-U (Universal Dependencies)')
    .argument('<inputs...>', 'text files, or - for standard input; one sentence never spans a line break')
    .option('-o, --output <file>', 'write the CoNLL-U to this file (default: standard output)')
    .option('--tokenized', 'the inputs are CoNLL-U: tag and parse their words as given, filling LEMMA, UPOS, XPOS, HEAD and DEPREL (FEATS, DEPS and empty nodes are dropped)')
    .hook('preAction', () => void (releaseSignals = cleanUpOnSignals('parse')))
    .hook('postAction', () => releaseSignals?.())
    .action(async (inputs: string[], flags: ParseFlags) => {
      const t0 = performance.now();
      if (inputs.filter((i) => i === '-').length > 1) throw new UsageError('standard input (-) can be read only once');
      // A folder, a missing folder or an unwritable place fails now, before anything is parsed.
      if (flags.output) checkOutput(flags.output);
      const docs: Array<{ name: string; text: string }> = [];
      for (const input of inputs) docs.push({ name: input === '-' ? 'stdin' : input, text: await readInput(input) });
      // The syntax layer loads only now: --help stays fast.
      const syntax = await import('../syntax/index.js');
      const out: ConlluSentence[] = flags.tokenized ? docs.flatMap((d) => annotateConllu(d, syntax.annotate)) : parseDocs(docs, syntax.parse);
      const conllu = writeConllu(out);
      if (!flags.output) {
        process.stdout.write(conllu);
        return;
      }
      writeAtomic(flags.output, conllu);
      const sentences = out.filter((s) => s.words.length > 0);
      const words = sentences.reduce((n, s) => n + s.words.length, 0);
      const secs = ((performance.now() - t0) / 1000).toFixed(2);
      process.stdout.write(`${sentences.length} sentences, ${words} words in ${secs} s → ${flags.output}\n`);
    });
}

async function readInput(input: string): Promise<string> {
  if (input === '-') return (await readStream(process.stdin)).replace(/^\uFEFF/, '');
  if (!existsSync(input)) throw new InputError(input, 'no such file');
  if (statSync(input).isDirectory()) throw new InputError(input, 'is a folder; give the files');
  return decode(input);
}

/** Raw text: each line is parsed on its own, so a line break always ends a sentence; sentence ids run on across files. */
function parseDocs(docs: Array<{ name: string; text: string }>, parse: (text: string) => ParsedSentence[]): ConlluSentence[] {
  const out: ConlluSentence[] = [];
  for (const doc of docs) {
    const parsed = doc.text.split(/\r?\n|\r/).flatMap((line) => (line.trim() === '' ? [] : parse(line)));
    const leadingComments = docs.length > 1 ? [`# newdoc id = ${basename(doc.name)}`] : [];
    out.push(...parsedToConllu(parsed, { firstId: out.length + 1, leadingComments }));
  }
  return out;
}

/** CoNLL-U in: ids, forms, multiword tokens, comments and MISC are kept; the analysis is ours. */
function annotateConllu(doc: { name: string; text: string }, annotate: (forms: string[]) => WordAnalysis[]): ConlluSentence[] {
  let sentences: ConlluSentence[];
  try {
    sentences = readConllu(doc.text);
  } catch (e) {
    throw new InputError(doc.name, (e as Error).message);
  }
  return sentences.map((s, n) => {
    s.words.forEach((w, i) => {
      if (w.id !== i + 1) throw new InputError(doc.name, `sentence ${n + 1}: word ids must run 1, 2, 3, … (found ${w.id} at position ${i + 1})`);
    });
    const analyses = annotate(s.words.map((w) => w.form));
    return {
      comments: s.comments,
      // Empty nodes belong to the enhanced graph, which the parser does not predict.
      extra: s.extra.filter((e) => !(e.columns[0] ?? '').includes('.')),
      words: s.words.map((w, i) => {
        const a = analyses[i] as WordAnalysis;
        return { ...w, lemma: a.lemma, upos: a.upos, xpos: a.xpos, feats: '_', head: a.head, deprel: a.deprel, deps: '_' };
      }),
    };
  });
}
