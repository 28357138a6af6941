import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readConllu } from '../src/syntax/conllu/read.js';
import { evaluate, METRICS, UdError } from '../src/syntax/eval/conll18.js';
import type { Metric, Scores } from '../src/syntax/eval/conll18.js';
import { replaceBlock, verboseTable } from '../src/syntax/eval/report.js';

// Fixtures: two gold sentences, "I don't like cats." (don't = do + n't) and "Dogs were seen today.":
// 10 tokens, 11 words, 7 of them with a content relation (CLAS counts those).
const FIX = join(import.meta.dirname, 'fixtures/syntax');
const load = (name: string) => readConllu(readFileSync(join(FIX, name), 'utf8'));
const gold = load('gold.conllu');
const f1 = (s: Scores, m: Metric) => Math.round(s[m].f1 * 100000) / 1000;

describe('CoNLL 2018 scorer', () => {
  it('gives 100 on every metric when the system is the gold', () => {
    const s = evaluate(gold, load('gold.conllu'));
    for (const m of METRICS) expect([m, f1(s, m)]).toEqual([m, 100]);
    expect(s.Words.goldTotal).toBe(11);
    expect(s.Tokens.goldTotal).toBe(10);
    expect(s.CLAS.goldTotal).toBe(7);
  });

  it('counts hand-placed head, label, subtype, tag and lemma errors', () => {
    // cats: wrong head; n't: advmod → dep; Dogs: nsubj:pass → nsubj and today: obl:tmod → obl:npmod
    // (subtype only); were: AUX → VERB; do: lemma does.
    const s = evaluate(gold, load('system-analysis.conllu'));
    expect(f1(s, 'Words')).toBe(100);
    expect(s.UAS.correct).toBe(10);
    expect(s.LAS.correct).toBe(9);
    expect(s.LASFull.correct).toBe(7);
    expect(s.CLAS.correct).toBe(5);
    expect(s.UPOS.correct).toBe(10);
    expect(s.XPOS.correct).toBe(11);
    expect(s.Lemmas.correct).toBe(10);
    expect(f1(s, 'UAS')).toBe(90.909); // 10/11
    expect(f1(s, 'LAS')).toBe(81.818); // 9/11
    expect(f1(s, 'LASFull')).toBe(63.636); // 7/11
    expect(f1(s, 'CLAS')).toBe(71.429); // 5/7
    expect(s.UAS.alignedAccuracy).toBeCloseTo(10 / 11, 10);
  });

  it('aligns across a tokenization difference: "do n\'t" without a multiword token, "cats." as one token', () => {
    // Tokens: I, like and the 5 of sentence 2 match → 7 of 10 on both sides.
    // Words: do and n't align by LCS inside the multiword span, I and like by span, sentence 2 fully → 9;
    // gold has 11 words, the system 10, so F1 = 2·9/21.
    const s = evaluate(gold, load('system-tokens.conllu'));
    expect([s.Tokens.correct, s.Tokens.goldTotal, s.Tokens.systemTotal]).toEqual([7, 10, 10]);
    expect(f1(s, 'Tokens')).toBe(70);
    expect([s.Words.correct, s.Words.goldTotal, s.Words.systemTotal]).toEqual([9, 11, 10]);
    expect(s.Words.precision).toBeCloseTo(0.9, 10);
    expect(s.Words.recall).toBeCloseTo(9 / 11, 10);
    expect(f1(s, 'Words')).toBe(85.714);
    expect(f1(s, 'UAS')).toBe(85.714);
    expect(f1(s, 'LAS')).toBe(85.714);
    expect(f1(s, 'Sentences')).toBe(100);
  });

  it('aligns only equal forms inside a multiword token (LCS)', () => {
    // The system splits "don't" as do + nt: only "do" aligns; tokens are all right.
    const text = readFileSync(join(FIX, 'gold.conllu'), 'utf8').replace("3\tn't\tnot", '3\tnt\tnot');
    const s = evaluate(gold, readConllu(text));
    expect(f1(s, 'Tokens')).toBe(100);
    expect([s.Words.correct, s.Words.goldTotal, s.Words.systemTotal]).toEqual([10, 11, 11]);
    expect(f1(s, 'Words')).toBe(90.909);
    // Words heading to the unaligned "n't" do not exist, so every aligned word keeps its head.
    expect(s.UAS.correct).toBe(10);
  });

  it('scores sentence spans: two gold sentences read as one', () => {
    // No system sentence matches a gold one; "seen" hangs from "like" instead of being a root.
    const s = evaluate(gold, load('system-sentences.conllu'));
    expect([s.Sentences.correct, s.Sentences.goldTotal, s.Sentences.systemTotal]).toEqual([0, 2, 1]);
    expect(f1(s, 'Sentences')).toBe(0);
    expect(f1(s, 'Tokens')).toBe(100);
    expect(s.UAS.correct).toBe(10);
    expect(s.LAS.correct).toBe(10);
  });

  it('refuses a system whose text differs, and malformed trees', () => {
    const text = readFileSync(join(FIX, 'gold.conllu'), 'utf8');
    expect(() => evaluate(gold, readConllu(text.replace('\tcats\tcat', '\tdogs\tcat')))).toThrow(/differ: .* gold 'cats\.Dogs/);
    expect(() => evaluate(gold, readConllu(text.replace('4\tlike\tlike\tVERB\tVB\t_\t0', '4\tlike\tlike\tVERB\tVB\t_\t5')))).toThrow(UdError);
    expect(() => evaluate(gold, readConllu(text.replace('6\t.\t.\tPUNCT\t.\t_\t4', '6\t.\t.\tPUNCT\t.\t_\t0')))).toThrow(/multiple roots/);
    expect(() => evaluate(gold, readConllu(text.replace('6\t.\t.\tPUNCT\t.\t_\t4', '6\t.\t.\tPUNCT\t.\t_\t9')))).toThrow(/outside/);
  });

  it('ignores whitespace inside forms and empty nodes', () => {
    const text = readFileSync(join(FIX, 'gold.conllu'), 'utf8');
    const spaced = text.replace('\ttoday\ttoday', '\tto day\ttoday').replace('5\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_', '4.1\tx\tx\tX\tX\t_\t_\t_\t_\t_\n5\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_');
    const s = evaluate(gold, readConllu(spaced));
    expect(f1(s, 'LAS')).toBe(100);
  });

  // The alignment cases of conll18_ud_eval.py's own unit tests: "abc a b c" is a multiword token abc of the
  // words a, b, c; the number is how many words align.
  const fromSpec = (spec: string[]) => {
    const lines: string[] = [];
    let n = 0;
    const word = (form: string) => `${++n}\t${form}\t_\t_\t_\t_\t${n > 1 ? 1 : 0}\t_\t_\t_`;
    for (const token of spec) {
      const [form, ...parts] = token.split(' ');
      if (parts.length === 0) lines.push(word(form as string));
      else {
        lines.push(`${n + 1}-${n + parts.length}\t${form}\t_\t_\t_\t_\t_\t_\t_\t_`);
        for (const p of parts) lines.push(word(p));
      }
    }
    return readConllu(`${lines.join('\n')}\n\n`);
  };
  const cases: Array<[string[], string[], number]> = [
    [['a'], ['a'], 1],
    [['a', 'b', 'c'], ['a', 'b', 'c'], 3],
    [['abc a b c'], ['a', 'b', 'c'], 3],
    [['a', 'bc b c', 'd'], ['a', 'b', 'c', 'd'], 4],
    [['abcd a b c d'], ['ab a b', 'cd c d'], 4],
    [['abc a b c', 'de d e'], ['a', 'bcd b c d', 'e'], 5],
    [['abcd'], ['a', 'b', 'c', 'd'], 0],
    [['abc', 'd'], ['a', 'b', 'c', 'd'], 1],
    [['a', 'bc', 'd'], ['a', 'b', 'c', 'd'], 2],
    [['a', 'bc b c', 'd'], ['a', 'b', 'cd'], 2],
    [['abc a BX c', 'def d EX f'], ['ab a b', 'cd c d', 'ef e f'], 4],
    [['ab a b', 'cd bc d'], ['a', 'bc', 'd'], 2],
    [['a', 'bc b c', 'd'], ['ab AX BX', 'cd CX a'], 1],
  ];
  it.each(cases)('aligns %j with %j: %i words', (g, sys, correct) => {
    const s = evaluate(fromSpec(g), fromSpec(sys));
    const words = (spec: string[]) => spec.reduce((n, t) => n + Math.max(1, t.split(' ').length - 1), 0);
    expect([s.Words.correct, s.Words.goldTotal, s.Words.systemTotal]).toEqual([correct, words(g), words(sys)]);
  });
  it('refuses different characters', () => {
    expect(() => evaluate(fromSpec(['a']), fromSpec(['b']))).toThrow(UdError);
  });

  it('prints the official verbose table, and replaces only the marked block of the docs', () => {
    const table = verboseTable(evaluate(gold, load('system-analysis.conllu'))).split('\n');
    expect(table[0]).toBe('Metric     | Precision |    Recall |  F1 Score | AligndAcc');
    expect(table).toContain('Tokens     |    100.00 |    100.00 |    100.00 |');
    expect(table).toContain('LAS        |     81.82 |     81.82 |     81.82 |     81.82');
    const doc = '# Syntax layer\n\nintro\n\n<!-- eval:syntax start -->\nold\n<!-- eval:syntax end -->\n\n## Later\n';
    expect(replaceBlock(doc, 'new', 'x')).toBe('# Syntax layer\n\nintro\n\n<!-- eval:syntax start -->\nnew\n<!-- eval:syntax end -->\n\n## Later\n');
    expect(replaceBlock('# Other\n', 'new', 'why')).toBe('# Other\n\n## Evaluation\n\nwhy\n\n<!-- eval:syntax start -->\nnew\n<!-- eval:syntax end -->\n');
  });
});
