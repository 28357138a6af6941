import { Parser } from 'n3';
import type { Quad } from '@rdfjs/types';
import { InputError } from '../errors.js';
import { defaultKnowledge } from '../knowledge/index.js';
import { AtomicStreamWriter } from '../io/stream-output.js';
import { writeAtomic } from '../io/write-output.js';
import { Iris, checkBase } from '../rdf/iri.js';
import { keepsGraphs, serializeOrdered } from '../rdf/serialize.js';
import { canonicalOrder } from '../rdf/canonical.js';
import type { RdfFormat } from '../rdf/serialize.js';
import type { JsonLdOptions } from '../rdf/jsonld.js';
import { FragmentPool, defaultJobs } from '../parallel/pool.js';
import { FragmentCache, articleHash } from './cache.js';
import { buildFragment } from './fragment.js';
import type { Fragment, FragmentOptions } from './fragment.js';
import { ProgressBar } from './progress.js';
import { inShard } from './shard.js';
import type { Shard } from './shard.js';
import { listInputs, readArticles, totalBytes } from './source.js';
import { ResolutionLog } from './explain.js';

export interface CorpusBuildOptions {
  output: string;
  format: RdfFormat;
  base: string;
  /** Publication date for articles without one. */
  date?: string;
  /** Worker threads; 1 builds in this thread; default: one per core for inputs over 16 MiB. */
  jobs?: number;
  /** Folder of the incremental cache; none: no cache. */
  cacheDir?: string;
  shard?: Shard;
  /** A bad record stops the build instead of being skipped. */
  strict?: boolean;
  /** N-Triples/N-Quads: hold the whole graph and sort it globally, as Turtle does, instead of streaming. */
  inMemory?: boolean;
  jsonLd?: JsonLdOptions;
  /** Where to write the entity resolution report (JSON Lines). */
  explain?: string;
  /** Called for every skipped record. */
  onSkip?: (e: InputError) => void;
  progress?: boolean;
}

export interface CorpusBuildStats {
  articles: number;
  entities: number;
  events: number;
  facts: number;
  triples: number;
  /** Articles taken from the cache, articles extracted, articles of the previous build now gone. */
  reused: number;
  extracted: number;
  removed: number;
  skipped: number;
  /** Articles left to other shards. */
  otherShards: number;
  /** Whether the output was streamed to disk (N-Triples/N-Quads) or assembled in memory. */
  streamed: boolean;
  /** Unlinked entity keys seen with more than one type across articles. */
  typeConflicts: number;
}

/** Formats written article by article, straight to disk. */
export const streams = (format: RdfFormat, inMemory = false): boolean => !inMemory && (format === 'nt' || format === 'nq');

/**
 * Builds a corpus into one graph file: inputs are streamed, articles go to worker threads (or this
 * thread), fragments come back and are written in input order, so the output does not depend on the
 * number of workers. N-Triples and N-Quads stream to disk; other formats (or --in-memory) collect the
 * graph and serialise it once, sorted.
 */
export async function buildCorpus(inputs: string[], o: CorpusBuildOptions): Promise<CorpusBuildStats> {
  const base = checkBase(o.base);
  const fopts: FragmentOptions = { base, ...(o.date ? { date: o.date } : {}) };
  const files = listInputs(inputs);
  const total = totalBytes(files);
  const iris = new Iris(base);
  const cache = o.cacheDir ? new FragmentCache(o.cacheDir, o.shard ? `${o.shard.k}of${o.shard.n}` : '') : undefined;
  // Workers cost a start-up each (TypeScript, model, knowledge: 1–2 s) and the main thread still writes:
  // measured here, 2 workers were slower than one thread on 1.4 MB (Wikinews) and 2.6 MB, and 1.46× faster
  // on 20,000 articles. So by default only inputs over 16 MiB get them (docs/performance.md).
  const jobs = Math.max(1, o.jobs ?? (total < 16 * 1024 * 1024 ? 1 : defaultJobs()));
  const stream = streams(o.format, o.inMemory);
  const bar = o.progress ? new ProgressBar() : undefined;
  const log = new ResolutionLog();
  const stats: CorpusBuildStats = { articles: 0, entities: 0, events: 0, facts: 0, triples: 0, reused: 0, extracted: 0, removed: 0, skipped: 0, otherShards: 0, streamed: stream, typeConflicts: 0 };

  const writer = stream ? new AtomicStreamWriter(o.output) : undefined;
  const collected: string[] = [];
  // N-Triples has no graphs: a triple about a shared node (entity, office, topic) is written once.
  const shared = [`<${base}entity/`, `<${base}office/`, `<${base}topic/`];
  const sharedSeen = new Set<string>();
  const pool = jobs > 1 ? new FragmentPool(jobs, fopts) : undefined;
  const kb = pool ? undefined : defaultKnowledge();
  const seen = new Set<string>();
  const t0 = performance.now();
  let bytes = 0;

  const consume = async (f: Fragment, reused: boolean, hash: string | undefined) => {
    if (cache && hash) {
      if (!reused) cache.put(hash, f);
      cache.use(f.slug, hash);
    }
    stats.articles++;
    stats.events += f.events;
    stats.facts += f.facts;
    if (reused) stats.reused++;
    else stats.extracted++;
    log.add(f);
    if (!writer) {
      collected.push(f.nquads);
      return;
    }
    if (o.format === 'nq') {
      await writer.write(f.nquads);
      stats.triples += f.triples;
      return;
    }
    const suffix = ` <${iris.graph(f.slug).value}> .`;
    let out = '';
    for (const line of f.nquads.split('\n')) {
      if (line === '') continue;
      const triple = line.endsWith(suffix) ? `${line.slice(0, -suffix.length)} .` : line;
      if (shared.some((p) => triple.startsWith(p))) {
        if (sharedSeen.has(triple)) continue;
        sharedSeen.add(triple);
      }
      out += `${triple}\n`;
      stats.triples++;
    }
    await writer.write(out);
  };

  // Input order is kept: a window of fragments in flight, consumed from its head.
  const window: { promise: Promise<Fragment>; reused: boolean; hash: string | undefined; bytes: number }[] = [];
  const maxInFlight = jobs * 8;
  const drainOne = async () => {
    const head = window.shift()!;
    const f = await head.promise;
    await consume(f, head.reused, head.hash);
    bytes += head.bytes;
    bar?.update({ articles: stats.articles, bytes, totalBytes: total, reused: stats.reused, elapsedMs: performance.now() - t0 });
  };

  let firstError: InputError | undefined;
  try {
    for await (const item of readArticles(files)) {
      if (item.kind === 'error') {
        if (o.strict) throw item.error;
        firstError ??= item.error;
        stats.skipped++;
        o.onSkip?.(item.error);
        bytes += item.bytes;
        continue;
      }
      const a = item.article;
      const slug = iris.articleSlug(a.id);
      if (!inShard(slug, o.shard)) {
        stats.otherShards++;
        bytes += item.bytes;
        continue;
      }
      if (seen.has(slug)) throw new InputError(a.origin, `two articles share the id "${a.id}"`);
      seen.add(slug);
      if (a.text.trim() === '') throw new InputError(a.origin, 'article text is empty');
      const hash = cache ? articleHash(a, fopts) : undefined;
      const hit = cache && hash ? cache.get(hash) : undefined;
      const promise = hit ? Promise.resolve(hit) : pool ? pool.submit(a) : Promise.resolve().then(() => buildFragment(a, kb!, fopts));
      promise.catch(() => undefined); // rejections surface when the window reaches them
      window.push({ promise, reused: !!hit, hash, bytes: item.bytes });
      if (!pool || window.length >= maxInFlight) await drainOne();
    }
    while (window.length) await drainOne();
    // Every input was bad: that is an error, and the previous output stays as it was.
    if (stats.articles === 0 && firstError && stats.otherShards === 0) {
      throw new InputError(firstError.where, `${firstError.message.replace(/^input: [^:]*(?::\d+)?: /, '')}${stats.skipped > 1 ? ` (and ${stats.skipped - 1} more bad input${stats.skipped > 2 ? 's' : ''}; nothing to build)` : ''}`);
    }
    bar?.update({ articles: stats.articles, bytes: total, totalBytes: total, reused: stats.reused, elapsedMs: performance.now() - t0 }, true);
    if (writer) await writer.commit();
    else {
      const quads: Quad[] = [];
      for (const text of collected) for (const q of new Parser({ format: 'application/n-quads' }).parse(text)) quads.push(q as Quad);
      collected.length = 0;
      const ordered = canonicalOrder(quads, !keepsGraphs(o.format));
      stats.triples = ordered.length;
      writeAtomic(o.output, await serializeOrdered(ordered, o.format, base, o.jsonLd ?? {}));
    }
  } catch (e) {
    writer?.abort();
    throw e;
  } finally {
    bar?.done();
    await pool?.close();
  }
  if (cache) {
    const changes = cache.changes();
    stats.removed = changes.removed.length;
    cache.finish();
    writeAtomic(`${cache.dir}/changes${o.shard ? `-${o.shard.k}of${o.shard.n}` : ''}.json`, `${JSON.stringify({ graphs: `${base}graph/`, ...changes }, null, 1)}\n`);
  }
  stats.entities = log.size;
  stats.typeConflicts = log.typeConflicts();
  if (o.explain) writeAtomic(o.explain, log.toJsonl(base));
  return stats;
}
