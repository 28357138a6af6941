import type { DisplayState } from '../state/index.js';
import { COMMUNITY_PALETTE, DIM_EDGE, DIM_NODE, SELECT_EDGE } from './colors.js';
import type { RenderEdge, RenderGraph, RenderNode } from './types.js';

function inRange(date: string | undefined, s: DisplayState): boolean {
  if (!date) return true;
  if (s.dateFrom && date < s.dateFrom) return false;
  if (s.dateTo && date > s.dateTo) return false;
  return true;
}

export interface Emphasis {
  /** The node in focus (hovered, else selected) and its neighbours. */
  focus: string | null;
  neighbours: ReadonlySet<string>;
  /** The event nodes that may be drawn (null: all): in a big events view, only those around the selection or focus. */
  events: ReadonlySet<string> | null;
  /** The open article's nodes (its subgraph, stood out while the article tab shows it and nothing is in focus). */
  article: ReadonlySet<string> | null;
}

export const NO_EMPHASIS: Emphasis = { focus: null, neighbours: new Set(), events: null, article: null };

/** `allEvents` false: event nodes are drawn only inside a focus (the selected or hovered node and its events). */
export function emphasis(g: RenderGraph, s: DisplayState, allEvents = true, articleNodes: ReadonlySet<string> | null = null): Emphasis {
  const focus = s.hovered && g.hasNode(s.hovered) ? s.hovered : s.selected && g.hasNode(s.selected) ? s.selected : null;
  let events: Set<string> | null = null;
  if (!allEvents) {
    events = new Set();
    for (const c of new Set([s.selected, focus])) {
      if (!c || !g.hasNode(c)) continue;
      if (g.getNodeAttribute(c, 'kind') === 'event') events.add(c);
      g.forEachNeighbor(c, (n, a) => void (a.kind === 'event' && events!.add(n)));
    }
  }
  const article = !focus && s.tab === 'article' && s.article && articleNodes?.size ? articleNodes : null;
  return { focus, neighbours: focus ? new Set(g.neighbors(focus)) : new Set(), events, article };
}

function drawn(id: string, a: RenderNode, s: DisplayState, em: Emphasis): boolean {
  return nodeVisible(a, s) && !(a.kind === 'event' && em.events !== null && !em.events.has(id));
}

/** The filters (classes, dates, only linked): what a node needs to be drawn, emphasis aside. */
export function nodeVisible(a: RenderNode, s: DisplayState): boolean {
  return !s.hiddenClasses.has(a.cls) && (a.kind !== 'event' || inRange(a.date, s)) && !(s.hideIsolated && a.degree === 0);
}

/** sigma node reducer: a pure function of the render attributes and the display state. */
export function reduceNode(id: string, a: RenderNode, s: DisplayState, em: Emphasis): Partial<RenderNode> & { hidden?: boolean; highlighted?: boolean; forceLabel?: boolean; zIndex?: number; borderColor?: string } {
  if (!drawn(id, a, s, em)) return { ...a, hidden: true };
  const out: ReturnType<typeof reduceNode> = { ...a };
  if (s.sizeBy === 'mentions' && a.mentionSize !== undefined) out.size = a.mentionSize;
  if (s.colorBy === 'community' && a.community !== undefined) out.color = COMMUNITY_PALETTE[a.community % COMMUNITY_PALETTE.length]!;
  if (em.focus && id !== em.focus && !em.neighbours.has(id)) {
    out.color = DIM_NODE;
    out.label = '';
    out.zIndex = 0;
  } else if (em.focus) {
    out.forceLabel = true;
    out.zIndex = 2;
  }
  if (em.article && !em.focus) {
    if (em.article.has(id)) {
      out.forceLabel = true;
      out.zIndex = 2;
    } else {
      out.color = DIM_NODE;
      out.label = '';
      out.zIndex = 0;
    }
  }
  if (id === s.selected) {
    out.highlighted = true;
    out.forceLabel = true;
    out.zIndex = 3;
  }
  if (a.fresh && out.color !== DIM_NODE) {
    out.highlighted = true;
    out.forceLabel = true;
  }
  return out;
}

export function reduceEdge(g: RenderGraph, id: string, a: RenderEdge, s: DisplayState, em: Emphasis): Partial<RenderEdge> & { hidden?: boolean; forceLabel?: boolean; zIndex?: number } {
  const src = g.source(id);
  const tgt = g.target(id);
  const sa = g.getNodeAttributes(src);
  const ta = g.getNodeAttributes(tgt);
  if (!drawn(src, sa, s, em) || !drawn(tgt, ta, s, em)) return { ...a, hidden: true };
  if (a.dates?.length && !a.dates.some((d) => inRange(d, s))) return { ...a, hidden: true };
  if (em.focus) {
    if (src === em.focus || tgt === em.focus) return { ...a, color: SELECT_EDGE, forceLabel: true, zIndex: 2, size: a.size + 0.6 };
    return { ...a, color: DIM_EDGE, label: '', zIndex: 0 };
  }
  if (em.article && !(em.article.has(src) && em.article.has(tgt))) return { ...a, color: DIM_EDGE, label: '', zIndex: 0 };
  return a;
}
