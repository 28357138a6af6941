import type { LegendEntry, RenderGraph } from '../render/index.js';
import { QUAD_COLORS } from '../render/colors.js';
import type { Action, DisplayState } from '../state/index.js';
import { h } from './dom.js';

export function renderLegend(entries: LegendEntry[], hidden: ReadonlySet<string>, toggle: (cls: string) => void, showAll: () => void, hideIsolated: boolean, setHideIsolated: (v: boolean) => void): HTMLElement {
  const ul = h('ul', { class: 'legend', testid: 'legend' });
  for (const e of entries) {
    const box = h('input', { attrs: { type: 'checkbox' }, data: { cls: e.cls } });
    box.checked = !hidden.has(e.cls);
    box.addEventListener('change', () => toggle(e.cls));
    const sw = h('span', { class: 'swatch' });
    sw.style.background = e.color;
    ul.append(h('li', { class: hidden.has(e.cls) ? 'off' : '' }, h('label', { title: e.cls }, box, sw, h('span', { class: 'name' }, e.short.replace(/^(schema|ng):/, '')), h('span', { class: 'count' }, String(e.count)))));
  }
  const iso = h('input', { attrs: { type: 'checkbox' }, testid: 'hide-isolated' });
  iso.checked = hideIsolated;
  iso.addEventListener('change', () => setHideIsolated(iso.checked));
  const wrap = h('div', {}, ul, h('label', { class: 'option', title: 'Hide nodes that have no link in this view' }, iso, 'only linked nodes'));
  if (hidden.size) wrap.append(h('button', { class: 'linkish', on: { click: showAll } }, 'show all classes'));
  return wrap;
}

const QUAD_NAMES: [string, string][] = [
  ['verbal-coop', 'verbal cooperation'],
  ['material-coop', 'material cooperation'],
  ['verbal-conflict', 'verbal conflict'],
  ['material-conflict', 'material conflict'],
  ['other', 'other ties'],
];

/** The overview's legend: ties by CAMEO quad class, size and colour choices, and the outlets left out. */
export function renderOverviewLegend(g: RenderGraph, outlets: string[], s: DisplayState, dispatch: (a: Action) => void): HTMLElement {
  const counts = new Map<string, number>();
  g.forEachEdge((_e, a) => {
    if (a.qclass) counts.set(a.qclass, (counts.get(a.qclass) ?? 0) + 1);
  });
  const ul = h('ul', { class: 'legend quads', testid: 'quad-legend' });
  for (const [cls, name] of QUAD_NAMES) {
    const sw = h('span', { class: 'swatch line' });
    sw.style.background = QUAD_COLORS[cls]!;
    ul.append(h('li', {}, h('label', { title: `ties whose events are mostly ${name} (CAMEO quad class)` }, sw, h('span', { class: 'name' }, name), h('span', { class: 'count' }, String(counts.get(cls) ?? 0)))));
  }
  const select = <T extends string>(testid: string, value: T, options: [T, string][], set: (v: T) => void) => {
    const el = h('select', { testid });
    for (const [v, text] of options) {
      const o = h('option', { attrs: { value: v } }, text);
      o.selected = v === value;
      el.append(o);
    }
    el.addEventListener('change', () => set(el.value as T));
    return el;
  };
  const size = select('size-by', s.sizeBy, [['strength', 'ties (weighted)'], ['mentions', 'mentions']], (by) => dispatch({ type: 'setSizeBy', by }));
  const color = select('color-by', s.colorBy, [['class', 'class'], ['community', 'community (Louvain)']], (by) => dispatch({ type: 'setColorBy', by }));
  const wrap = h('div', { class: 'overview-legend' }, h('h4', {}, 'Ties'), ul, h('label', { class: 'option' }, 'size by ', size), h('label', { class: 'option' }, 'colour by ', color));
  if (outlets.length) wrap.append(h('div', { class: 'muted', testid: 'outlets', title: outlets.join(', ') }, `Left out as news outlets: ${outlets.slice(0, 4).join(', ')}${outlets.length > 4 ? ` and ${outlets.length - 4} more` : ''}.`));
  return wrap;
}
