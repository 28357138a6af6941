function hash(s: string, seed: number): number {
  let h = 2166136261 ^ seed;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  h ^= h >>> 13;
  h = Math.imul(h, 0x5bd1e995);
  return ((h ^ (h >>> 15)) >>> 0) / 4294967296;
}

/** Start position from the node's IRI alone: the same on every load, whatever else is in the graph. */
export function seedPosition(id: string): { x: number; y: number } {
  const r = 100 * Math.sqrt(hash(id, 1));
  const t = 2 * Math.PI * hash(id, 2);
  return { x: r * Math.cos(t), y: r * Math.sin(t) };
}
