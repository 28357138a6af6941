import type { ParsedSentence } from '../types.js';
import type { ConlluExtraLine, ConlluSentence, ConlluWord } from './types.js';

/** Writes sentences as CoNLL-U: the inverse of readConllu, byte for byte on a well-formed file. */
export function writeConllu(sentences: readonly ConlluSentence[]): string {
  let out = '';
  for (const s of sentences) {
    const lines = [...s.comments];
    let x = 0;
    const extras = (before: number) => {
      for (; x < s.extra.length && (s.extra[x] as ConlluExtraLine).before <= before; x++) lines.push((s.extra[x] as ConlluExtraLine).columns.join('\t'));
    };
    s.words.forEach((w, i) => {
      extras(i);
      lines.push(wordLine(w));
    });
    extras(Infinity);
    out += `${lines.join('\n')}\n\n`;
  }
  return out;
}

function wordLine(w: ConlluWord): string {
  const head = w.head < 0 ? '_' : String(w.head);
  return [w.id, w.form, w.lemma, w.upos, w.xpos, w.feats, head, w.deprel, w.deps, w.misc].join('\t');
}

export interface ParsedConlluOptions {
  /** Number of the first sentence's `# sent_id` (default 1). */
  firstId?: number;
  /** Comment lines put before the first sentence's own, e.g. "# newdoc id = a.txt". */
  leadingComments?: string[];
}

/**
 * Parser output → CoNLL-U sentences: `# sent_id` and `# text` comments, multiword-token lines, SpaceAfter=No
 * in MISC (on the token's line, as UD puts it); FEATS and DEPS are `_` since the parser does not predict them.
 */
export function parsedToConllu(parsed: readonly ParsedSentence[], options: ParsedConlluOptions = {}): ConlluSentence[] {
  const first = options.firstId ?? 1;
  return parsed.map((s, i) => {
    const inMwt = new Set<number>();
    const extra: ConlluExtraLine[] = [];
    for (const m of s.multiwords) {
      for (let id = m.first; id <= m.last; id++) inMwt.add(id);
      const last = s.words.find((w) => w.id === m.last);
      const misc = last && !last.spaceAfter ? 'SpaceAfter=No' : '_';
      extra.push({ before: s.words.findIndex((w) => w.id === m.first), columns: [`${m.first}-${m.last}`, m.form, '_', '_', '_', '_', '_', '_', '_', misc] });
    }
    extra.sort((a, b) => a.before - b.before);
    const words: ConlluWord[] = s.words.map((w) => ({
      id: w.id,
      form: w.form,
      lemma: w.lemma,
      upos: w.upos,
      xpos: w.xpos,
      feats: '_',
      head: w.head,
      deprel: w.deprel,
      deps: '_',
      misc: !w.spaceAfter && !inMwt.has(w.id) ? 'SpaceAfter=No' : '_',
    }));
    // A line break inside `# text` would end the comment; the CoNLL-U text of a sentence is one line.
    const text = s.text.replace(/\s*[\r\n]+\s*/g, ' ');
    const comments = [...(i === 0 ? (options.leadingComments ?? []) : []), `# sent_id = ${first + i}`, `# text = ${text}`];
    return { comments, words, extra };
  });
}

/** Parser output → CoNLL-U text. */
export function writeParsed(parsed: readonly ParsedSentence[], options: ParsedConlluOptions = {}): string {
  return writeConllu(parsedToConllu(parsed, options));
}
