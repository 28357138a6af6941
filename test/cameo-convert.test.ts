import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CAMEO_OUTPUT, CAMEO_SOURCE, convertCameo } from '../scripts/convert-cameo.js';
import { plural } from '../scripts/cameo-dictionary.js';
import type { CameoDictionary } from '../src/extract/events/cameo/types.js';

// The committed conversion of PETRARCH2's CAMEO.2.0.txt (MIT) must be what the converter writes today.
const committed = readFileSync(CAMEO_OUTPUT, 'utf8');
const dict = JSON.parse(committed) as CameoDictionary;
const present = existsSync(CAMEO_SOURCE);
if (!present) console.warn(`skipping the CAMEO re-conversion test: ${CAMEO_SOURCE} not found`);

describe('CAMEO verb dictionary conversion', () => {
  it.skipIf(!present)('re-running the converter gives the committed bytes', () => {
    const licence = readFileSync(join(CAMEO_SOURCE, '../LICENSE'), 'utf8');
    expect(convertCameo(readFileSync(CAMEO_SOURCE, 'latin1'), licence)).toBe(committed);
  });

  it("has the README's counts: 40 synsets, 397 blocks, 1,817 verb lines, 4,668 patterns", () => {
    expect(dict.counts).toEqual({ synsets: 40, synsetMembers: 558, blocks: 397, verbLines: 1817, patterns: 4668, transformations: 8 });
    expect(dict.blocks.reduce((n, b) => n + b.patterns.length, 0)).toBe(4668);
    expect(dict.provenance.commit).toBe('676801cd9cb2924bbbad09f86d15c9323e7097bf');
    expect(dict.provenance.licence).toBe('MIT');
  });

  it('expands synsets with regular plurals, except members or labels ending in _', () => {
    expect(dict.synsets['&food']).toEqual(expect.arrayContaining(['food', 'foods', 'grocery', 'groceries', 'provisions']));
    expect(dict.synsets['&food']).not.toContain('provisionses');
    expect(dict.synsets['&auxverb1']).toEqual(['was', 'were', 'been']);
    expect(plural('armed force')).toBe('armed forces');
    expect(plural('box')).toBe('boxes');
  });

  it('reads verbs with irregular forms, multiword verbs and own codes', () => {
    const verbs = dict.blocks.flatMap((b) => b.verbs);
    expect(verbs.find((v) => v.line === 913)).toEqual({ line: 913, words: ['ask', 'for'], head: 0, forms: [['asked', 'for'], ['asking', 'for'], ['asks', 'for']], code: '020' });
    expect(verbs.find((v) => v.words.join(' ') === 'speed')?.forms).toContainEqual(['sped']);
  });

  it('structures patterns: subject, objects, prepositional phrases, particles, slots, `---` and paired codes', () => {
    const at = (line: number) => dict.blocks.flatMap((b) => b.patterns).find((p) => p.line === line);
    expect(at(727)).toEqual({ line: 727, code: '154', verb: 'rush', subject: { words: [['&military']] } });
    expect(at(724)).toMatchObject({ code: '153', objects: [{ words: [['police']] }], preps: [{ prep: ['to'], noun: { words: [['border']] } }] });
    expect(at(836)).toMatchObject({ code: '042', particles: ['off'], preps: [{ prep: ['from'], noun: { words: [], slot: '^' } }] });
    expect(at(5436)).toMatchObject({ code: null, verb: 'face' });
    expect(at(5442)).toMatchObject({ code: '036', raw: '036:036', preps: [{ prep: ['with'] }] });
    expect(at(5459)).toMatchObject({ code: '111', raw: ':111', objects: [{ words: [['criticism']] }] });
    expect(at(9022)).toMatchObject({ preps: [{ prep: ['by', 'with'], noun: { words: [['&weapon']] } }] });
  });
});
