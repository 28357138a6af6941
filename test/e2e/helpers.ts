// Shared set-up of the browser tests: build the explorer once into a temporary folder, serve it with the
// seed graph on a free loopback port, and drive Debian's Chromium through playwright-core.
import { existsSync, mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import type { BrowserContext, Page } from 'playwright-core';
import { buildGraph } from '../../src/build.js';
import { readInputs } from '../../src/io/read-inputs.js';
import { serialize } from '../../src/rdf/serialize.js';
import { DEFAULT_BASE } from '../../src/rdf/vocabulary.js';
import { buildExplorer, buildWithProgress, startServer } from '../../src/cli/serve-command.js';
import { generateArticles } from '../../src/corpus/generate.js';
import type { RunningServer, ServedGraph } from '../../src/cli/serve-command.js';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const SCREENSHOTS = resolve('test-results/screenshots');

export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

let built: Promise<string> | null = null;

/** Builds the app once per test process, into its own temporary folder (never the developer's dist-explorer). */
export function builtApp(): Promise<string> {
  // E2E_APP_DIR runs the tests against a given build (say, of an older commit, to see an assertion fail on it).
  const given = process.env.E2E_APP_DIR;
  if (given) return Promise.resolve(given);
  built ??= (async () => {
    const dir = mkdtempSync(join(tmpdir(), 'newsgraph-explorer-'));
    await buildExplorer(dir);
    return dir;
  })();
  return built;
}

export async function seedGraph(): Promise<ServedGraph> {
  const { articles } = await readInputs(['data/articles']);
  const { store } = buildGraph(articles, { base: DEFAULT_BASE });
  return { name: 'articles.ttl', text: await serialize(store.getQuads(null, null, null, null), 'ttl', DEFAULT_BASE), format: 'ttl' };
}

/** shared/'s Wikinews corpus (334 real articles): beside the repository in CI, or further up in a worktree. */
export function wikinewsPath(): string | null {
  const candidates = [process.env.NEWSGRAPH_SHARED, '../shared', '../../shared', '/work/shared'].filter((p): p is string => !!p).map((d) => resolve(d, 'corpus/wikinews/wikinews.jsonl'));
  return candidates.find((p) => existsSync(p)) ?? null;
}

/**
 * A corpus of `n` articles built to Turtle: the Wikinews articles, topped up with generated ones (seeded).
 * E2E_CORPUS_TTL names a Turtle file built before, to skip the build while working on the tests.
 */
export async function corpusGraph(n: number): Promise<ServedGraph & { articles: number }> {
  const given = process.env.E2E_CORPUS_TTL;
  if (given) return { name: 'corpus.ttl', text: readFileSync(given, 'utf8'), format: 'ttl', articles: n };
  const dir = mkdtempSync(join(tmpdir(), 'newsgraph-corpus-'));
  try {
    const wn = wikinewsPath();
    const real = wn ? readFileSync(wn, 'utf8').trim().split('\n').length : 0;
    const gen = join(dir, 'generated.jsonl');
    writeFileSync(gen, [...generateArticles(Math.max(0, n - real), 7)].map((a) => JSON.stringify(a)).join('\n') + '\n');
    const { articles } = await readInputs([...(wn ? [wn] : []), gen]);
    const quiet = { write: () => true, isTTY: false } as unknown as NodeJS.WriteStream;
    const { store } = await buildWithProgress(articles, { base: DEFAULT_BASE }, quiet);
    return { name: 'corpus.ttl', text: await serialize(store.getQuads(null, null, null, null), 'ttl', DEFAULT_BASE), format: 'ttl', articles: articles.length };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function serve(graphs: ServedGraph[]): Promise<RunningServer> {
  return startServer({ appDir: await builtApp(), graphs, host: '127.0.0.1', port: 0 });
}

export interface Browser {
  context: BrowserContext;
  close(): Promise<void>;
}

export async function launch(): Promise<Browser> {
  const userDataDir = mkdtempSync(join(tmpdir(), 'newsgraph-chromium-'));
  const downloads = join(userDataDir, 'downloads');
  mkdirSync(downloads);
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: 1440, height: 900 },
    acceptDownloads: true,
    downloadsPath: downloads,
  });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/** A new page at `url` whose console errors and uncaught exceptions are collected into `errors`. */
export async function openPage(browser: Browser, url: string, errors: string[]): Promise<Page> {
  const page = await browser.context.newPage();
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(url);
  return page;
}

export function screenshotPath(name: string): string {
  mkdirSync(SCREENSHOTS, { recursive: true });
  return join(SCREENSHOTS, `${name}.png`);
}

/**
 * How much the graph canvas varies: the standard deviation of the luminance of the #graph element as the
 * compositor shows it (a screenshot, decoded in the page, so no readPixels of sigma's WebGL layers and no
 * refresh that could hide a bad frame). A blank canvas (one colour, the status line aside) is near 3; a graph
 * drawn at any sensible zoom is well above 8.
 */
export async function canvasSpread(page: Page): Promise<number> {
  const png = await page.getByTestId('graph').screenshot();
  return page.evaluate(async (b64) => {
    const bin = atob(b64);
    const bytes = new Uint8Array(bin.length);
    for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
    const img = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
    const ctx = new OffscreenCanvas(img.width, img.height).getContext('2d')!;
    ctx.drawImage(img, 0, 0);
    const d = ctx.getImageData(0, 0, img.width, img.height).data;
    let sum = 0;
    let sq = 0;
    for (let i = 0; i < d.length; i += 4) {
      const l = 0.299 * d[i]! + 0.587 * d[i + 1]! + 0.114 * d[i + 2]!;
      sum += l;
      sq += l * l;
    }
    const n = d.length / 4;
    return Math.sqrt(Math.max(0, sq / n - (sum / n) ** 2));
  }, png.toString('base64'));
}

/** Below this spread the canvas is taken as blank (see canvasSpread). */
export const BLANK_SPREAD = 6;
