import type { ConlluExtraLine, ConlluSentence, ConlluWord } from './types.js';

/** Reads CoNLL-U text into sentences; throws a one-line error naming the line of a malformed row. */
export function readConllu(text: string): ConlluSentence[] {
  const sentences: ConlluSentence[] = [];
  let comments: string[] = [];
  let words: ConlluWord[] = [];
  let extra: ConlluExtraLine[] = [];
  const lines = text.split('\n');
  const flush = () => {
    if (words.length > 0 || comments.length > 0) sentences.push({ comments, words, extra });
    comments = [];
    words = [];
    extra = [];
  };
  for (let n = 0; n < lines.length; n++) {
    const line = (lines[n] as string).replace(/\r$/, '');
    if (line === '') {
      flush();
      continue;
    }
    if (line.startsWith('#')) {
      comments.push(line);
      continue;
    }
    const cols = line.split('\t');
    if (cols.length !== 10) throw new Error(`CoNLL-U line ${n + 1}: expected 10 tab-separated columns, found ${cols.length}`);
    const id = cols[0] as string;
    if (!/^\d+$/.test(id)) {
      if (!/^\d+(?:-\d+|\.\d+)$/.test(id)) throw new Error(`CoNLL-U line ${n + 1}: bad ID "${id}"`);
      extra.push({ before: words.length, columns: cols });
      continue;
    }
    const head = cols[6] === '_' ? -1 : Number(cols[6]);
    if (!Number.isInteger(head)) throw new Error(`CoNLL-U line ${n + 1}: bad HEAD "${cols[6]}"`);
    words.push({
      id: Number(id),
      form: cols[1] as string,
      lemma: cols[2] as string,
      upos: cols[3] as string,
      xpos: cols[4] as string,
      feats: cols[5] as string,
      head,
      deprel: cols[7] as string,
      deps: cols[8] as string,
      misc: cols[9] as string,
    });
  }
  flush();
  return sentences;
}

/** The value of a "# key = value" comment, if the sentence has one. */
export function comment(s: ConlluSentence, key: string): string | undefined {
  const prefix = `# ${key} =`;
  for (const c of s.comments) if (c.startsWith(prefix)) return c.slice(prefix.length).trim();
  return undefined;
}

/** Whether the word's MISC column says SpaceAfter=No. */
export function noSpaceAfter(misc: string): boolean {
  return misc.split('|').includes('SpaceAfter=No');
}
