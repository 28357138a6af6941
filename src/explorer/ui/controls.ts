import { search, shrink } from '../data/index.js';
import { snapshotPng } from '../export/index.js';
import type { LayoutController } from '../layout/index.js';
import type { GraphView } from '../render/index.js';
import type { SparqlEngine } from '../sparql/index.js';
import type { DisplayState, StateStore } from '../state/index.js';
import { addArticleFile, setupAddForm } from './add-panel.js';
import type { AddDeps } from './add-panel.js';
import { byId, download } from './dom.js';
import { setupDropZone } from './drop-zone.js';
import { message } from './message.js';
import { setupSearchBox } from './search-box.js';
import { renderSparqlBox } from './sparql-box.js';

export interface ControlDeps extends AddDeps {
  store: StateStore;
  view: GraphView;
  layout: LayoutController;
  sparql: SparqlEngine;
}

const FIRST_QUERY = `PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\nPREFIX ng: <https://w3id.org/newsgraph/ontology#>\nSELECT ?entity ?label WHERE {\n  ?entity a ng:Entity ; rdfs:label ?label .\n} ORDER BY ?label LIMIT 50`;

function closeMenu(): void {
  (document.querySelector('.menu') as HTMLDetailsElement).open = false;
}

/** Turtle of the whole graph, the filtered view, or the selection and its neighbours (written in the dataset worker). */
async function downloadTurtle(d: ControlDeps, kind: 'all' | 'view' | 'selection'): Promise<void> {
  closeMenu();
  const g = d.view.graph;
  const selected = d.store.state.selected;
  let nodes: string[] | undefined;
  if (kind === 'view') nodes = d.view.visibleNodeIds();
  else if (kind === 'selection') {
    if (!selected) return message('Select a node first.', 'error');
    nodes = [selected, ...(g.hasNode(selected) ? g.neighbors(selected) : [])];
  }
  try {
    download(new Blob([await d.session.turtle(nodes)], { type: 'text/turtle' }), `newsgraph-${kind}.ttl`);
  } catch (e) {
    message(`Could not write the Turtle: ${(e as Error).message}`, 'error');
  }
}

function setupSearch(d: ControlDeps): void {
  const { store, session } = d;
  let releaseLayout: (() => void) | null = null;
  setupSearchBox({
    input: byId<HTMLInputElement>('search'),
    list: byId('search-results'),
    find: (q) => search(session.catalog, q),
    describe: (id) => {
      const n = session.catalog.nodes.get(id);
      return { color: d.view.color(id), cls: n ? shrink(n.cls, session.catalog.prefixes) : '' };
    },
    choose: (hit) => {
      const node = session.catalog.nodes.get(hit.id);
      if (node?.kind === 'event' && store.state.mode !== 'events' && !session.catalog.generic) store.dispatch({ type: 'setMode', mode: 'events' });
      // An entity without ties (or an outlet) is not in the overview: the facts view has every entity.
      else if (node?.kind === 'entity' && store.state.mode === 'overview' && !d.view.graph.hasNode(hit.id)) store.dispatch({ type: 'setMode', mode: 'facts' });
      if (store.state.hiddenClasses.has(hit.cls)) store.dispatch({ type: 'toggleClass', cls: hit.cls });
      d.select(hit.id);
    },
    deselect: () => store.dispatch({ type: 'select', id: null }),
    preview: (hit) => session.prefetch(hit.id),
    // While the results are open the layout's redraws wait: with a software renderer each takes half a
    // second or more, which typing and Enter would otherwise wait for.
    listOpen: (open) => {
      if (open) releaseLayout ??= d.layout.hold();
      else {
        releaseLayout?.();
        releaseLayout = null;
      }
    },
  });
}

/** Wires the page's controls, the graph's pointer events and file drops to the app. */
export function wireControls(d: ControlDeps): void {
  const { store, session, view, layout } = d;
  const setTab = (tab: DisplayState['tab']) => store.dispatch({ type: 'setTab', tab });
  setupSearch(d);
  for (const b of document.querySelectorAll<HTMLButtonElement>('.tabs button')) b.addEventListener('click', () => setTab(b.dataset.tab as DisplayState['tab']));
  byId('mode-overview').addEventListener('click', () => store.dispatch({ type: 'setMode', mode: 'overview' }));
  byId('mode-facts').addEventListener('click', () => store.dispatch({ type: 'setMode', mode: 'facts' }));
  byId('mode-events').addEventListener('click', () => store.dispatch({ type: 'setMode', mode: 'events' }));
  const fileRdf = byId<HTMLInputElement>('file-rdf');
  byId('open-rdf').addEventListener('click', () => fileRdf.click());
  fileRdf.addEventListener('change', () => {
    const f = fileRdf.files?.[0];
    if (f) void session.openFile(f);
    fileRdf.value = '';
  });
  byId('add-article').addEventListener('click', () => setTab('add'));
  byId('tab-sparql').addEventListener('click', () => setTab('sparql'));
  setupAddForm(d);
  byId('dl-all').addEventListener('click', () => void downloadTurtle(d, 'all'));
  byId('dl-view').addEventListener('click', () => void downloadTurtle(d, 'view'));
  byId('dl-selection').addEventListener('click', () => void downloadTurtle(d, 'selection'));
  byId('dl-png').addEventListener('click', () => {
    closeMenu();
    void snapshotPng(view.renderer).then((b) => download(b, 'newsgraph-view.png'), (e: Error) => message(e.message, 'error'));
  });
  byId('layout').addEventListener('click', () => layout.toggle());
  byId('fit').addEventListener('click', () => view.fit());
  byId('panel-sparql').append(
    renderSparqlBox(
      {
        run: (q) => d.sparql.query(q, session.catalog.version, () => session.ntriples()),
        shrink: (iri) => shrink(iri, session.catalog.prefixes),
        isNode: (id) => session.catalog.nodes.has(id),
        select: (id) => d.select(id),
        showGraph: (nt) => void session.showConstruct(nt).catch((e: Error) => message(`Could not show the result: ${e.message}`, 'error')),
        download: (nt) => download(new Blob([nt], { type: 'application/n-triples' }), 'construct.nt'),
      },
      FIRST_QUERY,
    ),
  );

  // No hover while dragging the stage: it would redraw on every node the pointer crosses.
  const r = view.renderer;
  r.on('enterNode', ({ node }) => {
    if (!r.getMouseCaptor().isMouseDown) store.dispatch({ type: 'hover', id: node });
  });
  r.on('leaveNode', () => store.dispatch({ type: 'hover', id: null }));
  r.on('clickNode', ({ node }) => store.dispatch({ type: 'select', id: node }));
  r.on('clickStage', () => store.dispatch({ type: 'select', id: null }));

  // Drag and drop: RDF opens, articles are added.
  setupDropZone(byId('drop'), {
    rdf: (f) => void session.openFile(f),
    article: (f) => void addArticleFile(d, f),
    refuse: (f) => message(`${f.name}: drop a Turtle file (.ttl, .nt) or an article (.txt, .md).`, 'error'),
  });
}
