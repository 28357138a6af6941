// The timeline's pure part: which range to show (robust to stray dates), its bars, zoom and brush.
import type { Outliers, TimeBin, TimelineModel, TimeUnit, TimeWindow } from './types.js';

export type { Outliers, TimeBin, TimelineModel, TimeUnit, TimeWindow } from './types.js';

const DAY_MS = 86_400_000;
/** Tukey's far-out fence: a date more than 3 inter-quartile ranges off the middle half is an outlier. */
const FENCE = 3;
/** The middle half is taken as at least this many days wide, so a corpus of one week keeps its next month. */
const MIN_IQR_DAYS = 60;
/** Whatever the fences say, the window holds the 5 %–95 % quantile range: at least 90 % of the dates. */
const COVER = 0.05;
/** Bars by day up to this many days, by month up to this many months, else by year. */
const MAX_DAY_BINS = 62;
const MAX_MONTH_BINS = 120;
/** Zooming in stops at a week. */
const MIN_ZOOM_DAYS = 7;

export const dayNumber = (iso: string): number => Math.floor(Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / DAY_MS);

export function isoOf(day: number): string {
  const d = new Date(day * DAY_MS);
  const y = d.getUTCFullYear();
  return `${y < 0 ? '-' : ''}${String(Math.abs(y)).padStart(4, '0')}-${String(d.getUTCMonth() + 1).padStart(2, '0')}-${String(d.getUTCDate()).padStart(2, '0')}`;
}

const ISO = /^\d{4}-\d{2}-\d{2}$/;

function quantile(sorted: readonly number[], q: number): number {
  const i = (sorted.length - 1) * q;
  const lo = Math.floor(i);
  return sorted[lo]! + (sorted[Math.min(lo + 1, sorted.length - 1)]! - sorted[lo]!) * (i - lo);
}

/**
 * The bulk of the dates: the dates inside Tukey's far-out fences, widened if need be to the 5 %–95 %
 * quantiles, so one 1830 among 2016–17 news can neither set the start nor leave the bulk out of view.
 */
export function bulkRange(days: readonly number[]): { from: number; to: number } | null {
  if (!days.length) return null;
  const s = [...days].sort((a, b) => a - b);
  const q1 = quantile(s, 0.25);
  const q3 = quantile(s, 0.75);
  const iqr = Math.max(q3 - q1, MIN_IQR_DAYS);
  const lo = Math.min(q1 - FENCE * iqr, quantile(s, COVER));
  const hi = Math.max(q3 + FENCE * iqr, quantile(s, 1 - COVER));
  // The window starts and ends on real dates inside the fences.
  const inside = s.filter((d) => d >= lo && d <= hi);
  return { from: inside[0]!, to: inside[inside.length - 1]! };
}

function unitFor(from: number, to: number): TimeUnit {
  const days = to - from + 1;
  if (days <= MAX_DAY_BINS) return 'day';
  const a = new Date(from * DAY_MS);
  const b = new Date(to * DAY_MS);
  const months = (b.getUTCFullYear() - a.getUTCFullYear()) * 12 + b.getUTCMonth() - a.getUTCMonth() + 1;
  return months <= MAX_MONTH_BINS ? 'month' : 'year';
}

/** Start of the bin after the one that holds `day`. */
function nextBin(day: number, unit: TimeUnit): number {
  if (unit === 'day') return day + 1;
  const d = new Date(day * DAY_MS);
  const next = unit === 'month' ? Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1) : Date.UTC(d.getUTCFullYear() + 1, 0, 1);
  return Math.floor(next / DAY_MS);
}

function binLabel(day: number, unit: TimeUnit): string {
  const iso = isoOf(day);
  return unit === 'day' ? iso : unit === 'month' ? iso.slice(0, 7) : iso.slice(0, 4);
}

function outliers(days: readonly number[]): Outliers | null {
  if (!days.length) return null;
  return { count: days.length, first: isoOf(Math.min(...days)), last: isoOf(Math.max(...days)) };
}

/**
 * The timeline of some ISO dates: bars over `zoom` (a window the user chose) or else over the bulk of the
 * dates; dates outside the window are counted as outliers on either side. Malformed dates are ignored.
 */
export function timelineModel(dates: readonly string[], zoom: TimeWindow | null = null): TimelineModel | null {
  const days = dates.filter((d) => ISO.test(d)).map(dayNumber);
  const bulk = bulkRange(days);
  if (!bulk) return null;
  let min = days[0]!;
  let max = days[0]!;
  for (const d of days) {
    if (d < min) min = d;
    if (d > max) max = d;
  }
  const from = zoom && ISO.test(zoom.from) ? dayNumber(zoom.from) : bulk.from;
  const to = Math.max(from, zoom && ISO.test(zoom.to) ? dayNumber(zoom.to) : bulk.to);
  const unit = unitFor(from, to);
  const starts: number[] = [];
  for (let d = from; d <= to; d = nextBin(d, unit)) starts.push(d);
  const counts = new Array<number>(starts.length).fill(0);
  const early: number[] = [];
  const late: number[] = [];
  for (const d of days) {
    if (d < from) early.push(d);
    else if (d > to) late.push(d);
    else {
      // The last bin starting on or before d.
      let lo = 0;
      let hi = starts.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (starts[mid]! <= d) lo = mid;
        else hi = mid - 1;
      }
      counts[lo]!++;
    }
  }
  const bins: TimeBin[] = starts.map((s, i) => ({ from: isoOf(s), to: isoOf(Math.min(to, (starts[i + 1] ?? to + 1) - 1)), label: binLabel(s, unit), count: counts[i]! }));
  return {
    window: { from: isoOf(from), to: isoOf(to) },
    bulk: { from: isoOf(bulk.from), to: isoOf(bulk.to) },
    extent: { from: isoOf(min), to: isoOf(max) },
    unit,
    bins,
    max: Math.max(1, ...counts),
    before: outliers(early),
    after: outliers(late),
    shown: days.length - early.length - late.length,
    total: days.length,
  };
}

/**
 * Zooms a window by `factor` (< 1 in, > 1 out) around the point at `at` (0 = its start, 1 = its end),
 * never narrower than a week nor wider than all the dates (`extent`).
 */
export function zoomWindow(w: TimeWindow, extent: TimeWindow, at: number, factor: number): TimeWindow {
  const from = dayNumber(w.from);
  const to = dayNumber(w.to);
  const lo = dayNumber(extent.from);
  const hi = Math.max(lo, dayNumber(extent.to));
  const span = Math.min(hi - lo, Math.max(MIN_ZOOM_DAYS - 1, Math.round((to - from) * factor)));
  const pivot = from + (to - from) * Math.min(1, Math.max(0, at));
  let a = Math.round(pivot - span * Math.min(1, Math.max(0, at)));
  a = Math.min(Math.max(a, lo), hi - span);
  return { from: isoOf(a), to: isoOf(a + span) };
}

/** The date range of the bars from index i to j (either order): what a brush over them selects. */
export function brushRange(m: TimelineModel, i: number, j: number): TimeWindow | null {
  const a = m.bins[Math.max(0, Math.min(i, j))];
  const b = m.bins[Math.min(m.bins.length - 1, Math.max(i, j))];
  return a && b ? { from: a.from, to: b.to } : null;
}

/** Whether a date passes the date filter (open ends pass). */
export function inDateRange(date: string, from: string | null, to: string | null): boolean {
  return (!from || date >= from) && (!to || date <= to);
}
