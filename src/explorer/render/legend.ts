import { shrink } from '../data/prefixes.js';
import type { LegendEntry, RenderGraph } from './types.js';

/** Legend entries for the classes present in the render graph, most frequent first. */
export function legend(g: RenderGraph, prefixes: Record<string, string>): LegendEntry[] {
  const counts = new Map<string, LegendEntry>();
  g.forEachNode((_id, a) => {
    const e = counts.get(a.cls);
    if (e) e.count++;
    else counts.set(a.cls, { cls: a.cls, short: shrink(a.cls, prefixes), color: a.color, count: 1, kind: a.kind });
  });
  return [...counts.values()].sort((a, b) => (a.kind === b.kind ? b.count - a.count || a.short.localeCompare(b.short) : a.kind === 'entity' ? -1 : 1));
}
