/**
 * N-Quads lines grouped by their named graph (one graph per article), each group sorted: what the determinism
 * tests and the benchmark compare between builds.
 */
export function nquadsByGraph(nq: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const line of nq.split('\n')) {
    if (line === '') continue;
    // The graph is the last IRI on the line, before " .".
    const g = line.slice(line.lastIndexOf(' <', line.length - 3) + 2, -3);
    const list = out.get(g) ?? [];
    list.push(line);
    out.set(g, list);
  }
  for (const list of out.values()) list.sort();
  return out;
}
