// The explorer's composition root: builds the parts, connects them, loads the server's graphs.
import { loadSettings } from './settings/index.js';
import { INITIAL_STATE, StateStore, fromHash, syncWithUrl } from './state/index.js';
import { Session } from './data/index.js';
import type { Dataset, DatasetChange } from './data/index.js';
import { GraphView, deriveRenderGraph } from './render/index.js';
import { LayoutController } from './layout/index.js';
import { RdfWorker } from './extract/index.js';
import { SparqlEngine } from './sparql/index.js';
import { byId } from './ui/dom.js';
import { constructBanner, message } from './ui/message.js';
import { Panels } from './ui/panels.js';
import { wireControls } from './ui/controls.js';

const settings = loadSettings(location.search);
const store = new StateStore(fromHash(location.hash));
const view = new GraphView(byId('graph'), settings, () => store.state);
const layout = new LayoutController(settings, () => view.graph, byId('layout'));
const session: Session = new Session({ settings, rdf: new RdfWorker(), show, message, banner: (n) => constructBanner(n, () => session.leaveConstruct()) });

/** Selects a node and moves the camera to it. */
function select(id: string | null): void {
  store.dispatch({ type: 'select', id });
  if (id) view.flyTo(id);
}

const panels = new Panels({ state: () => store.state, dataset: () => session.ds, view, dispatch: (a) => store.dispatch(a), select });

/** The render graph is derived from the dataset and the view mode; positions carry over by IRI. */
function rebuildGraph(): void {
  layout.remember();
  view.setGraph(deriveRenderGraph(session.ds, store.state.mode, layout.positions));
  layout.start();
}

function show(ds: Dataset, how: DatasetChange): void {
  if (how === 'open') {
    layout.forget();
    store.dispatch({ type: 'reset', state: { ...INITIAL_STATE, tab: store.state.tab === 'sparql' ? 'sparql' : 'node' } });
  } else if (how === 'grown') {
    store.dispatch({ type: 'select', id: null });
    store.dispatch({ type: 'setTab', tab: 'add' });
  }
  rebuildGraph();
  performance.mark('newsgraph:derived');
  panels.onDataset();
  if (how === 'open' || how === 'view') view.resetCamera();
  if (how === 'grown') layout.whenDone(() => view.focusNodes([...ds.fresh]));
}

store.subscribe((next, prev) => {
  if (next.mode !== prev.mode) rebuildGraph();
  view.onState(next, prev);
  panels.onState(next, prev);
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
    layout.whenDone(() => performance.mark('newsgraph:layout-done'));
    if (store.state.selected && !session.ds.nodes.has(store.state.selected)) store.dispatch({ type: 'select', id: null });
  } else panels.node();
  document.body.dataset.ready = 'true';
});
