/**
 * The document the extractors read carries the syntax layer's words, tags and trees, with offsets into the
 * article, and nothing of a second tokenisation.
 */
import { describe, expect, it } from 'vitest';
import { analyse } from '../src/nlp/document.js';

const TEXT = 'ISTANBUL (Reuters) - Russian President Vladimir Putin called Turkish President Recep Tayyip Erdogan on Friday. They didn\'t discuss the talks, which Türkiye offered to host.';

describe('the document', () => {
  const doc = analyse(TEXT);

  it('keeps the dateline apart and gives every word its offsets', () => {
    expect(doc.sentences.map((s) => TEXT.slice(s.start, s.end))).toEqual([
      'ISTANBUL (Reuters) -',
      'Russian President Vladimir Putin called Turkish President Recep Tayyip Erdogan on Friday.',
      "They didn't discuss the talks, which Türkiye offered to host.",
    ]);
    for (const t of doc.tokens) expect(TEXT.slice(t.start, t.end)).toBe(t.text);
    // "didn't" is two words, "did" + "n't", each with its own span.
    expect(doc.tokens.filter((t) => t.start >= TEXT.indexOf('didn')).slice(0, 2).map((t) => [t.text, t.lemma, t.xpos])).toEqual([
      ['did', 'do', 'VBD'],
      ["n't", 'not', 'RB'],
    ]);
  });

  it('gives each sentence one tree: one root, heads inside the sentence', () => {
    for (const s of doc.sentences) {
      const words = doc.tokens.slice(s.first, s.last + 1);
      expect(words.filter((t) => t.head === -1)).toHaveLength(1);
      for (const t of words) if (t.head >= 0) expect(t.head >= s.first && t.head <= s.last).toBe(true);
    }
  });

  it('reads who did what to whom from the tree', () => {
    const word = (text: string) => doc.tokens.find((t) => t.text === text)!;
    const called = word('called');
    expect(called.head).toBe(-1);
    // A name's head is its first word (UD's flat): "Vladimir" is the subject, "Putin" hangs from it.
    expect(word('Vladimir')).toMatchObject({ deprel: 'nsubj', head: called.index });
    expect(word('Putin')).toMatchObject({ deprel: 'flat', head: word('Vladimir').index });
    expect(word('Friday')).toMatchObject({ deprel: 'obl', head: called.index });
    expect(word('offered')).toMatchObject({ deprel: 'acl:relcl', head: word('talks').index });
    expect(word('Türkiye')).toMatchObject({ deprel: 'nsubj', head: word('offered').index });
  });

  it('marks dates and numbers over the same words', () => {
    expect(doc.nlpEntities.map((e) => [e.type, e.text])).toEqual([['DATE', 'Friday']]);
  });
});
