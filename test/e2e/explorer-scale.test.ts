// The explorer on a corpus of 1,000+ articles (issue 16), in Debian's Chromium: what a new user sees first
// must read as an overview, and no interaction may leave a blank canvas.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { RunningServer } from '../../src/cli/serve-command.js';
import { BLANK_SPREAD, canvasSpread, corpusGraph, launch, openPage, screenshotPath, serve } from './helpers.js';
import type { Browser } from './helpers.js';

const ARTICLES = 1034;

let server: RunningServer;
let browser: Browser;
let page: Page;
let articles = 0;
const consoleErrors: string[] = [];

interface Hooks {
  isolatedDrawn(): number;
  eventsDrawn(): number;
  labelBoxes(): { key: string; x: number; y: number; w: number; h: number }[];
  renderer(): { getGraph(): { reduceNodes<T>(fn: (acc: T, id: string, a: { size: number; label: string }) => T, init: T): T } };
}
const hooks = <T>(fn: (h: Hooks) => T) => page.evaluate(fn as never) as Promise<T>;
const poll = <T>(fn: () => Promise<T> | T) => expect.poll(fn, { timeout: 60_000, interval: 500 });

async function settle(): Promise<void> {
  await page.waitForSelector('body[data-ready="true"][data-layout="idle"]', { timeout: 600_000 });
  await page.waitForTimeout(300);
}

async function notBlank(): Promise<void> {
  await poll(() => canvasSpread(page)).toBeGreaterThan(BLANK_SPREAD);
}

async function status(): Promise<number> {
  return Number(await page.getByTestId('status').getAttribute('data-nodes'));
}

async function searchAndOpen(label: string): Promise<void> {
  await page.getByTestId('search').fill(label);
  await poll(() => page.getByTestId('search-results').locator('li').first().textContent()).toContain(label);
  await page.getByTestId('search').press('Enter');
  await poll(() => page.getByTestId('node-label').textContent()).toContain(label);
}

describe(`explorer on a ${ARTICLES}-article corpus`, () => {
  beforeAll(async () => {
    const graph = await corpusGraph(ARTICLES);
    articles = graph.articles;
    server = await serve([graph]);
    browser = await launch();
    page = await openPage(browser, server.url, consoleErrors);
    await settle();
  }, 900_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('opens on the overview: no isolated node, labels without overlaps, the canvas drawn', async () => {
    expect(articles).toBeGreaterThanOrEqual(1000);
    expect(await page.getByTestId('mode-overview').getAttribute('class')).toContain('on');
    expect(await status()).toBeGreaterThan(300);
    expect(await hooks(() => (window as unknown as { newsgraphExplorer: Hooks }).newsgraphExplorer.isolatedDrawn())).toBe(0);
    const boxes = await hooks(() => (window as unknown as { newsgraphExplorer: Hooks }).newsgraphExplorer.labelBoxes());
    expect(boxes.length).toBeGreaterThan(15);
    let overlapping = 0;
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++) {
        const [a, b] = [boxes[i]!, boxes[j]!];
        if (a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h) overlapping++;
      }
    expect(overlapping / boxes.length).toBeLessThanOrEqual(0.02);
    await notBlank();
    await page.screenshot({ path: screenshotPath('scale-01-overview') });
  });

  it('shows the bulk of the dates on the timeline, stray ones as markers', async () => {
    const t = page.getByTestId('timeline');
    const shown = Number(await t.getAttribute('data-shown'));
    const total = Number(await t.getAttribute('data-total'));
    expect(total).toBeGreaterThan(1000);
    expect(shown / total).toBeGreaterThanOrEqual(0.9);
    if (shown < total) expect(await page.locator('[data-testid="timeline-before"], [data-testid="timeline-after"]').count()).toBeGreaterThan(0);
  });

  it('drills down from a search: the canvas stays drawn and the entity brings its events', async () => {
    const biggest = await hooks(() => (window as unknown as { newsgraphExplorer: Hooks }).newsgraphExplorer.renderer().getGraph().reduceNodes((best: { size: number; label: string }, _id, a) => (a.size > best.size ? { size: a.size, label: a.label } : best), { size: 0, label: '' }).label);
    await searchAndOpen(biggest);
    await notBlank();
    await poll(() => hooks(() => (window as unknown as { newsgraphExplorer: Hooks }).newsgraphExplorer.eventsDrawn())).toBeGreaterThan(0);
    await page.waitForTimeout(600);
    await page.screenshot({ path: screenshotPath('scale-02-drill-down') });
  });

  it('filters by class and by a time brush without blanking the canvas', async () => {
    const before = await status();
    const person = page.getByTestId('legend').locator('input[data-cls="http://schema.org/Person"]');
    await person.uncheck();
    await poll(status).toBeLessThan(before);
    await notBlank();
    await person.check();
    const box = (await page.getByTestId('timeline-bars').boundingBox())!;
    await page.mouse.move(box.x + box.width * 0.55, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width * 0.95, box.y + box.height / 2, { steps: 4 });
    await page.mouse.up();
    await poll(async () => Number(await page.getByTestId('status').getAttribute('data-edges'))).toBeGreaterThan(0);
    await notBlank();
    await page.getByTestId('timeline').getByText('all dates').click();
  });

  it('colours by community on demand', async () => {
    // From the whole overview (no selection).
    await page.evaluate(() => (location.hash = ''));
    await poll(() => page.getByTestId('node-label').count()).toBe(0);
    await page.getByTestId('color-by').selectOption('community');
    expect(decodeURIComponent(page.url())).toContain('color=community');
    await notBlank();
    await page.waitForTimeout(400);
    await page.screenshot({ path: screenshotPath('scale-03-communities') });
    await page.getByTestId('color-by').selectOption('class');
  });

  it('switches to events (only inside a focus) and to facts, the canvas drawn each time', async () => {
    await page.evaluate(() => (location.hash = '#mode=events'));
    await settle();
    expect(await hooks(() => (window as unknown as { newsgraphExplorer: Hooks }).newsgraphExplorer.eventsDrawn())).toBe(0);
    await notBlank();
    const biggest = await hooks(() => (window as unknown as { newsgraphExplorer: Hooks }).newsgraphExplorer.renderer().getGraph().reduceNodes((best: { size: number; label: string }, _id, a) => (a.size > best.size ? { size: a.size, label: a.label } : best), { size: 0, label: '' }).label);
    await searchAndOpen(biggest);
    await poll(() => hooks(() => (window as unknown as { newsgraphExplorer: Hooks }).newsgraphExplorer.eventsDrawn())).toBeGreaterThan(0);
    await notBlank();
    await page.waitForTimeout(600);
    await page.screenshot({ path: screenshotPath('scale-04-events-focus') });
    await page.getByTestId('mode-facts').click();
    await settle();
    await notBlank();
  });

  it('logged no console errors', () => {
    expect(consoleErrors).toEqual([]);
  });
});
