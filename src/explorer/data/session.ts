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

  constructor(private readonly d: SessionDeps) {}

  private take(loaded: Loaded, how: DatasetChange): void {
    this.catalog = loaded.catalog;
    for (const e of loaded.errors) this.d.message(e, 'error');
    this.d.show(loaded.view, how);
  }

  /** Loads the graphs the server lists in its manifest; false when there is no manifest. */
  async loadFromServer(): Promise<boolean> {
    let manifest: { graphs: { name: string; url: string }[] };
    try {
      const r = await fetch(this.d.settings.manifestUrl, { credentials: 'same-origin' });
      if (!r.ok) throw new Error(String(r.status));
      manifest = (await r.json()) as typeof manifest;
    } catch {
      return false;
    }
    // The worker resolves URLs against its own script: hand it absolute ones.
    const graphs = (manifest.graphs ?? []).filter((g) => typeof g.url === 'string' && /^graphs\/[\w.-]+$/.test(g.url)).map((g) => ({ name: String(g.name), url: new URL(g.url, location.href).href }));
    try {
      this.take(await this.data.fetch(graphs, this.d.settings.maxTriples, this.d.mode()), 'load');
    } catch (e) {
      this.d.message(`Could not load the graph: ${(e as Error).message}`, 'error');
    }
    return true;
  }

  /** Replaces the graph with a parsed file; a file that does not parse leaves the graph as it was. */
  async openText(text: string, name: string): Promise<void> {
    const { quads, prefixes, summary } = await this.d.rdf.parse(text, name, this.d.settings.maxTriples);
    const loaded = await this.data.open({ quads, prefixes, source: name }, 'overview');
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
    const loaded = await this.data.merge({ quads, prefixes, source: name }, this.d.mode());
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
    const loaded = await this.data.construct(ntriples, this.d.mode());
    this.construct = true;
    this.take(loaded, 'view');
    this.d.banner(loaded.triples ?? 0);
  }

  async leaveConstruct(): Promise<void> {
    if (!this.construct) return;
    const loaded = await this.data.back(this.d.mode());
    this.construct = false;
    this.d.banner(null);
    this.take(loaded, 'view');
  }

  view(mode: ViewMode): Promise<PackedView> {
    return this.data.view(mode);
  }

  details(id: string): Promise<NodeDetails | null> {
    return this.data.details(id);
  }

  /** The events of a node with their entities (the overview's drill-down). */
  ego(id: string): Promise<EgoEvent[]> {
    return this.data.ego(id);
  }

  article(id: string): Promise<ArticleView | null> {
    return this.data.article(id);
  }

  turtle(nodes?: string[]): Promise<string> {
    return this.data.turtle(nodes);
  }

  ntriples(): Promise<string> {
    return this.data.ntriples();
  }
}
