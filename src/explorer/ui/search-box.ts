import type { SearchHit } from '../data/index.js';
import { h } from './dom.js';

export interface SearchBoxDeps {
  input: HTMLInputElement;
  list: HTMLElement;
  /** Accent-insensitive matches for the typed text. */
  find: (query: string) => SearchHit[];
  /** Swatch colour and class label shown beside a hit. */
  describe: (id: string) => { color: string | undefined; cls: string };
  choose: (hit: SearchHit) => void;
  deselect: () => void;
  /** The hit Enter would choose now (the panel's data can be fetched ahead). */
  preview?: (hit: SearchHit) => void;
  /** The result list opened or closed. */
  listOpen?: (open: boolean) => void;
}

/** Type-ahead search: a result list under the box, arrow keys, Enter, Escape; "/" focuses the box. */
export function setupSearchBox(d: SearchBoxDeps): void {
  const { input, list } = d;
  let hits: SearchHit[] = [];
  let active = 0;
  let previewTimer: ReturnType<typeof setTimeout> | undefined;
  const setOpen = (open: boolean) => {
    if (list.hidden === !open) return;
    list.hidden = !open;
    d.listOpen?.(open);
  };
  /** After a pause in typing, the active hit is previewed. */
  const preview = () => {
    clearTimeout(previewTimer);
    const hit = hits[active];
    if (hit && d.preview) previewTimer = setTimeout(() => d.preview!(hit), 120);
  };
  const choose = (i: number) => {
    const hit = hits[i];
    if (!hit) return;
    input.value = hit.label;
    d.choose(hit);
    // Closed after the choice: what the list held back (the layout's redraws) waits for it too.
    setOpen(false);
  };
  const show = () => {
    hits = d.find(input.value);
    active = 0;
    list.replaceChildren(
      ...hits.map((hit, i) => {
        const { color, cls } = d.describe(hit.id);
        const sw = h('span', { class: 'swatch' });
        sw.style.background = color ?? '#aab';
        return h('li', { class: i === active ? 'active' : '', data: { id: hit.id }, on: { mousedown: (e) => (e.preventDefault(), choose(i)) } }, sw, h('span', {}, hit.label), hit.matched !== hit.label ? h('span', { class: 'alias' }, `“${hit.matched}”`) : null, h('span', { class: 'alias' }, cls));
      }),
    );
    setOpen(hits.length > 0);
    preview();
  };
  input.addEventListener('input', show);
  input.addEventListener('focus', show);
  input.addEventListener('blur', () => setTimeout(() => setOpen(false), 150));
  input.addEventListener('keydown', (e) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      active = Math.max(0, Math.min(hits.length - 1, active + (e.key === 'ArrowDown' ? 1 : -1)));
      [...list.children].forEach((li, i) => li.classList.toggle('active', i === active));
      preview();
    } else if (e.key === 'Enter') {
      e.preventDefault();
      choose(active);
    } else if (e.key === 'Escape') setOpen(false);
  });
  document.addEventListener('keydown', (e) => {
    const typing = ['INPUT', 'TEXTAREA', 'SELECT'].includes(document.activeElement?.tagName ?? '');
    if (e.key === '/' && !typing) {
      e.preventDefault();
      input.focus();
    } else if (e.key === 'Escape' && !typing) d.deselect();
  });
}
