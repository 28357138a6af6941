import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readConllu } from '../src/syntax/conllu/read.js';
import { parsedToConllu, writeConllu, writeParsed } from '../src/syntax/conllu/write.js';
import type { ParsedSentence, Word } from '../src/syntax/index.js';

const GOLD = readFileSync(join(import.meta.dirname, 'fixtures/syntax/gold.conllu'), 'utf8');
const ROOT = join(import.meta.dirname, '..');
const TREEBANKS = [process.env.NEWSGRAPH_TREEBANKS, join(ROOT, '../shared/corpus/treebanks'), join(ROOT, '../../shared/corpus/treebanks')].find(
  (d): d is string => d !== undefined && existsSync(join(d, 'ud-english-ewt')),
);
const treebankFiles = TREEBANKS ? ['ud-english-ewt', 'gum'].flatMap((sub) => readdirSync(join(TREEBANKS, sub)).filter((f) => f.endsWith('.conllu')).map((f) => join(TREEBANKS, sub, f))) : [];

describe('writeConllu', () => {
  it('round-trips the fixture, empty nodes and trailing comment lines included', () => {
    expect(writeConllu(readConllu(GOLD))).toBe(GOLD);
    const odd = GOLD.replace('5\t.\t.\tPUNCT', '4.1\tx\tx\tX\tX\t_\t_\t_\t3:conj\t_\n5\t.\t.\tPUNCT');
    expect(writeConllu(readConllu(odd))).toBe(odd);
  });
  it.skipIf(!TREEBANKS).each(treebankFiles)('round-trips %s byte for byte', (file) => {
    const text = readFileSync(file, 'utf8');
    expect(writeConllu(readConllu(text)) === text).toBe(true);
  });
});

describe('writeParsed', () => {
  const w = (id: number, form: string, start: number, head: number, deprel: string, spaceAfter = true): Word => ({ id, form, start, end: start + form.length, lemma: form.toLowerCase(), upos: 'X', xpos: 'XX', head, deprel, spaceAfter });
  const text = "Kenya didn't.";
  const sentence: ParsedSentence = {
    start: 0,
    end: text.length,
    text,
    words: [w(1, 'Kenya', 0, 2, 'nsubj'), w(2, 'did', 6, 0, 'root', false), w(3, "n't", 9, 2, 'advmod', false), w(4, '.', 12, 2, 'punct', false)],
    multiwords: [{ first: 2, last: 3, form: "didn't", start: 6, end: 12 }],
  };
  it('writes comments, the multiword line with its SpaceAfter, and _ for FEATS and DEPS', () => {
    expect(writeParsed([sentence], { firstId: 7, leadingComments: ['# newdoc id = a.txt'] })).toBe(
      [
        '# newdoc id = a.txt',
        '# sent_id = 7',
        "# text = Kenya didn't.",
        '1\tKenya\tkenya\tX\tXX\t_\t2\tnsubj\t_\t_',
        "2-3\tdidn't\t_\t_\t_\t_\t_\t_\t_\tSpaceAfter=No",
        '2\tdid\tdid\tX\tXX\t_\t0\troot\t_\t_',
        "3\tn't\tn't\tX\tXX\t_\t2\tadvmod\t_\t_",
        '4\t.\t.\tX\tXX\t_\t2\tpunct\t_\tSpaceAfter=No',
        '',
        '',
      ].join('\n'),
    );
  });
  it('numbers sentences from 1 and keeps # text on one line', () => {
    const two = parsedToConllu([sentence, { ...sentence, text: 'a\nb' }]);
    expect(two.map((s) => s.comments)).toEqual([
      ['# sent_id = 1', "# text = Kenya didn't."],
      ['# sent_id = 2', '# text = a b'],
    ]);
  });
});

