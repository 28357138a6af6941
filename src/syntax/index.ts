/**
 * The syntax layer: raw text → sentences of UD words with offsets, UPOS/XPOS tags, lemmas and a labelled
 * dependency tree. `parse(text)` is the library entry; the model is loaded once (see model/).
 */
export type { Word, MultiwordToken, ParsedSentence, RawToken, TokenizedSentence } from './types.js';

/** What the tagger, lemmatiser and parser give one word. */
export interface WordAnalysis {
  upos: string;
  xpos: string;
  lemma: string;
  /** 1-based head in the sentence, 0 for the root. */
  head: number;
  deprel: string;
}

// STUB until the trained model lands: every word hangs from the first. The signatures are final.
/** Tags, lemmatises and parses one sentence given as UD word forms. */
export function annotate(forms: readonly string[]): WordAnalysis[] {
  return forms.map((f, i) => ({ upos: 'X', xpos: '_', lemma: f, head: i === 0 ? 0 : 1, deprel: i === 0 ? 'root' : 'dep' }));
}
