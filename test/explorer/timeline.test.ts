// The explorer's timeline model (issue 16): a stray date must not stretch the axis off the bulk of the corpus.
import { describe, expect, it } from 'vitest';
import { brushRange, bulkRange, dayNumber, isoOf, timelineModel, zoomWindow } from '../../src/explorer/timeline/index.js';

/** n dates spread over 2016–17, one every few days. */
function newsDates(n: number): string[] {
  const start = dayNumber('2016-01-01');
  return Array.from({ length: n }, (_, i) => isoOf(start + Math.floor((i * 730) / n)));
}

describe('timeline', () => {
  it('keeps an 1830 outlier off the axis and shows it as a marker', () => {
    const dates = [...newsDates(200), '1830-01-01'];
    const m = timelineModel(dates)!;
    expect(m.window.from >= '2016-01-01').toBe(true);
    expect(m.window.to <= '2017-12-31').toBe(true);
    expect(m.unit).toBe('month');
    expect(m.bins.length).toBe(24);
    expect(m.before).toEqual({ count: 1, first: '1830-01-01', last: '1830-01-01' });
    expect(m.after).toBeNull();
    expect(m.shown).toBe(200);
    expect(m.shown / m.total).toBeGreaterThanOrEqual(0.9);
    expect(m.bins.reduce((s, b) => s + b.count, 0)).toBe(200);
    expect(m.extent.from).toBe('1830-01-01');
  });

  it('finds the outlier among a handful of dates too, and on both sides', () => {
    const m = timelineModel(['2016-03-01', '2016-03-05', '2016-04-01', '2016-05-02', '1830-06-01', '2099-01-01'])!;
    expect(m.window).toEqual({ from: '2016-03-01', to: '2016-05-02' });
    expect(m.before?.count).toBe(1);
    expect(m.after?.count).toBe(1);
  });

  it('always covers at least 90 % of the dates, even when a tenth lies far away', () => {
    // 85 % in 2016, 15 % spread over the 1990s: the fences alone would leave them out.
    const dates = [...newsDates(85).map((d) => d.replace(/^201[67]/, '2016')), ...Array.from({ length: 15 }, (_, i) => `199${i % 10}-06-15`)];
    const m = timelineModel(dates)!;
    expect(m.shown / m.total).toBeGreaterThanOrEqual(0.9);
    expect(m.unit).toBe('year');
  });

  it('zooms around a point within the dates, and a brush selects whole bars', () => {
    const m = timelineModel([...newsDates(200), '1830-01-01'])!;
    const z = zoomWindow(m.window, m.extent, 0.5, 0.25);
    expect(dayNumber(z.to) - dayNumber(z.from)).toBeGreaterThan(150);
    expect(dayNumber(z.to) - dayNumber(z.from)).toBeLessThan(210);
    expect(z.from > m.window.from && z.to < m.window.to).toBe(true);
    const zoomed = timelineModel([...newsDates(200), '1830-01-01'], z)!;
    expect(zoomed.window).toEqual(z);
    expect(zoomed.before!.count).toBeGreaterThan(1);
    // Never narrower than a week, never wider than all the dates.
    const tiny = zoomWindow(z, m.extent, 0.5, 0.0001);
    expect(dayNumber(tiny.to) - dayNumber(tiny.from)).toBe(6);
    const all = zoomWindow(m.window, m.extent, 0.5, 1000);
    expect(all).toEqual(m.extent);
    expect(brushRange(m, 5, 2)).toEqual({ from: '2016-03-01', to: '2016-06-30' });
    // Bars by day once zoomed in far enough.
    expect(timelineModel(newsDates(200), { from: '2016-02-01', to: '2016-02-29' })!.unit).toBe('day');
  });

  it('has nothing to show without valid dates', () => {
    expect(timelineModel([])).toBeNull();
    expect(timelineModel(['garbage'])).toBeNull();
    expect(bulkRange([])).toBeNull();
  });
});
