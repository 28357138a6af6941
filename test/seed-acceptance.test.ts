import { describe, expect, it } from 'vitest';
import type { Store } from 'n3';
import { NS } from '../src/index.js';
import { ENT, objects, seedGraph } from './helpers/graphs.js';

// Acceptance criteria of the seed article (issue #2), each asserted by querying the produced RDF.
const ng = (l: string) => NS.ng + l;
const schema = (l: string) => NS.schema + l;
const RDF_TYPE = `${NS.rdf}type`;
const e = (k: string) => ENT + k;

function eventsWithCode(store: Store, code: string): string[] {
  return store.getSubjects(ng('cameoCode'), null, null).filter((s) => objects(store, s.value, ng('cameoCode')).includes(code)).map((s) => s.value);
}
function mentionsOf(store: Store, text: string): string[][] {
  return store
    .getSubjects(`${NS.nif}anchorOf`, null, null)
    .filter((m) => objects(store, m.value, `${NS.nif}anchorOf`).includes(text) && store.has({ subject: m, predicate: { termType: 'NamedNode', value: RDF_TYPE }, object: { termType: 'NamedNode', value: ng('Mention') } } as never))
    .map((m) => objects(store, m.value, `${NS.itsrdf}taIdentRef`).sort());
}
const hasMention = (store: Store, text: string, refs: string[]) => mentionsOf(store, text).some((r) => JSON.stringify(r) === JSON.stringify(refs.map(e).sort()));

describe('seed article: entities', () => {
  const { store } = seedGraph();
  it.each([
    ['vladimir-putin', 'Person', 'Q7747'],
    ['recep-tayyip-erdogan', 'Person', 'Q39259'],
    ['russia', 'Country', 'Q159'],
    ['ukraine', 'Country', 'Q212'],
    ['turkey', 'Country', 'Q43'],
    ['syria', 'Country', 'Q858'],
    ['israel', 'Country', 'Q801'],
    ['istanbul', 'City', 'Q406'],
    ['damascus', 'City', 'Q3766'],
    ['kyiv', 'City', 'Q1899'],
    ['moscow', 'City', 'Q649'],
  ])('%s is a schema:%s linked to wd:%s', (key, cls, qid) => {
    expect(objects(store, e(key), RDF_TYPE)).toContain(schema(cls));
    const same = objects(store, e(key), `${NS.owl}sameAs`);
    expect(same).toContain(NS.wd + qid);
    // Besides Wikidata, only GeoNames (for places): never a second Wikidata item.
    expect(same.filter((s) => s !== NS.wd + qid).every((s) => s.startsWith('https://sws.geonames.org/'))).toBe(true);
  });

  it('types the Kremlin, Sweida, the Druze, Syrian government forces and the West', () => {
    expect(objects(store, e('kremlin'), RDF_TYPE)).toContain(schema('GovernmentOrganization'));
    expect(objects(store, e('sweida'), RDF_TYPE)).toContain(schema('City'));
    expect(objects(store, e('druze'), RDF_TYPE)).toContain(ng('Group'));
    expect(objects(store, e('syria-government-forces'), RDF_TYPE)).toContain(ng('ArmedForces'));
    expect(objects(store, e('the-west'), RDF_TYPE)).toContain(ng('Group'));
    expect(objects(store, e('the-west'), `${NS.rdfs}label`)).toEqual(['the West']);
  });

  it('places each city in its country', () => {
    for (const [city, country] of [['istanbul', 'turkey'], ['damascus', 'syria'], ['sweida', 'syria'], ['kyiv', 'ukraine'], ['moscow', 'russia']]) {
      expect(objects(store, e(city!), schema('containedInPlace'))).toContain(e(country!));
    }
  });

  it('gives each president his office', () => {
    const offices = (p: string) => objects(store, e(p), `${NS.org}holds`).flatMap((o) => objects(store, o, `${NS.rdfs}label`));
    expect(offices('vladimir-putin')).toContain('President of Russia');
    expect(offices('recep-tayyip-erdogan')).toContain('President of Türkiye');
  });

  it('deduplicates: one node for Putin however he is named', () => {
    const putinNodes = store.getSubjects(`${NS.owl}sameAs`, `${NS.wd}Q7747`, null);
    expect(putinNodes).toHaveLength(1);
    expect(hasMention(store, 'Putin', ['vladimir-putin'])).toBe(true);
    expect(hasMention(store, 'Vladimir Putin', ['vladimir-putin'])).toBe(true);
  });

  it('resolves demonyms, metonyms, titles and pronouns', () => {
    expect(hasMention(store, 'Turkish', ['turkey'])).toBe(true);
    expect(hasMention(store, 'Israeli', ['israel'])).toBe(true);
    expect(hasMention(store, 'Moscow', ['russia-government'])).toBe(true);
    expect(hasMention(store, 'Kremlin', ['russia-government'])).toBe(true);
    expect(hasMention(store, 'The Turkish president', ['recep-tayyip-erdogan'])).toBe(true);
    expect(hasMention(store, 'The two leaders', ['recep-tayyip-erdogan', 'vladimir-putin'])).toBe(true);
    expect(hasMention(store, 'he', ['vladimir-putin'])).toBe(true);
    expect(mentionsOf(store, 'his')).toEqual(expect.arrayContaining([[e('vladimir-putin')], [e('recep-tayyip-erdogan')]]));
  });
});

describe('seed article: binary facts', () => {
  const { store } = seedGraph();
  const fact = (s: string, p: string, o: string) => store.has({ subject: { termType: 'NamedNode', value: s }, predicate: { termType: 'NamedNode', value: ng(p) }, object: { termType: 'NamedNode', value: o } } as never);
  it('Putin called Erdogan and thanked him', () => {
    expect(fact(e('vladimir-putin'), 'called', e('recep-tayyip-erdogan'))).toBe(true);
    expect(fact(e('vladimir-putin'), 'thanked', e('recep-tayyip-erdogan'))).toBe(true);
  });
  it('Türkiye offers to host the third round, in Istanbul', () => {
    const [target] = objects(store, e('turkey'), ng('offersToHost'));
    expect(target).toBeDefined();
    expect(objects(store, target!, ng('ordinal'))).toEqual(['3']);
    expect(objects(store, target!, `${NS.sem}hasPlace`)).toContain(e('istanbul'));
  });
  it('Erdogan condemned the Israeli strikes; Israel attacked southern Syria and Damascus', () => {
    const condemned = objects(store, e('recep-tayyip-erdogan'), ng('condemned'));
    const strikes = condemned.find((o) => objects(store, o, ng('cameoCode')).length > 0);
    expect(objects(store, strikes!, ng('cameoCode'))).toEqual(['195']);
    expect(condemned).toContain(e('israel'));
    expect(objects(store, strikes!, ng('agent'))).toEqual([e('israel')]);
    expect(fact(e('israel'), 'attacked', e('damascus'))).toBe(true);
    expect(objects(store, e('israel'), ng('attacked'))).toContain(e('south-syria'));
  });
  it('Russia negotiated with Ukraine (the earlier, held rounds)', () => {
    expect(fact(e('russia'), 'negotiatedWith', e('ukraine'))).toBe(true);
  });
});

describe('seed article: events', () => {
  const { store } = seedGraph();
  const one = (code: string) => {
    const evs = eventsWithCode(store, code);
    expect(evs.length, `events with CAMEO ${code}`).toBeGreaterThan(0);
    return evs[0]!;
  };
  it('the phone call: 041, both presidents, 2025-07-18, topics Ukraine and Syria, per the Kremlin', () => {
    const call = one('041');
    expect(objects(store, call, RDF_TYPE)).toEqual(expect.arrayContaining([ng('Consult'), `${NS.sem}Event`]));
    expect(objects(store, call, ng('agent')).sort()).toEqual([e('recep-tayyip-erdogan'), e('vladimir-putin')]);
    expect(objects(store, call, `${NS.sem}hasTimeStamp`)).toEqual(['2025-07-18']);
    const topics = objects(store, call, ng('topic')).flatMap((t) => objects(store, t, ng('concerns')));
    expect(topics).toEqual(expect.arrayContaining([e('ukraine'), e('syria')]));
    expect(objects(store, call, `${NS.prov}wasAttributedTo`)).toEqual([e('russia-government')]);
    // The call points at the time node of its phrase (every time expression has one).
    const phrase = objects(store, call, `${NS.sem}hasTime`).flatMap((t) => objects(store, t, ng('phrase')));
    expect(phrase).toEqual(['on Friday']);
  });
  it('the proposed third round: 036 in Istanbul, not asserted, hedged "potentially"', () => {
    const ev = eventsWithCode(store, '036').find((x) => objects(store, x, ng('ordinal')).includes('3'))!;
    expect(objects(store, ev, ng('agent')).sort()).toEqual([e('russia'), e('ukraine')]);
    expect(objects(store, ev, `${NS.sem}hasPlace`)).toEqual([e('istanbul')]);
    expect(objects(store, ev, ng('modality'))).not.toContain(ng('Asserted'));
    expect(objects(store, ev, ng('hedge'))).toEqual(['potentially']);
  });
  it('the earlier direct talks in Türkiye (046, earlier this year) and the June meeting', () => {
    const talks = eventsWithCode(store, '046');
    const inTurkey = talks.find((x) => objects(store, x, `${NS.sem}hasPlace`).includes(e('turkey')))!;
    expect(objects(store, inTurkey, `${NS.sem}hasTimeStamp`)).toEqual(['2025']);
    const june = talks.find((x) => objects(store, x, `${NS.sem}hasTimeStamp`).includes('2025-06'))!;
    expect(june).toBeDefined();
    const swaps = eventsWithCode(store, '0841').filter((x) => objects(store, x, `${NS.sem}subEventOf`).includes(june));
    expect(swaps.length).toBeGreaterThan(0);
  });
  it('the return of about 6,000 bodies to Kyiv and readiness to repatriate nearly 3,000 more (0841)', () => {
    const evs = eventsWithCode(store, '0841');
    const quantities = evs.flatMap((x) => objects(store, x, ng('quantity')));
    const values = quantities.map((q) => [objects(store, q, `${NS.schema}value`)[0], objects(store, q, ng('approximation'))[0]]);
    expect(values).toEqual(expect.arrayContaining([['6000', 'approximately'], ['3000', 'nearly']]));
    const returned = evs.find((x) => objects(store, x, `${NS.sem}hasPlace`).includes(e('kyiv')));
    expect(returned).toBeDefined();
    const ready = evs.find((x) => objects(store, x, ng('modality')).includes(ng('Intended')) && objects(store, x, ng('agent')).includes(e('russia')));
    expect(ready).toBeDefined();
  });
  it('the clashes in Sweida between government forces and the Druze (190)', () => {
    const ev = one('190');
    expect(objects(store, ev, `${NS.sem}hasPlace`)).toEqual([e('sweida')]);
    expect(objects(store, ev, ng('agent')).sort()).toEqual([e('druze'), e('syria-government-forces')]);
  });
  it('the airstrikes (195), with the purpose hedged as reported, not stated as fact', () => {
    const ev = one('195');
    expect(objects(store, ev, ng('modality'))).toEqual([ng('Asserted')]);
    const [purpose] = objects(store, ev, ng('purpose'));
    expect(objects(store, purpose!, ng('modality'))).toEqual([ng('Reported')]);
    expect(objects(store, purpose!, ng('hedge'))).toEqual(['reportedly']);
  });
  it("Erdogan's condemnation (111) and the offer to host (039), attributed to his office", () => {
    expect(objects(store, one('111'), ng('agent'))).toEqual([e('recep-tayyip-erdogan')]);
    const host = eventsWithCode(store, '039').find((x) => objects(store, x, ng('agent')).includes(e('turkey')))!;
    expect(objects(store, host, `${NS.prov}wasAttributedTo`)).toEqual([e('recep-tayyip-erdogan-office')]);
  });
  it('relative dates keep their phrase: late June → 2025-06, in 2022 → 2022', () => {
    const phrases = store.getSubjects(ng('phrase'), null, null).map((s) => [objects(store, s.value, ng('phrase'))[0], store.getObjects(s, null, null).find((o) => o.termType === 'Literal' && /^\d{4}(-\d\d)?(-\d\d)?$/.test(o.value))?.value]);
    expect(phrases).toEqual(expect.arrayContaining([['in late June', '2025-06'], ['in 2022', '2022'], ['earlier this year', '2025']]));
  });
});

describe('seed article: quotes and provenance', () => {
  const { store } = seedGraph();
  it("Putin's quoted sentences are his", () => {
    const quotes = store.getSubjects(RDF_TYPE, schema('Quotation'), null);
    expect(quotes).toHaveLength(2);
    for (const q of quotes) expect(objects(store, q.value, ng('speaker'))).toEqual([e('vladimir-putin')]);
  });
  it('every event and fact traces to a NIF sentence whose anchor is the exact text', () => {
    const text = objects(store, store.getSubjects(RDF_TYPE, schema('NewsArticle'), null)[0]!.value, `${NS.nif}isString`)[0]!;
    const nodes = [...store.getSubjects(RDF_TYPE, ng('Event'), null), ...store.getSubjects(RDF_TYPE, ng('Fact'), null)];
    expect(nodes.length).toBeGreaterThan(10);
    for (const n of nodes) {
      const sentences = objects(store, n.value, `${NS.prov}wasDerivedFrom`);
      expect(sentences.length).toBeGreaterThan(0);
      for (const s of sentences) {
        const b = Number(objects(store, s, `${NS.nif}beginIndex`)[0]);
        const en = Number(objects(store, s, `${NS.nif}endIndex`)[0]);
        expect(objects(store, s, `${NS.nif}anchorOf`)[0]).toBe(text.slice(b, en));
      }
    }
  });
  it('the article is a schema:NewsArticle with headline and date', () => {
    const [art] = store.getSubjects(RDF_TYPE, schema('NewsArticle'), null);
    expect(objects(store, art!.value, schema('datePublished'))).toEqual(['2025-07-18']);
    expect(objects(store, art!.value, schema('headline'))[0]).toMatch(/Putin/);
  });
});

describe('seed article: nothing hedged is stated as fact', () => {
  const { store } = seedGraph();
  it('the proposed third round yields a Proposed statement but no plain triple of its own', () => {
    const statements = store.getSubjects(`${NS.rdf}type`, ng('Fact'), null).map((s) => s.value);
    const proposed = statements.filter((s) => objects(store, s, ng('modality')).includes(ng('Proposed')));
    expect(proposed.length).toBeGreaterThan(0);
    for (const s of statements) {
      const [subj] = objects(store, s, `${NS.rdf}subject`);
      const [pred] = objects(store, s, `${NS.rdf}predicate`);
      const [obj] = objects(store, s, `${NS.rdf}object`);
      const plain = objects(store, subj!, pred!).includes(obj!);
      const asserted = objects(store, s, ng('modality')).includes(ng('Asserted'));
      const sameElsewhere = statements.some((t) => t !== s && objects(store, t, `${NS.rdf}object`)[0] === obj && objects(store, t, `${NS.rdf}subject`)[0] === subj && objects(store, t, ng('modality')).includes(ng('Asserted')));
      if (!asserted && !sameElsewhere && pred !== ng('offersToHost')) expect(plain, `${s} is ${objects(store, s, ng('modality'))} yet stated`).toBe(false);
    }
  });
});
