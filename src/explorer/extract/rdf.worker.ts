/// <reference lib="webworker" />
// Parsing of opened RDF files and in-browser extraction of pasted articles: both off the main thread,
// so a huge or hostile input never freezes the page.
import { pack, parseText } from './quads.js';
import type { RdfRequest, RdfResponse } from './types.js';

function reply(m: RdfResponse): void {
  const transfer = m.type === 'quads' ? [m.quads.index.buffer] : [];
  (self as unknown as { postMessage(m: unknown, t: Transferable[]): void }).postMessage(m, transfer);
}

// The extraction code and the syntax model (7 MB) load only when an article is first added.
const SYNTAX_MODEL = new URL('../../../models/syntax/en-ud.ngsx.gz', import.meta.url);
// The named-entity recogniser (1 MB); without it the pipeline falls back to its capitalisation rules.
const NER_MODEL = new URL('../../../models/ner/ner-en.bin', import.meta.url);
let syntaxReady: Promise<unknown> | undefined;
let nerReady: Promise<unknown> | undefined;
const extraction = () => {
  syntaxReady ??= import('../../syntax/index.js').then((m) => m.loadSyntaxModel(SYNTAX_MODEL));
  nerReady ??= import('../../ner/load.js').then((m) => m.loadNerModelFrom(NER_MODEL)).catch(() => undefined);
  return Promise.all([import('../../input/index.js'), import('../../build.js'), syntaxReady, nerReady]);
};

self.onmessage = async (e: MessageEvent<RdfRequest>) => {
  const m = e.data;
  try {
    if (m.type === 'parse') {
      const { quads, prefixes } = parseText(m.text, m.name, m.maxTriples);
      reply({ type: 'quads', id: m.id, quads: pack(quads), prefixes, summary: `${quads.length.toLocaleString('en')} triples from ${m.name}` });
    } else {
      const slug = m.name.replace(/\.[^.]*$/, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'pasted';
      const [{ articleFromText }, { buildGraph }] = await extraction();
      const article = articleFromText(m.text, slug, m.name);
      const { store, stats } = buildGraph([article], { base: m.base, date: new Date().toISOString().slice(0, 10) });
      reply({ type: 'quads', id: m.id, quads: pack(store.getQuads(null, null, null, null)), prefixes: {}, summary: `${stats.entities} entities, ${stats.events} events, ${stats.facts} facts from ${m.name}` });
    }
  } catch (err) {
    reply({ type: 'error', id: m.id, message: (err as Error).message.split('\n')[0] ?? 'failed' });
  }
};
