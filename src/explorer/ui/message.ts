import { byId, h } from './dom.js';

let timer = 0;

/** A short message at the bottom of the page; errors stay longer. */
export function message(text: string, kind: 'info' | 'error' = 'info'): void {
  const el = byId('message');
  el.textContent = text;
  el.className = `message ${kind}`;
  el.hidden = false;
  el.dataset.kind = kind;
  clearTimeout(timer);
  timer = window.setTimeout(() => (el.hidden = true), kind === 'error' ? 9000 : 4500);
}

/** The banner over the graph while a CONSTRUCT result is shown (null hides it). */
export function constructBanner(triples: number | null, back: () => void): void {
  const el = byId('banner');
  if (triples === null) {
    el.hidden = true;
    return;
  }
  el.replaceChildren(`Showing a CONSTRUCT result (${triples} triples). `, h('button', { class: 'linkish', testid: 'back-to-graph', on: { click: back } }, 'Back to the full graph'));
  el.hidden = false;
}
