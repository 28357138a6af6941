import { shrink } from '../data/index.js';
import type { ArticleView, Catalog, NodeDetails } from '../data/index.js';
import { legend } from '../render/index.js';
import type { GraphView } from '../render/index.js';
import type { Action, DisplayState } from '../state/index.js';
import { renderArticle } from './article.js';
import { byId, h } from './dom.js';
import { renderLegend, renderOverviewLegend } from './legend.js';
import { renderNodePanel } from './panel.js';
import { renderTimeline } from './timeline.js';
import type { TimeWindow } from '../timeline/index.js';

export interface PanelDeps {
  state(): DisplayState;
  catalog(): Catalog;
  view: GraphView;
  dispatch(action: Action): void;
  /** Selects a node and moves the camera to it. */
  select(id: string): void;
  /** Panel data, read from the store in the dataset worker. */
  details(id: string): Promise<NodeDetails | null>;
  article(id: string): Promise<ArticleView | null>;
}

const empty = (text: string) => h('div', { class: 'empty' }, text);

/** The side panels, the legend, the timeline and the status bar: each redrawn only when what it shows changed. */
export class Panels {
  /** Latest panel requests: an older answer arriving late is dropped. */
  private nodeAsked = 0;
  private articleAsked = 0;
  /** The timeline's zoom: page-local, back to the bulk of the dates with each new dataset. */
  private timelineZoom: TimeWindow | null = null;
  /** The next article shown was just opened: frame its subgraph. */
  private articleFresh = false;
  /** Settles once the node panel asked for last is in the page (or could not be read). */
  nodeShown: Promise<void> = Promise.resolve();

  constructor(private readonly d: PanelDeps) {}

  /** After a display state change. */
  onState(next: DisplayState, prev: DisplayState): void {
    // A new view mode brings a new render graph: `onGraph` redraws what depends on it.
    const filters = next.hideIsolated !== prev.hideIsolated || next.hiddenClasses !== prev.hiddenClasses || next.sizeBy !== prev.sizeBy || next.colorBy !== prev.colorBy;
    const dates = next.dateFrom !== prev.dateFrom || next.dateTo !== prev.dateTo;
    if (filters) this.legend();
    if (dates) this.timeline();
    if (next.selected !== prev.selected) this.node();
    if (next.article !== prev.article) this.articleFresh = true;
    if (next.article !== prev.article || (next.selected !== prev.selected && next.tab === 'article')) this.article();
    if (next.tab !== prev.tab) this.tabs();
    if (next.mode !== prev.mode) this.modeButtons();
    if (filters || dates) this.status();
  }

  /** After a new render graph (new dataset, or another view mode). */
  onGraph(): void {
    this.legend();
    this.node();
    this.status();
  }

  /** After a new dataset (load, merge, CONSTRUCT view), besides `onGraph`. */
  onDataset(): void {
    this.timelineZoom = null;
    this.timeline();
    this.articleList();
    this.article();
  }

  node(): void {
    const el = byId('panel-node');
    const selected = this.d.state().selected;
    const asked = ++this.nodeAsked;
    if (!selected) {
      el.replaceChildren(empty(this.d.catalog().nodes.size ? 'Search, or click a node, to see what the graph knows about it.' : 'No graph loaded yet. Open a Turtle file or add an article.'));
      return;
    }
    performance.mark('newsgraph:panel-asked');
    this.nodeShown = this.d.details(selected).then(
      (details) => {
        if (asked !== this.nodeAsked) return;
        performance.mark('newsgraph:panel-data');
        if (!details) el.replaceChildren(empty(`Not in this graph: ${selected}`));
        else el.replaceChildren(renderNodePanel(details, this.d.view.color(details.id) ?? '#999', { select: (id) => this.d.select(id), openArticle: (id) => this.d.dispatch({ type: 'openArticle', id }) }));
        performance.mark('newsgraph:panel-shown');
      },
      (e: Error) => void (asked === this.nodeAsked && el.replaceChildren(empty(`Could not read ${selected}: ${e.message}`))),
    );
  }

  article(): void {
    const el = byId('panel-article');
    const state = this.d.state();
    const asked = ++this.articleAsked;
    const none = () => {
      el.replaceChildren(empty('Choose an article on the left, or from a node’s evidence.'));
      this.d.view.setArticle(null, false);
    };
    if (!state.article) return none();
    this.d.article(state.article).then(
      (v) => {
        if (asked !== this.articleAsked) return;
        if (!v) return none();
        const c = this.d.catalog();
        // The article's subgraph: its entities stand out (and are framed when it was just opened).
        this.d.view.setArticle([...new Set(v.mentions.flatMap((m) => m.refs))], this.articleFresh);
        this.articleFresh = false;
        el.replaceChildren(renderArticle(v, this.d.state().selected, (id) => c.nodes.get(id)?.label ?? shrink(id, c.prefixes), (id) => this.d.select(id)));
      },
      () => asked === this.articleAsked && none(),
    );
  }

  articleList(): void {
    const items = this.d.catalog().articles.map((a) => h('li', {}, h('button', { class: 'linkish', title: a.id, on: { click: () => this.d.dispatch({ type: 'openArticle', id: a.id }) } }, a.title)));
    byId('articles').replaceChildren(...items);
  }

  legend(): void {
    const { state, dispatch } = this.d;
    const s = state();
    const el = byId('legend');
    el.replaceChildren(renderLegend(legend(this.d.view.graph, this.d.catalog().prefixes), s.hiddenClasses, (cls) => dispatch({ type: 'toggleClass', cls }), () => dispatch({ type: 'showAllClasses' }), s.hideIsolated, (value) => dispatch({ type: 'setHideIsolated', value })));
    if (s.mode === 'overview' && !this.d.catalog().generic) el.append(renderOverviewLegend(this.d.view.graph, this.d.view.outlets.map((id) => this.d.catalog().nodes.get(id)?.label ?? id), s, dispatch));
  }

  timeline(): void {
    const s = this.d.state();
    const dates: string[] = [];
    for (const n of this.d.catalog().nodes.values()) if (n.kind === 'event' && n.date) dates.push(n.date);
    byId('timeline').replaceChildren(
      renderTimeline(dates, {
        from: s.dateFrom,
        to: s.dateTo,
        zoom: this.timelineZoom,
        setRange: (from, to) => this.d.dispatch({ type: 'setDateRange', from, to }),
        setZoom: (w) => {
          this.timelineZoom = w;
          this.timeline();
        },
      }),
    );
  }

  tabs(): void {
    const tab = this.d.state().tab;
    for (const b of document.querySelectorAll<HTMLButtonElement>('.tabs button')) b.classList.toggle('on', b.dataset.tab === tab);
    for (const p of document.querySelectorAll<HTMLElement>('.panel')) p.classList.toggle('on', p.dataset.panel === tab);
  }

  modeButtons(): void {
    const mode = this.d.state().mode;
    byId('mode-overview').classList.toggle('on', mode === 'overview');
    byId('mode-facts').classList.toggle('on', mode === 'facts');
    byId('mode-events').classList.toggle('on', mode === 'events');
  }

  status(): void {
    const c = this.d.catalog();
    const { nodes, edges } = this.d.view.countVisible();
    const src = c.sources.length ? ` · ${c.sources.slice(-3).join(', ')}` : '';
    const el = byId('status');
    el.textContent = `${nodes.toLocaleString('en')} nodes · ${edges.toLocaleString('en')} edges${c.generic && c.nodes.size ? ' · generic RDF' : ''}${src}`;
    el.dataset.nodes = String(nodes);
    el.dataset.edges = String(edges);
  }
}
