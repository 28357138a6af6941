import { listArticles } from './details.js';
import { DEFAULT_PREFIXES } from './prefixes.js';
import type { Catalog, Dataset, NodeInfo, PackedCatalog } from './types.js';

/** The dataset's nodes packed for the page (worker side). Node order: the dataset's map order. */
export function packCatalog(ds: Dataset): PackedCatalog {
  const n = ds.nodes.size;
  const ids: string[] = new Array(n);
  const labels: string[] = new Array(n);
  const events = new Uint8Array(n);
  const cls = new Uint32Array(n);
  const classes: string[] = [];
  const classIndex = new Map<string, number>();
  const aliases: [number, string[]][] = [];
  const dates: [number, string][] = [];
  const index = new Map<string, number>();
  let i = 0;
  for (const rec of ds.nodes.values()) {
    ids[i] = rec.id;
    labels[i] = rec.label;
    index.set(rec.id, i);
    if (rec.kind === 'event') events[i] = 1;
    let c = classIndex.get(rec.cls);
    if (c === undefined) classIndex.set(rec.cls, (c = classes.push(rec.cls) - 1));
    cls[i] = c;
    if (rec.aliases.length) aliases.push([i, rec.aliases]);
    if (rec.date) dates.push([i, rec.date]);
    i++;
  }
  const fresh = Uint32Array.from([...ds.fresh].flatMap((id) => (index.has(id) ? [index.get(id)!] : [])));
  return { version: ds.version, prefixes: ds.prefixes, generic: ds.generic, sources: ds.sources, ids, labels, events, cls, classes, aliases, dates, fresh, articles: listArticles(ds) };
}

/** The page's catalog from its packed form. */
export function unpackCatalog(p: PackedCatalog): Catalog {
  const nodes = new Map<string, NodeInfo>();
  for (let i = 0; i < p.ids.length; i++) {
    const id = p.ids[i]!;
    nodes.set(id, { id, label: p.labels[i]!, kind: p.events[i] ? 'event' : 'entity', cls: p.classes[p.cls[i]!]!, aliases: [] });
  }
  for (const [i, a] of p.aliases) nodes.get(p.ids[i]!)!.aliases = a;
  for (const [i, d] of p.dates) nodes.get(p.ids[i]!)!.date = d;
  const fresh = new Set<string>();
  for (const i of p.fresh) fresh.add(p.ids[i]!);
  return { version: p.version, prefixes: p.prefixes, generic: p.generic, sources: p.sources, nodes, ids: p.ids, fresh, articles: p.articles };
}

export function emptyCatalog(): Catalog {
  return { version: 0, prefixes: DEFAULT_PREFIXES, generic: false, sources: [], nodes: new Map(), ids: [], fresh: new Set(), articles: [] };
}
