import type { SparqlCell, SparqlResult } from '../sparql/index.js';
import { EXAMPLE_QUERIES } from '../sparql/index.js';
import { h } from './dom.js';

export interface SparqlBoxActions {
  run(query: string): Promise<{ result: SparqlResult; ms: number }>;
  shrink(iri: string): string;
  isNode(id: string): boolean;
  select(id: string): void;
  showGraph(ntriples: string): void;
  download(ntriples: string): void;
}

function renderCell(c: SparqlCell | null, act: SparqlBoxActions): Node {
  if (!c) return document.createTextNode('');
  if (c.termType === 'NamedNode') {
    const s = act.shrink(c.value);
    return act.isNode(c.value) ? h('button', { class: 'linkish node-link', title: c.value, on: { click: () => act.select(c.value) } }, s) : h('code', { title: c.value }, s);
  }
  if (c.termType === 'BlankNode') return h('code', {}, `_:${c.value}`);
  const text = c.value.length > 400 ? `${c.value.slice(0, 400)}…` : c.value;
  return h('span', {}, text, c.language ? h('span', { class: 'muted' }, ` @${c.language}`) : null);
}

export function renderSparqlBox(act: SparqlBoxActions, initial: string): HTMLElement {
  const area = h('textarea', { class: 'sparql-query', testid: 'sparql-query', attrs: { spellcheck: 'false', rows: '10', 'aria-label': 'SPARQL query' } });
  area.value = initial;
  const examples = h('select', { attrs: { 'aria-label': 'example queries' } }, h('option', { attrs: { value: '' } }, 'Examples…'));
  EXAMPLE_QUERIES.forEach((q, i) => examples.append(h('option', { attrs: { value: String(i) } }, q.name)));
  examples.addEventListener('change', () => {
    const q = EXAMPLE_QUERIES[Number(examples.value)];
    if (q) area.value = q.query;
    examples.value = '';
  });
  const out = h('div', { class: 'sparql-results', testid: 'sparql-results' });
  const runBtn = h('button', { class: 'primary', testid: 'sparql-run' }, 'Run');
  const run = async () => {
    runBtn.disabled = true;
    out.replaceChildren(h('div', { class: 'muted' }, 'Running…'));
    try {
      const { result, ms } = await act.run(area.value);
      out.replaceChildren();
      const took = `${ms.toFixed(0)} ms`;
      if (result.kind === 'boolean') out.append(h('div', { class: 'answer' }, `ASK → ${result.value}`), h('div', { class: 'muted' }, took));
      else if (result.kind === 'quads') {
        out.append(h('div', { class: 'muted', testid: 'sparql-count' }, `${result.count} triples · ${took}`));
        out.append(h('div', { class: 'row' }, h('button', { testid: 'sparql-show-graph', on: { click: () => act.showGraph(result.ntriples) } }, 'Show as graph'), h('button', { on: { click: () => act.download(result.ntriples) } }, 'Download')));
        out.append(h('pre', { class: 'ntriples' }, result.ntriples.split('\n').slice(0, 200).join('\n')));
      } else {
        out.append(h('div', { class: 'muted', testid: 'sparql-count' }, `${result.rows.length} rows · ${took}`));
        const table = h('table', { class: 'results' }, h('thead', {}, h('tr', {}, ...result.vars.map((v) => h('th', {}, `?${v}`)))));
        const tbody = h('tbody', {});
        for (const r of result.rows.slice(0, 1000)) tbody.append(h('tr', {}, ...r.map((c) => h('td', {}, renderCell(c, act)))));
        table.append(tbody);
        out.append(h('div', { class: 'table-wrap' }, table));
        if (result.rows.length > 1000) out.append(h('div', { class: 'muted' }, 'first 1000 rows shown'));
      }
    } catch (e) {
      out.replaceChildren(h('div', { class: 'error', testid: 'sparql-error' }, (e as Error).message));
    } finally {
      runBtn.disabled = false;
    }
  };
  runBtn.addEventListener('click', () => void run());
  area.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      void run();
    }
  });
  return h('div', { class: 'sparql-box' }, h('div', { class: 'row' }, examples, runBtn, h('span', { class: 'muted' }, 'Ctrl+Enter')), area, out);
}
