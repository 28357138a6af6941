// Saved layouts (IndexedDB): a reload of the same graph takes the positions its last layout ended with,
// instead of running ForceAtlas2 again. Keyed by the view mode and a hash of the render graph's node IRIs;
// positions are stored in the render graph's node order (IRI order, so the same for the same graph).
import type { RenderGraph } from '../render/types.js';

const DB = 'newsgraph-explorer';
const STORE = 'layouts';
/** Layouts kept (the oldest go): a few graphs and views. */
const KEEP = 12;

interface SavedLayout {
  key: string;
  xy: Float32Array;
  saved: number;
}

/** The render graph's nodes that belong to it (not those a drill-down added). */
function ownNodes(g: RenderGraph): string[] {
  return g.filterNodes((_id, a) => !a.ego);
}

/** FNV-1a over the node IRIs, with the mode and the count: the same graph gives the same key. */
export function layoutKey(mode: string, g: RenderGraph): string {
  let h = 2166136261;
  const ids = ownNodes(g);
  for (const id of ids) {
    for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 16777619);
    h = Math.imul(h ^ 10, 16777619);
  }
  return `${mode}:${ids.length}:${(h >>> 0).toString(36)}`;
}

function open(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open(DB, 1);
    req.onupgradeneeded = () => req.result.createObjectStore(STORE, { keyPath: 'key' });
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB'));
  });
}

function done(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = tx.onabort = () => reject(tx.error ?? new Error('IndexedDB'));
  });
}

/** The saved positions for `key`, or null (none, or no IndexedDB: a private window, an old browser). */
export async function loadLayout(key: string): Promise<Float32Array | null> {
  try {
    const db = await open();
    const rec = await new Promise<SavedLayout | undefined>((resolve, reject) => {
      const req = db.transaction(STORE).objectStore(STORE).get(key);
      req.onsuccess = () => resolve(req.result as SavedLayout | undefined);
      req.onerror = () => reject(req.error ?? new Error('IndexedDB'));
    });
    db.close();
    return rec?.xy ?? null;
  } catch {
    return null;
  }
}

/** Saves the graph's positions under `key`, and drops the oldest layouts past KEEP. */
export async function saveLayout(key: string, g: RenderGraph): Promise<void> {
  const ids = ownNodes(g);
  const xy = new Float32Array(ids.length * 2);
  ids.forEach((id, i) => {
    xy[i * 2] = g.getNodeAttribute(id, 'x');
    xy[i * 2 + 1] = g.getNodeAttribute(id, 'y');
  });
  try {
    const db = await open();
    const tx = db.transaction(STORE, 'readwrite');
    const store = tx.objectStore(STORE);
    store.put({ key, xy, saved: Date.now() } satisfies SavedLayout);
    const all = store.getAll();
    all.onsuccess = () => {
      const old = (all.result as SavedLayout[]).sort((a, b) => b.saved - a.saved).slice(KEEP);
      for (const o of old) store.delete(o.key);
    };
    await done(tx);
    db.close();
  } catch {
    // Saving is a convenience: without it the next load lays out again.
  }
}

/** Puts saved positions on the graph (same key, so same nodes in the same order); false if they do not fit. */
export function applyLayout(g: RenderGraph, xy: Float32Array): boolean {
  const ids = ownNodes(g);
  if (xy.length !== ids.length * 2) return false;
  ids.forEach((id, i) => g.mergeNodeAttributes(id, { x: xy[i * 2]!, y: xy[i * 2 + 1]! }));
  return true;
}
