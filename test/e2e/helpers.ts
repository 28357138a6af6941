// Shared set-up of the browser tests: build the explorer once into a temporary folder, serve it with the
// seed graph on a free loopback port, and drive Debian's Chromium through playwright-core.
import { mkdtempSync, mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import type { BrowserContext } from 'playwright-core';
import { buildGraph } from '../../src/build.js';
import { readInputs } from '../../src/io/read-inputs.js';
import { serialize } from '../../src/rdf/serialize.js';
import { DEFAULT_BASE } from '../../src/rdf/vocabulary.js';
import { buildExplorer, startServer } from '../../src/cli/serve-command.js';
import type { RunningServer, ServedGraph } from '../../src/cli/serve-command.js';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const SCREENSHOTS = resolve('test-results/screenshots');

export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

let built: Promise<string> | null = null;

/** Builds the app once per test process, into its own temporary folder (never the developer's dist-explorer). */
export function builtApp(): Promise<string> {
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

export function screenshotPath(name: string): string {
  mkdirSync(SCREENSHOTS, { recursive: true });
  return join(SCREENSHOTS, `${name}.png`);
}
