import { describe, expect, it } from 'vitest';
import type { Token } from '../src/nlp/types.js';
import { tree } from './helpers/tree.js';
import { clauseRoles, nounRootOf, childrenOf } from '../src/extract/events/clause-tree.js';

const CONTROL = new Set(['urge', 'call']);
const words = (t: Token[], ks: number[]) => ks.map((k) => t[k]!.text);
const verb = (t: Token[], w: string) => t.findIndex((x) => x.text === w);

describe('roles read from the dependency tree', () => {
  it('passive: the surface subject is acted on, the "by" phrase acts', () => {
    const t = tree('Talks/NNS/3/nsubj:pass were/VBD/3/aux:pass hosted/VBN/0/root by/IN/5/case Qatar/NNP/3/obl:agent');
    const r = clauseRoles(t, verb(t, 'hosted'), CONTROL);
    expect(r.passive).toBe(true);
    expect(words(t, r.agents)).toEqual(['Qatar']);
    expect(words(t, r.objects)).toEqual(['Talks']);
  });
  it('coordination: every conjunct of the subject acts ("Saudi Arabia, Egypt and the UAE severed ties")', () => {
    const t = tree('Arabia/NNP/6/nsubj ,/,/3/punct Egypt/NNP/1/conj and/CC/5/cc UAE/NNP/1/conj severed/VBD/0/root ties/NNS/6/obj');
    expect(words(t, clauseRoles(t, verb(t, 'severed'), CONTROL).agents)).toEqual(['Arabia', 'Egypt', 'UAE']);
  });
  it('a second verb shares the first one\'s subject ("criticised … and demanded")', () => {
    const t = tree('Kenya/NNP/2/nsubj criticised/VBD/0/root Somalia/NNP/2/obj and/CC/5/cc demanded/VBD/2/conj talks/NNS/5/obj');
    expect(words(t, clauseRoles(t, verb(t, 'demanded'), CONTROL).agents)).toEqual(['Kenya']);
  });
  it('control: "agreed to host" takes the subject, "urged Aliyev to accept" the object', () => {
    const a = tree('France/NNP/2/nsubj agreed/VBD/0/root to/TO/4/mark host/VB/2/xcomp talks/NNS/4/obj');
    expect(words(a, clauseRoles(a, verb(a, 'host'), CONTROL).agents)).toEqual(['France']);
    const b = tree('Macron/NNP/2/nsubj urged/VBD/0/root/urge Aliyev/NNP/2/obj to/TO/5/mark accept/VB/2/xcomp');
    expect(words(b, clauseRoles(b, verb(b, 'accept'), CONTROL).agents)).toEqual(['Aliyev']);
    // A purpose infinitive after a verb that hands nothing to its object: the subject acts.
    const c = tree('Modi/NNP/2/nsubj telephoned/VBD/0/root Dahal/NNP/2/obj to/TO/5/mark offer/VB/2/advcl');
    expect(words(c, clauseRoles(c, verb(c, 'offer'), CONTROL).agents)).toEqual(['Modi']);
  });
  it('relative clause: the relative pronoun stands for the noun it modifies', () => {
    const t = tree('Putin/NNP/0/root ,/,/4/punct who/WP/4/nsubj met/VBD/1/acl:relcl Erdogan/NNP/4/obj');
    expect(words(t, clauseRoles(t, verb(t, 'met'), CONTROL).agents)).toEqual(['Putin']);
  });
  it('"accused Washington of backing the rebels": the accused does what the gerund says', () => {
    const t = tree('Russia/NNP/2/nsubj accused/VBD/0/root Washington/NNP/2/obj of/IN/5/mark backing/VBG/2/advcl rebels/NNS/5/obj');
    expect(words(t, clauseRoles(t, verb(t, 'backing'), CONTROL).agents)).toEqual(['Washington']);
    expect(words(t, clauseRoles(t, verb(t, 'accused'), CONTROL).clauses)).toEqual(['backing']);
  });
  it('a subject never takes a preposition: "The United States on Thursday demanded" has its subject before "on"', () => {
    const t = tree('States/NNP/3/compound on/IN/3/case Thursday/NNP/4/nsubj demanded/VBD/0/root');
    expect(words(t, clauseRoles(t, verb(t, 'demanded'), CONTROL).agents)).toEqual(['States']);
  });
  it('a main verb hung under a noun root is read as the main verb, but not a participle set off by a comma', () => {
    const t = tree('President/NNP/2/compound Erdogan/NNP/0/root called/VBD/2/acl Putin/NNP/3/obj');
    const ch = childrenOf(t);
    expect(nounRootOf(t, ch, verb(t, 'called'))).toBe(1);
    expect(words(t, clauseRoles(t, verb(t, 'called'), CONTROL).agents)).toEqual(['Erdogan']);
    const p = tree('Cummings/NNP/0/root ,/,/4/punct first/RB/4/advmod elected/VBN/1/acl to/IN/6/case Congress/NNP/4/obl');
    const roles = clauseRoles(p, verb(p, 'elected'), CONTROL);
    expect(roles.passive).toBe(true);
    expect(words(p, roles.objects)).toEqual(['Cummings']);
  });
  it('a participle conjunct shares the passive voice ("backed by the EU but rejected by Russia")', () => {
    const t = tree('move/NN/0/root backed/VBN/1/acl by/IN/4/case EU/NNP/2/obl:agent but/CC/6/cc rejected/VBN/2/conj by/IN/8/case Russia/NNP/6/obl:agent');
    const r = clauseRoles(t, verb(t, 'rejected'), CONTROL);
    expect(r.passive).toBe(true);
    expect(words(t, r.agents)).toEqual(['Russia']);
  });
});
