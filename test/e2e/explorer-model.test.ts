// The explorer's pure parts, in Node: display-state reducer and URL form, search, settings, panel data.
import { describe, expect, it } from 'vitest';
import { Store } from 'n3';
import { buildGraph } from '../../src/build.js';
import { articleFromText } from '../../src/input/index.js';
import { parseRdf } from '../../src/rdf/serialize.js';
import { INITIAL_STATE, fromHash, reduce, toHash } from '../../src/explorer/state/index.js';
import { buildDataset, fold, isoDay, nodeDetails, articleView, search, shrink, DEFAULT_PREFIXES } from '../../src/explorer/data/index.js';
import { loadSettings } from '../../src/explorer/settings/index.js';

const ENT = 'https://w3id.org/newsgraph/data/entity/';

describe('display state', () => {
  it('reduces without mutating, and round-trips through the URL hash', () => {
    const s1 = reduce(INITIAL_STATE, { type: 'toggleClass', cls: 'http://schema.org/Person' });
    expect(INITIAL_STATE.hiddenClasses.size).toBe(0);
    const s2 = reduce(reduce(reduce(s1, { type: 'select', id: `${ENT}vladimir-putin` }), { type: 'setMode', mode: 'events' }), { type: 'setDateRange', from: '2025-07-01', to: 'garbage' });
    expect(s2.dateTo).toBeNull();
    const back = fromHash(toHash(s2));
    expect(back.selected).toBe(`${ENT}vladimir-putin`);
    expect(back.mode).toBe('events');
    expect([...back.hiddenClasses]).toEqual(['http://schema.org/Person']);
    expect(back.dateFrom).toBe('2025-07-01');
    expect(reduce(s2, { type: 'toggleClass', cls: 'http://schema.org/Person' }).hiddenClasses.size).toBe(0);
    expect(reduce(s2, { type: 'hover', id: null })).toBe(s2);
    expect(fromHash(toHash(reduce(s2, { type: 'setHideIsolated', value: true }))).hideIsolated).toBe(true);
  });

  it('ignores a malformed hash', () => {
    const s = fromHash('#mode=<script>&from=2025-13&hide=');
    expect(s.mode).toBe('facts');
    expect(s.hiddenClasses.size).toBe(0);
  });
});

describe('settings', () => {
  it('accept only a relative same-origin manifest path', () => {
    expect(loadSettings('?manifest=graphs/other.json').manifestUrl).toBe('graphs/other.json');
    for (const bad of ['https://evil.example/m.json', '//evil.example/m.json', '/etc/passwd', '../x.json', 'javascript:alert(1)']) expect(loadSettings(`?manifest=${encodeURIComponent(bad)}`).manifestUrl).toBe('graphs/manifest.json');
    expect(Object.isFrozen(loadSettings(''))).toBe(true);
  });
});

describe('dataset, search and panel data', () => {
  const text = 'Russian President Vladimir Putin held a phone call with Turkish President Recep Tayyip Erdoğan on Friday. Putin thanked Erdogan for offering to host talks in Istanbul.';
  const { store } = buildGraph([articleFromText(`---\ndate: 2025-07-18\ntitle: Call\n---\n${text}`, 'call', 'call.md')]);
  const ds = buildDataset(store, { sources: ['call.md'] });

  it('folds accents and case', () => {
    expect(fold('Erdoğan')).toBe('erdogan');
    expect(fold('ÅNGSTRÖM')).toBe('angstrom');
    expect(isoDay('2025-06')).toBe('2025-06-01');
  });

  it('finds Erdoğan by "Erdogan" and ranks the entity first', () => {
    const hits = search(ds, 'erdogan');
    expect(hits[0]?.id).toBe(`${ENT}recep-tayyip-erdogan`);
  });

  it('gives a fact its evidence sentence with both mentions marked', () => {
    const d = nodeDetails(ds, `${ENT}recep-tayyip-erdogan`)!;
    expect(d.wikidata).toBe('http://www.wikidata.org/entity/Q39259');
    const thanked = d.incoming.find((g) => g.short === 'ng:thanked')!;
    const ev = thanked.items[0]!.evidence[0]!;
    expect(ev.sentence).toContain('Putin thanked Erdogan');
    const marked = ev.highlights.map((h) => [ev.sentence.slice(h.start, h.end), h.role]);
    expect(marked).toContainEqual(['Erdogan', 'self']);
    expect(marked).toContainEqual(['Putin', 'other']);
    expect(d.literals.some((l) => l.short === 'rdfs:label')).toBe(true);
  });

  it('shows where an event\'s date comes from', () => {
    const said = 'Russian President Vladimir Putin held a phone call with Turkish President Recep Tayyip Erdoğan on Friday. The Kremlin said the talks would continue.';
    const d2 = buildDataset(buildGraph([articleFromText(`---\ndate: 2025-07-18\n---\n${said}`, 'said', 'said.md')]).store, { sources: ['said.md'] });
    const events = [...d2.nodes.keys()].map((n) => nodeDetails(d2, n)?.event).filter((e) => e !== undefined);
    const call = events.find((e) => e.cameoCode === '041')!;
    expect(call).toMatchObject({ date: '2025-07-18', timePhrase: 'on Friday' });
    expect(call.datedByPublication).toBeUndefined();
    const statement = events.find((e) => e.cameoCode === '010')!;
    expect(statement).toMatchObject({ date: '2025-07-18', datedByPublication: true });
    expect(statement.timePhrase).toBeUndefined();
  });

  it('shows an article with non-overlapping mentions', () => {
    const a = articleView(ds, 'https://w3id.org/newsgraph/data/article/call')!;
    expect(a.title).toBe('Call');
    for (let i = 1; i < a.mentions.length; i++) expect(a.mentions[i]!.start).toBeGreaterThanOrEqual(a.mentions[i - 1]!.end);
    for (const m of a.mentions) expect(a.text.slice(m.start, m.end)).toBe(m.anchor);
  });

  it('projects foreign RDF generically', () => {
    const s = new Store();
    s.addQuads(parseRdf('@prefix foaf: <http://xmlns.com/foaf/0.1/> . <http://ex.org/a> a foaf:Person ; foaf:name "A" ; foaf:knows <http://ex.org/b> . <http://ex.org/b> foaf:name "B" .'));
    const g = buildDataset(s, { sources: [] });
    expect(g.generic).toBe(true);
    expect([...g.nodes.values()].map((n) => n.label).sort()).toEqual(['A', 'B']);
    expect(g.edges.map((e) => e.label)).toEqual(['knows']);
    expect(shrink('http://xmlns.com/foaf/0.1/knows', DEFAULT_PREFIXES)).toBe('foaf:knows');
    expect(shrink('http://ex.org/x y', DEFAULT_PREFIXES)).toBe('<http://ex.org/x y>');
  });
});
