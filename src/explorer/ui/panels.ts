import { articleView, listArticles, nodeDetails, shrink } from '../data/index.js';
import type { Dataset } from '../data/index.js';
import { legend } from '../render/index.js';
import type { GraphView } from '../render/index.js';
import type { Action, DisplayState } from '../state/index.js';
import { renderArticle } from './article.js';
import { byId, h } from './dom.js';
import { renderLegend } from './legend.js';
import { renderNodePanel } from './panel.js';
import { renderTimeline } from './timeline.js';

export interface PanelDeps {
  state(): DisplayState;
  dataset(): Dataset;
  view: GraphView;
  dispatch(action: Action): void;
  /** Selects a node and moves the camera to it. */
  select(id: string): void;
}

/** The side panels, the legend, the timeline and the status bar: each redrawn only when what it shows changed. */
export class Panels {
  constructor(private readonly d: PanelDeps) {}

  /** After a display state change. */
  onState(next: DisplayState, prev: DisplayState): void {
    const filters = next.hideIsolated !== prev.hideIsolated || next.hiddenClasses !== prev.hiddenClasses || next.mode !== prev.mode;
    const dates = next.dateFrom !== prev.dateFrom || next.dateTo !== prev.dateTo || next.mode !== prev.mode;
    if (filters) this.legend();
    if (dates) this.timeline();
    if (next.selected !== prev.selected || next.mode !== prev.mode) this.node();
    if (next.article !== prev.article || (next.selected !== prev.selected && next.tab === 'article')) this.article();
    if (next.tab !== prev.tab) this.tabs();
    if (next.mode !== prev.mode) this.modeButtons();
    if (filters || dates) this.status();
  }

  /** After a new dataset (load, merge, CONSTRUCT view). */
  onDataset(): void {
    this.legend();
    this.timeline();
    this.articleList();
    this.node();
    this.article();
    this.status();
  }

  node(): void {
    const { state, dataset, view } = this.d;
    const el = byId('panel-node');
    const ds = dataset();
    const selected = state().selected;
    if (!selected) {
      el.replaceChildren(h('div', { class: 'empty' }, ds.nodes.size ? 'Search, or click a node, to see what the graph knows about it.' : 'No graph loaded yet. Open a Turtle file or add an article.'));
      return;
    }
    const details = nodeDetails(ds, selected);
    if (!details) {
      el.replaceChildren(h('div', { class: 'empty' }, `Not in this graph: ${selected}`));
      return;
    }
    el.replaceChildren(renderNodePanel(details, view.color(details.id) ?? '#999', { select: (id) => this.d.select(id), openArticle: (id) => this.d.dispatch({ type: 'openArticle', id }) }));
  }

  article(): void {
    const el = byId('panel-article');
    const ds = this.d.dataset();
    const state = this.d.state();
    const v = state.article ? articleView(ds, state.article) : null;
    if (!v) {
      el.replaceChildren(h('div', { class: 'empty' }, 'Choose an article on the left, or from a node’s evidence.'));
      return;
    }
    el.replaceChildren(renderArticle(v, state.selected, (id) => ds.nodes.get(id)?.label ?? shrink(id, ds.prefixes), (id) => this.d.select(id)));
  }

  articleList(): void {
    const items = listArticles(this.d.dataset()).map((a) => h('li', {}, h('button', { class: 'linkish', title: a.id, on: { click: () => this.d.dispatch({ type: 'openArticle', id: a.id }) } }, a.title)));
    byId('articles').replaceChildren(...items);
  }

  legend(): void {
    const { state, dispatch } = this.d;
    const s = state();
    byId('legend').replaceChildren(renderLegend(legend(this.d.view.graph, this.d.dataset()), s.hiddenClasses, (cls) => dispatch({ type: 'toggleClass', cls }), () => dispatch({ type: 'showAllClasses' }), s.hideIsolated, (value) => dispatch({ type: 'setHideIsolated', value })));
  }

  timeline(): void {
    const s = this.d.state();
    const dates = [...this.d.dataset().nodes.values()].flatMap((n) => (n.kind === 'event' && n.date ? [n.date] : []));
    byId('timeline').replaceChildren(renderTimeline(dates, s.dateFrom, s.dateTo, (from, to) => this.d.dispatch({ type: 'setDateRange', from, to })));
  }

  tabs(): void {
    const tab = this.d.state().tab;
    for (const b of document.querySelectorAll<HTMLButtonElement>('.tabs button')) b.classList.toggle('on', b.dataset.tab === tab);
    for (const p of document.querySelectorAll<HTMLElement>('.panel')) p.classList.toggle('on', p.dataset.panel === tab);
  }

  modeButtons(): void {
    const mode = this.d.state().mode;
    byId('mode-facts').classList.toggle('on', mode === 'facts');
    byId('mode-events').classList.toggle('on', mode === 'events');
  }

  status(): void {
    const ds = this.d.dataset();
    const { nodes, edges } = this.d.view.countVisible();
    const src = ds.sources.length ? ` · ${ds.sources.slice(-3).join(', ')}` : '';
    const el = byId('status');
    el.textContent = `${nodes.toLocaleString('en')} nodes · ${edges.toLocaleString('en')} edges${ds.generic && ds.nodes.size ? ' · generic RDF' : ''}${src}`;
    el.dataset.nodes = String(nodes);
    el.dataset.edges = String(edges);
  }
}
