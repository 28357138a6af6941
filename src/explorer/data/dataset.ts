import { DataFactory, Store } from 'n3';
import type { Quad, Term } from '@rdfjs/types';
import { projectGraph } from '../../graph/project.js';
import type { QuadSource } from '../../rdf/compact-store.js';
import { NS } from '../../rdf/vocabulary.js';
import { DEFAULT_PREFIXES, localName, shrink } from './prefixes.js';
import type { Dataset, EdgeRecord, NodeRecord } from './types.js';

const { namedNode } = DataFactory;
const RDF_TYPE = `${NS.rdf}type`;
const NG_ENTITY = `${NS.ng}Entity`;
const NG_EVENT = `${NS.ng}Event`;
const GENERIC_EVENT_CLASSES = new Set([NG_EVENT, `${NS.sem}Event`]);
const LABEL_PREDICATES = [`${NS.rdfs}label`, 'http://www.w3.org/2004/02/skos/core#prefLabel', `${NS.schema}name`, 'http://xmlns.com/foaf/0.1/name', 'http://purl.org/dc/terms/title'];
const ALIAS_PREDICATES = [`${NS.schema}alternateName`, `${NS.schema}name`, 'http://www.w3.org/2004/02/skos/core#altLabel', `${NS.rdfs}label`];
/** Predicates that never become edges in the generic view: they point at vocabulary or reification. */
const GENERIC_SKIP = new Set([RDF_TYPE, `${NS.rdf}subject`, `${NS.rdf}predicate`, `${NS.rdf}object`]);

/** ISO day from an xsd:date, gYearMonth or gYear lexical form (coarse dates start their period). */
export function isoDay(value: string): string | undefined {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(value);
  if (!m) return undefined;
  return `${m[1]}-${m[2] ?? '01'}-${m[3] ?? '01'}`;
}

function objects(store: QuadSource, s: string, p: string): Term[] {
  return store.getObjects(namedNode(s), namedNode(p), null);
}

function primaryClass(types: string[], kind: 'entity' | 'event'): string {
  const skip = kind === 'event' ? GENERIC_EVENT_CLASSES : new Set([NG_ENTITY]);
  return types.find((t) => !skip.has(t)) ?? types[0] ?? (kind === 'event' ? NG_EVENT : `${NS.rdfs}Resource`);
}

function aliasesOf(store: QuadSource, s: string, label: string): string[] {
  const out = new Set<string>();
  for (const p of ALIAS_PREDICATES) for (const o of objects(store, s, p)) if (o.termType === 'Literal' && o.value !== label) out.add(o.value);
  return [...out];
}

let versionCounter = 0;

/** Keeps later versions above `v` (a version taken over from the server's index). */
export function reserveVersion(v: number): void {
  versionCounter = Math.max(versionCounter, v);
}

/** The projection of a store: newsgraph's own (entities, events, facts, roles) or, for other RDF, a generic one. */
export function buildDataset(store: QuadSource, opts: { prefixes?: Record<string, string>; fresh?: ReadonlySet<string>; sources: string[] }): Dataset {
  const prefixes = { ...DEFAULT_PREFIXES, ...(opts.prefixes ?? {}) };
  const generic = store.countQuads(null, namedNode(RDF_TYPE), namedNode(NG_ENTITY), null) === 0;
  const nodes = new Map<string, NodeRecord>();
  const edges: EdgeRecord[] = [];
  if (!generic) {
    const g = projectGraph(store);
    g.forEachNode((id, a) => {
      const rec: NodeRecord = { id, label: a.label, kind: a.kind, types: a.types, cls: primaryClass(a.types, a.kind), aliases: aliasesOf(store, id, a.label) };
      if (a.wikidata) rec.wikidata = a.wikidata;
      if (a.cameoCode) rec.cameoCode = a.cameoCode;
      if (a.kind === 'event') {
        // A range ("from 2004 to 2009") sits on the timeline at its beginning.
        const ts = objects(store, id, `${NS.sem}hasTimeStamp`)[0] ?? objects(store, id, `${NS.sem}hasBeginTimeStamp`)[0];
        const day = ts ? isoDay(ts.value) : undefined;
        if (day) rec.date = day;
      }
      nodes.set(id, rec);
    });
    // Dates of facts: through the reified statement's ng:viaEvent.
    const factDates = new Map<string, string[]>();
    const factEvents = new Map<string, string[]>();
    for (const st of store.getSubjects(namedNode(RDF_TYPE), namedNode(`${NS.ng}Fact`), null)) {
      const s = store.getObjects(st, namedNode(`${NS.rdf}subject`), null)[0];
      const p = store.getObjects(st, namedNode(`${NS.rdf}predicate`), null)[0];
      const o = store.getObjects(st, namedNode(`${NS.rdf}object`), null)[0];
      if (!s || !p || !o) continue;
      const key = `${s.value} ${p.value} ${o.value}`;
      for (const ev of store.getObjects(st, namedNode(`${NS.ng}viaEvent`), null)) {
        if (nodes.has(ev.value)) factEvents.set(key, [...(factEvents.get(key) ?? []), ev.value]);
        const d = nodes.get(ev.value)?.date;
        if (d) factDates.set(key, [...(factDates.get(key) ?? []), d]);
      }
    }
    g.forEachEdge((id, a, source, target) => {
      const rec: EdgeRecord = { id, source, target, predicate: a.predicate, label: a.label, kind: a.kind, dates: factDates.get(id) ?? [] };
      const evs = factEvents.get(id);
      if (evs) rec.events = evs;
      edges.push(rec);
    });
  } else {
    const classes = new Set(store.getObjects(null, namedNode(RDF_TYPE), null).map((t) => t.value));
    const isResource = (t: Term) => (t.termType === 'NamedNode' || t.termType === 'BlankNode') && !classes.has(t.value);
    const ensure = (t: Term) => {
      if (nodes.has(t.value)) return;
      const types = store.getObjects(t, namedNode(RDF_TYPE), null).map((x) => x.value).sort();
      const lab = LABEL_PREDICATES.map((p) => store.getObjects(t, namedNode(p), null).find((o) => o.termType === 'Literal')).find(Boolean);
      const label = lab?.value ?? (t.termType === 'BlankNode' ? `_:${t.value}` : shrinkOrLocal(t.value, prefixes));
      const kind = types.some((x) => GENERIC_EVENT_CLASSES.has(x)) ? 'event' : 'entity';
      const rec: NodeRecord = { id: t.value, label, kind, types, cls: primaryClass(types, kind), aliases: aliasesOf(store, t.value, label) };
      const wd = store.getObjects(t, namedNode(`${NS.owl}sameAs`), null).find((o) => o.value.startsWith(NS.wd));
      if (wd) rec.wikidata = wd.value;
      nodes.set(t.value, rec);
    };
    for (const q of store.match(null, null, null, null) as Iterable<Quad>) {
      if (isResource(q.subject)) ensure(q.subject);
      if (GENERIC_SKIP.has(q.predicate.value) || !isResource(q.object) || !isResource(q.subject)) continue;
      ensure(q.object);
      edges.push({ id: `${q.subject.value} ${q.predicate.value} ${q.object.value}`, source: q.subject.value, target: q.object.value, predicate: q.predicate.value, label: localName(q.predicate.value), kind: 'link', dates: [] });
    }
    // Nodes with only literal properties and no links stay: they are resources too.
  }
  return { version: ++versionCounter, store, prefixes, generic, nodes, edges, fresh: opts.fresh ?? new Set(), sources: opts.sources };
}

function shrinkOrLocal(iri: string, prefixes: Record<string, string>): string {
  const s = shrink(iri, prefixes);
  return s.startsWith('<') ? localName(iri) : s;
}

/** Adds quads to a copy of the store; the nodes that were not there before are `fresh`. */
export function mergeQuads(ds: Dataset, quads: Quad[], source: string, prefixes: Record<string, string> = {}): Dataset {
  const store = new Store();
  store.addQuads(ds.store.getQuads(null, null, null, null));
  store.addQuads(quads);
  const before = new Set(ds.nodes.keys());
  const next = buildDataset(store, { prefixes: { ...ds.prefixes, ...prefixes }, sources: [...ds.sources, source] });
  const fresh = new Set<string>();
  for (const id of next.nodes.keys()) if (!before.has(id)) fresh.add(id);
  // Nodes that existed but gained facts from the new article are highlighted too.
  const touched = new Set(quads.filter((q) => q.predicate.value === `${NS.itsrdf}taIdentRef`).map((q) => q.object.value));
  for (const id of touched) if (next.nodes.has(id)) fresh.add(id);
  return { ...next, fresh };
}

export function emptyDataset(): Dataset {
  return buildDataset(new Store(), { sources: [] });
}
