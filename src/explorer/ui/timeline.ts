import { h } from './dom.js';

/** Events per month as a small bar chart, with a from/to date filter. */
export function renderTimeline(dates: string[], from: string | null, to: string | null, set: (from: string | null, to: string | null) => void): HTMLElement {
  const root = h('div', { class: 'timeline', testid: 'timeline' });
  if (!dates.length) {
    root.append(h('div', { class: 'muted' }, 'No dated events.'));
    return root;
  }
  const months = new Map<string, number>();
  for (const d of dates) months.set(d.slice(0, 7), (months.get(d.slice(0, 7)) ?? 0) + 1);
  const keys = [...months.keys()].sort();
  // Fill the gaps, up to 10 years of months.
  const all: string[] = [];
  let [y, m] = keys[0]!.split('-').map(Number) as [number, number];
  const last = keys[keys.length - 1]!;
  while (all.length < 120) {
    const k = `${y}-${String(m).padStart(2, '0')}`;
    all.push(k);
    if (k >= last) break;
    m++;
    if (m > 12) {
      m = 1;
      y++;
    }
  }
  const max = Math.max(...months.values());
  const bars = h('div', { class: 'bars' });
  for (const k of all) {
    const n = months.get(k) ?? 0;
    const inRange = (!from || `${k}-31` >= from) && (!to || `${k}-01` <= to);
    const bar = h('button', { class: `bar${inRange ? '' : ' out'}`, title: `${k}: ${n} event${n === 1 ? '' : 's'}`, on: { click: () => set(`${k}-01`, endOfMonth(k)) } });
    bar.style.height = `${n ? 8 + (40 * n) / max : 2}px`;
    bars.append(bar);
  }
  const fromIn = h('input', { attrs: { type: 'date', 'aria-label': 'from' }, testid: 'date-from' });
  const toIn = h('input', { attrs: { type: 'date', 'aria-label': 'to' }, testid: 'date-to' });
  fromIn.value = from ?? '';
  toIn.value = to ?? '';
  const apply = () => set(fromIn.value || null, toIn.value || null);
  fromIn.addEventListener('change', apply);
  toIn.addEventListener('change', apply);
  const inside = dates.filter((d) => (!from || d >= from) && (!to || d <= to)).length;
  root.append(bars, h('div', { class: 'axis' }, h('span', {}, all[0]!), h('span', {}, all[all.length - 1]!)), h('div', { class: 'range' }, fromIn, '–', toIn), h('div', { class: 'muted' }, `${inside} of ${dates.length} dated events`, from || to ? h('button', { class: 'linkish', on: { click: () => set(null, null) } }, ' all dates') : null));
  return root;
}

function endOfMonth(k: string): string {
  const [y, m] = k.split('-').map(Number) as [number, number];
  const d = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return `${k}-${String(d).padStart(2, '0')}`;
}
