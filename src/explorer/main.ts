import Sigma from 'sigma';
import { EdgeArrowProgram } from 'sigma/rendering';
import { EdgeCurvedArrowProgram } from '@sigma/edge-curve';
import { Store } from 'n3';
import { DEFAULT_BASE } from '../rdf/vocabulary.js';
import { loadSettings } from './settings/index.js';
import { INITIAL_STATE, fromHash, reduce, toHash } from './state/index.js';
import type { Action, DisplayState } from './state/index.js';
import { buildDataset, emptyDataset, mergeQuads, nodeDetails, articleView, search, shrink } from './data/index.js';
import type { Dataset } from './data/index.js';
import { listArticles } from './data/details.js';
import { deriveRenderGraph, emphasis, legend, nodeVisible, reduceEdge, reduceNode } from './render/index.js';
import type { Emphasis, RenderGraph } from './render/index.js';
import { LayoutRunner } from './layout/index.js';
import type { Positions } from './layout/index.js';
import { RdfWorker } from './extract/index.js';
import { SparqlEngine } from './sparql/index.js';
import { snapshotPng, subsetTurtle, toNTriples, wholeTurtle } from './export/index.js';
import { download, h } from './ui/dom.js';
import { renderNodePanel } from './ui/panel.js';
import { renderArticle } from './ui/article.js';
import { renderLegend } from './ui/legend.js';
import { renderTimeline } from './ui/timeline.js';
import { renderSparqlBox } from './ui/sparql-box.js';
import { setupSearchBox } from './ui/search-box.js';
import { setupDropZone } from './ui/drop-zone.js';
import { Parser } from 'n3';

const settings = loadSettings(location.search);
const $ = <T extends HTMLElement = HTMLElement>(id: string) => document.getElementById(id) as T;

// ---- state -------------------------------------------------------------------------------------
let state: DisplayState = fromHash(location.hash);
let ds: Dataset = emptyDataset();
/** The full dataset while a CONSTRUCT result is shown. */
let fullDs: Dataset | null = null;
const positions: Positions = new Map();
let graph: RenderGraph = deriveRenderGraph(ds, state.mode, positions);
let em: Emphasis = emphasis(graph, state);

const renderer = new Sigma(graph, $('graph'), {
  renderEdgeLabels: false,
  defaultEdgeType: 'arrow',
  edgeProgramClasses: { arrow: EdgeArrowProgram, curved: EdgeCurvedArrowProgram },
  labelRenderedSizeThreshold: 7,
  labelDensity: 0.9,
  labelFont: 'system-ui, sans-serif',
  edgeLabelFont: 'system-ui, sans-serif',
  edgeLabelSize: 11,
  edgeLabelColor: { color: '#55606c' },
  zIndex: true,
  minCameraRatio: 0.02,
  maxCameraRatio: 8,
  nodeReducer: (id, a) => reduceNode(id, a as never, state, em),
  edgeReducer: (id, a) => reduceEdge(graph, id, a as never, state, em),
});

const layout = new LayoutRunner((ids, xy, done) => {
  for (let i = 0; i < ids.length; i++) positions.set(ids[i]!, { x: xy[i * 2]!, y: xy[i * 2 + 1]! });
  graph.updateEachNodeAttributes((id, a) => {
    const p = positions.get(id);
    if (p) {
      a.x = p.x;
      a.y = p.y;
    }
    return a;
  }, { attributes: ['x', 'y'] });
  if (done) {
    const then = afterLayout;
    afterLayout = null;
    then?.();
    document.body.dataset.layout = 'idle';
    $('layout').textContent = 'Layout';
  }
});

/** Runs once when the current layout run ends (camera moves that need final positions). */
let afterLayout: (() => void) | null = null;

/** Moves the camera to frame the given nodes. */
function focusNodes(ids: string[]): void {
  const pts = ids.flatMap((id) => {
    const d = graph.hasNode(id) ? renderer.getNodeDisplayData(id) : undefined;
    return d ? [d] : [];
  });
  if (!pts.length) return;
  const xs = pts.map((p) => p.x);
  const ys = pts.map((p) => p.y);
  const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const ratio = Math.min(1.2, Math.max(0.2, 1.6 * Math.max(x1 - x0, y1 - y0)));
  void renderer.getCamera().animate({ x: (x0 + x1) / 2, y: (y0 + y1) / 2, ratio }, { duration: 500 });
}

function whenLaidOut(fn: () => void): void {
  if (layout.running) afterLayout = fn;
  else fn();
}

function runLayout(iterations: number, fixed?: ReadonlySet<string>): void {
  document.body.dataset.layout = 'running';
  $('layout').textContent = 'Stop layout';
  layout.run(graph, iterations, fixed);
}

// ---- messages ----------------------------------------------------------------------------------
let messageTimer = 0;
function message(text: string, kind: 'info' | 'error' = 'info'): void {
  const el = $('message');
  el.textContent = text;
  el.className = `message ${kind}`;
  el.hidden = false;
  el.dataset.kind = kind;
  clearTimeout(messageTimer);
  messageTimer = window.setTimeout(() => (el.hidden = true), kind === 'error' ? 9000 : 4500);
}

// ---- dispatch ----------------------------------------------------------------------------------
function dispatch(action: Action): void {
  const prev = state;
  state = reduce(state, action);
  if (state === prev) return;
  if (state.mode !== prev.mode) rebuildGraph();
  const prevEm = em;
  em = emphasis(graph, big() ? { ...state, hovered: null } : state);
  setEdgeLabels();
  const filtersChanged = state.hideIsolated !== prev.hideIsolated || state.hiddenClasses !== prev.hiddenClasses || state.dateFrom !== prev.dateFrom || state.dateTo !== prev.dateTo || state.mode !== prev.mode;
  if (filtersChanged) renderer.refresh({ skipIndexation: true });
  else if (em.focus !== prevEm.focus || state.selected !== prev.selected) refreshFocus(prevEm, em, [prev.selected, state.selected]);
  if (state.hiddenClasses !== prev.hiddenClasses || state.hideIsolated !== prev.hideIsolated || state.mode !== prev.mode) renderLegendPanel();
  if (state.dateFrom !== prev.dateFrom || state.dateTo !== prev.dateTo || state.mode !== prev.mode) renderTimelinePanel();
  if (state.selected !== prev.selected || state.mode !== prev.mode) renderNodePanelFor();
  if (state.article !== prev.article || (state.selected !== prev.selected && state.tab === 'article')) renderArticlePanel();
  if (state.tab !== prev.tab) renderTabs();
  if (state.mode !== prev.mode) renderModeButtons();
  if (state.hideIsolated !== prev.hideIsolated || state.hiddenClasses !== prev.hiddenClasses || state.dateFrom !== prev.dateFrom || state.dateTo !== prev.dateTo || state.mode !== prev.mode) updateStatus();
  const hash = toHash(state);
  if (hash !== toHash(prev)) history.replaceState(null, '', `${location.pathname}${location.search}${hash}`);
}

/** Past this many nodes + edges, hovering no longer dims the graph (selecting still does): it would redraw everything. */
const big = () => graph.order + graph.size > 40_000;

/**
 * Re-applies the reducers where emphasis changed. From one focus to another only the two neighbourhoods
 * change, so only they are refreshed; from or to no focus, everything is.
 */
function refreshFocus(a: Emphasis, b: Emphasis, extra: (string | null)[]): void {
  if (!a.focus || !b.focus) {
    renderer.refresh({ skipIndexation: true });
    return;
  }
  const nodes = new Set<string>([a.focus, b.focus, ...a.neighbours, ...b.neighbours]);
  for (const id of extra) if (id && graph.hasNode(id)) nodes.add(id);
  const edges = new Set<string>();
  for (const f of [a.focus, b.focus]) if (graph.hasNode(f)) graph.forEachEdge(f, (e) => void edges.add(e));
  renderer.refresh({ partialGraph: { nodes: [...nodes].filter((n) => graph.hasNode(n)), edges: [...edges] }, skipIndexation: true });
}

/** Edge labels when zoomed in or around the focused node. setSetting re-indexes everything: only on change. */
function setEdgeLabels(): void {
  const want = !!em.focus || renderer.getCamera().ratio < settings.edgeLabelZoom;
  if (renderer.getSetting('renderEdgeLabels') !== want) renderer.setSetting('renderEdgeLabels', want);
}

// ---- dataset changes ---------------------------------------------------------------------------
function rebuildGraph(): void {
  graph.forEachNode((id, a) => positions.set(id, { x: a.x, y: a.y }));
  layout.stop();
  graph = deriveRenderGraph(ds, state.mode, positions);
  em = emphasis(graph, state);
  renderer.setGraph(graph);
  // Big graphs stay fluid while the camera moves: edges and labels come back when it stops.
  const hide = graph.size > settings.hideOnMoveAbove || graph.order > settings.hideOnMoveAbove;
  if (renderer.getSetting('hideEdgesOnMove') !== hide) renderer.setSetting('hideEdgesOnMove', hide);
  if (renderer.getSetting('hideLabelsOnMove') !== hide) renderer.setSetting('hideLabelsOnMove', hide);
  const placed = new Set<string>();
  graph.forEachNode((id) => {
    if (positions.has(id)) placed.add(id);
  });
  // A fresh graph gets the full start-up layout; a grown one moves only its new nodes, so the picture stays put.
  if (placed.size === 0 && graph.order > 0) runLayout(settings.layoutIterations(graph.order));
  else if (placed.size < graph.order) runLayout(Math.min(200, settings.layoutIterations(graph.order)), placed);
  else document.body.dataset.layout = 'idle';
}

function setDataset(next: Dataset): void {
  ds = next;
  performance.mark('newsgraph:dataset');
  rebuildGraph();
  performance.mark('newsgraph:derived');
  renderLegendPanel();
  renderTimelinePanel();
  renderArticleList();
  renderNodePanelFor();
  renderArticlePanel();
  updateStatus();
}

// ---- panels ------------------------------------------------------------------------------------
const actions = {
  select: (id: string) => selectAndFocus(id),
  openArticle: (id: string) => dispatch({ type: 'openArticle', id }),
};

function selectAndFocus(id: string | null): void {
  dispatch({ type: 'select', id });
  if (id && graph.hasNode(id)) {
    const d = renderer.getNodeDisplayData(id);
    if (d) void renderer.getCamera().animate({ x: d.x, y: d.y, ratio: Math.min(renderer.getCamera().ratio, 0.45) }, { duration: 450 });
  }
}

function renderNodePanelFor(): void {
  const el = $('panel-node');
  if (!state.selected) {
    el.replaceChildren(h('div', { class: 'empty' }, ds.nodes.size ? 'Search, or click a node, to see what the graph knows about it.' : 'No graph loaded yet. Open a Turtle file or add an article.'));
    return;
  }
  const d = nodeDetails(ds, state.selected);
  if (!d) {
    el.replaceChildren(h('div', { class: 'empty' }, `Not in this graph: ${state.selected}`));
    return;
  }
  const color = graph.hasNode(d.id) ? graph.getNodeAttribute(d.id, 'color') : '#999';
  el.replaceChildren(renderNodePanel(d, color, actions));
}

function renderArticlePanel(): void {
  const el = $('panel-article');
  const view = state.article ? articleView(ds, state.article) : null;
  if (!view) {
    el.replaceChildren(h('div', { class: 'empty' }, 'Choose an article on the left, or from a node’s evidence.'));
    return;
  }
  el.replaceChildren(renderArticle(view, state.selected, (id) => ds.nodes.get(id)?.label ?? shrink(id, ds.prefixes), (id) => selectAndFocus(id)));
}

function renderArticleList(): void {
  const ul = $('articles');
  ul.replaceChildren(...listArticles(ds).map((a) => h('li', {}, h('button', { class: 'linkish', title: a.id, on: { click: () => dispatch({ type: 'openArticle', id: a.id }) } }, a.title))));
}

function renderLegendPanel(): void {
  $('legend').replaceChildren(renderLegend(legend(graph, ds), state.hiddenClasses, (cls) => dispatch({ type: 'toggleClass', cls }), () => dispatch({ type: 'showAllClasses' }), state.hideIsolated, (value) => dispatch({ type: 'setHideIsolated', value })));
}

function renderTimelinePanel(): void {
  const dates = [...ds.nodes.values()].flatMap((n) => (n.kind === 'event' && n.date ? [n.date] : []));
  $('timeline').replaceChildren(renderTimeline(dates, state.dateFrom, state.dateTo, (from, to) => dispatch({ type: 'setDateRange', from, to })));
}

function renderTabs(): void {
  for (const b of document.querySelectorAll<HTMLButtonElement>('.tabs button')) b.classList.toggle('on', b.dataset.tab === state.tab);
  for (const p of document.querySelectorAll<HTMLElement>('.panel')) p.classList.toggle('on', p.dataset.panel === state.tab);
}

function renderModeButtons(): void {
  $('mode-facts').classList.toggle('on', state.mode === 'facts');
  $('mode-events').classList.toggle('on', state.mode === 'events');
}

function visibleNodeIds(): string[] {
  const out: string[] = [];
  graph.forEachNode((id, a) => {
    if (nodeVisible(a, state)) out.push(id);
  });
  return out;
}

function updateStatus(): void {
  const nodes = visibleNodeIds().length;
  let edges = 0;
  graph.forEachEdge((id, a) => {
    if (!reduceEdge(graph, id, a, state, { focus: null, neighbours: new Set() }).hidden) edges++;
  });
  const src = ds.sources.length ? ` · ${ds.sources.slice(-3).join(', ')}` : '';
  $('status').textContent = `${nodes.toLocaleString('en')} nodes · ${edges.toLocaleString('en')} edges${ds.generic && ds.nodes.size ? ' · generic RDF' : ''}${src}`;
  $('status').dataset.nodes = String(nodes);
  $('status').dataset.edges = String(edges);
}

// ---- search ------------------------------------------------------------------------------------
function setupSearch(): void {
  setupSearchBox({
    input: $<HTMLInputElement>('search'),
    list: $('search-results'),
    find: (q) => search(ds, q),
    describe: (id) => {
      const n = ds.nodes.get(id);
      return { color: graph.hasNode(id) ? graph.getNodeAttribute(id, 'color') : undefined, cls: n ? shrink(n.cls, ds.prefixes) : '' };
    },
    choose: (hit) => {
      const node = ds.nodes.get(hit.id);
      if (node?.kind === 'event' && state.mode === 'facts' && !ds.generic) dispatch({ type: 'setMode', mode: 'events' });
      if (state.hiddenClasses.has(hit.cls)) dispatch({ type: 'toggleClass', cls: hit.cls });
      selectAndFocus(hit.id);
    },
    deselect: () => dispatch({ type: 'select', id: null }),
  });
}

// ---- loading, adding, exporting ------------------------------------------------------------------
const rdfWorker = new RdfWorker();
const sparql = new SparqlEngine();

async function openRdfText(text: string, name: string): Promise<void> {
  const { quads, prefixes, summary } = await rdfWorker.parse(text, name, settings.maxTriples);
  const store = new Store();
  store.addQuads(quads);
  fullDs = null;
  $('banner').hidden = true;
  positions.clear();
  dispatch({ type: 'reset', state: { ...INITIAL_STATE, tab: state.tab === 'sparql' ? 'sparql' : 'node' } });
  setDataset(buildDataset(store, { prefixes, sources: [name] }));
  renderer.getCamera().setState({ x: 0.5, y: 0.5, ratio: 1, angle: 0 });
  message(`Opened ${summary}`);
}

async function openRdfFile(file: File): Promise<void> {
  if (file.size > settings.maxRdfBytes) {
    message(`${file.name} is ${(file.size / 1e6).toFixed(0)} MB; the explorer opens files up to ${(settings.maxRdfBytes / 1e6).toFixed(0)} MB. Query it with the CLI instead.`, 'error');
    return;
  }
  try {
    await openRdfText(await file.text(), file.name);
  } catch (e) {
    message(`Could not open ${file.name}: ${(e as Error).message}`, 'error');
  }
}

async function addArticle(text: string, name: string): Promise<void> {
  if (!text.trim()) return message('The article is empty.', 'error');
  if (text.length > settings.maxArticleChars) return message(`The article is too long for the browser (${text.length.toLocaleString('en')} characters); use the CLI.`, 'error');
  const out = $('add-result');
  out.replaceChildren(h('div', { class: 'muted' }, 'Extracting… (the language model loads on first use)'));
  $<HTMLButtonElement>('add-run').disabled = true;
  try {
    const { quads, summary } = await rdfWorker.extract(text, name, DEFAULT_BASE);
    if (fullDs) leaveConstructView();
    const next = mergeQuads(ds, quads, name);
    dispatch({ type: 'select', id: null });
    dispatch({ type: 'setTab', tab: 'add' });
    setDataset(next);
    whenLaidOut(() => focusNodes([...next.fresh]));
    const fresh = [...next.fresh].map((id) => next.nodes.get(id)).filter((n) => n !== undefined && n.kind === 'entity');
    out.replaceChildren(h('div', { testid: 'add-summary' }, summary), h('ul', { class: 'articles', testid: 'add-entities' }, ...fresh.map((n) => h('li', {}, h('button', { class: 'linkish node-link', data: { id: n!.id }, on: { click: () => selectAndFocus(n!.id) } }, n!.label)))));
    message(`Added ${summary}`);
  } catch (e) {
    out.replaceChildren(h('div', { class: 'error' }, `Extraction failed: ${(e as Error).message}`));
  } finally {
    $<HTMLButtonElement>('add-run').disabled = false;
  }
}

async function addArticleFile(file: File): Promise<void> {
  if (file.size > settings.maxArticleChars * 4) return message(`${file.name} is too large for the browser; use the CLI.`, 'error');
  dispatch({ type: 'setTab', tab: 'add' });
  await addArticle(await file.text(), file.name);
}

function leaveConstructView(): void {
  if (!fullDs) return;
  const back = fullDs;
  fullDs = null;
  $('banner').hidden = true;
  setDataset(back);
  renderer.getCamera().setState({ x: 0.5, y: 0.5, ratio: 1, angle: 0 });
}

function showConstruct(ntriples: string): void {
  const quads = new Parser({ format: 'application/n-triples' }).parse(ntriples);
  const store = new Store();
  store.addQuads(quads);
  if (!fullDs) fullDs = ds;
  setDataset(buildDataset(store, { prefixes: ds.prefixes, sources: ['CONSTRUCT result'] }));
  renderer.getCamera().setState({ x: 0.5, y: 0.5, ratio: 1, angle: 0 });
  const banner = $('banner');
  banner.replaceChildren(`Showing a CONSTRUCT result (${quads.length} triples). `, h('button', { class: 'linkish', testid: 'back-to-graph', on: { click: leaveConstructView } }, 'Back to the full graph'));
  banner.hidden = false;
}

async function downloadTurtle(kind: 'all' | 'view' | 'selection'): Promise<void> {
  (document.querySelector('.menu') as HTMLDetailsElement).open = false;
  let text: string;
  if (kind === 'all') text = await wholeTurtle(ds);
  else if (kind === 'view') text = await subsetTurtle(ds, visibleNodeIds());
  else {
    if (!state.selected) return message('Select a node first.', 'error');
    text = await subsetTurtle(ds, [state.selected, ...(graph.hasNode(state.selected) ? graph.neighbors(state.selected) : [])]);
  }
  download(new Blob([text], { type: 'text/turtle' }), `newsgraph-${kind}.ttl`);
}

async function loadFromServer(): Promise<void> {
  let manifest: { graphs: { name: string; url: string }[] };
  try {
    const r = await fetch(settings.manifestUrl, { credentials: 'same-origin' });
    if (!r.ok) throw new Error(String(r.status));
    manifest = (await r.json()) as typeof manifest;
  } catch {
    renderNodePanelFor();
    document.body.dataset.ready = 'true';
    return;
  }
  const store = new Store();
  const prefixes: Record<string, string> = {};
  const names: string[] = [];
  for (const g of manifest.graphs ?? []) {
    if (typeof g.url !== 'string' || !/^graphs\/[\w.-]+$/.test(g.url)) continue;
    try {
      const text = await (await fetch(g.url, { credentials: 'same-origin' })).text();
      performance.mark('newsgraph:fetched');
      const res = await rdfWorker.parse(text, String(g.name), settings.maxTriples);
      performance.mark('newsgraph:parsed');
      store.addQuads(res.quads);
      performance.mark('newsgraph:stored');
      Object.assign(prefixes, res.prefixes);
      names.push(String(g.name));
    } catch (e) {
      message(`Could not load ${g.name}: ${(e as Error).message}`, 'error');
    }
  }
  performance.mark('newsgraph:store-done');
  setDataset(buildDataset(store, { prefixes, sources: names }));
  performance.mark('newsgraph:first-render');
  whenLaidOut(() => performance.mark('newsgraph:layout-done'));
  if (state.selected && !ds.nodes.has(state.selected)) dispatch({ type: 'select', id: null });
  document.body.dataset.ready = 'true';
}

// ---- wiring --------------------------------------------------------------------------------------
function setup(): void {
  renderTabs();
  renderModeButtons();
  setupSearch();
  for (const b of document.querySelectorAll<HTMLButtonElement>('.tabs button')) b.addEventListener('click', () => dispatch({ type: 'setTab', tab: b.dataset.tab as DisplayState['tab'] }));
  $('mode-facts').addEventListener('click', () => dispatch({ type: 'setMode', mode: 'facts' }));
  $('mode-events').addEventListener('click', () => dispatch({ type: 'setMode', mode: 'events' }));
  $('open-rdf').addEventListener('click', () => $('file-rdf').click());
  $('file-rdf').addEventListener('change', () => {
    const f = $<HTMLInputElement>('file-rdf').files?.[0];
    if (f) void openRdfFile(f);
    $<HTMLInputElement>('file-rdf').value = '';
  });
  $('add-article').addEventListener('click', () => dispatch({ type: 'setTab', tab: 'add' }));
  $('tab-sparql').addEventListener('click', () => dispatch({ type: 'setTab', tab: 'sparql' }));
  $('add-run').addEventListener('click', () => {
    const title = $<HTMLInputElement>('add-title').value.trim();
    const text = $<HTMLTextAreaElement>('add-text').value;
    void addArticle(title && !text.startsWith('---') ? `---\ntitle: ${JSON.stringify(title)}\n---\n${text}` : text, title || `pasted-${Date.now().toString(36)}.txt`);
  });
  $('file-article').addEventListener('change', () => {
    const f = $<HTMLInputElement>('file-article').files?.[0];
    if (f) void addArticleFile(f);
    $<HTMLInputElement>('file-article').value = '';
  });
  $('dl-all').addEventListener('click', () => void downloadTurtle('all'));
  $('dl-view').addEventListener('click', () => void downloadTurtle('view'));
  $('dl-selection').addEventListener('click', () => void downloadTurtle('selection'));
  $('dl-png').addEventListener('click', () => {
    (document.querySelector('.menu') as HTMLDetailsElement).open = false;
    void snapshotPng(renderer).then((b) => download(b, 'newsgraph-view.png'), (e: Error) => message(e.message, 'error'));
  });
  $('layout').addEventListener('click', () => {
    if (layout.running) {
      layout.stop();
      document.body.dataset.layout = 'idle';
      $('layout').textContent = 'Layout';
    } else runLayout(settings.layoutIterations(graph.order));
  });
  $('fit').addEventListener('click', () => void renderer.getCamera().animatedReset({ duration: 400 }));
  $('panel-sparql').append(
    renderSparqlBox(
      {
        run: (q) => sparql.query(q, ds.version, () => toNTriples(ds)),
        shrink: (iri) => shrink(iri, ds.prefixes),
        isNode: (id) => ds.nodes.has(id),
        select: (id) => selectAndFocus(id),
        showGraph: showConstruct,
        download: (nt) => download(new Blob([nt], { type: 'application/n-triples' }), 'construct.nt'),
      },
      `PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\nPREFIX ng: <https://w3id.org/newsgraph/ontology#>\nSELECT ?entity ?label WHERE {\n  ?entity a ng:Entity ; rdfs:label ?label .\n} ORDER BY ?label LIMIT 50`,
    ),
  );

  // No hover while dragging the stage: it would redraw on every node the pointer crosses.
  renderer.on('enterNode', ({ node }) => {
    if (!renderer.getMouseCaptor().isMouseDown) dispatch({ type: 'hover', id: node });
  });
  renderer.on('leaveNode', () => dispatch({ type: 'hover', id: null }));
  renderer.on('clickNode', ({ node }) => dispatch({ type: 'select', id: node }));
  renderer.on('clickStage', () => dispatch({ type: 'select', id: null }));
  renderer.getCamera().on('updated', setEdgeLabels);

  // Drag and drop: RDF opens, articles are added.
  setupDropZone($('drop'), {
    rdf: (f) => void openRdfFile(f),
    article: (f) => void addArticleFile(f),
    refuse: (f) => message(`${f.name}: drop a Turtle file (.ttl, .nt) or an article (.txt, .md).`, 'error'),
  });
  window.addEventListener('hashchange', () => dispatch({ type: 'reset', state: { ...fromHash(location.hash), tab: state.tab } }));

  // Read-only hooks for tests and the benchmark.
  (window as unknown as { newsgraphExplorer: unknown }).newsgraphExplorer = {
    renderedNodes: () => graph.order,
    visibleNodes: () => visibleNodeIds(),
    hasNode: (id: string) => graph.hasNode(id),
    position: (id: string) => (graph.hasNode(id) ? { x: graph.getNodeAttribute(id, 'x'), y: graph.getNodeAttribute(id, 'y') } : null),
    state: () => ({ ...state, hiddenClasses: [...state.hiddenClasses] }),
    camera: () => renderer.getCamera(),
    renderer: () => renderer,
    loadTurtle: (text: string, name: string) => openRdfText(text, name),
  };
}

setup();
renderLegendPanel();
renderTimelinePanel();
renderArticlePanel();
void loadFromServer();
