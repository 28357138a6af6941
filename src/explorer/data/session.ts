import { Parser, Store } from 'n3';
import { DEFAULT_BASE } from '../../rdf/vocabulary.js';
import type { RdfWorker } from '../extract/index.js';
import type { Settings } from '../settings/index.js';
import { buildDataset, emptyDataset, mergeQuads } from './dataset.js';
import type { Dataset } from './types.js';

/**
 * How a dataset arrived: the start-up `load`, a file `open`ed (state, positions and camera start over),
 * an article merged (`grown`: only new nodes move), or a CONSTRUCT `view` shown or left.
 */
export type DatasetChange = 'load' | 'open' | 'grown' | 'view';

export interface SessionDeps {
  settings: Readonly<Settings>;
  rdf: RdfWorker;
  /** Shows a new dataset. */
  show(ds: Dataset, how: DatasetChange): void;
  message(text: string, kind?: 'info' | 'error'): void;
  /** The CONSTRUCT banner: its triple count, or null to hide it. */
  banner(triples: number | null): void;
}

/** The loaded dataset and how it changes: loading, opening a file, adding an article, a CONSTRUCT view. */
export class Session {
  ds: Dataset = emptyDataset();
  /** The full dataset while a CONSTRUCT result is shown. */
  private full: Dataset | null = null;

  constructor(private readonly d: SessionDeps) {}

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
    const store = new Store();
    const prefixes: Record<string, string> = {};
    const names: string[] = [];
    for (const g of manifest.graphs ?? []) {
      if (typeof g.url !== 'string' || !/^graphs\/[\w.-]+$/.test(g.url)) continue;
      try {
        const text = await (await fetch(g.url, { credentials: 'same-origin' })).text();
        performance.mark('newsgraph:fetched');
        const res = await this.d.rdf.parse(text, String(g.name), this.d.settings.maxTriples);
        performance.mark('newsgraph:parsed');
        store.addQuads(res.quads);
        performance.mark('newsgraph:stored');
        Object.assign(prefixes, res.prefixes);
        names.push(String(g.name));
      } catch (e) {
        this.d.message(`Could not load ${g.name}: ${(e as Error).message}`, 'error');
      }
    }
    performance.mark('newsgraph:store-done');
    this.set(buildDataset(store, { prefixes, sources: names }), 'load');
    return true;
  }

  /** Replaces the graph with a parsed file; a file that does not parse leaves the graph as it was. */
  async openText(text: string, name: string): Promise<void> {
    const { quads, prefixes, summary } = await this.d.rdf.parse(text, name, this.d.settings.maxTriples);
    const store = new Store();
    store.addQuads(quads);
    this.full = null;
    this.d.banner(null);
    this.set(buildDataset(store, { prefixes, sources: [name] }), 'open');
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

  /** Extracts an article in the worker and merges it; returns the summary and the new entities. */
  async addArticle(text: string, name: string): Promise<{ summary: string; fresh: { id: string; label: string }[] }> {
    const { quads, summary } = await this.d.rdf.extract(text, name, DEFAULT_BASE);
    if (this.full) this.leaveConstruct();
    const next = mergeQuads(this.ds, quads, name);
    this.set(next, 'grown');
    const fresh = [...next.fresh].flatMap((id) => {
      const n = next.nodes.get(id);
      return n?.kind === 'entity' ? [{ id, label: n.label }] : [];
    });
    return { summary, fresh };
  }

  /** Shows a CONSTRUCT result as the graph, until `leaveConstruct`. */
  showConstruct(ntriples: string): void {
    const quads = new Parser({ format: 'application/n-triples' }).parse(ntriples);
    const store = new Store();
    store.addQuads(quads);
    if (!this.full) this.full = this.ds;
    this.set(buildDataset(store, { prefixes: this.ds.prefixes, sources: ['CONSTRUCT result'] }), 'view');
    this.d.banner(quads.length);
  }

  leaveConstruct(): void {
    if (!this.full) return;
    const back = this.full;
    this.full = null;
    this.d.banner(null);
    this.set(back, 'view');
  }

  private set(ds: Dataset, how: DatasetChange): void {
    this.ds = ds;
    performance.mark('newsgraph:dataset');
    this.d.show(ds, how);
  }
}
