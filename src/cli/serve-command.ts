import type { Command } from 'commander';
import { createHash } from 'node:crypto';
import { createServer } from 'node:http';
import { gzip } from 'node:zlib';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { closeSync, existsSync, mkdtempSync, openSync, read, readdirSync, readFileSync, realpathSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, resolve, sep } from 'node:path';
import { InputError, UsageError } from '../errors.js';
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { BuildJob, BuildReply, IndexJob } from './serve-build.worker.js';
import { checkIsoDate } from '../input/dates.js';
import type { Article } from '../input/types.js';
import { ProgressBar } from '../corpus/progress.js';
import type { Store } from 'n3';
import { PACKAGE_ROOT, packagePath } from '../package-root.js';
import { DEFAULT_BASE, checkBase, formatFor, mediaType } from '../rdf/formats.js';
import type { RdfFormat } from '../rdf/formats.js';
import { entryRange, indexTexts } from './serve-index.js';
import type { ServedIndex } from './serve-index.js';

/** Where `vite build -c src/explorer/vite.config.ts` puts the explorer. */
export const EXPLORER_DIST = packagePath('dist-explorer');
const VITE_CONFIG = packagePath('src', 'explorer', 'vite.config.ts');

/** No inline script or style, no eval (WebAssembly compilation only, for Oxigraph), same-origin everything. */
export const CSP = [
  "default-src 'none'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "worker-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "font-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

const SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy': CSP,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'X-Frame-Options': 'DENY',
  'Cache-Control': 'no-cache',
};

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};

export interface ServedGraph {
  /** Shown in the explorer (a file name). */
  name: string;
  /**
   * Text in one of the formats the explorer reads (JSON-LD is served converted to N-Quads), or its UTF-8
   * bytes (what serve reads and serves: a 50 MB graph with one non-Latin-1 character is 100 MB as a string).
   */
  text: string | Uint8Array;
  format: ServedFormat;
}

/** What the explorer parses (n3, by file name): every format newsgraph writes except JSON-LD. */
export type ServedFormat = Exclude<RdfFormat, 'jsonld'>;

/** Graph files `serve` takes: every format `build` writes. */
const RDF_FILE = /\.(ttl|nt|nq|trig|jsonld)$/i;

export interface ServerOptions {
  appDir?: string;
  graphs: ServedGraph[];
  /**
   * The graphs' index (overview snapshot, panels; serve-index.ts). Not given: made here from the graphs
   * before the server listens. A promise: the server listens at once and offers the index once it is
   * made (until then the page loads the whole graph first, as without one). false: none.
   */
  index?: ServedIndex | Promise<ServedIndex | null> | false;
  host?: string;
  port?: number;
}

export interface RunningServer {
  url: string;
  server: Server;
  close(): Promise<void>;
}

/** Builds the explorer with Vite (when missing, out of date, or when asked). */
export async function buildExplorer(outDir: string = EXPLORER_DIST): Promise<void> {
  let vite: typeof import('vite');
  try {
    vite = await import('vite');
  } catch {
    throw new UsageError('the explorer is not built and Vite is not installed: run `npm install` in the newsgraph folder');
  }
  await vite.build({ configFile: VITE_CONFIG, logLevel: 'warn', build: { outDir, emptyOutDir: true } });
}

function newestMtime(dir: string): number {
  let newest = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    newest = Math.max(newest, e.isDirectory() ? newestMtime(p) : statSync(p).mtimeMs);
  }
  return newest;
}

/** True when dist-explorer is missing or older than the sources it bundles (src/ and the knowledge in data/). */
export function explorerIsStale(outDir: string = EXPLORER_DIST): boolean {
  const index = join(outDir, 'index.html');
  if (!existsSync(index)) return true;
  const repo = PACKAGE_ROOT;
  const sources = ['src', 'data/gazetteer', 'data/lexicon'].map((d) => join(repo, d)).filter((d) => existsSync(d));
  // Only a source checkout can be stale; an installed package ships no sources to compare against.
  return sources.length > 0 && Math.max(...sources.map(newestMtime)) > statSync(index).mtimeMs;
}

/** A response body made once: its bytes, ETag and (made in the background) gzip copy. */
interface Prepared {
  type: string;
  body: Uint8Array;
  etag: string;
  /** The gzipped body, once made (null until then, or if it failed). */
  gz: Buffer | null;
}

interface PreparedGraph extends Prepared {
  name: string;
  path: string;
}

/** Gives `p` its gzip copy, in the background. */
function prepare<T extends Prepared>(p: T): T {
  gzip(p.body, { level: 6 }, (err, gz) => {
    if (!err) p.gz = gz;
  });
  return p;
}

const etagOf = (body: Uint8Array) => `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;

function prepareGraph(g: ServedGraph, path: string): PreparedGraph {
  const body = typeof g.text === 'string' ? Buffer.from(g.text, 'utf8') : g.text;
  return prepare({ name: g.name, path, type: `${mediaType(g.format)}; charset=utf-8`, body, etag: etagOf(body), gz: null });
}

/** Streams chunks of this size, waiting for the socket to drain: many slow clients hold no extra copies. */
const CHUNK = 1 << 20;

function sendPrepared(req: IncomingMessage, res: ServerResponse, g: Prepared, head: boolean): void {
  const headers: Record<string, string> = { ...SECURITY_HEADERS, 'Content-Type': g.type, ETag: g.etag, 'Cache-Control': 'no-cache', Vary: 'Accept-Encoding' };
  const match = req.headers['if-none-match'];
  if (match && match.split(',').some((t) => t.trim().replace(/^W\//, '') === g.etag)) {
    res.writeHead(304, headers);
    res.end();
    return;
  }
  const gz = g.gz && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? '')) ? g.gz : null;
  // A node's or an article's entry is small: sent whole, not gzipped.
  const body = gz ?? g.body;
  if (gz) headers['Content-Encoding'] = 'gzip';
  res.writeHead(200, { ...headers, 'Content-Length': String(body.length) });
  if (head) {
    res.end();
    return;
  }
  let at = 0;
  const pump = () => {
    while (at < body.length) {
      // subarray shares the buffer's memory: nothing is copied.
      const chunk = body.subarray(at, Math.min(at + CHUNK, body.length));
      at += chunk.length;
      if (!res.write(chunk)) {
        res.once('drain', pump);
        return;
      }
    }
    res.end();
  };
  pump();
}

/**
 * A read-only HTTP server: GET/HEAD for the built explorer's files and the graphs given to it, nothing else.
 * Files are resolved inside appDir only (after decoding, normalising and resolving symlinks).
 */
export async function startServer(opts: ServerOptions): Promise<RunningServer> {
  const appDir = realpathSync(opts.appDir ?? EXPLORER_DIST);
  // Each graph is encoded once: every request streams the same bytes (no per-request copy of a 50 MB
  // string), with an ETag so a reload revalidates instead of downloading again, and gzip (made once, in
  // the background) for clients that take it.
  const graphs = opts.graphs.map((g, i) => prepareGraph(g, `/graphs/${i}.${g.format}`));
  let index: ServedIndex | null = null;
  /** The index's entries file (ServedIndex.file), open while the server runs. */
  let entriesFd: number | null = null;
  let overview: Prepared | null = null;
  let nodeLookup = new Map<string, number>();
  let articleLookup = new Map<string, number>();
  let closed = false;
  const useIndex = (ix: ServedIndex | null) => {
    if (!ix || closed) return;
    if (ix.file !== undefined) entriesFd = openSync(ix.file, 'r');
    overview = prepare({ type: MIME['.json']!, body: ix.overview, etag: ix.etag, gz: null });
    nodeLookup = new Map(ix.nodes.ids.map((id, i) => [id, i]));
    articleLookup = new Map(ix.articles.ids.map((id, i) => [id, i]));
    index = ix;
  };
  if (opts.index === undefined && opts.graphs.length) {
    // A graph the index cannot read: the page loads it (and reports the error) as before.
    useIndex(await indexTexts(opts.graphs).catch(() => null));
  } else if (opts.index instanceof Promise) void opts.index.then(useIndex, () => undefined);
  else if (opts.index) useIndex(opts.index);
  const manifest = () => JSON.stringify({ graphs: graphs.map((g) => ({ name: g.name, url: g.path.slice(1) })), ...(index ? { index: 'graphs/index/' } : {}) });
  /** An index entry by `?id=`: the JSON, with the index's ETag (404 for an unknown id). */
  const sendEntry = (req: IncomingMessage, res: ServerResponse, which: 'nodes' | 'articles', head: boolean) => {
    const id = new URL(req.url ?? '/', 'http://x').searchParams.get('id') ?? '';
    const entries = index?.[which];
    const range = entries ? entryRange(entries, which === 'nodes' ? nodeLookup : articleLookup, id) : null;
    if (!entries || !range) return send(res, 404, 'text/plain; charset=utf-8', 'not found\n', head);
    const etag = index!.etag;
    if (entries.body) return sendPrepared(req, res, { type: MIME['.json']!, body: entries.body.subarray(range[0], range[1]), etag, gz: null }, head);
    // Read from the entries file: one panel's bytes (kilobytes), not the whole index, in memory.
    const body = Buffer.alloc(range[1] - range[0]);
    const fill = (done: number): void => {
      if (entriesFd === null) return send(res, 503, 'text/plain; charset=utf-8', 'closing\n', head);
      if (done === body.length) return sendPrepared(req, res, { type: MIME['.json']!, body, etag, gz: null }, head);
      read(entriesFd, body, done, body.length - done, range[0] + done, (err, n) => (err || n === 0 ? send(res, 500, 'text/plain; charset=utf-8', 'index unreadable\n', head) : fill(done + n)));
    };
    fill(0);
  };

  function send(res: ServerResponse, status: number, type: string, body: string | Buffer, head: boolean) {
    res.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': type, 'Content-Length': Buffer.byteLength(body) });
    res.end(head ? undefined : body);
  }
  const handler = (req: IncomingMessage, res: ServerResponse) => {
    const head = req.method === 'HEAD';
    if (req.method !== 'GET' && !head) {
      res.setHeader('Allow', 'GET, HEAD');
      return send(res, 405, 'text/plain; charset=utf-8', 'method not allowed\n', false);
    }
    let path: string;
    try {
      const raw = (req.url ?? '/').split('?')[0]!.split('#')[0]!;
      if (!raw.startsWith('/')) throw new Error('bad path');
      path = decodeURIComponent(raw);
    } catch {
      return send(res, 400, 'text/plain; charset=utf-8', 'bad request\n', head);
    }
    if (path.includes('\0') || path.includes('\\') || path.split('/').some((seg) => seg === '..' || seg === '.')) return send(res, 404, 'text/plain; charset=utf-8', 'not found\n', head);
    if (path === '/graphs/manifest.json') return send(res, 200, MIME['.json']!, manifest(), head);
    if (path === '/graphs/index/overview.json' && overview) return sendPrepared(req, res, overview, head);
    if (path === '/graphs/index/node' && index) return sendEntry(req, res, 'nodes', head);
    if (path === '/graphs/index/article' && index) return sendEntry(req, res, 'articles', head);
    const g = graphs.find((x) => x.path === path);
    if (g) return sendPrepared(req, res, g, head);
    const rel = path === '/' ? 'index.html' : path.slice(1);
    const file = resolve(appDir, rel);
    if (!file.startsWith(appDir + sep)) return send(res, 404, 'text/plain; charset=utf-8', 'not found\n', head);
    let real: string;
    try {
      real = realpathSync(file);
      if (!real.startsWith(appDir + sep) || !statSync(real).isFile()) throw new Error('outside');
    } catch {
      return send(res, 404, 'text/plain; charset=utf-8', 'not found\n', head);
    }
    const type = MIME[extname(real).toLowerCase()] ?? 'application/octet-stream';
    return send(res, 200, type, readFileSync(real), head);
  };

  const server = createServer(handler);
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, opts.host ?? '127.0.0.1', () => {
      server.off('error', reject);
      const addr = server.address();
      const port = typeof addr === 'object' && addr ? addr.port : opts.port;
      const host = (opts.host ?? '127.0.0.1').includes(':') ? `[${opts.host}]` : (opts.host ?? '127.0.0.1');
      resolvePromise({
        url: `http://${host === '0.0.0.0' ? '127.0.0.1' : host}:${port}/`,
        server,
        close: () => new Promise<void>((r) => {
          closed = true;
          server.closeAllConnections();
          server.close(() => {
            if (entriesFd !== null) closeSync(entriesFd);
            entriesFd = null;
            r();
          });
        }),
      });
    });
  });
}

/** Articles per step of the build: progress is shown, and the event loop breathes, between steps. */
const BUILD_STEP = 50;

/**
 * buildGraph over the articles in steps, with progress on stderr (a bar on a terminal, else a line every
 * few seconds): `serve` on a corpus used to sit silent for the whole build. Articles are extracted one by
 * one and their quads unioned either way, so the graph is the one buildGraph makes of them all.
 */
export async function buildWithProgress(articles: Article[], options: { base: string; date?: string }, stream: NodeJS.WriteStream = process.stderr): Promise<{ store: Store; stats: { articles: number; entities: number; events: number; facts: number; triples: number } }> {
  const seen = new Set<string>();
  for (const a of articles) {
    if (seen.has(a.id)) throw new UsageError(`${a.origin}: two articles share the id "${a.id}"`);
    seen.add(a.id);
  }
  // The extractors and n3 load only now: --help stays fast.
  const { buildGraph } = await import('../build.js');
  const { Store } = await import('n3');
  const store = new Store();
  const entities = new Set<string>();
  let events = 0;
  let facts = 0;
  const bar = ProgressBar.wanted(undefined, stream) ? new ProgressBar(stream) : null;
  const t0 = performance.now();
  let lastLine = t0;
  const totalBytes = articles.reduce((n, a) => n + a.text.length, 0);
  let bytes = 0;
  for (let i = 0; i < articles.length; i += BUILD_STEP) {
    const part = articles.slice(i, i + BUILD_STEP);
    const r = buildGraph(part, options);
    store.addQuads(r.store.getQuads(null, null, null, null));
    for (const x of r.extractions) for (const k of x.entities.keys()) entities.add(k);
    events += r.stats.events;
    facts += r.stats.facts;
    bytes += part.reduce((n, a) => n + a.text.length, 0);
    const done = i + part.length;
    const elapsedMs = performance.now() - t0;
    if (bar) bar.update({ articles: done, bytes, totalBytes, reused: 0, elapsedMs }, done === articles.length);
    else if (performance.now() - lastLine > 3000 || done === articles.length) {
      lastLine = performance.now();
      stream.write(`building: ${done}/${articles.length} articles, ${(elapsedMs / 1000).toFixed(0)} s\n`);
    }
    await new Promise<void>((r) => setImmediate(r));
  }
  bar?.done();
  return { store, stats: { articles: articles.length, entities: entities.size, events, facts, triples: store.size } };
}

/**
 * A folder for serve's files (the built graph, the graphs handed to the index child, the index's entries),
 * removed when the process exits.
 */
function scratchDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'newsgraph-serve-'));
  process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** Builds articles into Turtle in a child process (serve-build.worker.ts), so the build's memory leaves with it. */
function buildInChild(job: BuildJob): Promise<Extract<BuildReply, { built: true }>>;
function buildInChild(job: IndexJob): Promise<Extract<BuildReply, { index: ServedIndex }>>;
function buildInChild(job: BuildJob | IndexJob): Promise<BuildReply> {
  // From the sources (tsx), a small .mjs registers tsx first; compiled, the .js runs as is.
  const fromSource = import.meta.url.endsWith('.ts');
  const child = fork(fileURLToPath(new URL(fromSource ? './serve-build-boot.mjs' : './serve-build.worker.js', import.meta.url)), [], { serialization: 'advanced', stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  let settled = false;
  return new Promise((resolvePromise, reject) => {
    child.once('message', (m: BuildReply) => {
      settled = true;
      if ('error' in m) reject(m.error.where ? new InputError(m.error.where, m.error.message) : new UsageError(m.error.message));
      else resolvePromise(m);
    });
    child.once('error', (e) => {
      settled = true;
      reject(e);
    });
    child.once('exit', (code, signal) => {
      if (!settled) reject(new UsageError(`the build stopped (${signal ?? `exit code ${code}`})`));
    });
    child.send(job);
  });
}

/**
 * The index of graphs (serve-index.ts), made in a child process: its parse and store leave with it. The
 * graphs go to it as files (the bytes served, written once: no copy of them in a message), and its entries
 * come back in a file that the server reads a panel at a time. `onMemory` gets the child's peak RSS.
 */
export async function indexInChild(graphs: ServedGraph[], onMemory?: (maxRssMb: number) => void): Promise<ServedIndex> {
  const dir = scratchDir();
  const files = graphs.map((g, i) => {
    const file = join(dir, `graph-${i}.${g.format}`);
    writeFileSync(file, g.text);
    return { name: g.name, file };
  });
  try {
    const reply = await buildInChild({ index: files, file: join(dir, 'entries.json') });
    onMemory?.(reply.maxRssMb);
    return reply.index;
  } finally {
    for (const f of files) rmSync(f.file, { force: true });
  }
}

export interface ServeFlags {
  port: string;
  host: string;
  base: string;
  date?: string;
  rebuild?: boolean;
}

/**
 * Graph files in any format `build` writes are served as they are, except JSON-LD, which the explorer
 * does not parse: it is read here and served as N-Quads (named "<file>.nq"). Articles (files, folders,
 * corpora) are built first, by the streaming corpus build, in a worker thread.
 */
export async function graphsFor(inputs: string[], flags: ServeFlags): Promise<{ graphs: ServedGraph[]; summary: string }> {
  // RDF libraries and the extractors load only now: --help stays fast.
  const { parseAny } = await import('../rdf/serialize.js');
  const { Writer } = await import('n3');
  const graphs: ServedGraph[] = [];
  const rdf = inputs.filter((p) => RDF_FILE.test(p));
  const articlesIn = inputs.filter((p) => !RDF_FILE.test(p));
  for (const p of rdf) {
    if (!existsSync(p)) throw new UsageError(`${p}: no such file`);
    const name = p.replace(/^.*[\\/]/, '');
    const format = formatFor(undefined, p);
    // Bytes, not a string: served as they are, and half the size of a string with a non-Latin-1 character.
    const bytes = readFileSync(p);
    if (format !== 'jsonld') {
      graphs.push({ name, text: bytes, format });
      continue;
    }
    let quads;
    try {
      quads = await parseAny(bytes.toString('utf8'), 'jsonld');
    } catch (e) {
      throw new UsageError(`${p}: not valid JSON-LD: ${(e as Error).message.split('\n')[0]}`);
    }
    graphs.push({ name: `${name}.nq`, text: Buffer.from(new Writer({ format: 'application/n-quads' }).quadsToString(quads), 'utf8'), format: 'nq' });
  }
  let summary = rdf.length ? `serving ${rdf.join(', ')}` : '';
  if (articlesIn.length) {
    const date = flags.date ? checkIsoDate(flags.date, '--date') : undefined;
    const output = join(scratchDir(), 'articles.ttl');
    const result = await buildInChild({ inputs: articlesIn, base: flags.base, ...(date ? { date } : {}), output });
    for (const m of result.skipped) process.stderr.write(`skipped: ${m}\n`);
    graphs.push({ name: articlesIn.length === 1 ? `${articlesIn[0]!.replace(/[\\/]+$/, '').replace(/^.*[\\/]/, '')}.ttl` : 'articles.ttl', text: readFileSync(output), format: 'ttl' });
    rmSync(output, { force: true });
    const s = result.stats;
    summary = [summary, `${s.articles} articles, ${s.entities} entities, ${s.events} events, ${s.facts} facts`].filter(Boolean).join(' + ');
  }
  return { graphs, summary };
}

export function serveCommand(program: Command): void {
  program
    .command('serve')
    .description('serve the explorer (a browser app) over graphs (.ttl, .nt, .nq, .trig, .jsonld) or articles built on the fly')
    .argument('[inputs...]', 'graph files (.ttl, .nt, .nq, .trig, .jsonld), article files (.txt, .md), folders or JSON Lines corpora', ['data/articles'])
    .option('-p, --port <n>', 'port (0 picks a free one)', '8417')
    .option('--host <address>', 'address to listen on; anything but loopback exposes the graph to the network', '127.0.0.1')
    .option('--base <iri>', 'base IRI when building from articles', DEFAULT_BASE)
    .option('--date <YYYY-MM-DD>', 'publication date for articles without one')
    .option('--rebuild', 'rebuild the explorer app with Vite before serving')
    .action(async (inputs: string[], flags: ServeFlags) => {
      const port = Number(flags.port);
      if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`--port: not a port number: ${flags.port}`);
      try {
        checkBase(flags.base);
      } catch (e) {
        throw new UsageError((e as Error).message);
      }
      const loopback = ['127.0.0.1', 'localhost', '::1'].includes(flags.host);
      if (!loopback) process.stderr.write(`warning: listening on ${flags.host}: anyone who can reach this address can read the graph\n`);
      const { graphs, summary } = await graphsFor(inputs, flags);
      // The explorer's index (the overview and the panels, so the page draws before it has the RDF), made in
      // a worker thread: parsing the graph into a store takes far more memory than serving it.
      // The server listens meanwhile; until the index is made, the page loads the whole graph first.
      const i0 = performance.now();
      let childMb = 0;
      const index = indexInChild(graphs, (mb) => (childMb = mb)).then(
        (ix) => {
          process.stderr.write(`explorer index ready (${((performance.now() - i0) / 1000).toFixed(0)} s, ${childMb} MB)\n`);
          return ix;
        },
        (e: Error) => {
          process.stderr.write(`warning: no index for the explorer (${e.message.split('\n')[0]}); it loads the whole graph first\n`);
          return null;
        },
      );
      if (flags.rebuild || explorerIsStale()) {
        process.stdout.write('building the explorer (vite)…\n');
        await buildExplorer();
      }
      let running: RunningServer;
      try {
        running = await startServer({ graphs, index, host: flags.host === 'localhost' ? '127.0.0.1' : flags.host, port });
      } catch (e) {
        const err = e as NodeJS.ErrnoException;
        throw new UsageError(err.code === 'EADDRINUSE' ? `port ${port} is in use: pick another with --port` : err.message);
      }
      process.stdout.write(`${summary}\nnewsgraph explorer: ${running.url}  (Ctrl-C to stop)\n`);
      await new Promise<void>((done) => {
        const stop = () => void running.close().then(done);
        process.once('SIGINT', stop);
        process.once('SIGTERM', stop);
      });
    });
}
