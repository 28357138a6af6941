// The explorer's pure parts, in Node: display-state reducer and URL form, search, settings, panel data.
import { describe, expect, it } from 'vitest';
import { Store } from 'n3';
import { buildGraph } from '../../src/build.js';
import { articleFromText } from '../../src/input/index.js';
import { parseRdf } from '../../src/rdf/serialize.js';
import { INITIAL_STATE, fromHash, reduce, toHash } from '../../src/explorer/state/index.js';
import { buildDataset, fold, isoDay, nodeDetails, articleView, search, shrink, DEFAULT_PREFIXES, mergeQuads, packCatalog, unpackCatalog } from '../../src/explorer/data/index.js';
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
    expect(s.mode).toBe('overview');
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

  it('shows a range as its two ends, and places it on the timeline at its beginning', () => {
    const text = 'Kenya and Somalia fought from 2004 to 2009 over the border.';
    const d2 = buildDataset(buildGraph([articleFromText(`---\ndate: 2024-05-02\n---\n${text}`, 'range', 'range.md')]).store, { sources: ['range.md'] });
    const id = [...d2.nodes.keys()].find((n) => nodeDetails(d2, n)?.event?.cameoCode === '190')!;
    expect(nodeDetails(d2, id)!.event).toMatchObject({ date: '2004 to 2009', timePhrase: 'from 2004 to 2009' });
    expect(d2.nodes.get(id)!.date).toBe('2004-01-01');
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

  it('crosses the worker boundary packed: catalog and render view unpack to the same graph', async () => {
    // @sigma/edge-curve (the parallel-edge index) reads WebGL constants when it loads; Node has none.
    const g = globalThis as { WebGLRenderingContext?: unknown; WebGL2RenderingContext?: unknown };
    g.WebGLRenderingContext ??= new Proxy({}, { get: () => 0 });
    g.WebGL2RenderingContext ??= g.WebGLRenderingContext;
    const { deriveView } = await import('../../src/explorer/render/derive.js');
    const { unpackView } = await import('../../src/explorer/render/packed.js');
    // A fact may point at an event ("X offersToHost <talks>"): the facts view then holds that event too.
    const talks = [...ds.nodes.values()].find((n) => n.kind === 'event')!.id;
    const extra = parseRdf(`@prefix ng: <https://w3id.org/newsgraph/ontology#> . @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
      <${ENT}x> a ng:Entity ; rdfs:label "X" ; ng:criticized <${ENT}vladimir-putin> ; ng:offersToHost <${talks}> . <${ENT}vladimir-putin> ng:called <${ENT}x> .`);
    const grown = mergeQuads(ds, extra, 'x.ttl');
    const packed = packCatalog(grown);
    const catalog = unpackCatalog(structuredClone(packed));
    expect(catalog.nodes.get(`${ENT}recep-tayyip-erdogan`)?.aliases).toEqual(ds.nodes.get(`${ENT}recep-tayyip-erdogan`)?.aliases);
    expect(search(catalog, 'erdogan')[0]?.id).toBe(`${ENT}recep-tayyip-erdogan`);
    expect([...catalog.fresh]).toContain(`${ENT}x`);
    const index = new Map(packed.ids.map((id, i) => [id, i]));
    for (const mode of ['facts', 'events'] as const) {
      const view = unpackView(structuredClone(deriveView(grown, mode, { ids: packed.ids, index }, grown.version)), catalog, new Map());
      const factEnds = new Set(grown.edges.filter((e) => e.kind === 'fact').flatMap((e) => [e.source, e.target]));
      const nodes = [...grown.nodes.values()].filter((n) => mode === 'events' || n.kind === 'entity' || factEnds.has(n.id));
      if (mode === 'facts') expect(view.hasNode(talks)).toBe(true);
      expect(view.order).toBe(nodes.length);
      expect(view.size).toBe(grown.edges.filter((e) => (mode === 'facts') === (e.kind === 'fact')).length);
      expect(view.getNodeAttributes(`${ENT}x`)).toMatchObject({ label: 'X', fresh: true, kind: 'entity' });
    }
    // X and Putin are linked both ways: the two edges curve apart.
    const facts = unpackView(deriveView(grown, 'facts', { ids: packed.ids, index }, grown.version), catalog, new Map([[`${ENT}x`, { x: 7, y: 8 }]]));
    const pair = facts.edges(`${ENT}x`, `${ENT}vladimir-putin`).map((e) => facts.getEdgeAttributes(e));
    expect(pair.map((a) => a.type)).toEqual(['curved', 'curved']);
    expect(facts.getNodeAttributes(`${ENT}x`)).toMatchObject({ x: 7, y: 8 });
  });

  it('the server\'s snapshot (JSON) unpacks to the overview the dataset worker derives, and its entries are the worker\'s panels', async () => {
    const g = globalThis as { WebGLRenderingContext?: unknown; WebGL2RenderingContext?: unknown };
    g.WebGLRenderingContext ??= new Proxy({}, { get: () => 0 });
    g.WebGL2RenderingContext ??= g.WebGLRenderingContext;
    const { deriveView } = await import('../../src/explorer/render/derive.js');
    const { unpackView } = await import('../../src/explorer/render/packed.js');
    const { parseSnapshot, nodeEntries, articleEntries } = await import('../../src/explorer/data/snapshot.js');
    const { snapshotJson } = await import('../../src/cli/serve-index.js');
    const { egoEvents } = await import('../../src/explorer/data/ego.js');
    const snap = parseSnapshot(snapshotJson(ds));
    const packed = packCatalog(ds);
    expect(snap.catalog.ids).toEqual(packed.ids);
    expect(snap.catalog.labels).toEqual(packed.labels);
    const fromServer = unpackView(snap.view, unpackCatalog(snap.catalog), new Map());
    const index = new Map(packed.ids.map((id, i) => [id, i]));
    const inWorker = unpackView(deriveView(ds, 'overview', { ids: packed.ids, index }, ds.version), unpackCatalog(packed), new Map());
    expect(fromServer.order).toBeGreaterThan(0);
    expect(fromServer.nodes()).toEqual(inWorker.nodes());
    expect(fromServer.edges().map((e) => [fromServer.source(e), fromServer.target(e), fromServer.getEdgeAttribute(e, 'label')])).toEqual(inWorker.edges().map((e) => [inWorker.source(e), inWorker.target(e), inWorker.getEdgeAttribute(e, 'label')]));
    for (const n of fromServer.nodes()) expect(fromServer.getNodeAttribute(n, 'size')).toBeCloseTo(inWorker.getNodeAttribute(n, 'size'), 3);
    const entries = new Map(nodeEntries(ds));
    const erdogan = `${ENT}recep-tayyip-erdogan`;
    expect(JSON.parse(entries.get(erdogan)!)).toEqual(JSON.parse(JSON.stringify({ details: nodeDetails(ds, erdogan), ego: egoEvents(ds, erdogan) })));
    const articles = new Map(articleEntries(ds));
    const first = [...articles.keys()][0]!;
    expect(JSON.parse(articles.get(first)!)).toEqual(JSON.parse(JSON.stringify(articleView(ds, first))));
  });
});
