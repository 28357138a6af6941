/**
 * The syntax layer's predicted POS tags for words given as UD word forms (the treebanks' words in training and
 * evaluation). The tagger alone runs (`SyntaxModel.tagger`: the same tags `annotate`/`parseSentence` give the
 * pipeline, without the parse); the pipeline itself reuses the tags already in its document.
 */
import { syntaxModel } from '../syntax/model/load.js';
import type { SyntaxModel } from '../syntax/model/model.js';
import type { NerInput } from './types.js';

export function posTag(words: readonly string[], model: SyntaxModel = syntaxModel()): Required<Pick<NerInput, 'tags' | 'xpos'>> {
  const ids = words.length ? model.tagger.tag(words) : new Int32Array(0);
  const tags: string[] = [];
  const xpos: string[] = [];
  for (const id of ids) {
    const [u, x] = model.tagger.tags[id]!;
    tags.push(u);
    xpos.push(x);
  }
  return { tags, xpos };
}
