// Explorer benchmark (issue 4): synthetic graphs of N entities and 3N facts, served by `newsgraph serve`'s
// server and opened in headless Chromium. Measures the time to first render (navigation start → graph drawn,
// then until that frame is out), how long a search takes to open a node's panel while the start-up layout
// runs, the time until that layout ends and how much of the main thread it left free (long tasks), and the
// frame rate while panning.
// A corpus row (issue 16): 1,500 articles (shared/'s Wikinews topped up with generated ones) built as `serve`
// builds them, opened on the overview: first render, search → panel (timed in the page, and as Playwright
// sees it), memory of the page, the browser, the server process and the index child.
//   npm run bench:explorer -- [1000 10000 50000] [--articles 1500]   (no sizes: 1000 10000 50000 and 1500 articles)
//   (BENCH_MARKS=1 prints the load steps; BENCH_GPU=1 allows a GPU; BENCH_CORPUS_TTL=file reuses the corpus's
//   Turtle, written there by the first run, so that runs compare the same graph without an 88 s build each;
//   BENCH_APP=dir serves an explorer built before, e.g. an earlier commit's, as the baseline)
import { buildExplorer, buildWithProgress, indexInChild, startServer } from '../src/cli/serve-command.js';
import type { ServedGraph } from '../src/cli/serve-command.js';
import { generateArticles } from '../src/corpus/generate.js';
import { readInputs } from '../src/io/read-inputs.js';
import { serialize } from '../src/rdf/serialize.js';
import { DEFAULT_BASE } from '../src/rdf/vocabulary.js';
import { chromium } from 'playwright-core';
import type { BrowserContext } from 'playwright-core';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const CLASSES = ['Person', 'Country', 'City', 'Organization', 'GovernmentOrganization', 'Place'];
const PREDICATES = ['metWith', 'called', 'criticized', 'accused', 'supported', 'sanctioned'];

/** A deterministic pseudo-random graph: preferential attachment, so degrees spread like a real news graph. */
function turtle(n: number): string {
  let seed = 42;
  const rnd = () => ((seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0) / 4294967296);
  const lines = ['@prefix ng: <https://w3id.org/newsgraph/ontology#> .', '@prefix schema: <http://schema.org/> .', '@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .', '@prefix ent: <https://w3id.org/newsgraph/data/entity/> .'];
  for (let i = 0; i < n; i++) lines.push(`ent:e${i} a ng:Entity, schema:${CLASSES[i % CLASSES.length]} ; rdfs:label "Entity ${i}" .`);
  const ends: number[] = [0];
  for (let e = 0; e < 3 * n; e++) {
    const s = Math.floor(rnd() * n);
    const o = rnd() < 0.5 ? ends[Math.floor(rnd() * ends.length)]! : Math.floor(rnd() * n);
    if (s === o) continue;
    ends.push(s, o);
    lines.push(`ent:e${s} ng:${PREDICATES[e % PREDICATES.length]} ent:e${o} .`);
  }
  return lines.join('\n') + '\n';
}

/** Records the main thread's long tasks (> 50 ms) from the start of the page. */
const LONG_TASKS = `(() => {
  window.__longTasks = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__longTasks.push([e.startTime, e.duration]);
  }).observe({ type: 'longtask', buffered: true });
})()`;

/** Counts animation frames from now on; `window.__frames()` reads the count. */
const FRAME_COUNTER = `(() => {
  let frames = 0;
  const tick = () => { frames++; requestAnimationFrame(tick); };
  requestAnimationFrame(tick);
  window.__frames = () => frames;
})()`;

/**
 * Times a search in the page (corpus row): from the name typed (the input event) and from Enter's keydown to
 * the panel on screen (the end of the first frame that has the panel's label in it). Playwright's own figure
 * also waits for Enter's keyup, which queues behind the graph's redraw that follows the panel.
 */
const PANEL_PAINTED = `(() => {
  const s = (window.__search = { typed: 0, enter: 0, painted: 0 });
  const input = document.querySelector('[data-testid=search]');
  input.addEventListener('input', () => (s.typed ||= performance.now()));
  input.addEventListener('keydown', (e) => { if (e.key === 'Enter') s.enter ||= performance.now(); });
  const seen = () => {
    if (!s.enter || !document.querySelector('[data-testid=node-label]')) return false;
    requestAnimationFrame(() => setTimeout(() => (s.painted = performance.now())));
    return true;
  };
  const mo = new MutationObserver(() => seen() && mo.disconnect());
  mo.observe(document.body, { childList: true, subtree: true, characterData: true });
})()`;

const argv = process.argv.slice(2);
const at = argv.indexOf('--articles');
const corpusArticles = at >= 0 ? Number(argv[at + 1]) : argv.length ? 0 : 1500;
const sizes = argv.filter((_a, i) => at < 0 || (i !== at && i !== at + 1)).map(Number).filter((x) => x > 0);
const app = process.env.BENCH_APP ?? mkdtempSync(join(tmpdir(), 'newsgraph-bench-'));
if (!process.env.BENCH_APP) await buildExplorer(app);
const rows: string[] = [];

/** Resident memory (kB) of a process and all its descendants, from /proc (Linux). */
function treeRssKb(root: number): number {
  const children = new Map<number, number[]>();
  for (const d of readdirSync('/proc')) {
    if (!/^\d+$/.test(d)) continue;
    try {
      const stat = readFileSync(`/proc/${d}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(d)]);
    } catch {
      // gone meanwhile
    }
  }
  let kb = 0;
  const walk = (pid: number) => {
    try {
      kb += Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
    } catch {
      // gone meanwhile
    }
    for (const c of children.get(pid) ?? []) walk(c);
  };
  walk(root);
  return kb;
}

/** The Chromium main process of a persistent context: the one whose command line names its profile folder. */
function chromiumPid(userDataDir: string): number | null {
  for (const d of readdirSync('/proc')) {
    if (!/^\d+$/.test(d)) continue;
    try {
      const cmd = readFileSync(`/proc/${d}/cmdline`, 'utf8');
      if (cmd.includes(`--user-data-dir=${userDataDir}`) && !cmd.includes('--type=')) return Number(d);
    } catch {
      // gone meanwhile
    }
  }
  return null;
}

function launch(userDataDir: string): Promise<BrowserContext> {
  return chromium.launchPersistentContext(userDataDir, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    // BENCH_GPU=1 lets Chromium use a GPU where there is one (the default, like the tests, renders in software).
    args: ['--headless', '--no-sandbox', ...(process.env.BENCH_GPU ? [] : ['--disable-gpu']), '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    viewport: { width: 1440, height: 900 },
    // The bench measures; it passes page code as strings, which the app's CSP (rightly) forbids.
    bypassCSP: true,
  });
}

for (const n of sizes.length ? sizes : at >= 0 ? [] : [1000, 10000, 50000]) {
  const server = await startServer({ appDir: app, graphs: [{ name: `bench-${n}.ttl`, text: turtle(n), format: 'ttl' }], port: 0 });
  const userDataDir = mkdtempSync(join(tmpdir(), 'newsgraph-bench-chromium-'));
  const ctx = await launch(userDataDir);
  try {
    const page = await ctx.newPage();
    await page.addInitScript(LONG_TASKS);
    // The facts view, as the figures in docs/explorer.md were measured (the overview is the default now).
    await page.goto(`${server.url}#mode=facts`);
    // Page functions are passed as strings: tsx's transform would otherwise add helpers the page lacks.
    await page.waitForFunction("performance.getEntriesByName('newsgraph:first-render').length > 0", null, { timeout: 300_000, polling: 100 });
    const firstRender = (await page.evaluate("performance.getEntriesByName('newsgraph:first-render')[0].startTime")) as number;
    // The frame is out when the next one can start: with a software renderer that can be seconds later.
    const firstFrame = (await page.evaluate('new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => done(performance.now()))))')) as number;
    if (process.env.BENCH_MARKS) console.log(await page.evaluate("performance.getEntriesByType('mark').map((m) => m.name.replace('newsgraph:', '') + ' ' + m.startTime.toFixed(0)).join(', ')"));
    // While the start-up layout runs: search a node and wait for its panel (then clear the selection).
    const label = `Entity ${Math.floor(n / 2) + 1}`;
    const s0 = performance.now();
    await page.getByTestId('search').fill(label, { timeout: 300_000 });
    await page.getByTestId('search').press('Enter', { timeout: 300_000 });
    await page.getByTestId('node-label').filter({ hasText: label }).waitFor({ timeout: 300_000 });
    const searchMs = performance.now() - s0;
    // Clears the selection in the same view (an empty hash would switch to the overview, the default now).
    await page.evaluate("location.hash = '#mode=facts'");
    await page.waitForFunction("performance.getEntriesByName('newsgraph:layout-done').length > 0", null, { timeout: 900_000, polling: 250 });
    const layoutDone = (await page.evaluate("performance.getEntriesByName('newsgraph:layout-done')[0].startTime")) as number;
    // Long tasks between the first render and the end of the layout: the longest, and the share of that time.
    const tasks = ((await page.evaluate('window.__longTasks')) as [number, number][]).filter(([t]) => t >= firstRender && t < layoutDone);
    const longest = Math.max(0, ...tasks.map(([, d]) => d));
    const busy = tasks.reduce((sum, [, d]) => sum + d, 0) / Math.max(1, layoutDone - firstRender);
    const status = await page.getByTestId('status').textContent();
    // Pan for 3 s, one camera step per animation frame; sigma re-renders on every camera update.
    // Pan with a camera animation (what search and "Fit" do): 3 s, counting frames.
    await page.evaluate(FRAME_COUNTER);
    const f0 = (await page.evaluate('window.__frames()')) as number;
    const a0 = performance.now();
    await page.evaluate(`window.newsgraphExplorer.camera().animate({ x: 0.3, y: 0.7, ratio: 0.5 }, { duration: 3000 })`);
    const animFps = ((((await page.evaluate('window.__frames()')) as number) - f0) * 1000) / (performance.now() - a0);
    // Pan like a user: drag the stage with the mouse for 3 s (sigma knows the camera is moving).
    const box = (await page.getByTestId('graph').boundingBox())!;
    const cx = box.x + box.width / 2;
    const cy = box.y + box.height / 2;
    await page.mouse.move(cx, cy);
    await page.mouse.down();
    const d0 = (await page.evaluate('window.__frames()')) as number;
    const t0 = performance.now();
    let i = 0;
    while (performance.now() - t0 < 3000) {
      i++;
      await page.mouse.move(cx + 150 * Math.cos(i / 15), cy + 150 * Math.sin(i / 15));
    }
    const frames = ((await page.evaluate('window.__frames()')) as number) - d0;
    const fps = (frames * 1000) / (performance.now() - t0);
    await page.mouse.up();
    const row = `| ${n.toLocaleString('en')} | ${status?.replace(/ · bench.*$/, '')} | ${(firstRender / 1000).toFixed(2)} s | ${(firstFrame / 1000).toFixed(2)} s | ${(searchMs / 1000).toFixed(2)} s | ${(layoutDone / 1000).toFixed(1)} s | ${(longest / 1000).toFixed(2)} s | ${(100 * busy).toFixed(0)} % | ${animFps.toFixed(0)} fps | ${fps.toFixed(0)} fps |`;
    console.log(row);
    rows.push(row);
  } finally {
    await ctx.close();
    await server.close();
    rmSync(userDataDir, { recursive: true, force: true });
  }
}

/** The corpus as `serve` would build it from articles: Wikinews (where shared/ is) topped up with generated ones. */
async function corpus(n: number): Promise<{ graph: ServedGraph; articles: number; buildS: number }> {
  const cached = process.env.BENCH_CORPUS_TTL;
  if (cached && existsSync(cached)) return { graph: { name: `corpus-${n}.ttl`, text: readFileSync(cached, 'utf8'), format: 'ttl' }, articles: n, buildS: NaN };
  const dir = mkdtempSync(join(tmpdir(), 'newsgraph-bench-corpus-'));
  const wn = ['../shared', '../../shared', '/work/shared'].map((d) => join(d, 'corpus/wikinews/wikinews.jsonl')).find((p) => existsSync(p));
  const real = wn ? readFileSync(wn, 'utf8').trim().split('\n').length : 0;
  const gen = join(dir, 'generated.jsonl');
  writeFileSync(gen, [...generateArticles(Math.max(0, n - real), 7)].map((a) => JSON.stringify(a)).join('\n') + '\n');
  const t0 = performance.now();
  const { articles } = await readInputs([...(wn ? [wn] : []), gen]);
  const { store } = await buildWithProgress(articles, { base: DEFAULT_BASE });
  const text = await serialize(store.getQuads(null, null, null, null), 'ttl', DEFAULT_BASE);
  rmSync(dir, { recursive: true, force: true });
  if (cached) writeFileSync(cached, text);
  return { graph: { name: `corpus-${n}.ttl`, text, format: 'ttl' }, articles: articles.length, buildS: (performance.now() - t0) / 1000 };
}

const corpusRows: string[] = [];
if (corpusArticles > 0) {
  const c = await corpus(corpusArticles);
  const i0 = performance.now();
  // BENCH_NO_INDEX=1: the server without the explorer's index (as before issue 16's index).
  // The index as `serve` makes it: in a child process (so the server process RSS below is the serving one's).
  let indexMb = NaN;
  const server = await startServer({ appDir: app, graphs: [c.graph], port: 0, index: process.env.BENCH_NO_INDEX ? false : await indexInChild([c.graph], (mb) => (indexMb = mb)) });
  const indexS = (performance.now() - i0) / 1000;
  const mb = (c.graph.text.length / 1e6).toFixed(0);
  (c as { graph: ServedGraph | null }).graph = null;
  const userDataDir = mkdtempSync(join(tmpdir(), 'newsgraph-bench-chromium-'));
  const ctx = await launch(userDataDir);
  try {
    const page = await ctx.newPage();
    await page.goto(server.url);
    await page.waitForFunction("performance.getEntriesByName('newsgraph:first-render').length > 0", null, { timeout: 600_000, polling: 100 });
    const firstRender = (await page.evaluate("performance.getEntriesByName('newsgraph:first-render')[0].startTime")) as number;
    const firstFrame = (await page.evaluate('new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => done(performance.now()))))')) as number;
    // The entity with the most ties: what a user would look for first.
    const label = (await page.evaluate("(() => { let best = null; window.newsgraphExplorer.renderer().getGraph().forEachNode((id, a) => { if (!best || a.size > best.size) best = a; }); return best.label; })()")) as string;
    await page.evaluate(PANEL_PAINTED);
    const s0 = performance.now();
    await page.getByTestId('search').fill(label, { timeout: 300_000 });
    await page.getByTestId('search-results').locator('li').first().filter({ hasText: label }).waitFor({ timeout: 300_000 });
    await page.getByTestId('search').press('Enter', { timeout: 300_000 });
    await page.getByTestId('node-label').filter({ hasText: label }).waitFor({ timeout: 300_000 });
    const playwrightMs = performance.now() - s0;
    await page.waitForFunction('window.__search.painted > 0', null, { timeout: 300_000 });
    const searchMs = (await page.evaluate('window.__search.painted - window.__search.typed')) as number;
    const enterMs = (await page.evaluate('window.__search.painted - window.__search.enter')) as number;
    await page.waitForFunction("performance.getEntriesByName('newsgraph:layout-done').length > 0", null, { timeout: 900_000, polling: 250 });
    const layoutDone = (await page.evaluate("performance.getEntriesByName('newsgraph:layout-done')[0].startTime")) as number;
    if (process.env.BENCH_MARKS) console.log(await page.evaluate("performance.getEntriesByType('mark').map((m) => m.name.replace('newsgraph:', '') + ' ' + m.startTime.toFixed(0)).join(', ')"));
    const status = await page.getByTestId('status').textContent();
    const cdp = await ctx.newCDPSession(page);
    await cdp.send('Performance.enable');
    const metrics = (await cdp.send('Performance.getMetrics')).metrics;
    const heap = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0;
    const pid = chromiumPid(userDataDir);
    const browserMb = pid ? treeRssKb(pid) / 1024 : NaN;
    const serverMb = process.memoryUsage().rss / 2 ** 20;
    const row = `| ${c.articles.toLocaleString('en')} articles (${mb} MB Turtle) | ${status?.replace(/ · corpus.*$/, '')} | ${c.buildS.toFixed(0)} s | ${indexS.toFixed(1)} s | ${(firstRender / 1000).toFixed(2)} s | ${(firstFrame / 1000).toFixed(2)} s | ${(searchMs / 1000).toFixed(2)} s (Enter → panel ${(enterMs / 1000).toFixed(2)} s) | ${(playwrightMs / 1000).toFixed(2)} s | ${(layoutDone / 1000).toFixed(1)} s | ${(heap / 2 ** 20).toFixed(0)} MB | ${browserMb.toFixed(0)} MB | ${serverMb.toFixed(0)} MB | ${indexMb.toFixed(0)} MB |`;
    console.log(row);
    corpusRows.push(row);
  } finally {
    await ctx.close();
    await server.close();
    rmSync(userDataDir, { recursive: true, force: true });
  }
}
if (!process.env.BENCH_APP) rmSync(app, { recursive: true, force: true });
if (corpusRows.length) console.log(['', '| corpus | overview drawn | build (serve) | server start (index) | first render | first frame out | search → panel on screen | search → panel, as Playwright sees it | start-up layout done | page JS heap | browser RSS (all processes) | server process RSS | index child peak RSS |', '|---|---|---|---|---|---|---|---|---|---|---|---|---|', ...corpusRows].join('\n'));
if (rows.length) console.log(['', '| nodes | rendered | first render | first frame out | search → panel, during layout | start-up layout done | longest main-thread task, during layout | main thread in long tasks, during layout | camera animation | mouse drag |', '|---|---|---|---|---|---|---|---|---|---|', ...rows].join('\n'));
