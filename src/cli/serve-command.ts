import type { Command } from 'commander';
import { createHash } from 'node:crypto';
import { createServer } from 'node:http';
import { gzip } from 'node:zlib';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { existsSync, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildGraph } from '../build.js';
import { InputError, UsageError } from '../errors.js';
import { Worker } from 'node:worker_threads';
import type { BuildJob, BuildReply } from './serve-build.worker.js';
import { checkIsoDate } from '../input/dates.js';
import type { Article } from '../input/types.js';
import { ProgressBar } from '../corpus/progress.js';
import { Store } from 'n3';
import { DEFAULT_BASE } from '../rdf/vocabulary.js';
import { checkBase } from '../rdf/iri.js';

/** Where `vite build -c src/explorer/vite.config.ts` puts the explorer. */
export const EXPLORER_DIST = fileURLToPath(new URL('../../dist-explorer', import.meta.url));
const VITE_CONFIG = fileURLToPath(new URL('../explorer/vite.config.ts', import.meta.url));

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
  /** Turtle or N-Triples text. */
  text: string;
  format: 'ttl' | 'nt';
}

export interface ServerOptions {
  appDir?: string;
  graphs: ServedGraph[];
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
  const repo = fileURLToPath(new URL('../..', import.meta.url));
  const sources = ['src', 'data/gazetteer', 'data/lexicon'].map((d) => join(repo, d)).filter((d) => existsSync(d));
  // Only a source checkout can be stale; an installed package ships no sources to compare against.
  return sources.length > 0 && Math.max(...sources.map(newestMtime)) > statSync(index).mtimeMs;
}

interface PreparedGraph {
  name: string;
  path: string;
  type: string;
  body: Buffer;
  etag: string;
  /** The gzipped body, once made (null until then, or if it failed). */
  gz: Buffer | null;
}

function prepareGraph(g: ServedGraph, path: string): PreparedGraph {
  const body = Buffer.from(g.text, 'utf8');
  const etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;
  const p: PreparedGraph = { name: g.name, path, type: g.format === 'ttl' ? 'text/turtle; charset=utf-8' : 'application/n-triples; charset=utf-8', body, etag, gz: null };
  gzip(body, { level: 6 }, (err, gz) => {
    if (!err) p.gz = gz;
  });
  return p;
}

/** Streams chunks of this size, waiting for the socket to drain: many slow clients hold no extra copies. */
const CHUNK = 1 << 20;

function sendGraph(req: IncomingMessage, res: ServerResponse, g: PreparedGraph, head: boolean): void {
  const headers: Record<string, string> = { ...SECURITY_HEADERS, 'Content-Type': g.type, ETag: g.etag, 'Cache-Control': 'no-cache', Vary: 'Accept-Encoding' };
  const match = req.headers['if-none-match'];
  if (match && match.split(',').some((t) => t.trim().replace(/^W\//, '') === g.etag)) {
    res.writeHead(304, headers);
    res.end();
    return;
  }
  const gz = g.gz && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? '')) ? g.gz : null;
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
export function startServer(opts: ServerOptions): Promise<RunningServer> {
  const appDir = realpathSync(opts.appDir ?? EXPLORER_DIST);
  // Each graph is encoded once: every request streams the same bytes (no per-request copy of a 50 MB
  // string), with an ETag so a reload revalidates instead of downloading again, and gzip (made once, in
  // the background) for clients that take it.
  const graphs = opts.graphs.map((g, i) => prepareGraph(g, `/graphs/${i}.${g.format}`));
  const manifest = JSON.stringify({ graphs: graphs.map((g) => ({ name: g.name, url: g.path.slice(1) })) });

  const send = (res: ServerResponse, status: number, type: string, body: string | Buffer, head: boolean) => {
    res.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': type, 'Content-Length': Buffer.byteLength(body) });
    res.end(head ? undefined : body);
  };
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
    if (path === '/graphs/manifest.json') return send(res, 200, MIME['.json']!, manifest, head);
    const g = graphs.find((x) => x.path === path);
    if (g) return sendGraph(req, res, g, head);
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
          server.closeAllConnections();
          server.close(() => r());
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

/** Builds articles into Turtle in a worker thread (serve-build.worker.ts), so the build's memory leaves with it. */
function buildInWorker(job: BuildJob): Promise<Extract<BuildReply, { text: string }>> {
  // From the sources (tsx), a small .mjs registers tsx in the worker first; compiled, the .js runs as is.
  const fromSource = import.meta.url.endsWith('.ts');
  const worker = new Worker(new URL(fromSource ? './serve-build-boot.mjs' : './serve-build.worker.js', import.meta.url), { workerData: job });
  return new Promise((resolvePromise, reject) => {
    worker.once('message', (m: BuildReply) => {
      void worker.terminate();
      if ('error' in m) reject(m.error.where ? new InputError(m.error.where, m.error.message) : new UsageError(m.error.message));
      else resolvePromise(m);
    });
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (code !== 0) reject(new UsageError(`the build stopped (exit code ${code})`));
    });
  });
}

interface ServeFlags {
  port: string;
  host: string;
  base: string;
  date?: string;
  rebuild?: boolean;
}

/** Turtle / N-Triples files are served as they are; articles (files, folders, corpora) are built first, in memory. */
async function graphsFor(inputs: string[], flags: ServeFlags): Promise<{ graphs: ServedGraph[]; summary: string }> {
  const graphs: ServedGraph[] = [];
  const rdf = inputs.filter((p) => /\.(ttl|nt)$/i.test(p));
  const articlesIn = inputs.filter((p) => !/\.(ttl|nt)$/i.test(p));
  for (const p of rdf) {
    if (!existsSync(p)) throw new UsageError(`${p}: no such file`);
    graphs.push({ name: p.replace(/^.*[\\/]/, ''), text: readFileSync(p, 'utf8'), format: p.toLowerCase().endsWith('.nt') ? 'nt' : 'ttl' });
  }
  let summary = rdf.length ? `serving ${rdf.join(', ')}` : '';
  if (articlesIn.length) {
    const date = flags.date ? checkIsoDate(flags.date, '--date') : undefined;
    const result = await buildInWorker({ inputs: articlesIn, base: flags.base, ...(date ? { date } : {}) });
    for (const m of result.skipped) process.stderr.write(`skipped: ${m}\n`);
    graphs.push({ name: articlesIn.length === 1 ? `${articlesIn[0]!.replace(/[\\/]+$/, '').replace(/^.*[\\/]/, '')}.ttl` : 'articles.ttl', text: result.text, format: 'ttl' });
    const s = result.stats;
    summary = [summary, `${s.articles} articles, ${s.entities} entities, ${s.events} events, ${s.facts} facts`].filter(Boolean).join(' + ');
  }
  return { graphs, summary };
}

export function serveCommand(program: Command): void {
  program
    .command('serve')
    .description('serve the explorer (a browser app) over graphs (.ttl, .nt) or articles built on the fly')
    .argument('[inputs...]', 'graph files (.ttl, .nt), article files (.txt, .md), folders or JSON Lines corpora', ['data/articles'])
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
      if (flags.rebuild || explorerIsStale()) {
        process.stdout.write('building the explorer (vite)…\n');
        await buildExplorer();
      }
      let running: RunningServer;
      try {
        running = await startServer({ graphs, host: flags.host === 'localhost' ? '127.0.0.1' : flags.host, port });
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
