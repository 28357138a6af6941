/**
 * The syntax layer: raw text → sentences of UD words with offsets, UPOS/XPOS tags, lemmas and a labelled
 * dependency tree. `parse(text)` is the library entry; the model is loaded once (see model/).
 */
export type { Word, MultiwordToken, ParsedSentence, RawToken, TokenizedSentence } from './types.js';
