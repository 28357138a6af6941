import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { articleFromText, defaultKnowledge, extractArticle } from '../src/index.js';
import { stanceOf } from '../src/extract/events/stances.js';
import { tree } from './helpers/tree.js';

// CAMEO codes an act that is promised, threatened or refused as that stance (src/extract/events/stances.ts,
// data/lexicon/cameo-stances.json).
const at = (spec: string, word: string) => {
  const t = tree(spec);
  return stanceOf(t, t.findIndex((x) => x.text === word));
};

describe('the stance of an act, from the tree', () => {
  it('"would" states an intention only in a reported clause; elsewhere it is conditional', () => {
    expect(at('Farmers/NNS/2/nsubj said/VBD/0/root they/PRP/5/nsubj would/MD/5/aux blockade/VB/2/ccomp Paris/NNP/5/obj', 'blockade')).toEqual({ stance: 'intend', head: -1 });
    expect(at('a/DT/2/det deal/NN/0/root that/WP/5/nsubj would/MD/5/aux allow/VB/2/acl:relcl trade/NN/5/obj', 'allow')).toBeUndefined();
  });
  it('a future auxiliary states an intention, a negated one a refusal', () => {
    expect(at('Norway/NNP/3/nsubj will/MD/3/aux give/VB/0/root aid/NN/3/obj', 'give')).toEqual({ stance: 'intend', head: -1 });
    expect(at('Chile/NNP/4/nsubj will/MD/4/aux not/RB/4/advmod withdraw/VB/0/root', 'withdraw')).toEqual({ stance: 'refuse', head: -1 });
  });
  it('the verb or adjective a "to" complement depends on states the stance', () => {
    expect(at('Peru/NNP/2/nsubj refused/VBD/0/root/refuse to/TO/4/mark release/VB/2/xcomp', 'release')).toEqual({ stance: 'refuse', head: 1 });
    expect(at('Syria/NNP/3/nsubj is/VBZ/3/cop willing/JJ/0/root to/TO/5/mark withdraw/VB/3/xcomp', 'withdraw')).toEqual({ stance: 'intend', head: 2 });
    expect(at('Iran/NNP/2/nsubj threatened/VBD/0/root/threaten to/TO/4/mark attack/VB/2/xcomp', 'attack')).toEqual({ stance: 'threaten', head: 1 });
    expect(at('Chad/NNP/4/nsubj did/VBD/4/aux not/RB/4/advmod agree/VB/0/root to/TO/6/mark talk/VB/4/xcomp', 'talk')).toEqual({ stance: 'refuse', head: 3 });
  });
  it('an act done, or one merely wanted by someone else, has no stance', () => {
    expect(at('Kenya/NNP/2/nsubj gave/VBD/0/root aid/NN/2/obj', 'gave')).toBeUndefined();
    expect(at('Macron/NNP/2/nsubj urged/VBD/0/root/urge Aliyev/NNP/2/obj to/TO/5/mark accept/VB/2/xcomp', 'accept')).toBeUndefined();
  });
});

describe('stances in the pipeline', () => {
  const p = join(import.meta.dirname, 'fixtures/roles/stances.txt');
  const x = extractArticle({ ...articleFromText(readFileSync(p, 'utf8'), 'stances', p), date: '2024-03-08' }, defaultKnowledge());
  const ev = (trigger: string) => x.events.find((e) => e.trigger.text === trigger);
  it('"will give Ghana a loan": the giving is planned, and "will" states Norway’s intent to give economic aid (0331)', () => {
    expect(ev('give')).toMatchObject({ code: '071', modality: 'planned', agents: ['norway'], targets: ['ghana'] });
    expect(ev('will')).toMatchObject({ code: '0331', modality: 'asserted', agents: ['norway'], targets: ['ghana'] });
    expect(ev('gave')).toMatchObject({ code: '071', modality: 'asserted' });
  });
  it('"will not withdraw its troops" refuses to de-escalate', () => {
    expect(ev('not')?.code).toBe('1246');
  });
  it('"refused to release" is the refusal, coded by what is refused; the release is not stated as done', () => {
    expect(ev('refused')).toMatchObject({ code: '1243', agents: ['peru'] });
    expect(ev('release')?.modality).not.toBe('asserted');
  });
  it('"agreed to share information": an intent to cooperate on intelligence, the sharing intended', () => {
    expect(ev('agreed')?.code).toBe('0314');
    expect(ev('share')?.modality).toBe('intended');
  });
  it('a threat is aimed at the party of the act it threatens ("threatened to break relations with Paraguay")', () => {
    expect(ev('threatened')).toMatchObject({ code: '130', agents: ['bolivia'], targets: ['paraguay'] });
  });
});
