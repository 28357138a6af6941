import type { Settings } from '../settings/index.js';
import type { GraphView } from '../render/index.js';
import { LayoutRunner } from './runner.js';
import type { Positions } from './types.js';

/** Share of the main thread that layout updates may take: the page stays usable while it runs. */
const UPDATE_SHARE = 0.25;

/**
 * Runs ForceAtlas2 on the shown graph and keeps the positions it found, by IRI, so a rebuilt graph
 * (another view mode, a merge) starts where the last one was. `body[data-layout]` tells tests it is running.
 */
export class LayoutController {
  readonly positions: Positions = new Map();
  private readonly runner: LayoutRunner;
  /** Run once when the current run ends (camera moves that need final positions). */
  private after: (() => void)[] = [];
  /** Called whenever a run ends (the positions are saved then). */
  onSettled: (() => void) | null = null;
  /** Holds taken (see `hold`), and the latest update that came meanwhile. */
  private holds = 0;
  private held: { ids: string[]; xy: Float32Array; done: boolean } | null = null;

  constructor(
    private readonly settings: Readonly<Settings>,
    private readonly view: GraphView,
    private readonly button: HTMLElement,
  ) {
    this.runner = new LayoutRunner((ids, xy, done) => this.apply(ids, xy, done));
  }

  get running(): boolean {
    return this.runner.running || !!this.held?.done;
  }

  /**
   * Updates wait (only the latest is kept) until the returned function is called: each one redraws the
   * whole graph, which a software renderer takes half a second or more to do, and a search being typed or
   * a panel about to be shown should not wait for that.
   */
  hold(): () => void {
    this.holds++;
    let released = false;
    return () => {
      if (released) return;
      released = true;
      if (--this.holds > 0 || !this.held) return;
      const { ids, xy, done } = this.held;
      this.held = null;
      this.apply(ids, xy, done);
    };
  }

  private apply(ids: string[], xy: Float32Array, done: boolean): void {
    if (this.holds > 0) {
      this.held = { ids, xy, done: done || !!this.held?.done };
      return;
    }
    const t0 = performance.now();
    for (let i = 0; i < ids.length; i++) this.positions.set(ids[i]!, { x: xy[i * 2]!, y: xy[i * 2 + 1]! });
    this.view.graph.updateEachNodeAttributes((id, a) => {
      const p = this.positions.get(id);
      if (p) {
        a.x = p.x;
        a.y = p.y;
      }
      return a;
    }, { attributes: ['x', 'y'] });
    performance.mark('newsgraph:layout-update');
    this.spaceUpdates(t0);
    if (done) {
      this.settle();
      this.idle();
      this.onSettled?.();
    }
  }

  /**
   * Spaces layout updates by what redrawing the graph costs, from `t0` (before the graph changed): sigma
   * re-indexes and draws at its next frame, and the frame after comes once that one is out. With a software
   * renderer, drawing a big graph can take far longer than indexing it.
   */
  spaceUpdates(t0: number): void {
    // No update until that frame is out (the last one always comes through).
    this.runner.minGap = Infinity;
    requestAnimationFrame(() => requestAnimationFrame(() => (this.runner.minGap = ((performance.now() - t0) * (1 - UPDATE_SHARE)) / UPDATE_SHARE)));
  }

  /** Runs what waited for the current run to end. */
  private settle(): void {
    const then = this.after;
    this.after = [];
    for (const fn of then) fn();
  }

  private idle(): void {
    document.body.dataset.layout = 'idle';
    this.button.textContent = 'Layout';
  }

  /** Calls `fn` once the current run has ended (now, if none is running). */
  whenDone(fn: () => void): void {
    if (this.running) this.after.push(fn);
    else fn();
  }

  run(iterations: number, fixed?: ReadonlySet<string>): void {
    this.held = null;
    document.body.dataset.layout = 'running';
    this.button.textContent = 'Stop layout';
    this.runner.run(this.view.graph, iterations, fixed);
  }

  stop(): void {
    this.held = null;
    this.runner.stop();
    // A run stopped has ended too (what waited for it, such as loading the full graph, goes ahead).
    this.settle();
    this.idle();
  }

  /** The "Layout" button: runs the start-up layout again, or stops the current run. */
  toggle(): void {
    if (this.running) this.stop();
    else this.run(this.settings.layoutIterations(this.view.graph.order));
  }

  /**
   * Takes saved positions for the shown graph (IndexedDB): the run started for it stops, and the graph
   * jumps to where its last layout ended. Waiting callbacks run as if the layout had ended.
   */
  restore(): void {
    this.held = null;
    this.runner.stop();
    this.view.graph.forEachNode((id, a) => this.positions.set(id, { x: a.x, y: a.y }));
    this.view.renderer.refresh({ schedule: true });
    this.settle();
    this.idle();
  }

  /** Keeps the shown graph's positions before it is replaced. */
  remember(): void {
    this.view.graph.forEachNode((id, a) => this.positions.set(id, { x: a.x, y: a.y }));
    this.held = null;
    this.runner.stop();
  }

  forget(): void {
    this.positions.clear();
  }

  /** A fresh graph gets the full start-up layout; a grown one moves only its new nodes, so the picture stays put. */
  start(placed: ReadonlySet<string>): void {
    const order = this.view.graph.order;
    if (placed.size === 0 && order > 0) this.run(this.settings.layoutIterations(order));
    else if (placed.size < order) this.run(Math.min(200, this.settings.layoutIterations(order)), placed);
    else {
      // Nothing to lay out: a run this graph replaced has ended for what waited for it.
      this.settle();
      this.idle();
    }
  }
}
