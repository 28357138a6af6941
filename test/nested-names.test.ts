import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { articleFromText, defaultKnowledge, extractArticle } from '../src/index.js';

// A name inside a longer name is no entity and no link of its own (issue #14), even where the article names the place
// on its own elsewhere: "Copenhagen" in "University of Copenhagen", "US" in "US National Science Foundation".
const x = extractArticle(articleFromText(readFileSync(join(import.meta.dirname, 'fixtures/names/nested-names.txt'), 'utf8'), 'n', 'n'), defaultKnowledge());
const inside = (outer: string) => {
  const o = x.mentions.find((m) => m.text === outer)!;
  return x.mentions.filter((m) => m !== o && m.start >= o.start && m.end <= o.end).map((m) => m.text);
};

describe('names inside names', () => {
  it('the full name is the one mention; the place inside it is not mentioned on its own', () => {
    expect(inside('University of Copenhagen')).toEqual([]);
    expect(inside('Massachusetts Institute of Technology')).toEqual([]);
  });
  it('the place named on its own elsewhere is still its entity', () => {
    expect(x.mentions.filter((m) => m.text === 'Copenhagen').map((m) => m.refs)).toEqual([['copenhagen']]);
  });
});
