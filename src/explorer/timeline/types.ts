/** Inclusive range of ISO days (YYYY-MM-DD). */
export interface TimeWindow {
  from: string;
  to: string;
}

export type TimeUnit = 'day' | 'month' | 'year';

export interface TimeBin {
  /** First and last day of the bin (clipped to the window). */
  from: string;
  to: string;
  label: string;
  count: number;
}

/** Dates outside the shown window on one side: drawn as a marker, never allowed to stretch the axis. */
export interface Outliers {
  count: number;
  first: string;
  last: string;
}

export interface TimelineModel {
  /** What the axis shows: the bulk of the dates, or a zoomed part of it. */
  window: TimeWindow;
  /** The bulk of the dates (the default window): at least 90 % of them, outliers left out. */
  bulk: TimeWindow;
  /** Earliest and latest date of all: how far zooming out may go. */
  extent: TimeWindow;
  unit: TimeUnit;
  bins: TimeBin[];
  /** The highest bin count (bar heights are relative to it). */
  max: number;
  before: Outliers | null;
  after: Outliers | null;
  /** Dates inside the window, and in all. */
  shown: number;
  total: number;
}
