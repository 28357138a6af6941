import { brushRange, inDateRange, timelineModel, zoomWindow } from '../timeline/index.js';
import type { TimelineModel, TimeWindow } from '../timeline/index.js';
import { h } from './dom.js';

export interface TimelineDeps {
  from: string | null;
  to: string | null;
  /** The window the user zoomed to (null: the bulk of the dates). */
  zoom: TimeWindow | null;
  setRange(from: string | null, to: string | null): void;
  setZoom(w: TimeWindow | null): void;
}

/**
 * Events per day, month or year as a bar chart over the bulk of the dates; stray dates far outside are markers
 * at the ends. Drag across the bars (a brush) to filter by date, wheel or the buttons to zoom.
 */
export function renderTimeline(dates: string[], d: TimelineDeps): HTMLElement {
  const root = h('div', { class: 'timeline', testid: 'timeline' });
  const m = timelineModel(dates, d.zoom);
  if (!m) {
    root.append(h('div', { class: 'muted' }, 'No dated events.'));
    return root;
  }
  Object.assign(root.dataset, { from: m.window.from, to: m.window.to, shown: String(m.shown), total: String(m.total), unit: m.unit });
  const bars = h('div', { class: 'bars', testid: 'timeline-bars' });
  const els = m.bins.map((b) => {
    const selected = (!d.from || b.to >= d.from) && (!d.to || b.from <= d.to);
    const bar = h('div', { class: `bar${selected ? '' : ' out'}`, title: `${b.label}: ${b.count} event${b.count === 1 ? '' : 's'}` });
    bar.style.height = `${b.count ? 8 + (40 * b.count) / m.max : 2}px`;
    return bar;
  });
  bars.append(...els);
  brush(bars, els, m, d);
  bars.addEventListener(
    'wheel',
    (e) => {
      e.preventDefault();
      const r = bars.getBoundingClientRect();
      d.setZoom(zoomWindow(m.window, m.extent, (e.clientX - r.left) / Math.max(1, r.width), e.deltaY < 0 ? 0.7 : 1 / 0.7));
    },
    { passive: false },
  );
  const marker = (side: 'before' | 'after') => {
    const o = m[side];
    if (!o) return h('span', {});
    const text = side === 'before' ? `◂ ${o.count} earlier` : `${o.count} later ▸`;
    return h('button', { class: 'linkish outlier', testid: `timeline-${side}`, title: `${o.count} dated event${o.count === 1 ? '' : 's'} ${o.first === o.last ? `on ${o.first}` : `from ${o.first} to ${o.last}`}, outside the range shown; click to filter to them`, on: { click: () => d.setRange(o.first, o.last) } }, text);
  };
  const zoomBy = (f: number) => d.setZoom(zoomWindow(m.window, m.extent, 0.5, f));
  const tools = h(
    'div',
    { class: 'tools' },
    marker('before'),
    h('button', { class: 'linkish', title: 'zoom in', testid: 'timeline-zoom-in', on: { click: () => zoomBy(0.5) } }, 'zoom +'),
    h('button', { class: 'linkish', title: 'zoom out', testid: 'timeline-zoom-out', on: { click: () => zoomBy(2) } }, 'zoom −'),
    d.from && d.to ? h('button', { class: 'linkish', title: 'zoom to the filtered dates', on: { click: () => d.setZoom({ from: d.from!, to: d.to! }) } }, 'zoom to range') : null,
    d.zoom ? h('button', { class: 'linkish', title: 'back to the bulk of the dates', testid: 'timeline-fit', on: { click: () => d.setZoom(null) } }, 'fit') : null,
    marker('after'),
  );
  const fromIn = h('input', { attrs: { type: 'date', 'aria-label': 'from' }, testid: 'date-from' });
  const toIn = h('input', { attrs: { type: 'date', 'aria-label': 'to' }, testid: 'date-to' });
  fromIn.value = d.from ?? '';
  toIn.value = d.to ?? '';
  const apply = () => d.setRange(fromIn.value || null, toIn.value || null);
  fromIn.addEventListener('change', apply);
  toIn.addEventListener('change', apply);
  const inside = dates.filter((x) => inDateRange(x, d.from, d.to)).length;
  root.append(
    bars,
    h('div', { class: 'axis' }, h('span', {}, m.bins[0]!.label), h('span', {}, m.bins[m.bins.length - 1]!.label)),
    tools,
    h('div', { class: 'range' }, fromIn, '–', toIn),
    h('div', { class: 'muted' }, `${inside} of ${dates.length} dated events`, d.from || d.to ? h('button', { class: 'linkish', on: { click: () => d.setRange(null, null) } }, ' all dates') : null),
  );
  return root;
}

/** Drag across the bars to select their dates; a click selects one bar. */
function brush(bars: HTMLElement, els: HTMLElement[], m: TimelineModel, d: TimelineDeps): void {
  let start = -1;
  const at = (e: PointerEvent) => {
    const r = bars.getBoundingClientRect();
    return Math.min(els.length - 1, Math.max(0, Math.floor(((e.clientX - r.left) / Math.max(1, r.width)) * els.length)));
  };
  const paint = (j: number) => els.forEach((el, i) => el.classList.toggle('brushed', i >= Math.min(start, j) && i <= Math.max(start, j)));
  bars.addEventListener('pointerdown', (e) => {
    start = at(e);
    bars.setPointerCapture(e.pointerId);
    paint(start);
  });
  bars.addEventListener('pointermove', (e) => {
    if (start >= 0) paint(at(e));
  });
  bars.addEventListener('pointerup', (e) => {
    if (start < 0) return;
    const w = brushRange(m, start, at(e));
    start = -1;
    if (w) d.setRange(w.from, w.to);
  });
}
