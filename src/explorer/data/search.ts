import { fold } from './fold.js';
import type { NodeInfo, SearchHit } from './types.js';

/** Type-ahead over labels and aliases; word-prefix matches rank before inner matches. */
export function search(ds: { nodes: ReadonlyMap<string, NodeInfo> }, query: string, limit = 12): SearchHit[] {
  const q = fold(query.trim());
  if (!q) return [];
  const hits: (SearchHit & { rank: number })[] = [];
  for (const n of ds.nodes.values()) {
    let best: { rank: number; matched: string } | null = null;
    for (const name of [n.label, ...n.aliases]) {
      const f = fold(name);
      const i = f.indexOf(q);
      if (i < 0) continue;
      const rank = (f === q ? 0 : i === 0 ? 1 : /[\s\-(“"']/.test(f[i - 1] ?? '') ? 2 : 3) + (n.kind === 'event' ? 4 : 0);
      if (!best || rank < best.rank) best = { rank, matched: name };
    }
    if (best) hits.push({ id: n.id, label: n.label, matched: best.matched, cls: n.cls, rank: best.rank });
  }
  hits.sort((a, b) => a.rank - b.rank || a.label.length - b.label.length || a.label.localeCompare(b.label));
  return hits.slice(0, limit).map(({ rank: _rank, ...h }) => h);
}
