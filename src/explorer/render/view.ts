import Sigma from 'sigma';
import { EdgeArrowProgram } from 'sigma/rendering';
import { EdgeCurvedArrowProgram } from '@sigma/edge-curve';
import Graph from 'graphology';
import louvainModule from 'graphology-communities-louvain';
import type { CameraState } from 'sigma/types';
import type { Settings } from '../settings/index.js';
import type { DisplayState } from '../state/index.js';
import { NO_EMPHASIS, emphasis, nodeVisible, reduceEdge, reduceNode } from './reduce.js';
import { classColor, edgeStyle } from './colors.js';
import type { EgoEvent } from '../data/types.js';
import type { Emphasis } from './reduce.js';
import type { RenderEdge, RenderGraph, RenderNode } from './types.js';
import { placeLabels } from './labels.js';
import type { LabelBox, LabelCandidate } from './labels.js';

/** CommonJS interop: the bundler gives module.exports, TypeScript (NodeNext) types it as the namespace. */
type Louvain = typeof louvainModule extends { default: infer D } ? D : typeof louvainModule;
const louvain = ((louvainModule as { default?: Louvain }).default ?? louvainModule) as Louvain;

/** Past this many nodes + edges, hovering no longer dims the graph (selecting still does): it would redraw everything. */
const HOVER_DIM_LIMIT = 40_000;
/** Past this many event nodes, the events view draws events only around the selected or hovered node. */
const EVENTS_AT_ONCE = 2000;
/** Past this (ms to draw a frame), camera moves jump rather than animate: a software renderer on a big graph. */
const SLOW_FRAME_MS = 150;

/** The sigma renderer over the current render graph, and the emphasis (hover, selection) drawn on it. */
export class GraphView {
  graph: RenderGraph = new Graph.MultiDirectedGraph<RenderNode, RenderEdge>();
  private em: Emphasis = NO_EMPHASIS;
  /** Event nodes in the shown graph (an events view past EVENTS_AT_ONCE shows them only inside a focus). */
  private eventCount = 0;
  /** How long the shown graph's first frame took to come out after it was indexed (ms). */
  private drawCost = 0;
  readonly renderer: Sigma;
  /** Overview: the entities left out as news outlets (from the packed view). */
  outlets: string[] = [];
  /** Render graphs whose Louvain communities are computed. */
  private readonly withCommunities = new WeakSet<RenderGraph>();

  constructor(
    container: HTMLElement,
    private readonly settings: Readonly<Settings>,
    private readonly state: () => DisplayState,
  ) {
    this.renderer = new Sigma(this.graph, container, {
      renderEdgeLabels: false,
      defaultEdgeType: 'arrow',
      edgeProgramClasses: { arrow: EdgeArrowProgram, curved: EdgeCurvedArrowProgram },
      labelRenderedSizeThreshold: 7,
      labelFont: 'system-ui, sans-serif',
      edgeLabelFont: 'system-ui, sans-serif',
      edgeLabelSize: 11,
      edgeLabelColor: { color: '#55606c' },
      zIndex: true,
      minCameraRatio: 0.02,
      maxCameraRatio: 8,
      labelDensity: 1,
      labelGridCellSize: 60,
      // Sigma offers the candidates; they are drawn after its pass, placed without collisions (labels.ts).
      defaultDrawNodeLabel: (_ctx, data) => {
        if (data.label) this.pending.push({ key: data.key, label: data.label, x: data.x, y: data.y, size: data.size, forced: !!data.forceLabel });
      },
      nodeReducer: (id, a) => reduceNode(id, a as RenderNode, this.state(), this.em),
      edgeReducer: (id, a) => reduceEdge(this.graph, id, a as RenderEdge, this.state(), this.em),
    });
    this.renderer.getCamera().on('updated', () => this.setEdgeLabels());
    this.renderer.on('beforeRender', () => (this.pending = []));
    this.renderer.on('afterRender', () => this.drawLabels());
  }

  /** Label candidates of the frame being drawn, and the labels drawn in the last frame (for tests). */
  private pending: LabelCandidate[] = [];
  drawnLabels: LabelBox[] = [];
  private readonly widths = new Map<string, number>();

  private drawLabels(): void {
    const ctx = this.renderer.getCanvases().labels?.getContext('2d');
    if (!ctx) return;
    const s = this.renderer.getSettings();
    const font = `${s.labelWeight} ${s.labelSize}px ${s.labelFont}`;
    ctx.font = font;
    if (this.widths.size > 50_000) this.widths.clear();
    const width = (label: string) => {
      let w = this.widths.get(label);
      if (w === undefined) this.widths.set(label, (w = ctx.measureText(label).width));
      return w;
    };
    this.drawnLabels = placeLabels(this.pending, width, s.labelSize);
    ctx.fillStyle = s.labelColor.color ?? '#000';
    for (const b of this.drawnLabels) ctx.fillText(b.label, b.x, b.y + b.h / 2 + s.labelSize / 3);
    this.pending = [];
  }

  /** Shows a new render graph: one full index by sigma, with the move settings for its size set first. */
  setGraph(g: RenderGraph): void {
    // Big graphs stay fluid while the camera moves: edges and labels come back when it stops.
    const hide = g.size > this.settings.hideOnMoveAbove || g.order > this.settings.hideOnMoveAbove;
    if (this.renderer.getSetting('hideEdgesOnMove') !== hide || this.renderer.getSetting('hideLabelsOnMove') !== hide) this.renderer.setSettings({ hideEdgesOnMove: hide, hideLabelsOnMove: hide });
    this.graph = g;
    this.eventCount = 0;
    g.forEachNode((_id, a) => void (a.kind === 'event' && this.eventCount++));
    if (this.state().colorBy === 'community') this.ensureCommunities();
    this.em = emphasis(g, this.state(), this.allEvents(), this.articleNodes);
    this.renderer.setGraph(g);
    // The frame after next starts once this one is out: what that takes is drawing, not indexing.
    const indexed = performance.now();
    requestAnimationFrame(() => requestAnimationFrame(() => (this.drawCost = performance.now() - indexed)));
  }

  /** Moves the camera: animated, unless frames come too slowly for an animation to show. */
  moveCamera(state: Partial<CameraState>, duration: number): void {
    const camera = this.renderer.getCamera();
    if (this.drawCost > SLOW_FRAME_MS) camera.setState(state);
    else void camera.animate(state, { duration });
  }

  /** Whether every event node may be drawn (else only those inside a focus). */
  private allEvents(): boolean {
    return this.state().mode !== 'events' || this.eventCount <= EVENTS_AT_ONCE;
  }

  private big(): boolean {
    return this.graph.order + this.graph.size > HOVER_DIM_LIMIT;
  }

  /**
   * Re-applies the reducers where the display state changed what is drawn. The redraw is only scheduled, so
   * a change and the camera move that follows it (a selection) share one frame.
   */
  onState(next: DisplayState, prev: DisplayState): void {
    const prevEm = this.em;
    this.em = emphasis(this.graph, this.big() ? { ...next, hovered: null } : next, this.allEvents(), this.articleNodes);
    // A new edge-label setting re-applies every reducer already.
    if (this.setEdgeLabels()) return;
    // (A new view mode brings a new graph, which sigma indexes whole anyway.)
    if (next.colorBy === 'community') this.ensureCommunities();
    const articleChanged = (prevEm.article !== null) !== (this.em.article !== null) || next.article !== prev.article;
    const filtersChanged = articleChanged || next.hideIsolated !== prev.hideIsolated || next.hiddenClasses !== prev.hiddenClasses || next.dateFrom !== prev.dateFrom || next.dateTo !== prev.dateTo || next.sizeBy !== prev.sizeBy || next.colorBy !== prev.colorBy;
    if (filtersChanged) this.renderer.refresh({ skipIndexation: true, schedule: true });
    else if (this.em.focus !== prevEm.focus || next.selected !== prev.selected) this.refreshFocus(prevEm, this.em, [prev.selected, next.selected]);
  }

  /**
   * From one focus to another only the two neighbourhoods change, so only they are refreshed;
   * from or to no focus, everything is.
   */
  private refreshFocus(a: Emphasis, b: Emphasis, extra: (string | null)[]): void {
    const g = this.graph;
    // Events shown only in a focus: their other roles change too, so everything is refreshed.
    if (!a.focus || !b.focus || b.events) {
      this.renderer.refresh({ skipIndexation: true, schedule: true });
      return;
    }
    const nodes = new Set<string>([a.focus, b.focus, ...a.neighbours, ...b.neighbours]);
    for (const id of extra) if (id && g.hasNode(id)) nodes.add(id);
    const edges = new Set<string>();
    for (const f of [a.focus, b.focus]) if (g.hasNode(f)) g.forEachEdge(f, (e) => void edges.add(e));
    this.renderer.refresh({ partialGraph: { nodes: [...nodes].filter((n) => g.hasNode(n)), edges: [...edges] }, skipIndexation: true, schedule: true });
  }

  /** Edge labels when zoomed in or around the focused node. setSetting re-indexes everything: only on change (true). */
  private setEdgeLabels(): boolean {
    const want = !!this.em.focus || this.renderer.getCamera().ratio < this.settings.edgeLabelZoom;
    if (this.renderer.getSetting('renderEdgeLabels') === want) return false;
    this.renderer.setSetting('renderEdgeLabels', want);
    return true;
  }

  /**
   * Louvain communities of the shown graph, on demand (colour by community), as a `community` node attribute.
   * Run on a simple undirected copy weighted by the ties, which is what Louvain expects; seeded, so stable.
   */
  private ensureCommunities(): void {
    const g = this.graph;
    if (g.order === 0 || this.withCommunities.has(g)) return;
    const simple = new Graph.UndirectedGraph<Record<string, never>, { weight: number }>();
    g.forEachNode((id) => simple.addNode(id));
    g.forEachEdge((_e, a, s, t) => {
      if (s === t) return;
      if (simple.hasEdge(s, t)) simple.updateEdgeAttribute(s, t, 'weight', (w) => (w ?? 0) + (a.weight ?? 1));
      else simple.addEdge(s, t, { weight: a.weight ?? 1 });
    });
    let seed = 1;
    const rng = () => ((seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0) / 4294967296);
    const parts = louvain(simple, { getEdgeWeight: 'weight', rng });
    // Communities numbered by size, biggest first, so the first palette colours go to the big ones.
    const sizes = new Map<number, number>();
    for (const c of Object.values(parts)) sizes.set(c, (sizes.get(c) ?? 0) + 1);
    const rank = new Map([...sizes].sort((a, b) => b[1] - a[1] || a[0] - b[0]).map(([c], i) => [c, i]));
    g.forEachNode((id) => g.setNodeAttribute(id, 'community', rank.get(parts[id]!)!));
    this.withCommunities.add(g);
  }

  /**
   * The overview's drill-down: the events of `center` join the graph around it, with their roles to the
   * entities shown; what an earlier drill-down added goes first.
   */
  showEgo(center: string, events: EgoEvent[], info: (id: string) => { label: string; cls: string; date?: string } | undefined): void {
    this.clearEgo();
    const g = this.graph;
    if (!g.hasNode(center)) return;
    const c = g.getNodeAttributes(center);
    let [x0, x1, y0, y1] = [Infinity, -Infinity, Infinity, -Infinity];
    g.forEachNode((_id, a) => {
      x0 = Math.min(x0, a.x);
      x1 = Math.max(x1, a.x);
      y0 = Math.min(y0, a.y);
      y1 = Math.max(y1, a.y);
    });
    const r = Math.max(1e-6, Math.max(x1 - x0, y1 - y0)) * 0.07;
    events.forEach((ev, i) => {
      const n = info(ev.id);
      if (!n) return;
      if (!g.hasNode(ev.id)) {
        const angle = (2 * Math.PI * i) / events.length;
        const node: RenderNode = { x: c.x + r * Math.cos(angle), y: c.y + r * Math.sin(angle), size: 4, color: classColor(n.cls, 'event'), label: n.label, kind: 'event', cls: n.cls, degree: ev.roles.length, ego: true };
        if (n.date) node.date = n.date;
        g.addNode(ev.id, node);
      }
      for (const [who, role] of ev.roles) if (g.hasNode(who)) g.addEdgeWithKey(`ego ${ev.id} ${role} ${who}`, ev.id, who, { ...edgeStyle('role'), label: role, type: 'arrow', kind: 'role', ego: true });
    });
    this.em = emphasis(g, this.state(), this.allEvents(), this.articleNodes);
    this.renderer.refresh({ schedule: true });
  }

  /** The open article's nodes (its subgraph stands out while the article tab shows it); null: none. */
  private articleNodes: ReadonlySet<string> | null = null;

  setArticle(ids: string[] | null, frame: boolean): void {
    this.articleNodes = ids ? new Set(ids.filter((id) => this.graph.hasNode(id))) : null;
    this.em = emphasis(this.graph, this.state(), this.allEvents(), this.articleNodes);
    this.renderer.refresh({ skipIndexation: true, schedule: true });
    if (frame && this.em.article) this.focusNodes([...this.em.article]);
  }

  /** Removes what a drill-down added. */
  clearEgo(): void {
    const g = this.graph;
    const nodes = g.filterNodes((_id, a) => !!a.ego);
    const edges = g.filterEdges((_id, a) => !!a.ego);
    if (!nodes.length && !edges.length) return;
    for (const e of edges) g.dropEdge(e);
    for (const n of nodes) g.dropNode(n);
    this.em = emphasis(g, this.state(), this.allEvents(), this.articleNodes);
    this.renderer.refresh({ schedule: true });
  }

  color(id: string): string | undefined {
    return this.graph.hasNode(id) ? this.graph.getNodeAttribute(id, 'color') : undefined;
  }

  /**
   * A node's place in sigma's framed-graph space (the camera's), from its graph attributes. Not from
   * getNodeDisplayData: after a scheduled full refresh (a selection) sigma holds the reducers' raw graph
   * coordinates there until the next frame normalises them, and a camera sent there showed a blank canvas.
   */
  private framed(id: string): { x: number; y: number } | null {
    if (!this.graph.hasNode(id)) return null;
    const { x, y } = this.graph.getNodeAttributes(id);
    const p = this.renderer.viewportToFramedGraph(this.renderer.graphToViewport({ x, y }));
    return Number.isFinite(p.x) && Number.isFinite(p.y) ? p : null;
  }

  /** Moves the camera to frame the given nodes. */
  focusNodes(ids: string[]): void {
    const pts = ids.flatMap((id) => {
      const p = this.framed(id);
      return p ? [p] : [];
    });
    if (!pts.length) return;
    const xs = pts.map((p) => p.x);
    const ys = pts.map((p) => p.y);
    const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
    const ratio = Math.min(1.2, Math.max(0.2, 1.6 * Math.max(x1 - x0, y1 - y0)));
    this.moveCamera({ x: (x0 + x1) / 2, y: (y0 + y1) / 2, ratio }, 500);
  }

  /** Moves the camera to one node, zooming in if needed. */
  flyTo(id: string): void {
    const p = this.framed(id);
    if (p) this.moveCamera({ x: p.x, y: p.y, ratio: Math.min(this.renderer.getCamera().ratio, 0.45) }, 450);
  }

  resetCamera(): void {
    this.renderer.getCamera().setState({ x: 0.5, y: 0.5, ratio: 1, angle: 0 });
  }

  /** The "Fit" button. */
  fit(): void {
    this.moveCamera({ x: 0.5, y: 0.5, ratio: 1, angle: 0 }, 400);
  }

  visibleNodeIds(): string[] {
    const s = this.state();
    const out: string[] = [];
    this.graph.forEachNode((id, a) => {
      if (nodeVisible(a, s) && !(a.kind === 'event' && this.em.events && !this.em.events.has(id))) out.push(id);
    });
    return out;
  }

  /** Nodes and edges the filters leave visible (emphasis aside). */
  countVisible(): { nodes: number; edges: number } {
    const s = this.state();
    const none: Emphasis = { ...NO_EMPHASIS, events: this.em.events };
    let edges = 0;
    this.graph.forEachEdge((id, a) => {
      if (!reduceEdge(this.graph, id, a, s, none).hidden) edges++;
    });
    return { nodes: this.visibleNodeIds().length, edges };
  }
}
