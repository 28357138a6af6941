import type { Token } from '../../src/nlp/types.js';

/** Tokens from "word/XPOS/head/deprel[/lemma]" items (heads 1-based, 0 = root), as the syntax layer would give them. */
export function tree(spec: string): Token[] {
  let offset = 0;
  return spec.split(' ').map((item, index) => {
    const [text, xpos, head, deprel, lemma] = item.split('/') as [string, string, string, string, string?];
    const pos = /^VB/.test(xpos) ? 'VERB' : xpos === 'MD' ? 'AUX' : /^NNP/.test(xpos) ? 'PROPN' : /^NN/.test(xpos) ? 'NOUN' : xpos === 'IN' ? 'ADP' : xpos === 'TO' ? 'PART' : xpos === 'WP' || xpos === 'PRP' ? 'PRON' : xpos === 'RB' ? 'ADV' : xpos === 'DT' ? 'DET' : xpos === 'CC' ? 'CCONJ' : xpos === ',' ? 'PUNCT' : 'X';
    const tok: Token = { index, text, norm: text.toLowerCase(), lemma: lemma ?? text.toLowerCase(), pos, xpos, head: Number(head) - 1, deprel, start: offset, end: offset + text.length, sentence: 0 };
    offset += text.length + 1;
    return tok;
  });
}
