import type { ConlluSentence } from './types.js';
import { noSpaceAfter } from './read.js';

/** A gold surface token: its span in the raw text and the UD words it holds (one word unless a multiword token). */
export interface GoldToken {
  start: number;
  end: number;
  form: string;
  words: string[];
}

/** A gold sentence: its span in the raw text and its tokens. */
export interface GoldSentence {
  start: number;
  end: number;
  tokens: GoldToken[];
}

/** The raw text of a treebank as the CoNLL 2018 shared task rebuilt it, with the gold sentences and tokens in it. */
export interface RawText {
  text: string;
  sentences: GoldSentence[];
}

const NEWDOC = /^# newdoc(?:\s|$)/;
// "# newpar" or "# newpar id = …", not GUM's "# newpar_block = …".
const NEWPAR = /^# newpar(?:\s|$)/;

function startsParagraph(s: ConlluSentence): boolean {
  return s.comments.some((c) => NEWDOC.test(c) || NEWPAR.test(c));
}

function hasParagraphMarks(sentences: readonly ConlluSentence[]): boolean {
  return sentences.some((s) => s.comments.some((c) => NEWPAR.test(c)));
}

/**
 * The surface tokens of a sentence: a multiword-token line stands for the words of its range (its own MISC
 * holds SpaceAfter), any other word is a token of its own. Empty nodes ("8.1") are not tokens.
 */
export function surfaceTokens(s: ConlluSentence): { form: string; words: string[]; spaceAfter: boolean }[] {
  const ranges = new Map<number, { last: number; form: string; misc: string }>();
  for (const e of s.extra) {
    const id = e.columns[0] as string;
    const dash = id.indexOf('-');
    if (dash < 0) continue;
    ranges.set(Number(id.slice(0, dash)), { last: Number(id.slice(dash + 1)), form: e.columns[1] as string, misc: e.columns[9] as string });
  }
  const out: { form: string; words: string[]; spaceAfter: boolean }[] = [];
  for (let i = 0; i < s.words.length; i++) {
    const w = s.words[i]!;
    const mwt = ranges.get(w.id);
    if (mwt === undefined) {
      out.push({ form: w.form, words: [w.form], spaceAfter: !noSpaceAfter(w.misc) });
      continue;
    }
    const words: string[] = [];
    while (i < s.words.length && s.words[i]!.id <= mwt.last) words.push(s.words[i++]!.form);
    i--;
    out.push({ form: mwt.form, words, spaceAfter: !noSpaceAfter(mwt.misc) });
  }
  return out;
}

/**
 * Joins CoNLL-U sentences into raw text the CoNLL 2018 way: tokens of a sentence are separated by a space
 * unless SpaceAfter=No; sentences of one paragraph by one space; paragraphs and documents (`# newpar`,
 * `# newdoc`) by "\n". Input without any `# newpar` has no paragraph signal, so each of its sentences is
 * taken as a paragraph (its own line); EWT and GUM both mark paragraphs.
 */
export function conlluRawText(sentences: readonly ConlluSentence[]): RawText {
  const parts: string[] = [];
  let length = 0;
  const gold: GoldSentence[] = [];
  const marked = hasParagraphMarks(sentences);
  for (let n = 0; n < sentences.length; n++) {
    const s = sentences[n]!;
    const tokens = surfaceTokens(s);
    if (tokens.length === 0) continue;
    if (gold.length > 0) {
      const sep = !marked || startsParagraph(s) ? '\n' : ' ';
      parts.push(sep);
      length += 1;
    }
    const start = length;
    const goldTokens: GoldToken[] = [];
    for (let t = 0; t < tokens.length; t++) {
      const tok = tokens[t]!;
      goldTokens.push({ start: length, end: length + tok.form.length, form: tok.form, words: tok.words });
      parts.push(tok.form);
      length += tok.form.length;
      if (tok.spaceAfter && t < tokens.length - 1) {
        parts.push(' ');
        length += 1;
      }
    }
    gold.push({ start, end: length, tokens: goldTokens });
  }
  return { text: parts.join(''), sentences: gold };
}
