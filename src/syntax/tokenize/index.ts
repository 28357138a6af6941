/**
 * Tokenizer and sentence segmenter of the syntax layer: raw text → sentences of UD surface tokens with exact
 * character offsets, multiword tokens split into their UD words ("don't" = "do" + "n't"). Conventions follow
 * UD English (EWT, GUM); see docs/syntax.md "Tokens and sentences".
 */
import type { TokenizedSentence } from '../types.js';
import { splitSentences } from './sentences.js';
import { scanTokens } from './words.js';

export { scanTokens } from './words.js';
export { splitSentences } from './sentences.js';
export { multiwordParts } from './multiwords.js';

/** Splits text into sentences of tokens; a line break always ends a sentence. */
export function tokenize(text: string): TokenizedSentence[] {
  return splitSentences(text, scanTokens(text));
}
