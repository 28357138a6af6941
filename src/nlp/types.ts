/** A UD word with exact character offsets into the article text, its tags and its place in the dependency tree. */
export interface Token {
  index: number;
  text: string;
  /** Lower-cased, accent-folded form used for lexicon look-ups. */
  norm: string;
  lemma: string;
  /** Universal POS tag (PROPN, NOUN, VERB, ...). */
  pos: string;
  /** Penn Treebank tag (NNP, VBD, ...). */
  xpos: string;
  /** Index of the head word in the document's tokens; -1 for the root of its sentence. */
  head: number;
  /** Universal Dependencies relation to the head, subtype included ("nsubj:pass", "obl:tmod"). */
  deprel: string;
  start: number;
  end: number;
  sentence: number;
}

export interface Sentence {
  index: number;
  start: number;
  end: number;
  /** Token index range [first, last] inclusive. */
  first: number;
  last: number;
  /** In a paragraph that ends with a photo credit ("Image: The White House."): it describes a picture. */
  caption?: true;
}

/** A span recognised by the NLP base itself (dates, numbers, money...). */
export interface NlpEntity {
  type: string;
  first: number;
  last: number;
  start: number;
  end: number;
  text: string;
}

/** The analysed article: everything downstream works on offsets into `text`. */
export interface Doc {
  text: string;
  tokens: Token[];
  sentences: Sentence[];
  nlpEntities: NlpEntity[];
  /** End offset of a wire dateline ("GOMA (Reuters) - "), 0 when the text has none. */
  datelineEnd: number;
}
