/** The syntax layer's document model: UD words with offsets, tags, lemmas and a dependency tree. */

/** One syntactic word (a UD "word"). Offsets are into the text that was parsed. */
export interface Word {
  /** 1-based position in its sentence (the CoNLL-U ID). */
  id: number;
  form: string;
  /** Character offsets [start, end) of the word; the words of one multiword token share a sub-span where their forms spell the token, else the token's span. */
  start: number;
  end: number;
  lemma: string;
  upos: string;
  xpos: string;
  /** 1-based head within the sentence; 0 for the root. */
  head: number;
  /** UD relation with its subtype ("nsubj:pass", "obl:tmod"). */
  deprel: string;
  /** No space follows the word's token in the text. */
  spaceAfter: boolean;
}

/** A multiword token ("don't" = "do" + "n't"): its surface form and the range of words it holds. */
export interface MultiwordToken {
  /** 1-based ids of its first and last word. */
  first: number;
  last: number;
  form: string;
  start: number;
  end: number;
}

export interface ParsedSentence {
  /** Character offsets [start, end) of the sentence. */
  start: number;
  end: number;
  text: string;
  words: Word[];
  multiwords: MultiwordToken[];
}

/** One token as the tokenizer finds it: a span of the text, split into UD words where UD splits it. */
export interface RawToken {
  start: number;
  end: number;
  form: string;
  /** The UD words of a multiword token, in order ("do", "n't"); absent for a token of one word. */
  words?: string[];
}

export interface TokenizedSentence {
  start: number;
  end: number;
  tokens: RawToken[];
}
