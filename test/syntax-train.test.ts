/**
 * Training is deterministic, the dynamic oracle is exact on projective trees, and the model survives its
 * file format. A tiny model is trained on the first 40 sentences of EWT train (test/fixtures/syntax).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { trainSentences } from '../src/syntax/train/corpus.js';
import { trainModel } from '../src/syntax/train/index.js';
import { trainLemmatizer } from '../src/syntax/train/lemmatizer.js';
import { Lemmatizer } from '../src/syntax/lemma/lemmatizer.js';
import { SyntaxModel } from '../src/syntax/model/model.js';
import { decodeModel, encodeModel } from '../src/syntax/model/codec.js';
import { actionCost } from '../src/syntax/parser/oracle.js';
import { N_ACTIONS, ParserState } from '../src/syntax/parser/state.js';

const sentences = trainSentences(readFileSync(new URL('./fixtures/syntax/ewt-train-head.conllu', import.meta.url), 'utf8'));
const options = { seed: 7, tagEpochs: 3, parseEpochs: 3, folds: 2, prune: {}, minTagCount: 1 };

describe('training', () => {
  it('gives identical bytes twice from the same data and seed', () => {
    const a = trainModel(sentences, sentences.slice(0, 5), options).bytes;
    const b = trainModel(sentences, sentences.slice(0, 5), options).bytes;
    expect(a.length).toBeGreaterThan(1000);
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
    const c = trainModel(sentences, sentences.slice(0, 5), { ...options, seed: 8 }).bytes;
    expect(Buffer.from(a).equals(Buffer.from(c))).toBe(false);
  });

  it('learns its training sentences (tags and trees mostly right)', () => {
    const model = SyntaxModel.fromBytes(trainModel(sentences, sentences.slice(0, 5), { ...options, tagEpochs: 8, parseEpochs: 8 }).bytes);
    let tags = 0;
    let heads = 0;
    let n = 0;
    for (const s of sentences) {
      const out = model.annotate(s.forms);
      out.forEach((w, i) => {
        n++;
        if (w.upos === s.upos[i]) tags++;
        if (w.head === s.heads[i]) heads++;
      });
    }
    expect(tags / n).toBeGreaterThan(0.9);
    expect(heads / n).toBeGreaterThan(0.8);
  });
});

describe('dynamic oracle', () => {
  it('reaches every gold tree of the fixture that is projective by zero-cost actions alone', () => {
    let checked = 0;
    for (const s of sentences) {
      const gold = Int32Array.from([0, ...s.heads]);
      if (!projective(gold)) continue;
      checked++;
      const st = new ParserState(s.forms.length);
      while (!st.terminal) {
        const a = [...Array(N_ACTIONS).keys()].find((x) => st.valid(x) && actionCost(st, x, gold) === 0);
        expect(a).toBeDefined();
        st.apply(a as number, 0);
      }
      for (let i = 1; i <= s.forms.length; i++) if (gold[i] !== 0 || st.rootArcs === 0) expect(st.heads[i]).toBe(gold[i]);
    }
    expect(checked).toBeGreaterThan(30);
  });

  it('charges an action that loses a gold arc', () => {
    // "dogs bark": gold 1 ← 2, 2 ← root. Shifting "dogs" then right-attaching "bark" to it loses bark's root arc.
    const gold = Int32Array.from([0, 2, 0]);
    const st = new ParserState(2);
    st.apply(0, 0);
    expect(actionCost(st, 3, gold)).toBe(2);
    expect(actionCost(st, 2, gold)).toBe(0);
  });
});

describe('lemmatiser', () => {
  it('learns suffix rules and exceptions from the treebank', () => {
    const lemmas = new Lemmatizer(trainLemmatizer(sentences, 1));
    expect(lemmas.lemma('forces', 'NOUN', 'NNS')).toBe('force');
    expect(lemmas.lemma('killed', 'VERB', 'VBD')).toBe('kill');
    expect(lemmas.lemma('Zaman', 'PROPN', 'NNP')).toBe('Zaman');
  });

  it('takes, of the rules that fit, the first whose output is an English word', () => {
    const data = trainLemmatizer(sentences, 1);
    // A rule learned from "travelled" → "travel" strips "led" from "-elled"; "shell" is the word.
    data.rules.VBD = { ...data.rules.VBD, elled: { strip: 3, add: '' }, lled: { strip: 2, add: '' } };
    expect(new Lemmatizer(data).lemma('shelled', 'VERB', 'VBD')).toBe('shel');
    expect(new Lemmatizer({ ...data, words: ['shell'] }).lemma('shelled', 'VERB', 'VBD')).toBe('shell');
  });
});

describe('model file', () => {
  it('round-trips weights within the int16 quantisation step', () => {
    const weights = Float32Array.from([1.5, -3, 0.25, 100, -100, 0]);
    const keys = Uint32Array.from([5, 9, 11]);
    const back = decodeModel(encodeModel({ note: 'x' }, { t: { keys, weights, nClasses: 2 } }));
    expect(back.header.note).toBe('x');
    expect([...(back.tables.t?.keys ?? [])]).toEqual([5, 9, 11]);
    const got = back.tables.t?.weights ?? new Float32Array();
    weights.forEach((w, i) => expect(Math.abs((got[i] as number) - w)).toBeLessThan(100 / 32767));
  });

  it('refuses bytes that are not a model, with a one-line reason', () => {
    expect(() => decodeModel(new Uint8Array(16))).toThrow(/not a newsgraph syntax model/);
  });
});

function projective(heads: Int32Array): boolean {
  for (let i = 1; i < heads.length; i++)
    for (let j = 1; j < heads.length; j++) {
      const [a, b] = [Math.min(i, heads[i] as number), Math.max(i, heads[i] as number)];
      const [c, d] = [Math.min(j, heads[j] as number), Math.max(j, heads[j] as number)];
      if (a < c && c < b && b < d) return false;
    }
  return true;
}
