import { DEFAULT_BASE } from '../../rdf/vocabulary.js';
import type { RdfWorker } from '../extract/index.js';
import type { PackedView } from '../render/types.js';
import type { Settings } from '../settings/index.js';
import type { ViewMode } from '../state/types.js';
import { emptyCatalog } from './catalog.js';
import { DataWorker } from './client.js';
import type { Loaded } from './client.js';
import type { ArticleView, NodeDetails } from './details.js';
import type { Catalog, EgoEvent } from './types.js';
import { unpackCatalog } from './catalog.js';
import { parseSnapshot } from './snapshot.js';
import type { NodeEntry } from './snapshot.js';

/**
 * How a dataset arrived: the start-up `load`, a file `open`ed (state, positions and camera start over),
 * an article merged (`grown`: only new nodes move), or a CONSTRUCT `view` shown or left.
 */
export type DatasetChange = 'load' | 'open' | 'grown' | 'view';

export interface SessionDeps {
  settings: Readonly<Settings>;
  rdf: RdfWorker;
  /** The view mode to derive render graphs for. */
  mode(): ViewMode;
  /** Shows a new dataset (its catalog is already `session.catalog`). */
  show(view: PackedView, how: DatasetChange): void;
  message(text: string, kind?: 'info' | 'error'): void;
  /** The CONSTRUCT banner: its triple count, or null to hide it. */
  banner(triples: number | null): void;
}

/**
 * The page's side of the dataset: its catalog, and the requests that change it. The store itself lives in
 * the dataset worker; files and articles are parsed or extracted in the RDF worker first (which can be
 * killed if a hostile file runs away, without losing the graph).
 */
export class Session {
  catalog: Catalog = emptyCatalog();
  private readonly data = new DataWorker();
  private construct = false;
  /**
   * The server's index (issue 16), while the catalog shown is the one it describes: panels and drill-downs
   * come from it, and the full graph loads into the dataset worker only when something needs it (another
   * view, SPARQL, export, an added or opened file) or once the start-up layout is done.
   */
  private index: { base: string; version: number; graphs: { name: string; url: string }[]; entries: Map<string, Promise<NodeEntry | null>> } | null = null;
  /** Resolves once the dataset worker holds the server's graphs (at once when there is no index). */
  private full: Promise<void> = Promise.resolve();
  private fullStarted = true;
  private startFull: () => void = () => undefined;

  constructor(private readonly d: SessionDeps) {}

  /** The dataset worker, once it holds the full graph: every request that needs the store waits for it. */
  private async worker(): Promise<DataWorker> {
    this.loadFull();
    await this.full;
    return this.data;
  }

  /** Starts loading the full graph into the dataset worker behind the overview (once). */
  loadFull(): void {
    if (this.fullStarted) return;
    this.fullStarted = true;
    this.startFull();
  }

  /** True while panels are read from the server's index (the catalog shown is the server's). */
  private indexed(): boolean {
    return !!this.index && this.catalog.version === this.index.version;
  }

  private async indexGet<T>(path: string, id: string): Promise<T | null> {
    const r = await fetch(`${this.index!.base}${path}?id=${encodeURIComponent(id)}`, { credentials: 'same-origin' });
    if (r.status === 404) return null;
    if (!r.ok) throw new Error(`HTTP ${r.status}`);
    return (await r.json()) as T;
  }

  /** A node's index entry, fetched once (the panel and the drill-down both ask). */
  private entry(id: string): Promise<NodeEntry | null> {
    const cache = this.index!.entries;
    let p = cache.get(id);
    if (!p) {
      if (cache.size > 256) cache.clear();
      p = this.indexGet<NodeEntry>('node', id);
      p.catch(() => cache.delete(id));
      cache.set(id, p);
    }
    return p;
  }

  private take(loaded: Loaded, how: DatasetChange): void {
    this.catalog = loaded.catalog;
    for (const e of loaded.errors) this.d.message(e, 'error');
    this.d.show(loaded.view, how);
  }

  /** Loads the graphs the server lists in its manifest; false when there is no manifest. */
  async loadFromServer(): Promise<boolean> {
    let manifest: { graphs: { name: string; url: string }[]; index?: string };
    try {
      const r = await fetch(this.d.settings.manifestUrl, { credentials: 'same-origin' });
      if (!r.ok) throw new Error(String(r.status));
      manifest = (await r.json()) as typeof manifest;
    } catch {
      return false;
    }
    // The worker resolves URLs against its own script: hand it absolute ones.
    const graphs = (manifest.graphs ?? []).filter((g) => typeof g.url === 'string' && /^graphs\/[\w.-]+$/.test(g.url)).map((g) => ({ name: String(g.name), url: new URL(g.url, location.href).href }));
    // The overview straight from the server's index, when it has one and the overview is what is shown.
    if (manifest.index === 'graphs/index/' && this.d.mode() === 'overview' && (await this.fromIndex(new URL(manifest.index, location.href).href, graphs))) return true;
    try {
      this.take(await this.data.fetch(graphs, this.d.settings.maxTriples, this.d.mode()), 'load');
    } catch (e) {
      this.d.message(`Could not load the graph: ${(e as Error).message}`, 'error');
    }
    return true;
  }

  /** Shows the index's overview; false (nothing shown) if it cannot be had. */
  private async fromIndex(base: string, graphs: { name: string; url: string }[]): Promise<boolean> {
    let snap;
    try {
      const r = await fetch(`${base}overview.json`, { credentials: 'same-origin' });
      if (!r.ok) return false;
      snap = parseSnapshot(await r.text());
    } catch {
      return false;
    }
    performance.mark('newsgraph:snapshot');
    const catalog = unpackCatalog(snap.catalog);
    this.index = { base, version: catalog.version, graphs, entries: new Map() };
    this.fullStarted = false;
    this.full = new Promise<void>((done) => {
      this.startFull = () => {
        // The worker builds the same catalog (same parse, same order) and takes over its version, so the
        // page keeps what it shows; if it differs, the worker's dataset is shown instead.
        this.data.fetch(graphs, this.d.settings.maxTriples, this.d.mode(), { version: catalog.version, ids: catalog.ids }).then(
          (loaded) => {
            this.index = null;
            if (loaded.catalog.version !== this.catalog.version || loaded.errors.length) this.take(loaded, 'load');
            else this.catalog = loaded.catalog;
            done();
          },
          (e: Error) => {
            this.d.message(`Could not load the graph: ${e.message}`, 'error');
            done();
          },
        );
      };
    });
    this.take({ catalog, view: snap.view, errors: [] }, 'load');
    return true;
  }

  /** Replaces the graph with a parsed file; a file that does not parse leaves the graph as it was. */
  async openText(text: string, name: string): Promise<void> {
    const { quads, prefixes, summary } = await this.d.rdf.parse(text, name, this.d.settings.maxTriples);
    // The server's graph is being replaced: no need to load it in full first, if that has not started.
    if (!this.fullStarted) {
      this.fullStarted = true;
      this.index = null;
      this.full = Promise.resolve();
    }
    const loaded = await (await this.worker()).open({ quads, prefixes, source: name }, 'overview');
    this.construct = false;
    this.d.banner(null);
    this.take(loaded, 'open');
    this.d.message(`Opened ${summary}`);
  }

  async openFile(file: File): Promise<void> {
    const max = this.d.settings.maxRdfBytes;
    if (file.size > max) {
      this.d.message(`${file.name} is ${(file.size / 1e6).toFixed(0)} MB; the explorer opens files up to ${(max / 1e6).toFixed(0)} MB. Query it with the CLI instead.`, 'error');
      return;
    }
    try {
      await this.openText(await file.text(), file.name);
    } catch (e) {
      this.d.message(`Could not open ${file.name}: ${(e as Error).message}`, 'error');
    }
  }

  /** Extracts an article and merges it (into the full graph, if a CONSTRUCT result was shown). */
  async addArticle(text: string, name: string): Promise<{ summary: string; fresh: { id: string; label: string }[] }> {
    const { quads, prefixes, summary } = await this.d.rdf.extract(text, name, DEFAULT_BASE);
    const loaded = await (await this.worker()).merge({ quads, prefixes, source: name }, this.d.mode());
    if (this.construct) {
      this.construct = false;
      this.d.banner(null);
    }
    this.take(loaded, 'grown');
    const fresh = [...loaded.catalog.fresh].flatMap((id) => {
      const n = loaded.catalog.nodes.get(id);
      return n?.kind === 'entity' ? [{ id, label: n.label }] : [];
    });
    return { summary, fresh };
  }

  /** Shows a CONSTRUCT result as the graph, until `leaveConstruct`. */
  async showConstruct(ntriples: string): Promise<void> {
    const loaded = await (await this.worker()).construct(ntriples, this.d.mode());
    this.construct = true;
    this.take(loaded, 'view');
    this.d.banner(loaded.triples ?? 0);
  }

  async leaveConstruct(): Promise<void> {
    if (!this.construct) return;
    const loaded = await (await this.worker()).back(this.d.mode());
    this.construct = false;
    this.d.banner(null);
    this.take(loaded, 'view');
  }

  /** Fetches a node's index entry ahead (a search hit about to be chosen): its panel then shows at once. */
  prefetch(id: string): void {
    if (this.indexed()) this.entry(id).catch(() => undefined);
  }

  async view(mode: ViewMode): Promise<PackedView> {
    return (await this.worker()).view(mode);
  }

  async details(id: string): Promise<NodeDetails | null> {
    if (this.indexed()) return (await this.entry(id))?.details ?? null;
    return (await this.worker()).details(id);
  }

  /** The events of a node with their entities (the overview's drill-down). */
  async ego(id: string): Promise<EgoEvent[]> {
    if (this.indexed()) return (await this.entry(id))?.ego ?? [];
    return (await this.worker()).ego(id);
  }

  async article(id: string): Promise<ArticleView | null> {
    if (this.indexed()) return this.indexGet<ArticleView>('article', id);
    return (await this.worker()).article(id);
  }

  async turtle(nodes?: string[]): Promise<string> {
    return (await this.worker()).turtle(nodes);
  }

  async ntriples(): Promise<string> {
    return (await this.worker()).ntriples();
  }
}
