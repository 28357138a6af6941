/**
 * The syntax layer: raw text → sentences of UD words with offsets, UPOS/XPOS tags, lemmas and a labelled
 * dependency tree. `parse(text)` is the library entry; the model is loaded once (see model/load.ts).
 */
import { syntaxModel } from './model/load.js';
import type { SyntaxModel, WordAnalysis } from './model/model.js';
import { tokenize } from './tokenize/index.js';
import type { MultiwordToken, ParsedSentence, TokenizedSentence, Word } from './types.js';

export type { Word, MultiwordToken, ParsedSentence, RawToken, TokenizedSentence } from './types.js';
export type { WordAnalysis } from './model/model.js';
export { SyntaxModel } from './model/model.js';
export { useSyntaxModel, syntaxModel, loadSyntaxModel } from './model/load.js';
export { tokenize } from './tokenize/index.js';

/** Tags, lemmatises and parses one sentence given as UD word forms. */
export function annotate(forms: readonly string[], model: SyntaxModel = syntaxModel()): WordAnalysis[] {
  return model.annotate(forms);
}

/** Raw text → parsed sentences, every word with its offsets into `text`. A line break always ends a sentence. */
export function parse(text: string, model: SyntaxModel = syntaxModel()): ParsedSentence[] {
  return tokenize(text).map((s) => parseSentence(text, s, model));
}

/** Parses one tokenised sentence: multiword tokens are expanded into their words. */
export function parseSentence(text: string, sentence: TokenizedSentence, model: SyntaxModel = syntaxModel()): ParsedSentence {
  const forms: string[] = [];
  const spans: [number, number][] = [];
  const last: boolean[] = [];
  const multiwords: MultiwordToken[] = [];
  for (const tok of sentence.tokens) {
    const parts = tok.words;
    if (!parts || parts.length < 2) {
      forms.push(tok.form);
      spans.push([tok.start, tok.end]);
      last.push(true);
      continue;
    }
    const first = forms.length + 1;
    // Words that spell the token ("do" + "n't", "gon" + "na") get their own sub-spans; words that do not each take the token's span.
    const spells = parts.join('') === tok.form;
    let at = tok.start;
    parts.forEach((w, i) => {
      forms.push(w);
      spans.push(spells ? [at, at + w.length] : [tok.start, tok.end]);
      if (spells) at += w.length;
      last.push(i === parts.length - 1);
    });
    multiwords.push({ first, last: forms.length, form: tok.form, start: tok.start, end: tok.end });
  }
  const analysis = model.annotate(forms);
  const words: Word[] = forms.map((form, i) => {
    const [start, end] = spans[i] as [number, number];
    const a = analysis[i] as WordAnalysis;
    const next = text.charCodeAt(end);
    const spaceAfter = (last[i] as boolean) && (end >= text.length || next === 32 || next === 9 || next === 10 || next === 13 || next === 0xa0);
    return { id: i + 1, form, start, end, lemma: a.lemma, upos: a.upos, xpos: a.xpos, head: a.head, deprel: a.deprel, spaceAfter };
  });
  return { start: sentence.start, end: sentence.end, text: text.slice(sentence.start, sentence.end), words, multiwords };
}
