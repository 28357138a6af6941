// The PLOVER scorer (src/eval/plover): category mapping from the 2021 table and the 0.5b1 roots, actor names, and
// the per-record outcome. Records are hand-made in the gold's format (../shared/corpus/plover-gsr/README.md).
import { describe, expect, it } from 'vitest';
import { categoryMatches, nameMatches, normaliseName, parseCameo2Plover, ploverCategory, scorePlover } from '../src/eval/plover/index.js';
import type { CodedEvent, PloverRecord } from '../src/eval/plover/index.js';

// An excerpt of CAMEO2PLOVER-2021.txt in its own layout, with the root 08 listed twice as in the file.
const table = parseCameo2Plover(`# CAMEO to PLOVER conversion table
03: AGREE
036: AGREE,  , diplomatic # Express intent to meet or negotiate
08: CONCEDE
081: CONCEDE,   ,   legal # Ease administrative sanctions
08: RETREAT
084: RETREAT,   ,  # Return, release
11: ACCUSE
112: ACCUSE, disapprove,    # Accuse
16: SANCTION
163: COERCE, restrict,   diplomatic # Impose embargo, boycott, or sanctions
19: ASSAULT
191: COERCE, restrict, military       # Impose blockade, restrict movement
~~~~~
`);
const demonyms = new Map([['hungarian', 'hungary'], ['romanian', 'romania']]);
const record = (over: Partial<PloverRecord>): PloverRecord => ({ id: 'PLOVER-GSR01-TEST-0001', event: 'AGREE', text: '', ...over });
const ev = (code: string, sources: string[][], targets: string[][] = []): CodedEvent => ({ code, sources, targets });

describe('CAMEO → PLOVER categories', () => {
  it('uses the exact code, then the 3-digit prefix, then the root; none for 01x/02x and the doubled root 08', () => {
    expect(ploverCategory(table, '163')).toBe('COERCE');
    expect(ploverCategory(table, '1631')).toBe('COERCE');
    expect(ploverCategory(table, '160')).toBe('SANCTION');
    expect(ploverCategory(table, '0841')).toBe('RETREAT');
    expect(ploverCategory(table, '08')).toBeUndefined();
    expect(ploverCategory(table, '010')).toBeUndefined();
  });
  it('renames the gold to 2021 names and also accepts the 0.5b1 root', () => {
    expect(categoryMatches(table, '112', 'DISAPPROVE')).toBe(true);
    // 191 is COERCE in 2021 but FIGHT by its 0.5b1 root: both are fair.
    expect(categoryMatches(table, '191', 'FIGHT')).toBe(true);
    expect(categoryMatches(table, '191', 'COERCE')).toBe(true);
    expect(categoryMatches(table, '036', 'CONSULT')).toBe(false);
  });
});

describe('actor names', () => {
  it('folds case, accents, "the", possessives, U.S. and demonyms', () => {
    expect(normaliseName("The U.S.'s", demonyms)).toEqual(['us']);
    expect(normaliseName('Hungarian', demonyms)).toEqual(['hungary']);
    expect(normaliseName('Bogotá', demonyms)).toEqual(['bogota']);
  });
  it('matches a run of the gold words, not a stray word', () => {
    expect(nameMatches(['dawda', 'jawara'], normaliseName('Gambian President Dawda Jawara', demonyms))).toBe(true);
    expect(nameMatches(['jawara', 'dawda', 'x'], ['dawda', 'jawara'])).toBe(false);
    expect(nameMatches(['parliament', 'of', 'poland'], normaliseName("Poland's parliament", demonyms))).toBe(true);
  });
});

describe('one record', () => {
  const gold = record({ event: 'DISAPPROVE', source: [{ actorText: 'U.S.', code: 'USA' }], target: [{ actorText: 'Hungarian', code: 'HUN' }] });
  it('a right match: category, source (by an alias) and target', () => {
    const s = scorePlover(gold, [ev('112', [['United States', 'U.S.']], [['Hungary']])], table, demonyms);
    expect(s).toMatchObject({ gold: 'ACCUSE', detected: true, category: true, source: true, target: true, full: true, correctEvents: 1, falseAlarms: 0 });
  });
  it('a wrong category scores nothing else, and counts as a false alarm', () => {
    const s = scorePlover(gold, [ev('036', [['United States']], [['Hungary']]), ev('010', [['United States']])], table, demonyms);
    expect(s).toMatchObject({ detected: true, category: false, source: false, target: false, full: false, correctEvents: 0, falseAlarms: 1 });
  });
  it('a wrong source on the right category is not a full match', () => {
    const s = scorePlover(gold, [ev('112', [['Romania']], [['Hungary']])], table, demonyms);
    expect(s).toMatchObject({ category: true, source: false, target: true, full: false });
  });
  it('reciprocal records accept either role and score no target; a string target is none', () => {
    const mutual = record({ textInfo: { markup: 'Senior (SRC/TAR: Hungarian) and (SRC/TAR: Romanian) officials (EVT: agreed)' }, source: [{ actorText: 'Hungarian' }, { actorText: 'Romanian' }], target: 'diplomatic' });
    const s = scorePlover(mutual, [ev('036', [], [['Romania']])], table, demonyms);
    expect(s.source).toBe(true);
    expect(s.target).toBeUndefined();
    expect(s.full).toBe(true);
  });
});
