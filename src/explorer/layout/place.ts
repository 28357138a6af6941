import type { RenderGraph } from '../render/types.js';
import { seedPosition } from './seed.js';
import type { Positions } from './types.js';

/**
 * The nodes that already have a position; each of the others starts beside its placed neighbours,
 * so a merge or a switch of view does not scatter them. Returns the placed set.
 */
export function placeNew(g: RenderGraph, positions: Positions): Set<string> {
  const placed = new Set<string>();
  g.forEachNode((id) => {
    if (positions.has(id)) placed.add(id);
  });
  if (placed.size === 0 || placed.size === g.order) return placed;
  g.forEachNode((id) => {
    if (placed.has(id)) return;
    let x = 0;
    let y = 0;
    let n = 0;
    g.forEachNeighbor(id, (nb) => {
      const p = positions.get(nb);
      if (p) {
        x += p.x;
        y += p.y;
        n++;
      }
    });
    if (n) {
      const j = seedPosition(id);
      g.mergeNodeAttributes(id, { x: x / n + j.x / 20, y: y / n + j.y / 20 });
    }
  });
  return placed;
}
