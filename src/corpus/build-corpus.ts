import { InputError } from '../errors.js';
import { defaultKnowledge } from '../knowledge/index.js';
import { writeAtomic } from '../io/write-output.js';
import { Iris, checkBase } from '../rdf/iri.js';
import type { RdfFormat } from '../rdf/serialize.js';
import type { JsonLdOptions } from '../rdf/jsonld.js';
import { FragmentPool, defaultJobs } from '../parallel/pool.js';
import { FragmentCache, articleHash } from './cache.js';
import { buildFragment } from './fragment.js';
import type { Fragment, FragmentOptions } from './fragment.js';
import { ProgressBar } from './progress.js';
import type { ProgressState } from './progress.js';
import { inShard } from './shard.js';
import type { Shard } from './shard.js';
import { listInputs, readArticles, totalBytes } from './source.js';
import { ResolutionLog } from './explain.js';
import { checkOutput, lockOutput } from './output-target.js';
import { openSink } from './sinks.js';
import type { OutputStage } from './sinks.js';

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
  /** Called as articles are done (what the bar shows), for callers that report progress their own way. */
  onProgress?: (s: ProgressState) => void;
  /** Create the output's folder when missing (the CLI's default out/graph.ttl); otherwise that is an error. */
  createOutputFolder?: boolean;
  /** Called as the build enters each stage (tests interrupt a build there). */
  onStage?: (stage: BuildStage) => void;
}

/** Reading the first input, extracting (first article submitted), then the output's own stages. */
export type BuildStage = 'read' | 'extract' | OutputStage;

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

/**
 * Below this much input, Turtle, TriG and JSON-LD are assembled in memory and sorted globally (the
 * canonical order: byte-identical to `serialize`, whatever the build); from it on they stream article by
 * article like N-Triples and N-Quads, which always stream. Holding the graph costs about 1 GB per MB of
 * input (1,500 generated articles, 1.55 MB: 1.6 GB peak with --in-memory), so 256 KiB, about 250
 * articles, stays near 300 MB (docs/scale.md).
 */
export const SMALL_BUILD_BYTES = 256 * 1024;

/** Whether the format is written article by article, straight to disk (bounded memory). */
export const streams = (format: RdfFormat, inMemory = false, inputBytes = Infinity): boolean => !inMemory && (format === 'nt' || format === 'nq' || inputBytes >= SMALL_BUILD_BYTES);

/**
 * Builds a corpus into one graph file: inputs are streamed, articles go to worker threads (or this
 * thread), fragments come back and are written in input order, so the output does not depend on the
 * number of workers. N-Triples and N-Quads stream to disk; other formats (or --in-memory) collect the
 * graph and serialise it once, sorted.
 */
export async function buildCorpus(inputs: string[], o: CorpusBuildOptions): Promise<CorpusBuildStats> {
  const base = checkBase(o.base);
  const fopts: FragmentOptions = { base, ...(o.date ? { date: o.date } : {}) };
  // The output first: a folder, a missing folder or an unwritable place fails at once, before any work.
  checkOutput(o.output, o.createOutputFolder);
  const files = listInputs(inputs);
  const unlock = lockOutput(o.output);
  try {
    return await buildLocked(files, o, base, fopts);
  } finally {
    unlock();
  }
}

async function buildLocked(files: ReturnType<typeof listInputs>, o: CorpusBuildOptions, base: string, fopts: FragmentOptions): Promise<CorpusBuildStats> {
  const total = totalBytes(files);
  const iris = new Iris(base);
  const cache = o.cacheDir ? new FragmentCache(o.cacheDir, o.shard ? `${o.shard.k}of${o.shard.n}` : '') : undefined;
  // Workers cost a start-up each (TypeScript, model, knowledge: 1–2 s) and the main thread still writes:
  // measured here, 2 workers were slower than one thread on 1.4 MB (Wikinews) and 2.6 MB, and 1.46× faster
  // on 20,000 articles. So by default only inputs over 16 MiB get them (docs/performance.md).
  const jobs = Math.max(1, o.jobs ?? (total < 16 * 1024 * 1024 ? 1 : defaultJobs()));
  const stream = streams(o.format, o.inMemory, total);
  const bar = o.progress ? new ProgressBar() : undefined;
  const log = new ResolutionLog();
  const stats: CorpusBuildStats = { articles: 0, entities: 0, events: 0, facts: 0, triples: 0, reused: 0, extracted: 0, removed: 0, skipped: 0, otherShards: 0, streamed: stream, typeConflicts: 0 };

  o.onStage?.('read');
  const sink = await openSink({ output: o.output, format: o.format, base, canonical: !stream, ...(o.jsonLd ? { jsonLd: o.jsonLd } : {}) });
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
    await sink.add(f);
  };

  // Input order is kept: a window of fragments in flight, consumed from its head.
  const window: { promise: Promise<Fragment>; reused: boolean; hash: string | undefined; bytes: number }[] = [];
  const maxInFlight = jobs * 8;
  const drainOne = async () => {
    const head = window.shift()!;
    const f = await head.promise;
    await consume(f, head.reused, head.hash);
    bytes += head.bytes;
    const p = { articles: stats.articles, bytes, totalBytes: total, reused: stats.reused, elapsedMs: performance.now() - t0 };
    bar?.update(p);
    o.onProgress?.(p);
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
      const promise = hit ? Promise.resolve(hit) : pool ? pool.submit(a) : Promise.resolve().then(() => buildFragment(a, kb!, fopts, sink.takesQuads));
      promise.catch(() => undefined); // rejections surface when the window reaches them
      window.push({ promise, reused: !!hit, hash, bytes: item.bytes });
      if (stats.articles + window.length === 1) o.onStage?.('extract');
      if (!pool || window.length >= maxInFlight) await drainOne();
    }
    while (window.length) await drainOne();
    // Every input was bad: that is an error, and the previous output stays as it was.
    if (stats.articles === 0 && firstError && stats.otherShards === 0) {
      throw new InputError(firstError.where, `${firstError.message.replace(/^input: [^:]*(?::\d+)?: /, '')}${stats.skipped > 1 ? ` (and ${stats.skipped - 1} more bad input${stats.skipped > 2 ? 's' : ''}; nothing to build)` : ''}`);
    }
    bar?.update({ articles: stats.articles, bytes: total, totalBytes: total, reused: stats.reused, elapsedMs: performance.now() - t0 }, true);
    stats.triples = await sink.commit(o.onStage);
  } catch (e) {
    sink.abort();
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
