/** CoNLL-U as written: every column kept as text, so that a file round-trips byte for byte. */

export interface ConlluWord {
  id: number;
  form: string;
  lemma: string;
  upos: string;
  xpos: string;
  feats: string;
  head: number;
  deprel: string;
  deps: string;
  misc: string;
}

/** A line that is not a basic word: a multiword-token range ("3-4") or an empty node ("8.1"). */
export interface ConlluExtraLine {
  /** Index in `words` before which the line stands. */
  before: number;
  columns: string[];
}

export interface ConlluSentence {
  /** The comment lines, without "# " … kept verbatim (with the leading "#"). */
  comments: string[];
  words: ConlluWord[];
  extra: ConlluExtraLine[];
}
