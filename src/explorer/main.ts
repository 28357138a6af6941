// The explorer's composition root: builds the parts, connects them, loads the server's graphs.
import { loadSettings } from './settings/index.js';
import { INITIAL_STATE, StateStore, fromHash, syncWithUrl } from './state/index.js';
import { Session } from './data/index.js';
import type { DatasetChange } from './data/index.js';
import { GraphView, unpackView } from './render/index.js';
import type { PackedView } from './render/index.js';
import type { DisplayState } from './state/index.js';
import { DIM_NODE } from './render/colors.js';
import { LayoutController, applyLayout, layoutKey, loadLayout, placeNew, saveLayout } from './layout/index.js';
import { RdfWorker } from './extract/index.js';
import { SparqlEngine } from './sparql/index.js';
import { byId } from './ui/dom.js';
import { constructBanner, message } from './ui/message.js';
import { Panels } from './ui/panels.js';
import { wireControls } from './ui/controls.js';

const settings = loadSettings(location.search);
const store = new StateStore(fromHash(location.hash));
const view = new GraphView(byId('graph'), settings, () => store.state);
const layout = new LayoutController(settings, view, byId('layout'));
const session: Session = new Session({
  settings,
  rdf: new RdfWorker(),
  mode: () => store.state.mode,
  show,
  message,
  banner: (n) => constructBanner(n, () => void session.leaveConstruct().catch((e: Error) => message(e.message, 'error'))),
});

/** The render graph shown (catalog version and mode), the one asked for, and what waits for it. */
let shown = '';
let asked = '';
let waiting: (() => void)[] = [];
const viewKey = (version: number, mode: string) => `${version} ${mode}`;

/** Calls `fn` once the render graph for the current dataset and mode is shown (now, if it is). */
function whenViewReady(fn: () => void): void {
  if (asked) waiting.push(fn);
  else fn();
}

/** Selects a node and moves the camera to it (once the graph shows the selection: see `toView`). */
function select(id: string | null): void {
  store.dispatch({ type: 'select', id });
  if (!id) return;
  if (viewBehind) flyAfter = id;
  else whenViewReady(() => view.flyTo(id));
}

/**
 * A new selection reaches the graph only after its panel is on screen. With a software renderer a frame of
 * a big graph takes half a second or more (the page waits for it to be rasterised), and the selection's
 * redraw, drill-down and camera move each asked for one before the panel could be painted. So the panel
 * goes first (its data waited for up to PANEL_FIRST_MS), then one painted frame, then the graph; the
 * layout's updates wait meanwhile.
 */
const PANEL_FIRST_MS = 300;
/** The state the graph last showed, while it is behind the store (null: it is up to date). */
let viewBehind: DisplayState | null = null;
let flyAfter: string | null = null;

function toView(next: DisplayState, prev: DisplayState): void {
  if (viewBehind) return;
  if (next.selected === prev.selected || !next.selected) return applyToView(next, prev);
  viewBehind = prev;
  const release = layout.hold();
  const panelOrTimeout = Promise.race([panels.nodeShown, new Promise<void>((r) => setTimeout(r, PANEL_FIRST_MS))]);
  void panelOrTimeout.then(() =>
    requestAnimationFrame(() =>
      // After this frame (the panel's) is painted.
      setTimeout(() => {
        const since = viewBehind!;
        viewBehind = null;
        applyToView(store.state, since);
        const id = flyAfter;
        flyAfter = null;
        if (id && id === store.state.selected) whenViewReady(() => view.flyTo(id));
        release();
      }),
    ),
  );
}

function applyToView(next: DisplayState, prev: DisplayState): void {
  view.onState(next, prev);
  if (next.selected !== prev.selected) {
    drill();
    // In a big events view the selection decides which events are drawn: the counts change with it.
    if (next.mode === 'events') panels.status();
  }
}

const panels = new Panels({ state: () => store.state, catalog: () => session.catalog, view, dispatch: (a) => store.dispatch(a), select, details: (id) => session.details(id), article: (id) => session.article(id) });

/** The saved-layout key of the shown render graph. */
let savedKey = '';
layout.onSettled = () => {
  if (savedKey && view.graph.order) void saveLayout(savedKey, view.graph);
};

let egoAsked = 0;
/** The overview's drill-down: the selected entity's events join the graph around it (and leave with it). */
function drill(): void {
  const asked = ++egoAsked;
  const s = store.state;
  view.clearEgo();
  if (s.mode !== 'overview' || !s.selected || session.catalog.generic || !view.graph.hasNode(s.selected)) return;
  const id = s.selected;
  session.ego(id).then(
    (events) => {
      if (asked !== egoAsked || store.state.selected !== id || store.state.mode !== 'overview') return;
      view.showEgo(id, events, (e) => session.catalog.nodes.get(e));
      panels.status();
    },
    () => undefined,
  );
}

/** Shows a render graph from the worker; positions carry over by IRI, and only unplaced nodes are laid out. */
function applyView(v: PackedView): void {
  const key = viewKey(v.version, v.mode);
  if (key === shown || v.version !== session.catalog.version || v.mode !== store.state.mode) return;
  const t0 = performance.now();
  layout.remember();
  const g = unpackView(v, session.catalog, layout.positions);
  performance.mark('newsgraph:imported');
  const placed = placeNew(g, layout.positions);
  view.outlets = v.outlets;
  view.setGraph(g);
  shown = key;
  layout.spaceUpdates(t0);
  layout.start(placed);
  savedKey = layoutKey(v.mode, g);
  // A graph laid out from scratch may have been laid out before (a reload): take its saved positions.
  if (placed.size === 0 && g.order > 0) {
    const want = savedKey;
    void loadLayout(want).then((xy) => {
      if (!xy || savedKey !== want || view.graph !== g || !applyLayout(g, xy)) return;
      layout.restore();
      performance.mark('newsgraph:layout-restored');
      document.body.dataset.layoutRestored = 'true';
    });
  }
  panels.onGraph();
  drill();
  if (asked === key) viewSettled();
}

/** Nothing more to wait for: runs what waited for the view. */
function viewSettled(): void {
  asked = '';
  document.body.dataset.ready = 'true';
  const then = waiting;
  waiting = [];
  for (const fn of then) fn();
}

/** Asks the worker for the render graph of the current mode, unless it is shown or on its way. */
function ensureView(): void {
  const key = viewKey(session.catalog.version, store.state.mode);
  if (key === shown) {
    // Back to the shown view before the asked one came (a quick double switch): that one will be dropped.
    if (asked) viewSettled();
    return;
  }
  if (key === asked) return;
  asked = key;
  document.body.dataset.ready = 'false';
  session.view(store.state.mode).then(applyView, (e: Error) => {
    if (asked === key) viewSettled();
    message(`Could not draw the graph: ${e.message}`, 'error');
  });
}

function show(v: PackedView, how: DatasetChange): void {
  if (how === 'open') {
    layout.forget();
    store.dispatch({ type: 'reset', state: { ...INITIAL_STATE, tab: store.state.tab === 'sparql' ? 'sparql' : 'node' } });
  } else if (how === 'grown') {
    store.dispatch({ type: 'select', id: null });
    store.dispatch({ type: 'setTab', tab: 'add' });
  }
  applyView(v);
  ensureView();
  panels.onDataset();
  if (how === 'open' || how === 'view') view.resetCamera();
  if (how === 'grown') whenViewReady(() => layout.whenDone(() => view.focusNodes([...session.catalog.fresh])));
}

store.subscribe((next, prev) => {
  if (next.mode !== prev.mode) ensureView();
  // Panels first: their questions to the dataset worker are answered while the graph redraws.
  panels.onState(next, prev);
  toView(next, prev);
});
syncWithUrl(store);
wireControls({ settings, session, store, view, layout, sparql: new SparqlEngine(), select, showTab: () => store.dispatch({ type: 'setTab', tab: 'add' }) });

// Read-only hooks for tests and the benchmark.
(window as unknown as { newsgraphExplorer: unknown }).newsgraphExplorer = {
  renderedNodes: () => view.graph.order,
  visibleNodes: () => view.visibleNodeIds(),
  hasNode: (id: string) => view.graph.hasNode(id),
  position: (id: string) => (view.graph.hasNode(id) ? { x: view.graph.getNodeAttribute(id, 'x'), y: view.graph.getNodeAttribute(id, 'y') } : null),
  state: () => ({ ...store.state, hiddenClasses: [...store.state.hiddenClasses] }),
  camera: () => view.renderer.getCamera(),
  renderer: () => view.renderer,
  labelBoxes: () => view.drawnLabels,
  /** Nodes drawn (not hidden by a filter) without any edge in the render graph. */
  /** Event nodes drawn (the overview's drill-down, or the events view). */
  eventsDrawn: () => view.visibleNodeIds().filter((id) => view.graph.getNodeAttribute(id, 'kind') === 'event').length,
  /** Nodes drawn dimmed (outside the focus or the open article's subgraph). */
  dimmedNodes: () => view.graph.filterNodes((id) => view.renderer.getNodeDisplayData(id)?.color === DIM_NODE).length,
  isolatedDrawn: () => view.visibleNodeIds().filter((id) => view.graph.degree(id) === 0).length,
  loadTurtle: (text: string, name: string) => session.openText(text, name),
};

panels.tabs();
panels.modeButtons();
panels.legend();
panels.timeline();
panels.article();
void session.loadFromServer().then((loaded) => {
  if (loaded) {
    performance.mark('newsgraph:first-render');
    layout.whenDone(() => {
      performance.mark('newsgraph:layout-done');
      // The overview came from the server's index: the full graph loads now, behind it, for what needs it.
      session.loadFull();
    });
    if (store.state.selected && !session.catalog.nodes.has(store.state.selected)) store.dispatch({ type: 'select', id: null });
  } else panels.node();
  if (!asked) document.body.dataset.ready = 'true';
});
