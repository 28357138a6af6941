import type { Evidence, LinkGroup, NodeDetails } from '../data/index.js';
import { externalLink, h } from './dom.js';

export interface PanelActions {
  select(id: string): void;
  openArticle(id: string): void;
}

/** A sentence with its mentions marked (text nodes and <mark> only). */
export function evidenceBlock(ev: Evidence, act: PanelActions): HTMLElement {
  const q = h('blockquote', { class: 'evidence', testid: 'evidence' });
  let at = 0;
  for (const hl of ev.highlights) {
    if (hl.start > at) q.append(ev.sentence.slice(at, hl.start));
    q.append(h('mark', { class: `hl-${hl.role}` }, ev.sentence.slice(hl.start, hl.end)));
    at = hl.end;
  }
  q.append(ev.sentence.slice(at));
  const meta = h('div', { class: 'evidence-meta' });
  if (ev.modality) meta.append(h('span', { class: `chip modality-${ev.modality.toLowerCase()}` }, ev.modality));
  if (ev.attributedTo) meta.append(h('span', { class: 'attribution' }, `according to ${ev.attributedTo}`));
  if (ev.article) meta.append(h('button', { class: 'linkish article-link', title: 'Open the article', on: { click: () => act.openArticle(ev.article) } }, `— ${ev.articleTitle}`));
  return h('div', { class: 'evidence-wrap' }, q, meta);
}

function nodeButton(id: string, label: string, isNode: boolean, act: PanelActions): HTMLElement {
  return isNode ? h('button', { class: 'linkish node-link', title: id, on: { click: () => act.select(id) } }, label) : h('span', { class: 'plain', title: id }, label);
}

function groups(title: string, gs: LinkGroup[], act: PanelActions, testid: string): HTMLElement | null {
  if (!gs.length) return null;
  const sec = h('section', { class: 'links', testid }, h('h3', {}, title));
  for (const g of gs) {
    const details = h('details', { class: 'group', data: { predicate: g.predicate } }, h('summary', {}, h('code', {}, g.short), h('span', { class: 'count' }, String(g.items.length))));
    details.open = gs.length <= 6 || g.items.length <= 3;
    const ul = h('ul', {});
    const item = (it: LinkGroup['items'][number]) => {
      const li = h('li', {}, nodeButton(it.other, it.otherLabel, it.isNode, act));
      if (it.modality && it.modality !== 'Asserted') li.append(h('span', { class: `chip modality-${it.modality.toLowerCase()}` }, it.modality));
      if (it.negated) li.append(h('span', { class: 'chip negated' }, 'negated'));
      for (const ev of it.evidence.slice(0, 3)) li.append(evidenceBlock(ev, act));
      return li;
    };
    // A hub's panel holds thousands of links: a closed group is filled when it opens, and a long list shows
    // its first items with a button for the rest, so the panel of a hub appears as fast as any other.
    const fill = () => appendInSteps(ul, g.items, item, 'links');
    if (details.open) fill();
    else details.addEventListener('toggle', fill, { once: true });
    details.append(ul);
    sec.append(details);
  }
  return sec;
}

/** Items shown at first in a list; the rest come with a "Show more" button, in steps of this size. */
export const PANEL_STEP = 40;

/** Appends the items of a list in steps of PANEL_STEP, each after the first behind a button. */
function appendInSteps<T>(list: HTMLElement, items: readonly T[], render: (item: T) => HTMLElement, what: string, from = 0): void {
  const to = Math.min(items.length, from + PANEL_STEP);
  for (let i = from; i < to; i++) list.append(render(items[i]!));
  if (to >= items.length) return;
  const more: HTMLElement = h('li', { class: 'more' }, h('button', { class: 'linkish', testid: 'show-more', on: { click: () => { more.remove(); appendInSteps(list, items, render, what, to); } } }, `Show ${Math.min(PANEL_STEP, items.length - to)} more ${what} (of ${items.length - to})`));
  list.append(more);
}

function row(label: string, value: Node | string | null | undefined): HTMLElement | null {
  if (value === null || value === undefined || value === '') return null;
  return h('tr', {}, h('th', {}, label), h('td', {}, value));
}

function people(list: { id: string; label: string }[], act: PanelActions): HTMLElement | null {
  if (!list.length) return null;
  const span = h('span', {});
  list.forEach((p, i) => {
    if (i) span.append(', ');
    span.append(h('button', { class: 'linkish node-link', title: p.id, on: { click: () => act.select(p.id) } }, p.label));
  });
  return span;
}

export function renderNodePanel(d: NodeDetails, color: string, act: PanelActions): HTMLElement {
  const root = h('div', { class: 'node-panel', testid: 'node-panel' });
  const swatch = h('span', { class: 'swatch' });
  swatch.style.background = color;
  root.append(h('h2', { testid: 'node-label' }, swatch, d.label));
  root.append(h('div', { class: 'iri' }, h('code', { title: d.id }, d.short)));
  const types = h('div', { class: 'types' });
  for (const t of d.types) types.append(h('span', { class: 'chip', title: t.iri }, t.short));
  root.append(types);
  if (d.wikidata) root.append(h('div', { class: 'wikidata', testid: 'wikidata' }, 'Wikidata: ', externalLink(d.wikidata, d.wikidata.replace(/^.*\//, ''))));
  if (d.aliases.length) root.append(h('div', { class: 'aliases' }, h('span', { class: 'muted' }, 'Also: '), d.aliases.join(' · ')));
  if (d.event) {
    const e = d.event;
    const t = h('table', { class: 'event-summary', testid: 'event-summary' });
    for (const r of [
      row('CAMEO', e.cameoCode ? `${e.cameoCode} ${e.cameoLabel ?? ''}`.trim() : null),
      row('Trigger', e.trigger ? `“${e.trigger}”` : null),
      row('Agents', people(e.agents, act)),
      row('Targets', people(e.targets, act)),
      row('Place', people(e.places, act)),
      row('Date', e.date ? `${e.date}${e.timePhrase ? ` (“${e.timePhrase}”)` : e.datedByPublication ? ' (publication date)' : ''}` : e.timePhrase),
      row('Quantities', e.quantities.join('; ')),
      row('Modality', e.modality ? `${e.modality}${e.negated ? ', negated' : ''}${e.hedge ? ` (hedge “${e.hedge}”)` : ''}` : null),
      row('Certainty', e.certainty),
      row('Source', e.attribution ? `${e.attribution}${e.attributionPhrase ? ` (“${e.attributionPhrase}”)` : ''}` : e.attributionPhrase),
    ])
      if (r) t.append(r);
    root.append(t);
  }
  if (d.evidence.length) {
    const sec = h('section', { class: 'links' }, h('h3', {}, 'Read in'));
    for (const ev of d.evidence) sec.append(evidenceBlock(ev, act));
    root.append(sec);
  }
  const outg = groups('Outgoing', d.outgoing, act, 'outgoing');
  if (outg) root.append(outg);
  const inc = groups('Incoming', d.incoming, act, 'incoming');
  if (inc) root.append(inc);
  if (d.literals.length) {
    const t = h('table', { class: 'literals', testid: 'literals' });
    for (const l of d.literals) {
      const v = h('td', {}, l.value.length > 600 ? `${l.value.slice(0, 600)}…` : l.value);
      if (l.datatype) v.append(h('span', { class: 'muted' }, ` ^^${l.datatype}`));
      if (l.lang) v.append(h('span', { class: 'muted' }, ` @${l.lang}`));
      t.append(h('tr', {}, h('th', {}, h('code', { title: l.predicate }, l.short)), v));
    }
    root.append(h('section', { class: 'links' }, h('h3', {}, 'Properties'), t));
  }
  if (d.articles.length) {
    const ul = h('ul', { class: 'articles' });
    appendInSteps(ul, d.articles, (a) => h('li', {}, h('button', { class: 'linkish', on: { click: () => act.openArticle(a.id) } }, a.title), h('span', { class: 'count' }, `${a.mentions}×`)), 'articles');
    root.append(h('section', { class: 'links' }, h('h3', {}, 'Mentioned in'), ul));
  }
  return root;
}
