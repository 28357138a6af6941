import type { PackedView } from '../render/types.js';
import type { ViewMode } from '../state/types.js';
import { unpackCatalog } from './catalog.js';
import type { ArticleView, NodeDetails } from './details.js';
import type { DataRequest, DataResponse, QuadPart } from './protocol.js';
import type { Catalog, EgoEvent } from './types.js';

type WithoutId<T> = T extends unknown ? Omit<T, 'id'> : never;
type Reply<K extends DataResponse['type']> = Extract<DataResponse, { type: K }>;

/** A new dataset as the page gets it. */
export interface Loaded {
  catalog: Catalog;
  view: PackedView;
  errors: string[];
  triples?: number;
}

/** Client of the dataset worker (see `dataset.worker.ts`). */
export class DataWorker {
  private readonly worker = new Worker(new URL('./dataset.worker.ts', import.meta.url), { type: 'module' });
  private next = 0;
  private readonly pending = new Map<number, { resolve: (r: DataResponse) => void; reject: (e: Error) => void }>();

  constructor() {
    this.worker.onmessage = (e: MessageEvent<DataResponse>) => {
      const p = this.pending.get(e.data.id);
      this.pending.delete(e.data.id);
      if (e.data.type === 'error') p?.reject(new Error(e.data.message));
      else p?.resolve(e.data);
    };
    this.worker.onerror = (e) => {
      for (const p of this.pending.values()) p.reject(new Error(e.message || 'dataset worker failed'));
      this.pending.clear();
    };
  }

  private call<K extends DataResponse['type']>(req: WithoutId<DataRequest>, type: K, transfer: Transferable[] = []): Promise<Reply<K>> {
    const id = ++this.next;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve: (r) => (r.type === type ? resolve(r as Reply<K>) : reject(new Error(`unexpected ${r.type} from the dataset worker`))), reject });
      this.worker.postMessage({ ...req, id }, transfer);
    });
  }

  private async dataset(req: WithoutId<DataRequest>, transfer: Transferable[] = []): Promise<Loaded> {
    const r = await this.call(req, 'dataset', transfer);
    // The worker's steps as marks on the page's timeline (the benchmark prints them).
    for (const [name, at] of r.steps) performance.mark(`newsgraph:${name}`, { startTime: at - performance.timeOrigin });
    const out: Loaded = { catalog: unpackCatalog(r.catalog), view: r.view, errors: r.errors };
    if (r.triples !== undefined) out.triples = r.triples;
    return out;
  }

  /** The server's graphs (absolute URLs): fetched, parsed and projected in the worker. */
  fetch(graphs: { name: string; url: string }[], maxTriples: number, mode: ViewMode, adopt?: { version: number; ids: string[] }): Promise<Loaded> {
    return this.dataset({ type: 'fetch', graphs, maxTriples, mode, ...(adopt ? { adopt } : {}) });
  }

  open(part: QuadPart, mode: ViewMode): Promise<Loaded> {
    return this.dataset({ type: 'open', part, mode }, [part.quads.index.buffer]);
  }

  merge(part: QuadPart, mode: ViewMode): Promise<Loaded> {
    return this.dataset({ type: 'merge', part, mode }, [part.quads.index.buffer]);
  }

  construct(ntriples: string, mode: ViewMode): Promise<Loaded> {
    return this.dataset({ type: 'construct', ntriples, mode });
  }

  back(mode: ViewMode): Promise<Loaded> {
    return this.dataset({ type: 'back', mode });
  }

  async view(mode: ViewMode): Promise<PackedView> {
    return (await this.call({ type: 'view', mode }, 'view')).view;
  }

  async details(node: string): Promise<NodeDetails | null> {
    return (await this.call({ type: 'details', node }, 'details')).details;
  }

  async ego(node: string): Promise<EgoEvent[]> {
    return (await this.call({ type: 'ego', node }, 'ego')).ego;
  }

  async article(article: string): Promise<ArticleView | null> {
    return (await this.call({ type: 'article', article }, 'article')).article;
  }

  /** Turtle of the whole dataset, or of the given nodes with the provenance of the facts between them. */
  async turtle(nodes?: string[]): Promise<string> {
    return (await this.call(nodes ? { type: 'turtle', nodes } : { type: 'turtle' }, 'text')).text;
  }

  async ntriples(): Promise<string> {
    return (await this.call({ type: 'ntriples' }, 'text')).text;
  }
}
