import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { articleFromText, defaultKnowledge, extractArticle } from '../src/index.js';
import { expectRead } from './helpers/found.js';

// An ambiguous name ("Congo": either Congo) is the one candidate the article supports (src/extract/entities/ambiguous-names.ts).
const kb = defaultKnowledge();
const read = (name: string) => extractArticle(articleFromText(readFileSync(join(import.meta.dirname, 'fixtures/names/ambiguous', name), 'utf8'), 'a', 'a'), kb);
const refsIn = (x: ReturnType<typeof read>, text: string) => x.mentions.filter((m) => m.text === text).map((m) => m.refs.join('+'));
const refs = (name: string, text: string) => refsIn(read(name), text);

describe('ambiguous country names', () => {
  it('"Congo" next to Goma and North Kivu is DR Congo, and so is "Congolese"', () => {
    expect(refs('east.txt', 'Congo')).toEqual(['dr-congo']);
    expect(refs('east.txt', 'Congolese')).toEqual(['dr-congo']);
  });
  it('next to Brazzaville it is the Republic of the Congo', () => {
    expect(refs('west.txt', 'Congo')).toEqual(['congo-brazzaville']);
  });
  it('with both supported, or neither, it stays unlinked', () => {
    for (const name of ['both.txt', 'none.txt']) {
      const x = read(name);
      expectRead(x, 'Congo');
      expect(refsIn(x, 'Congo')).toEqual([]);
    }
  });
});
