// `newsgraph serve`'s HTTP side (issue 7, the web side): loopback by default, read-only, its own files only, strict CSP.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, symlinkSync, writeFileSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildWithProgress, startServer } from '../../src/cli/serve-command.js';
import { buildGraph } from '../../src/build.js';
import { readInputs } from '../../src/io/read-inputs.js';
import type { RunningServer } from '../../src/cli/serve-command.js';
import { parseSnapshot } from '../../src/explorer/data/snapshot.js';
import type { NodeEntry } from '../../src/explorer/data/snapshot.js';

let server: RunningServer;
let root: string;
let app: string;

/** Raw request: the path is sent exactly as written (fetch would normalise `..`). */
function get(path: string, method = 'GET', headers: Record<string, string> = {}): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }> {
  const u = new URL(server.url);
  return new Promise((resolve, reject) => {
    const req = request({ host: u.hostname, port: u.port, path, method, headers }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('serve: HTTP', () => {
  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'newsgraph-serve-'));
    app = join(root, 'app');
    const { mkdirSync } = await import('node:fs');
    mkdirSync(join(app, 'assets'), { recursive: true });
    writeFileSync(join(app, 'index.html'), '<!doctype html><title>x</title>');
    writeFileSync(join(app, 'assets', 'a.js'), 'export {};');
    writeFileSync(join(root, 'secret.txt'), 'SECRET');
    symlinkSync(join(root, 'secret.txt'), join(app, 'assets', 'link.txt'));
    server = await startServer({ appDir: app, graphs: [{ name: 'g.ttl', text: '<http://a> <http://b> "c" .\n', format: 'ttl' }], port: 0 });
  });
  afterAll(async () => {
    await server?.close();
    rmSync(root, { recursive: true, force: true });
  });

  it('binds 127.0.0.1 by default', () => {
    const addr = server.server.address();
    expect(typeof addr === 'object' && addr?.address).toBe('127.0.0.1');
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
  });

  it('serves the app with a strict Content-Security-Policy', async () => {
    const r = await get('/');
    expect(r.status).toBe(200);
    const csp = String(r.headers['content-security-policy']);
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("script-src 'self' 'wasm-unsafe-eval'");
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).not.toContain("'unsafe-eval'");
    expect(r.headers['x-content-type-options']).toBe('nosniff');
    expect((await get('/assets/a.js')).headers['content-type']).toContain('text/javascript');
  });

  it('serves the graphs and their manifest', async () => {
    const m = JSON.parse((await get('/graphs/manifest.json')).body) as { graphs: { name: string; url: string }[] };
    expect(m.graphs).toEqual([{ name: 'g.ttl', url: 'graphs/0.ttl' }]);
    const g = await get('/graphs/0.ttl');
    expect(g.headers['content-type']).toContain('text/turtle');
    expect(g.body).toContain('<http://a>');
  });

  it('serves a graph with an ETag (304 when unchanged), no-cache, and gzip when asked', async () => {
    const g = await get('/graphs/0.ttl');
    const etag = String(g.headers.etag);
    expect(etag).toMatch(/^"[\w-]+"$/);
    expect(g.headers['cache-control']).toBe('no-cache');
    expect(Number(g.headers['content-length'])).toBe(Buffer.byteLength(g.body));
    const again = await get('/graphs/0.ttl', 'GET', { 'If-None-Match': etag });
    expect(again.status).toBe(304);
    expect(again.body).toBe('');
    await expect.poll(async () => (await get('/graphs/0.ttl', 'HEAD', { 'Accept-Encoding': 'gzip' })).headers['content-encoding']).toBe('gzip');
  });

  it.each(['/../secret.txt', '/assets/../../secret.txt', '/%2e%2e/secret.txt', '/%2E%2E%2Fsecret.txt', '/assets/%2e%2e/%2e%2e/secret.txt', '/..%5csecret.txt', 'ABSOLUTE', '//etc/passwd', '/assets/link.txt', '/%00', '/assets/a.js%00.html', '/nope'])('refuses %s', async (path) => {
    const r = await get(path === 'ABSOLUTE' ? `/${join(root, 'secret.txt')}` : path);
    expect([400, 404]).toContain(r.status);
    expect(r.body).not.toContain('SECRET');
  });

  it('serves the explorer\'s index: the overview snapshot and each node\'s entry, with the ETag; 404 for an unknown node', async () => {
    const m = JSON.parse((await get('/graphs/manifest.json')).body) as { index?: string };
    expect(m.index).toBe('graphs/index/');
    const o = await get('/graphs/index/overview.json');
    expect(o.status).toBe(200);
    const snap = parseSnapshot(o.body);
    expect(snap.catalog.ids).toEqual(['http://a']);
    expect(snap.view.mode).toBe('overview');
    expect(snap.view.nodes).toBeInstanceOf(Uint32Array);
    const n = await get('/graphs/index/node?id=http%3A%2F%2Fa');
    expect(n.status).toBe(200);
    const entry = JSON.parse(n.body) as NodeEntry;
    expect(entry.details?.literals.map((l) => l.value)).toEqual(['c']);
    expect(n.headers.etag).toBe(o.headers.etag);
    expect((await get('/graphs/index/node?id=http%3A%2F%2Fa', 'GET', { 'If-None-Match': String(n.headers.etag) })).status).toBe(304);
    expect((await get('/graphs/index/node?id=http%3A%2F%2Fnope')).status).toBe(404);
    expect((await get('/graphs/index/article?id=x')).status).toBe(404);
  });

  it('listens before an index given as a promise is made, and offers it once it is', async () => {
    const { indexTexts } = await import('../../src/cli/serve-index.js');
    const graphs = [{ name: 'g.ttl', text: '<http://a> <http://b> "c" .\n', format: 'ttl' as const }];
    let resolve!: (ix: Awaited<ReturnType<typeof indexTexts>>) => void;
    const later = await startServer({ appDir: app, graphs, port: 0, index: new Promise((r) => (resolve = r)) });
    try {
      const manifest = async () => JSON.parse(await (await fetch(`${later.url}graphs/manifest.json`)).text()) as { index?: string };
      expect((await manifest()).index).toBeUndefined();
      expect((await fetch(`${later.url}graphs/index/overview.json`)).status).toBe(404);
      resolve(await indexTexts(graphs));
      await expect.poll(async () => (await manifest()).index).toBe('graphs/index/');
      expect((await fetch(`${later.url}graphs/index/overview.json`)).status).toBe(200);
    } finally {
      await later.close();
    }
  });

  it('serves an index made in a child process (its entries in a file, read a panel at a time) byte for byte as one made in process', async () => {
    const { indexTexts } = await import('../../src/cli/serve-index.js');
    const { indexInChild } = await import('../../src/cli/serve-command.js');
    const { articles } = await readInputs(['data/articles']);
    const { serialize } = await import('../../src/rdf/serialize.js');
    const text = await serialize(buildGraph(articles, { base: 'https://w3id.org/newsgraph/data/' }).store.getQuads(null, null, null, null), 'ttl', 'https://w3id.org/newsgraph/data/');
    // As serve has it: bytes, not a string.
    const graphs = [{ name: 'a.ttl', text: Buffer.from(text, 'utf8'), format: 'ttl' as const }];
    const inProcess = await indexTexts(graphs);
    let childMb = 0;
    const fromChild = await indexInChild(graphs, (mb) => (childMb = mb));
    expect(childMb).toBeGreaterThan(0);
    expect(fromChild.file).toBeDefined();
    expect(fromChild.nodes.body).toBeNull();
    const a = await startServer({ appDir: app, graphs, port: 0, index: inProcess });
    const b = await startServer({ appDir: app, graphs, port: 0, index: fromChild });
    try {
      const bytes = async (s: RunningServer, path: string) => Buffer.from(await (await fetch(`${s.url}${path}`)).arrayBuffer());
      // The snapshot differs only in the dataset's version (a fresh child's is the first; this process has made others).
      const snapshot = async (s: RunningServer) => {
        const o = JSON.parse((await bytes(s, 'graphs/index/overview.json')).toString('utf8')) as { catalog: { version: number }; view: { version: number } };
        o.catalog.version = o.view.version = 0;
        return o;
      };
      expect(await snapshot(b)).toEqual(await snapshot(a));
      const paths = [...inProcess.nodes.ids.map((id) => `graphs/index/node?id=${encodeURIComponent(id)}`), ...inProcess.articles.ids.map((id) => `graphs/index/article?id=${encodeURIComponent(id)}`)];
      expect(paths.length).toBeGreaterThan(100);
      for (const path of paths) expect((await bytes(b, path)).equals(await bytes(a, path)), path).toBe(true);
      expect((await fetch(`${b.url}graphs/index/node?id=nope`)).status).toBe(404);
    } finally {
      await a.close();
      await b.close();
    }
  }, 120_000);

  it('has no endpoint that writes: only GET and HEAD', async () => {
    for (const m of ['POST', 'PUT', 'DELETE', 'PATCH']) {
      const r = await get('/graphs/0.ttl', m);
      expect(r.status).toBe(405);
    }
    const head = await get('/', 'HEAD');
    expect(head.status).toBe(200);
    expect(head.body).toBe('');
  });
});

describe('serve: command line', () => {
  const BIN = join(import.meta.dirname, '../../bin/newsgraph.js');
  it('warns before listening anywhere but loopback, and refuses a bad port', async () => {
    const { spawnSync } = await import('node:child_process');
    // The input is missing, so the command stops right after the warning: nothing listens.
    const r = spawnSync(process.execPath, [BIN, 'serve', join(tmpdir(), 'no-such-graph.ttl'), '--host', '127.0.0.2'], { encoding: 'utf8' });
    expect(r.stderr).toMatch(/^warning: listening on 127\.0\.0\.2: anyone who can reach this address can read the graph/);
    expect(r.status).toBe(1);
    const bad = spawnSync(process.execPath, [BIN, 'serve', '--port', '99999'], { encoding: 'utf8' });
    expect(bad.stderr).toMatch(/--port: not a port number/);
    expect(bad.status).not.toBe(0);
  }, 60_000);
});

describe('serve: building from articles', () => {
  it('builds in steps with progress, to the graph buildGraph makes', async () => {
    const { articles } = await readInputs(['data/articles']);
    const lines: string[] = [];
    const stream = { write: (t: string) => lines.push(t), isTTY: false } as unknown as NodeJS.WriteStream;
    const stepped = await buildWithProgress(articles, { base: 'https://w3id.org/newsgraph/data/' }, stream);
    const whole = buildGraph(articles, { base: 'https://w3id.org/newsgraph/data/' });
    expect(stepped.stats).toEqual(whole.stats);
    expect(lines.at(-1)).toMatch(new RegExp(`^building: ${articles.length}/${articles.length} articles`));
  });
});
