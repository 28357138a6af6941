// The explorer in a real browser (Debian's Chromium through playwright-core): the scenario of issue 4.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { parseRdf } from '../../src/rdf/serialize.js';
import type { RunningServer } from '../../src/cli/serve-command.js';
import { BLANK_SPREAD, canvasSpread, launch, openPage, screenshotPath, seedGraph, serve } from './helpers.js';
import type { Browser } from './helpers.js';

let server: RunningServer;
let browser: Browser;
let page: Page;
const consoleErrors: string[] = [];

const FOREIGN_TTL = `@prefix foaf: <http://xmlns.com/foaf/0.1/> .
@prefix ex: <http://example.org/people/> .
ex:alice a foaf:Person ; foaf:name "Alice Ångström" ; foaf:knows ex:bob ;
  foaf:homepage <javascript:alert(1)> ; foaf:page <https://example.org/alice> ;
  ex:note "<img src=x onerror=\\"window.__pwned=1\\"><script>window.__pwned=2</script>" .
ex:bob a foaf:Person ; foaf:name "Bob <b>bold</b>" ; foaf:knows ex:alice .
`;

const PASTED = `German Chancellor Friedrich Merz met Italian Prime Minister Giorgia Meloni in Rome on Tuesday. Merz thanked Meloni for her support.`;

/** expect.poll with room for a loaded machine (CI shares its cores). */
const poll = <T>(fn: () => Promise<T> | T) => expect.poll(fn, { timeout: 20_000 });

async function status(): Promise<{ nodes: number; edges: number; text: string }> {
  const el = page.getByTestId('status');
  return { nodes: Number(await el.getAttribute('data-nodes')), edges: Number(await el.getAttribute('data-edges')), text: (await el.textContent()) ?? '' };
}

/** The graph canvas shows something (issue 16: a selection once left it blank until "Fit"). */
async function notBlank(): Promise<void> {
  await poll(() => canvasSpread(page)).toBeGreaterThan(BLANK_SPREAD);
}

async function settle(): Promise<void> {
  await page.waitForSelector('body[data-ready="true"][data-layout="idle"]', { timeout: 30_000 });
  await page.waitForTimeout(200);
}

describe('explorer in Chromium', () => {
  beforeAll(async () => {
    server = await serve([await seedGraph()]);
    browser = await launch();
    page = await openPage(browser, server.url, consoleErrors);
    await settle();
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('loads the seed graph with a legend and a layout', async () => {
    const s = await status();
    expect(s.nodes).toBeGreaterThan(50);
    expect(s.edges).toBeGreaterThan(5);
    // The overview is the default: entities tied by facts and shared events, none isolated, ties by quad class.
    expect(await page.evaluate(() => (window as unknown as { newsgraphExplorer: { isolatedDrawn(): number } }).newsgraphExplorer.isolatedDrawn())).toBe(0);
    expect(await page.getByTestId('quad-legend').textContent()).toContain('verbal cooperation');
    await notBlank();
    const legend = await page.getByTestId('legend').textContent();
    expect(legend).toContain('Person');
    expect(legend).toContain('Country');
    await page.screenshot({ path: screenshotPath('01-seed-graph') });
  });

  it('finds "Erdogan" (accent-insensitive) and opens his panel with evidence', async () => {
    await page.getByTestId('search').fill('Erdogan');
    const first = page.getByTestId('search-results').locator('li').first();
    await poll(() => first.textContent()).toContain('Recep Tayyip Erdoğan');
    await page.getByTestId('search').press('Enter');
    await poll(() => page.getByTestId('node-label').textContent()).toContain('Recep Tayyip Erdoğan');
    const wd = page.getByTestId('wikidata').locator('a');
    expect(await wd.getAttribute('href')).toBe('http://www.wikidata.org/entity/Q39259');
    // Incoming fact: Putin thanked Erdogan, with the sentence and the mention marked.
    const incoming = page.getByTestId('incoming');
    expect(await incoming.textContent()).toContain('ng:thanked');
    const ev = incoming.locator('details[data-predicate="https://w3id.org/newsgraph/ontology#thanked"]').getByTestId('evidence').filter({ hasText: 'thanked Erdogan for offering' }).first();
    expect(await ev.textContent()).toContain('Putin emphasized his continued support');
    expect(await ev.locator('mark.hl-self').allTextContents()).toContain('Erdogan');
    expect(await ev.locator('mark.hl-other').allTextContents()).toContain('Putin');
    expect(decodeURIComponent(page.url())).toContain('sel=https://w3id.org/newsgraph/data/entity/recep-tayyip-erdogan');
    await page.waitForTimeout(600);
    await page.screenshot({ path: screenshotPath('02-erdogan-selected') });
    await notBlank();
    // Drill-down: in the overview, his events join the graph around him (and leave with the selection).
    await poll(() => page.evaluate(() => (window as unknown as { newsgraphExplorer: { eventsDrawn(): number } }).newsgraphExplorer.eventsDrawn())).toBeGreaterThan(0);
  });

  it('toggles a class off and on in the legend', async () => {
    const before = await status();
    const person = page.getByTestId('legend').locator('input[data-cls="http://schema.org/Person"]');
    await person.uncheck();
    const after = await status();
    expect(after.nodes).toBeLessThan(before.nodes);
    const visible = await page.evaluate(() => (window as unknown as { newsgraphExplorer: { visibleNodes(): string[] } }).newsgraphExplorer.visibleNodes());
    expect(visible).not.toContain('https://w3id.org/newsgraph/data/entity/vladimir-putin');
    expect(decodeURIComponent(page.url())).toContain('hide=http://schema.org/Person');
    await page.screenshot({ path: screenshotPath('03-people-hidden') });
    await notBlank();
    await person.check();
    expect((await status()).nodes).toBe(before.nodes);
    // "only linked nodes" hides entities without a fact in the facts view (the overview has none).
    await page.getByTestId('mode-facts').click();
    await settle();
    await notBlank();
    before.nodes = (await status()).nodes;
    before.edges = (await status()).edges;
    await page.getByTestId('hide-isolated').check();
    const linked = await status();
    expect(linked.nodes).toBeLessThan(before.nodes);
    expect(linked.edges).toBe(before.edges);
    expect(page.url()).toContain('linked=1');
    await page.screenshot({ path: screenshotPath('03b-only-linked') });
    await page.getByTestId('hide-isolated').uncheck();
    expect((await status()).nodes).toBe(before.nodes);
    await page.getByTestId('mode-overview').click();
    await settle();
  });

  it('switches to events and shows an event panel (CAMEO, actors, date, source)', async () => {
    await page.getByTestId('mode-events').click();
    await settle();
    await notBlank();
    expect((await status()).nodes).toBeGreaterThan(100);
    await page.getByTestId('search').fill('Discuss by telephone');
    await page.getByTestId('search').press('Enter');
    const summary = page.getByTestId('event-summary');
    await poll(() => summary.textContent()).toContain('041 Discuss by telephone');
    const text = (await summary.textContent()) ?? '';
    expect(text).toContain('Vladimir Putin');
    expect(text).toContain('2025-07-18');
    expect(text).toContain('according to the Kremlin');
    await page.waitForTimeout(600);
    await page.screenshot({ path: screenshotPath('04-event-panel') });
    await page.getByTestId('mode-facts').click();
    await settle();
  });

  it('shows an article with clickable mentions', async () => {
    await page.getByTestId('articles').getByText('Putin and Erdogan discuss Ukraine talks and Syria in phone call').click();
    const view = page.getByTestId('article-view');
    await poll(() => view.textContent()).toContain('Russian President Vladimir Putin');
    // The article's subgraph stands out: the rest of the graph is dimmed.
    await poll(() => page.evaluate(() => (window as unknown as { newsgraphExplorer: { dimmedNodes(): number } }).newsgraphExplorer.dimmedNodes())).toBeGreaterThan(0);
    await notBlank();
    await page.screenshot({ path: screenshotPath('05b-article-subgraph') });
    await view.locator('button.mention', { hasText: 'Vladimir Putin' }).first().click();
    await poll(() => page.getByTestId('node-label').textContent()).toContain('Vladimir Putin');
    await notBlank();
  });

  it('filters events by date', async () => {
    await page.getByTestId('mode-events').click();
    await settle();
    const all = await status();
    await page.getByTestId('date-from').fill('2025-07-01');
    await page.getByTestId('date-to').fill('2025-07-31');
    await poll(async () => (await status()).nodes).toBeLessThan(all.nodes);
    expect(decodeURIComponent(page.url())).toContain('from=2025-07-01');
    await page.screenshot({ path: screenshotPath('08-date-filter') });
    await notBlank();
    await page.getByTestId('timeline').getByText('all dates').click();
    await poll(async () => (await status()).nodes).toBe(all.nodes);
    // A brush: drag across the first bars.
    const box = (await page.getByTestId('timeline-bars').boundingBox())!;
    await page.mouse.move(box.x + 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width * 0.3, box.y + box.height / 2, { steps: 4 });
    await page.mouse.up();
    await poll(async () => (await status()).nodes).toBeLessThan(all.nodes);
    expect(decodeURIComponent(page.url())).toMatch(/from=\d{4}-\d{2}-\d{2}&to=/);
    await notBlank();
    await page.getByTestId('timeline').getByText('all dates').click();
    await poll(async () => (await status()).nodes).toBe(all.nodes);
    await page.getByTestId('mode-facts').click();
    await settle();
  });

  it('lays out the same way on every load and restores the view from the URL', async () => {
    const putin = 'https://w3id.org/newsgraph/data/entity/vladimir-putin';
    const pos = () => page.evaluate((id) => (window as unknown as { newsgraphExplorer: { position(id: string): { x: number; y: number } | null } }).newsgraphExplorer.position(id), putin);
    await page.getByTestId('search').fill('Putin');
    await page.getByTestId('search').press('Enter');
    await page.getByTestId('legend').locator('input[data-cls="http://schema.org/City"]').uncheck();
    const url = page.url();
    await page.goto('about:blank');
    await page.goto(url);
    await settle();
    const before = await pos();
    await page.reload();
    await settle();
    // The reload took the positions saved when the last layout ended (IndexedDB), without running it again.
    expect(await page.evaluate(() => document.body.dataset.layoutRestored)).toBe('true');
    const after = await pos();
    expect(after).not.toBeNull();
    expect(after!.x).toBeCloseTo(before!.x, 3);
    expect(after!.y).toBeCloseTo(before!.y, 3);
    await poll(() => page.getByTestId('node-label').textContent()).toContain('Vladimir Putin');
    expect(await page.getByTestId('legend').locator('input[data-cls="http://schema.org/City"]').isChecked()).toBe(false);
    await page.getByTestId('legend').locator('input[data-cls="http://schema.org/City"]').check();
  });

  it('exports the filtered view and the selection as Turtle, and a PNG snapshot', async () => {
    await page.getByTestId('legend').locator('input[data-cls="http://schema.org/Country"]').uncheck();
    await page.getByTestId('download-menu').click();
    const [view] = await Promise.all([page.waitForEvent('download'), page.getByTestId('dl-view').click()]);
    const viewQuads = parseRdf(readFileSync(await view.path(), 'utf8'));
    expect(viewQuads.some((q) => q.subject.value.endsWith('/entity/vladimir-putin'))).toBe(true);
    expect(viewQuads.some((q) => q.subject.value.endsWith('/entity/russia'))).toBe(false);
    await page.getByTestId('legend').locator('input[data-cls="http://schema.org/Country"]').check();
    await page.getByTestId('download-menu').click();
    const [sel] = await Promise.all([page.waitForEvent('download'), page.getByTestId('dl-selection').click()]);
    const selQuads = parseRdf(readFileSync(await sel.path(), 'utf8'));
    const subjects = new Set(selQuads.map((q) => q.subject.value));
    expect(subjects.has('https://w3id.org/newsgraph/data/entity/vladimir-putin')).toBe(true);
    expect(subjects.has('https://w3id.org/newsgraph/data/entity/recep-tayyip-erdogan')).toBe(true);
    // The fact between them keeps its evidence: the reified statement and its sentence come along.
    expect(selQuads.some((q) => q.predicate.value.endsWith('#anchorOf'))).toBe(true);
    await page.getByTestId('download-menu').click();
    const [png] = await Promise.all([page.waitForEvent('download'), page.getByTestId('dl-png').click()]);
    const bytes = readFileSync(await png.path());
    expect(bytes.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
    expect(bytes.length).toBeGreaterThan(5000);
  });

  it('adds an article dropped as a .md file', async () => {
    const md = '---\ntitle: Dropped note\ndate: 2025-03-02\n---\nPresident Emmanuel Macron called Chinese President Xi Jinping on Sunday.\n';
    const dt = await page.evaluateHandle((text) => {
      const d = new DataTransfer();
      d.items.add(new File([text], 'dropped.md', { type: 'text/markdown' }));
      return d;
    }, md);
    await page.dispatchEvent('#stage', 'drop', { dataTransfer: dt });
    await expect.poll(() => page.getByTestId('articles').textContent(), { timeout: 60_000 }).toContain('Dropped note');
    await settle();
    expect(await page.getByTestId('add-entities').textContent()).toContain('Xi Jinping');
  });

  it('adds a pasted article: extraction runs in the browser and new entities appear', async () => {
    const before = await status();
    await page.getByTestId('add-article').click();
    await page.getByTestId('add-text').fill(PASTED);
    await page.getByTestId('add-run').click();
    await page.getByTestId('add-summary').waitFor({ timeout: 60_000 });
    await settle();
    const names = await page.getByTestId('add-entities').textContent();
    expect(names).toContain('Friedrich Merz');
    expect(names).toContain('Giorgia Meloni');
    expect((await status()).nodes).toBeGreaterThan(before.nodes);
    const has = await page.evaluate(() => (window as unknown as { newsgraphExplorer: { hasNode(id: string): boolean } }).newsgraphExplorer.hasNode('https://w3id.org/newsgraph/data/entity/giorgia-meloni'));
    expect(has).toBe(true);
    await page.screenshot({ path: screenshotPath('05-article-added') });
  });

  it('shows hostile article text as text: nothing in it runs', async () => {
    const hostile = '---\ntitle: "<img src=x onerror=window.__pwned=5>Hostile"\n---\nPresident Vladimir Putin met <b>Xi Jinping</b> <img src=x onerror="window.__pwned=3"> in Moscow. <script>window.__pwned=4</script> [link](javascript:alert(1))\n';
    await page.getByTestId('add-text').fill(hostile);
    await page.getByTestId('add-run').click();
    await expect.poll(() => page.getByTestId('articles').textContent(), { timeout: 60_000 }).toContain('<img src=x onerror=window.__pwned=5>Hostile');
    await settle();
    await page.getByTestId('articles').getByText('Hostile').click();
    const view = page.getByTestId('article-view');
    await poll(() => view.textContent()).toContain('<script>window.__pwned=4</script>');
    expect(await page.locator('#right img, #right script, #left img').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    await page.screenshot({ path: screenshotPath('09-hostile-article') });
  });

  it('runs a SPARQL query with Oxigraph and shows a table', async () => {
    await page.getByTestId('tab-sparql').click();
    await page.getByTestId('sparql-query').fill(`PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX ng: <https://w3id.org/newsgraph/ontology#>
SELECT ?who ?label WHERE { ?who ng:thanked ?x ; rdfs:label ?label } ORDER BY ?label`);
    await page.getByTestId('sparql-run').click();
    const results = page.getByTestId('sparql-results');
    await expect.poll(() => results.textContent(), { timeout: 30_000 }).toContain('Vladimir Putin');
    expect(await results.textContent()).toContain('Friedrich Merz');
    await page.screenshot({ path: screenshotPath('06-sparql') });
    // CONSTRUCT results can be shown as a graph, and the full graph comes back.
    const full = await status();
    await page.getByTestId('sparql-query').fill(`PREFIX ng: <https://w3id.org/newsgraph/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
CONSTRUCT { ?a ng:called ?b . ?a a ng:Entity . ?b a ng:Entity . ?a rdfs:label ?la . ?b rdfs:label ?lb }
WHERE { ?a ng:called ?b . ?a rdfs:label ?la . ?b rdfs:label ?lb }`);
    await page.getByTestId('sparql-run').click();
    await poll(() => page.getByTestId('sparql-count').textContent()).toMatch(/^\d+ triples/);
    await page.getByTestId('sparql-show-graph').click();
    await poll(async () => (await status()).nodes).toBeLessThan(full.nodes);
    expect((await status()).text).toContain('CONSTRUCT result');
    await page.getByTestId('back-to-graph').click();
    await poll(async () => (await status()).nodes).toBe(full.nodes);
  });

  it('downloads the graph as Turtle that re-parses, with the pasted article in it', async () => {
    await page.getByTestId('download-menu').click();
    const [dl] = await Promise.all([page.waitForEvent('download'), page.getByTestId('dl-all').click()]);
    const path = await dl.path();
    const ttl = readFileSync(path, 'utf8');
    const quads = parseRdf(ttl);
    expect(quads.length).toBeGreaterThan(4000);
    expect(quads.some((q) => q.subject.value === 'https://w3id.org/newsgraph/data/entity/giorgia-meloni')).toBe(true);
  });

  it('opens a foreign Turtle file as a generic graph; hostile literals and IRIs stay inert', async () => {
    await page.locator('#file-rdf').setInputFiles({ name: 'people.ttl', mimeType: 'text/turtle', buffer: Buffer.from(FOREIGN_TTL) });
    await poll(async () => (await status()).text).toContain('generic RDF');
    await settle();
    await page.getByTestId('search').fill('angstrom');
    await page.getByTestId('search').press('Enter');
    const panel = page.getByTestId('node-panel');
    await poll(() => page.getByTestId('node-label').textContent()).toContain('Alice Ångström');
    expect(await panel.textContent()).toContain('<img src=x onerror=');
    expect(await panel.locator('img, script').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    const hrefs = await page.locator('a[href]').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    for (const href of hrefs) expect(href).toMatch(/^https?:/);
    expect(await panel.textContent()).toContain('foaf:knows');
    await page.waitForTimeout(400);
    await page.screenshot({ path: screenshotPath('07-foreign-turtle') });
  });

  it('refuses a broken Turtle file with a message and keeps the graph', async () => {
    const before = await status();
    await page.locator('#file-rdf').setInputFiles({ name: 'broken.ttl', mimeType: 'text/turtle', buffer: Buffer.from('@prefix ex: <http://example.org/> .\nex:a ex:b "unterminated .\n') });
    await poll(() => page.getByTestId('message').textContent()).toContain('Could not open broken.ttl');
    expect(await page.getByTestId('message').getAttribute('data-kind')).toBe('error');
    expect((await status()).nodes).toBe(before.nodes);
  });

  it('handles hostile, deeply nested Turtle in its worker without freezing the page', async () => {
    const depth = 20_000;
    const nested = `@prefix ex: <http://example.org/> .\nex:a ex:p ${'[ ex:p '.repeat(depth)}ex:b${' ]'.repeat(depth)} .\n`;
    await page.locator('#file-rdf').setInputFiles({ name: 'nested.ttl', mimeType: 'text/turtle', buffer: Buffer.from(nested) });
    // The page stays responsive while the worker parses, and ends with a message either way.
    const t0 = Date.now();
    expect(await page.evaluate(() => 1 + 1)).toBe(2);
    expect(Date.now() - t0).toBeLessThan(5_000);
    await expect.poll(() => page.getByTestId('message').textContent(), { timeout: 120_000 }).toMatch(/nested\.ttl/);
  }, 180_000);

  it('logged no console errors', () => {
    expect(consoleErrors).toEqual([]);
  });
});
