import type { ArticleView } from '../data/index.js';
import { externalLink, h } from './dom.js';

/** The article text, with each entity mention a button that selects its node. */
export function renderArticle(a: ArticleView, selected: string | null, label: (id: string) => string, select: (id: string) => void): HTMLElement {
  const body = h('div', { class: 'article-text', testid: 'article-text' });
  let at = 0;
  for (const m of a.mentions) {
    if (m.start > at) body.append(a.text.slice(at, m.start));
    const cls = `mention${selected && m.refs.includes(selected) ? ' current' : ''}`;
    body.append(h('button', { class: cls, title: m.refs.map(label).join(', '), data: { ref: m.refs[0]! }, on: { click: () => select(m.refs[0]!) } }, m.anchor));
    at = m.end;
  }
  body.append(a.text.slice(at));
  const meta = h('div', { class: 'muted' }, a.date ?? '');
  if (a.url) meta.append(' · ', externalLink(a.url, 'source'));
  return h('div', { class: 'article-view', testid: 'article-view' }, h('h2', {}, a.title), meta, body);
}
