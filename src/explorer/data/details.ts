import { DataFactory } from 'n3';
import type { Term } from '@rdfjs/types';
import { NS } from '../../rdf/vocabulary.js';
import { localName, shrink } from './prefixes.js';
import type { Dataset } from './types.js';

const { namedNode } = DataFactory;
const P = (ns: keyof typeof NS, l: string) => namedNode(NS[ns] + l);
const RDF_TYPE = P('rdf', 'type');

export interface Evidence {
  sentence: string;
  /** Spans to highlight, relative to the sentence: `self` is the selected node, `other` the fact's other end. */
  highlights: { start: number; end: number; role: 'self' | 'other' }[];
  article: string;
  articleTitle: string;
  modality?: string;
  attributedTo?: string;
}

export interface LinkItem {
  other: string;
  otherLabel: string;
  /** The other end is a node of the graph (clickable). */
  isNode: boolean;
  evidence: Evidence[];
  modality?: string;
  negated?: boolean;
}

export interface LinkGroup {
  predicate: string;
  short: string;
  items: LinkItem[];
}

export interface EventSummary {
  cameoCode?: string;
  cameoLabel?: string;
  agents: { id: string; label: string }[];
  targets: { id: string; label: string }[];
  places: { id: string; label: string }[];
  date?: string;
  timePhrase?: string;
  /** The date comes from the publication date, not from the text (ng:dateSource ng:PublicationDate). */
  datedByPublication?: boolean;
  quantities: string[];
  modality?: string;
  certainty?: string;
  negated?: boolean;
  hedge?: string;
  attribution?: string;
  attributionPhrase?: string;
  trigger?: string;
}

export interface NodeDetails {
  id: string;
  short: string;
  label: string;
  types: { iri: string; short: string }[];
  wikidata?: string;
  aliases: string[];
  literals: { predicate: string; short: string; value: string; datatype?: string; lang?: string }[];
  outgoing: LinkGroup[];
  incoming: LinkGroup[];
  event?: EventSummary;
  evidence: Evidence[];
  articles: { id: string; title: string; mentions: number }[];
}

/** Links that the panel shows elsewhere (mentions, reification) rather than as link groups. */
const HIDDEN_INCOMING = new Set([`${NS.itsrdf}taIdentRef`, `${NS.rdf}subject`, `${NS.rdf}object`, `${NS.ng}viaEvent`]);
const HIDDEN_OUTGOING = new Set([`${NS.rdf}type`, `${NS.prov}wasDerivedFrom`]);

function labelOf(ds: Dataset, t: Term): string {
  const n = ds.nodes.get(t.value);
  if (n) return n.label;
  const l = ds.store.getObjects(t, P('rdfs', 'label'), null)[0] ?? ds.store.getObjects(t, P('schema', 'name'), null)[0] ?? ds.store.getObjects(t, P('ng', 'phrase'), null)[0];
  if (l) return l.value;
  if (t.termType === 'BlankNode') return `_:${t.value}`;
  const s = shrink(t.value, ds.prefixes);
  return s.startsWith('<') ? localName(t.value) : s;
}

function one(ds: Dataset, s: Term | string, p: Term): Term | undefined {
  return ds.store.getObjects(typeof s === 'string' ? namedNode(s) : s, p, null)[0];
}

function articleTitle(ds: Dataset, article: string): string {
  return one(ds, article, P('schema', 'headline'))?.value ?? localName(article);
}

/** A sentence with the mentions of `self` and `others` in it marked. */
export function sentenceEvidence(ds: Dataset, sentence: Term, self: string, others: string[]): Evidence | null {
  const text = one(ds, sentence, P('nif', 'anchorOf'))?.value;
  if (text === undefined) return null;
  const begin = Number(one(ds, sentence, P('nif', 'beginIndex'))?.value ?? 0);
  const article = one(ds, sentence, P('nif', 'referenceContext'))?.value ?? '';
  const highlights: Evidence['highlights'] = [];
  for (const m of ds.store.getSubjects(P('nif', 'sentence'), sentence, null)) {
    const refs = ds.store.getObjects(m, P('itsrdf', 'taIdentRef'), null).map((r) => r.value);
    const role = refs.includes(self) ? 'self' : refs.some((r) => others.includes(r)) ? 'other' : null;
    if (!role) continue;
    const b = Number(one(ds, m, P('nif', 'beginIndex'))?.value) - begin;
    const e = Number(one(ds, m, P('nif', 'endIndex'))?.value) - begin;
    if (Number.isFinite(b) && Number.isFinite(e) && b >= 0 && e <= text.length && b < e) highlights.push({ start: b, end: e, role });
  }
  highlights.sort((a, b) => a.start - b.start || b.end - a.end);
  const flat: Evidence['highlights'] = [];
  for (const hl of highlights) if (!flat.length || hl.start >= flat[flat.length - 1]!.end) flat.push(hl);
  return { sentence: text, highlights: flat, article, articleTitle: article ? articleTitle(ds, article) : '' };
}

function factEvidence(ds: Dataset, s: string, p: string, o: string, self: string): { evidence: Evidence[]; modality?: string; negated?: boolean } {
  const out: Evidence[] = [];
  let modality: string | undefined;
  let negated: boolean | undefined;
  const other = s === self ? o : s;
  for (const st of ds.store.getSubjects(P('rdf', 'subject'), namedNode(s), null)) {
    if (one(ds, st, P('rdf', 'predicate'))?.value !== p || one(ds, st, P('rdf', 'object'))?.value !== o) continue;
    const mod = one(ds, st, P('ng', 'modality'));
    if (mod) modality = localName(mod.value);
    if (one(ds, st, P('ng', 'negated'))?.value === 'true') negated = true;
    const attributed = one(ds, st, P('prov', 'wasAttributedTo'));
    for (const sent of ds.store.getObjects(st, P('prov', 'wasDerivedFrom'), null)) {
      const ev = sentenceEvidence(ds, sent, self, [other]);
      if (!ev) continue;
      if (mod) ev.modality = localName(mod.value);
      if (attributed) ev.attributedTo = labelOf(ds, attributed);
      out.push(ev);
    }
  }
  return { evidence: out, ...(modality ? { modality } : {}), ...(negated ? { negated } : {}) };
}

function eventSentences(ds: Dataset, event: string, self: string, others: string[]): Evidence[] {
  const out: Evidence[] = [];
  for (const sent of ds.store.getObjects(namedNode(event), P('prov', 'wasDerivedFrom'), null)) {
    const ev = sentenceEvidence(ds, sent, self, others);
    if (ev) out.push(ev);
  }
  return out;
}

function groupBy(items: { predicate: string; item: LinkItem }[], ds: Dataset): LinkGroup[] {
  const groups = new Map<string, LinkGroup>();
  for (const { predicate, item } of items) {
    let g = groups.get(predicate);
    if (!g) groups.set(predicate, (g = { predicate, short: shrink(predicate, ds.prefixes), items: [] }));
    if (!g.items.some((i) => i.other === item.other)) g.items.push(item);
  }
  for (const g of groups.values()) g.items.sort((a, b) => a.otherLabel.localeCompare(b.otherLabel));
  return [...groups.values()].sort((a, b) => a.short.localeCompare(b.short));
}

function eventSummary(ds: Dataset, id: string): EventSummary {
  const e = namedNode(id);
  const list = (p: Term) => ds.store.getObjects(e, p, null).map((t) => ({ id: t.value, label: labelOf(ds, t) })).sort((a, b) => a.label.localeCompare(b.label));
  const lit = (p: Term) => one(ds, e, p)?.value;
  const time = one(ds, e, P('sem', 'hasTime'));
  const quantities = ds.store.getObjects(e, P('ng', 'quantity'), null).map((q) => {
    const phrase = one(ds, q, P('ng', 'phrase'))?.value;
    const value = one(ds, q, P('schema', 'value'))?.value;
    const unit = one(ds, q, P('schema', 'unitText'))?.value;
    const approx = one(ds, q, P('ng', 'approximation'))?.value;
    return [approx && approx !== 'exact' ? `${approx}` : '', value ?? phrase ?? '', unit ?? ''].filter(Boolean).join(' ') + (phrase ? ` (“${phrase}”)` : '');
  });
  const modality = one(ds, e, P('ng', 'modality'));
  const attribution = one(ds, e, P('prov', 'wasAttributedTo'));
  const s: EventSummary = { agents: list(P('ng', 'agent')), targets: list(P('ng', 'target')), places: list(P('sem', 'hasPlace')), quantities };
  const set = <K extends keyof EventSummary>(k: K, v: EventSummary[K] | undefined) => {
    if (v !== undefined) s[k] = v;
  };
  set('cameoCode', lit(P('ng', 'cameoCode')));
  set('cameoLabel', lit(P('ng', 'cameoLabel')));
  const [begin, end] = [lit(P('sem', 'hasBeginTimeStamp')), lit(P('sem', 'hasEndTimeStamp'))];
  set('date', lit(P('sem', 'hasTimeStamp')) ?? (begin && end ? `${begin} to ${end}` : undefined));
  set('timePhrase', time ? one(ds, time, P('ng', 'phrase'))?.value : undefined);
  set('datedByPublication', time && one(ds, time, P('ng', 'dateSource'))?.value === `${NS.ng}PublicationDate` ? true : undefined);
  set('modality', modality ? localName(modality.value) : undefined);
  set('certainty', lit(P('ng', 'certainty')));
  set('negated', lit(P('ng', 'negated')) === 'true' ? true : undefined);
  set('hedge', lit(P('ng', 'hedge')));
  set('attribution', attribution ? labelOf(ds, attribution) : undefined);
  set('attributionPhrase', lit(P('ng', 'attributionPhrase')));
  set('trigger', lit(P('ng', 'trigger')));
  return s;
}

/** Everything the side panel shows for one node, read from the store. */
export function nodeDetails(ds: Dataset, id: string): NodeDetails | null {
  const node = ds.nodes.get(id);
  const subj = id.startsWith('_:') ? DataFactory.blankNode(id.slice(2)) : namedNode(id);
  if (!node && ds.store.countQuads(subj, null, null, null) === 0) return null;
  const types = ds.store.getObjects(subj, RDF_TYPE, null).map((t) => ({ iri: t.value, short: shrink(t.value, ds.prefixes) }));
  const literals: NodeDetails['literals'] = [];
  const out: { predicate: string; item: LinkItem }[] = [];
  for (const q of ds.store.getQuads(subj, null, null, null)) {
    if (q.object.termType === 'Literal') {
      const dt = q.object.datatype.value;
      literals.push({ predicate: q.predicate.value, short: shrink(q.predicate.value, ds.prefixes), value: q.object.value, ...(q.object.language ? { lang: q.object.language } : dt !== `${NS.xsd}string` && !dt.endsWith('#langString') ? { datatype: shrink(dt, ds.prefixes) } : {}) });
      continue;
    }
    if (HIDDEN_OUTGOING.has(q.predicate.value)) continue;
    if (q.predicate.value === `${NS.owl}sameAs` && q.object.value.startsWith(NS.wd)) continue;
    const isNode = ds.nodes.has(q.object.value);
    const fe = node?.kind === 'entity' ? factEvidence(ds, id, q.predicate.value, q.object.value, id) : { evidence: node?.kind === 'event' ? [] : [] };
    out.push({ predicate: q.predicate.value, item: { other: q.object.value, otherLabel: labelOf(ds, q.object), isNode, ...fe } });
  }
  const inc: { predicate: string; item: LinkItem }[] = [];
  for (const q of ds.store.getQuads(null, null, subj, null)) {
    if (HIDDEN_INCOMING.has(q.predicate.value)) continue;
    const other = q.subject.value;
    const otherNode = ds.nodes.get(other);
    let evidence: Evidence[] = [];
    let extra: { modality?: string; negated?: boolean } = {};
    if (otherNode?.kind === 'event') {
      const actors = [P('ng', 'agent'), P('ng', 'target')].flatMap((p) => ds.store.getObjects(q.subject, p, null).map((t) => t.value));
      evidence = eventSentences(ds, other, id, actors);
    }
    else if (otherNode) {
      const fe = factEvidence(ds, other, q.predicate.value, id, id);
      evidence = fe.evidence;
      extra = { ...(fe.modality ? { modality: fe.modality } : {}), ...(fe.negated ? { negated: fe.negated } : {}) };
    }
    inc.push({ predicate: q.predicate.value, item: { other, otherLabel: labelOf(ds, q.subject), isNode: !!otherNode, evidence, ...extra } });
  }
  // Mentions: which articles talk about this node.
  const perArticle = new Map<string, number>();
  for (const m of ds.store.getSubjects(P('itsrdf', 'taIdentRef'), subj, null)) {
    const art = one(ds, m, P('nif', 'referenceContext'));
    if (art) perArticle.set(art.value, (perArticle.get(art.value) ?? 0) + 1);
  }
  const articles = [...perArticle].map(([a, n]) => ({ id: a, title: articleTitle(ds, a), mentions: n })).sort((a, b) => b.mentions - a.mentions || a.title.localeCompare(b.title));
  let event: EventSummary | undefined;
  let evidence: Evidence[] = [];
  if (node?.kind === 'event') {
    event = eventSummary(ds, id);
    evidence = eventSentences(ds, id, '', [...event.agents, ...event.targets, ...event.places].map((x) => x.id));
  }
  const label = node?.label ?? labelOf(ds, subj);
  const details: NodeDetails = {
    id,
    short: shrink(id, ds.prefixes),
    label,
    types,
    aliases: node?.aliases ?? [],
    literals: literals.sort((a, b) => a.short.localeCompare(b.short) || a.value.localeCompare(b.value)),
    outgoing: groupBy(out, ds),
    incoming: groupBy(inc, ds),
    evidence,
    articles,
  };
  if (node?.wikidata) details.wikidata = node.wikidata;
  if (event) details.event = event;
  return details;
}

export interface ArticleView {
  id: string;
  title: string;
  date?: string;
  url?: string;
  text: string;
  mentions: { start: number; end: number; refs: string[]; anchor: string }[];
}

/** An article's text and its entity mentions (non-overlapping, in order). */
export function articleView(ds: Dataset, article: string): ArticleView | null {
  const a = namedNode(article);
  const text = one(ds, a, P('nif', 'isString'))?.value;
  if (text === undefined) return null;
  const raw: ArticleView['mentions'] = [];
  for (const m of ds.store.getSubjects(P('nif', 'referenceContext'), a, null)) {
    const refs = ds.store.getObjects(m, P('itsrdf', 'taIdentRef'), null).map((r) => r.value);
    if (!refs.length) continue;
    const start = Number(one(ds, m, P('nif', 'beginIndex'))?.value);
    const end = Number(one(ds, m, P('nif', 'endIndex'))?.value);
    if (Number.isInteger(start) && Number.isInteger(end) && start >= 0 && end <= text.length && start < end) raw.push({ start, end, refs, anchor: text.slice(start, end) });
  }
  raw.sort((x, y) => x.start - y.start || y.end - x.end);
  const mentions: ArticleView['mentions'] = [];
  for (const m of raw) if (!mentions.length || m.start >= mentions[mentions.length - 1]!.end) mentions.push(m);
  const view: ArticleView = { id: article, title: articleTitle(ds, article), text, mentions };
  const date = one(ds, a, P('schema', 'datePublished'))?.value;
  if (date) view.date = date;
  const url = one(ds, a, P('schema', 'url'))?.value;
  if (url) view.url = url;
  return view;
}

/** Articles in the store, by title. */
export function listArticles(ds: Dataset): { id: string; title: string }[] {
  return ds.store
    .getSubjects(RDF_TYPE, P('nif', 'Context'), null)
    .map((a) => ({ id: a.value, title: articleTitle(ds, a.value) }))
    .sort((x, y) => x.title.localeCompare(y.title));
}
