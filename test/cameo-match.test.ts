import { describe, expect, it } from 'vitest';
import { matchCameo } from '../src/extract/events/cameo/index.js';
import { analyse } from '../src/nlp/document.js';

// Sentences from the PLOVER gold standard records, dev half (© 2016 Open Event Data Alliance, CC BY-SA 4.0;
// ../shared/corpus/plover-gsr/dev.json), parsed by our own parser; codes from PETRARCH2's CAMEO.2.0.txt (MIT).
const code = (text: string, verb: string) => {
  const doc = analyse(text);
  const i = doc.tokens.findIndex((t) => t.text === verb);
  const m = matchCameo(doc, i);
  const word = (k: number | undefined) => (k === undefined ? undefined : doc.tokens[k]!.text);
  return { m, word };
};

describe('CAMEO verb patterns on dependency trees', () => {
  it('a prepositional phrase pattern beats the bare verb: "defended X against criticism" is 052, not DEFEND 074', () => {
    // PLOVER-GSR01-SUPPORT-0005
    const { m, word } = code('Palestinian leader Yasser Arafat defended Iraq and Libya on Friday against Western criticism of their arms industries and said the West was applying double standards on human rights.', 'defended');
    expect(m).toMatchObject({ code: '052', by: 'pattern', block: 'defend' });
    expect(m?.pattern?.line).toBe(6649);
    expect(m?.slots.preps.map((p) => [p.prep, word(p.head)])).toEqual([['against', 'criticism']]);
    expect(word(m?.slots.object)).toBe('Iraq');
  });

  it('a passive: the by-phrase is the subject and the grammatical subject the object', () => {
    // PLOVER-GSR01-ASSAULT-0001
    const { m, word } = code('A temporary camp for Congolese refugees was attacked by Burundian militiamen armed with machetes, killing at least 156 people, the UN refugee agency reported.', 'attacked');
    expect(m?.slots.passive).toBe(true);
    expect(word(m?.slots.subject)).toBe('militiamen');
    expect(word(m?.slots.object)).toBe('camp');
    // "(BY/WITH &WEAPON)": machetes are weapons.
    expect(m?.code).toBe('194');
  });

  it('a multiword verb is its own reading, and its pattern beats its own code: "called off a strike" is 082, no call (041) nor plain 160', () => {
    // PLOVER-GSR01-CONCEDE-0009
    const { m, word } = code('The Nigerian Union of Teachers (NUT), the umbrella union for primary school teachers, announced Thursday that it has called off a four-day strike after deliberations with the Nigerian government.', 'called');
    expect(m?.verb.words).toEqual(['call', 'off']);
    expect(m?.verbTokens.map(word)).toEqual(['off']);
    expect(m).toMatchObject({ code: '082', by: 'pattern', block: 'cancel' });
    expect(word(m?.slots.object)).toBe('strike');
  });

  it('a clause is no object noun: "said they will release" is a statement, not the pattern "* RELEASE" (0841)', () => {
    // PLOVER-GSR01-AGREE-0025
    const { m } = code('The Fijian rebels said they will release Prime Minister Mahendra Chaudhry and more than 30 members of his government, whom they had taken hostage two weeks ago, on the weekend.', 'said');
    expect(m).toMatchObject({ code: '010', by: 'block' });
  });

  it('a `---` pattern is a word-sense filter: "called a cabinet meeting" is no phone call', () => {
    // Made up: no dev sentence meets a `---` pattern of a block that codes an event. CALL is [041:041].
    expect(code('The prime minister called a cabinet meeting on Monday.', 'called').m).toMatchObject({ code: null, by: 'pattern', block: 'call' });
    expect(code('The prime minister called his Turkish counterpart.', 'called').m).toMatchObject({ code: '041', by: 'block' });
  });

  it('a date is no prepositional phrase of the pattern: "called X on Monday" is no "call on" (020)', () => {
    expect(code('The prime minister called his Turkish counterpart on Monday.', 'called').m).toMatchObject({ code: '041', by: 'block' });
    expect(code('The prime minister called on his Turkish counterpart to resign.', 'called').m).toMatchObject({ code: '020', by: 'pattern' });
  });

  it('a verb the dictionary lacks gives nothing', () => {
    const { m } = code('The committee democratized the rules.', 'democratized');
    expect(m).toBeUndefined();
  });
});
