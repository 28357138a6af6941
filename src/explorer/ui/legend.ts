import type { LegendEntry } from '../render/index.js';
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
