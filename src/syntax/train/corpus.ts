import { readConllu } from '../conllu/read.js';

/** A treebank sentence reduced to what training uses (basic tree only). */
export interface TrainSentence {
  forms: string[];
  upos: string[];
  xpos: string[];
  lemmas: string[];
  /** 1-based heads, 0 = root. */
  heads: number[];
  deprels: string[];
}

export function trainSentences(conllu: string): TrainSentence[] {
  return readConllu(conllu)
    .filter((s) => s.words.length > 0)
    .map((s) => ({
      forms: s.words.map((w) => w.form),
      upos: s.words.map((w) => w.upos),
      xpos: s.words.map((w) => w.xpos),
      lemmas: s.words.map((w) => w.lemma),
      heads: s.words.map((w) => w.head),
      deprels: s.words.map((w) => w.deprel),
    }));
}
