import Sigma from 'sigma';
import { EdgeArrowProgram } from 'sigma/rendering';
import { EdgeCurvedArrowProgram } from '@sigma/edge-curve';
import Graph from 'graphology';
import type { CameraState } from 'sigma/types';
import type { Settings } from '../settings/index.js';
import type { DisplayState } from '../state/index.js';
import { emphasis, nodeVisible, reduceEdge, reduceNode } from './reduce.js';
import type { Emphasis } from './reduce.js';
import type { RenderEdge, RenderGraph, RenderNode } from './types.js';

/** Past this many nodes + edges, hovering no longer dims the graph (selecting still does): it would redraw everything. */
const HOVER_DIM_LIMIT = 40_000;
/** Past this (ms to draw a frame), camera moves jump rather than animate: a software renderer on a big graph. */
const SLOW_FRAME_MS = 150;

/** The sigma renderer over the current render graph, and the emphasis (hover, selection) drawn on it. */
export class GraphView {
  graph: RenderGraph = new Graph.MultiDirectedGraph<RenderNode, RenderEdge>();
  private em: Emphasis = { focus: null, neighbours: new Set() };
  /** How long the shown graph's first frame took to come out after it was indexed (ms). */
  private drawCost = 0;
  readonly renderer: Sigma;

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
      labelDensity: 0.9,
      labelFont: 'system-ui, sans-serif',
      edgeLabelFont: 'system-ui, sans-serif',
      edgeLabelSize: 11,
      edgeLabelColor: { color: '#55606c' },
      zIndex: true,
      minCameraRatio: 0.02,
      maxCameraRatio: 8,
      nodeReducer: (id, a) => reduceNode(id, a as RenderNode, this.state(), this.em),
      edgeReducer: (id, a) => reduceEdge(this.graph, id, a as RenderEdge, this.state(), this.em),
    });
    this.renderer.getCamera().on('updated', () => this.setEdgeLabels());
  }

  /** Shows a new render graph: one full index by sigma, with the move settings for its size set first. */
  setGraph(g: RenderGraph): void {
    // Big graphs stay fluid while the camera moves: edges and labels come back when it stops.
    const hide = g.size > this.settings.hideOnMoveAbove || g.order > this.settings.hideOnMoveAbove;
    if (this.renderer.getSetting('hideEdgesOnMove') !== hide || this.renderer.getSetting('hideLabelsOnMove') !== hide) this.renderer.setSettings({ hideEdgesOnMove: hide, hideLabelsOnMove: hide });
    this.graph = g;
    this.em = emphasis(g, this.state());
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

  private big(): boolean {
    return this.graph.order + this.graph.size > HOVER_DIM_LIMIT;
  }

  /**
   * Re-applies the reducers where the display state changed what is drawn. The redraw is only scheduled, so
   * a change and the camera move that follows it (a selection) share one frame.
   */
  onState(next: DisplayState, prev: DisplayState): void {
    const prevEm = this.em;
    this.em = emphasis(this.graph, this.big() ? { ...next, hovered: null } : next);
    // A new edge-label setting re-applies every reducer already.
    if (this.setEdgeLabels()) return;
    // (A new view mode brings a new graph, which sigma indexes whole anyway.)
    const filtersChanged = next.hideIsolated !== prev.hideIsolated || next.hiddenClasses !== prev.hiddenClasses || next.dateFrom !== prev.dateFrom || next.dateTo !== prev.dateTo;
    if (filtersChanged) this.renderer.refresh({ skipIndexation: true, schedule: true });
    else if (this.em.focus !== prevEm.focus || next.selected !== prev.selected) this.refreshFocus(prevEm, this.em, [prev.selected, next.selected]);
  }

  /**
   * From one focus to another only the two neighbourhoods change, so only they are refreshed;
   * from or to no focus, everything is.
   */
  private refreshFocus(a: Emphasis, b: Emphasis, extra: (string | null)[]): void {
    const g = this.graph;
    if (!a.focus || !b.focus) {
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
      if (nodeVisible(a, s)) out.push(id);
    });
    return out;
  }

  /** Nodes and edges the filters leave visible (emphasis aside). */
  countVisible(): { nodes: number; edges: number } {
    const s = this.state();
    const none: Emphasis = { focus: null, neighbours: new Set() };
    let edges = 0;
    this.graph.forEachEdge((id, a) => {
      if (!reduceEdge(this.graph, id, a, s, none).hidden) edges++;
    });
    return { nodes: this.visibleNodeIds().length, edges };
  }
}
