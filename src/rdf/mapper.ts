import { DataFactory } from 'n3';
import type { Literal, NamedNode, Quad, Quad_Object, Term } from '@rdfjs/types';
import type { ArticleExtraction } from '../extract/types.js';
import type { Knowledge } from '../knowledge/knowledge.js';
import type { EntityType } from '../knowledge/types.js';
import type { EntityRecord, EventRecord } from '../model/types.js';
import { Iris } from './iri.js';
import { mapTimes, timeLiteral } from './time.js';
import { ITSRDF, NG, NIF, ORG, OWL, PROV, RDF, RDFS, SCHEMA, SEM, TIME, XSD, NS } from './vocabulary.js';

const { quad, literal, namedNode } = DataFactory;

const TYPE_CLASS: Record<EntityType, NamedNode> = {
  Person: SCHEMA.Person,
  Country: SCHEMA.Country,
  City: SCHEMA.City,
  Place: SCHEMA.Place,
  Organization: SCHEMA.Organization,
  GovernmentOrganization: SCHEMA.GovernmentOrganization,
  ArmedForces: NG.ArmedForces,
  Group: NG.Group,
};

const titleCase = (s: string) => s.replace(/(^|[\s-])(\p{L})/gu, (_m, a: string, b: string) => a + b.toUpperCase());

// Terms are immutable values, so the ones articles repeat (offsets, flags, mention kinds, CAMEO codes,
// certainties, roles, entity labels, trigger words) are made once and shared: fewer objects to
// allocate and for the garbage collector to copy. Each cache is bounded, so it cannot grow without end.
function cached<K, T>(limit: number, make: (k: K) => T): (k: K) => T {
  const cache = new Map<K, T>();
  return (k) => {
    let v = cache.get(k);
    if (v === undefined) {
      if (cache.size >= limit) cache.clear();
      cache.set(k, (v = make(k)));
    }
    return v;
  };
}
const offsetTerms: Literal[] = [];
/** Character offsets: an array, not a Map (no hashing), bounded (longer articles make the rest afresh). */
const offsetLiteral = (n: number): Literal => (n < 100_000 ? (offsetTerms[n] ??= literal(String(n), XSD.nonNegativeInteger)) : literal(String(n), XSD.nonNegativeInteger));
const TRUE = literal('true', XSD.boolean);
const FALSE = literal('false', XSD.boolean);
const booleanLiteral = (b: boolean): Literal => (b ? TRUE : FALSE);
const certaintyLiteral = cached(1_000, (c: number) => literal(c.toFixed(2), XSD.decimal));
const plainLiteral = cached(50_000, (s: string) => literal(s));
const wikidataTerm = cached(50_000, (id: string) => namedNode(NS.wd + id));
const geonamesTerm = cached(50_000, (id: number) => namedNode(`${NS.geonames}${id}/`));
const modalityTerm = cached(100, (m: string) => NG.modalityValue(m));
const eventClassTerm = cached(100, (cls: string) => NG.eventClass(cls));
const postLabel = cached(10_000, (role: string) => titleCase(role));

export interface MapOptions {
  /** Put every quad in the article's own named graph ({base}graph/{slug}) instead of the default graph. */
  namedGraph?: boolean;
}

/** The one mapper: an article's extraction → RDF/JS quads in the newsgraph vocabulary. */
export function mapArticle(x: ArticleExtraction, kb: Knowledge, base: string, options: MapOptions = {}): Quad[] {
  const iris = new Iris(base);
  const out: Quad[] = [];
  const slug = iris.articleSlug(x.article.id);
  const graph = options.namedGraph ? iris.graph(slug) : DataFactory.defaultGraph();
  const add = (s: NamedNode, p: NamedNode, o: Term) => out.push(quad(s, p, o as Quad_Object, graph));
  const art = iris.article(slug);
  const text = x.doc.text;

  // Article: a schema:NewsArticle that is also the NIF context its strings point into.
  add(art, RDF.type, SCHEMA.NewsArticle);
  add(art, RDF.type, NIF.Context);
  add(art, SCHEMA.headline, literal(x.article.title ?? firstWords(text)));
  if (x.article.date) add(art, SCHEMA.datePublished, literal(x.article.date, XSD.date));
  // The control characters are the point: an IRI may not contain them (RFC 3987).
  // eslint-disable-next-line no-control-regex
  if (x.article.url && /^https?:\/\/[^\s<>"{}|\\^`\u0000-\u001f\u007f]+$/.test(x.article.url)) add(art, SCHEMA.url, namedNode(x.article.url));
  if (x.article.source) add(art, NG.sourceName, literal(x.article.source));
  add(art, SCHEMA.inLanguage, literal(x.article.language ?? 'en'));
  add(art, NIF.isString, literal(text));

  const nifString = (node: NamedNode, start: number, end: number) => {
    add(node, NIF.beginIndex, offsetLiteral(start));
    add(node, NIF.endIndex, offsetLiteral(end));
    // Short anchors are names and words that recur; sentences do not.
    add(node, NIF.anchorOf, end - start <= 48 ? plainLiteral(text.slice(start, end)) : literal(text.slice(start, end)));
    add(node, NIF.referenceContext, art);
  };
  const sentenceIri = x.doc.sentences.map((s) => iris.span(slug, s.start, s.end));
  x.doc.sentences.forEach((s, i) => {
    const node = sentenceIri[i] as NamedNode;
    add(node, RDF.type, NIF.Sentence);
    nifString(node, s.start, s.end);
  });

  // Entities referred to by at least one mention (plus what they are located in).
  const used = new Set<string>();
  for (const m of x.mentions) {
    for (const r of m.refs) used.add(r);
    if (m.literal) used.add(m.literal);
  }
  for (const e of x.events) for (const list of [e.agents, e.targets, e.places]) for (const r of list) used.add(r);
  for (const f of x.facts) {
    used.add(f.subject);
    if ('entity' in f.object) used.add(f.object.entity);
  }
  for (const key of [...used]) closeOver(x.entities, key, used);
  for (const key of [...used].sort()) {
    const e = x.entities.get(key);
    if (e) mapEntity(e, iris, add, kb);
  }

  // Mentions: NIF phrases pointing at what they denote; unresolved ones say so.
  for (const m of x.mentions) {
    const node = iris.span(slug, m.start, m.end);
    add(node, RDF.type, NIF.Phrase);
    add(node, RDF.type, NG.Mention);
    nifString(node, m.start, m.end);
    add(node, NIF.sentence, sentenceIri[m.sentence] as NamedNode);
    add(node, NG.mentionType, plainLiteral(m.kind));
    for (const r of m.refs) add(node, ITSRDF.taIdentRef, iris.entity(r));
    if (m.literal) add(node, NG.metonymOf, iris.entity(m.literal));
    if (m.refs.length === 0) add(node, NG.unresolved, TRUE);
  }

  // Quotes: NIF strings that are also schema:Quotation, with their speaker.
  for (const q of x.quotes) {
    if (q.end <= q.start) continue;
    const node = iris.span(slug, q.start, q.end);
    add(node, RDF.type, SCHEMA.Quotation);
    nifString(node, q.start, q.end);
    add(node, SCHEMA.text, literal(q.text));
    for (const s of q.speaker) add(node, NG.speaker, iris.entity(s));
    for (const s of q.sentences) add(node, PROV.wasDerivedFrom, sentenceIri[s] as NamedNode);
  }

  // Time expressions, each a phrase and the time it denotes; events point at those time nodes.
  const eventTimes = x.events.flatMap((e) => (e.time && e.mergedInto === undefined ? [e.time] : []));
  const timeNode = mapTimes([...x.times, ...eventTimes], { iris, slug, add, nifString, sentenceIri });

  // Events.
  const eventIri = new Map<number, NamedNode>();
  for (const e of x.events) eventIri.set(e.id, iris.event(slug, e.trigger.start, e.trigger.end));
  const resolveEvent = (id: number): NamedNode | undefined => {
    let e = x.events.find((v) => v.id === id);
    while (e?.mergedInto !== undefined) e = x.events.find((v) => v.id === e!.mergedInto);
    return e ? eventIri.get(e.id) : undefined;
  };
  for (const e of x.events) {
    if (e.mergedInto !== undefined) continue;
    mapEvent(e, eventIri.get(e.id) as NamedNode, { x, kb, iris, add, sentenceIri, resolveEvent, timeNode });
  }

  // Facts: the plain triple (when stated as fact) and a reified statement carrying provenance.
  const perEvent = new Map<number, number>();
  for (const f of x.facts) {
    const ev = x.events.find((e) => e.id === f.event) as EventRecord;
    const n = perEvent.get(f.event) ?? 0;
    perEvent.set(f.event, n + 1);
    const s = iris.entity(f.subject);
    const p = NG.predicate(f.predicate);
    const o = 'entity' in f.object ? iris.entity(f.object.entity) : resolveEvent(f.object.event);
    if (!o) continue;
    if (f.stated) add(s, p, o);
    const node = iris.fact(slug, ev.trigger.start, n);
    add(node, RDF.type, RDF.Statement);
    add(node, RDF.type, NG.Fact);
    add(node, RDF.subject, s);
    add(node, RDF.predicate, p);
    add(node, RDF.object, o);
    add(node, NG.viaEvent, eventIri.get(ev.id) as NamedNode);
    add(node, NG.modality, modalityTerm(f.modality));
    add(node, NG.negated, booleanLiteral(f.negated));
    add(node, PROV.wasDerivedFrom, sentenceIri[f.sentence] as NamedNode);
    if (ev.attribution) for (const src of ev.attribution.sources) add(node, PROV.wasAttributedTo, iris.entity(src));
  }
  return out;
}

function firstWords(text: string): string {
  const t = text.trim().split(/\s+/).slice(0, 12).join(' ');
  return t.length > 0 ? t : 'Untitled article';
}

function closeOver(entities: Map<string, EntityRecord>, key: string, used: Set<string>): void {
  const e = entities.get(key);
  if (!e) return;
  for (const k of [e.country, e.governmentOf, e.officeOf]) {
    if (k && !used.has(k) && entities.has(k)) {
      used.add(k);
      closeOver(entities, k, used);
    }
  }
  for (const o of e.offices) {
    const of = o.split('|')[1];
    if (of && !used.has(of) && entities.has(of)) {
      used.add(of);
      closeOver(entities, of, used);
    }
  }
}

type Add = (s: NamedNode, p: NamedNode, o: Term) => void;

function mapEntity(e: EntityRecord, iris: Iris, add: Add, kb: Knowledge): void {
  const node = iris.entity(e.key);
  add(node, RDF.type, NG.Entity);
  add(node, RDF.type, TYPE_CLASS[e.type]);
  const label = plainLiteral(e.label);
  add(node, RDFS.label, label);
  add(node, SCHEMA.name, label);
  for (const a of [...e.aliases].sort()) add(node, SCHEMA.alternateName, literal(a));
  // Linked to every knowledge base the gazetteer has it in: Wikidata, GeoNames for places.
  if (e.wikidata) add(node, OWL.sameAs, wikidataTerm(e.wikidata));
  if (e.geonames) add(node, OWL.sameAs, geonamesTerm(e.geonames));
  add(node, NG.linkStatus, e.wikidata || e.geonames ? NG.Linked : NG.Unlinked);
  if (e.country && e.country !== e.key) add(node, SCHEMA.containedInPlace, iris.entity(e.country));
  if (e.governmentOf) add(node, NG.governmentOf, iris.entity(e.governmentOf));
  if (e.officeOf) add(node, NG.officeOf, iris.entity(e.officeOf));
  for (const o of [...e.offices].sort()) {
    const [role, of] = o.split('|') as [string, string];
    const post = iris.office(role, of);
    const jurisdiction = kb.entries.get(of);
    add(node, ORG.holds, post);
    add(post, RDF.type, ORG.Post);
    add(post, RDFS.label, literal(`${postLabel(role)} of ${jurisdiction?.label ?? of}`));
    add(post, NG.role, plainLiteral(role));
    add(post, NG.jurisdiction, iris.entity(of));
  }
}

interface EventCtx {
  x: ArticleExtraction;
  kb: Knowledge;
  iris: Iris;
  add: Add;
  sentenceIri: NamedNode[];
  resolveEvent: (id: number) => NamedNode | undefined;
  timeNode: (span: { start: number; end: number }) => NamedNode;
}

function mapEvent(e: EventRecord, node: NamedNode, c: EventCtx): void {
  const { add, iris, kb, x } = c;
  const label = (k: string) => x.entities.get(k)?.label ?? k;
  add(node, RDF.type, eventClassTerm(kb.cameoClass(e.code)));
  add(node, RDF.type, NG.Event);
  add(node, RDF.type, SEM.Event);
  const who = e.agents.map(label).join(', ');
  add(node, RDFS.label, literal(`${kb.cameoLabel(e.code)}${who ? `: ${who}` : ''} (“${e.trigger.text}”)`));
  add(node, NG.cameoCode, plainLiteral(e.code));
  add(node, NG.cameoLabel, plainLiteral(kb.cameoLabel(e.code)));
  add(node, NG.trigger, plainLiteral(e.trigger.text));
  for (const a of e.agents) {
    add(node, NG.agent, iris.entity(a));
    add(node, SEM.hasActor, iris.entity(a));
  }
  for (const t of e.targets) {
    add(node, NG.target, iris.entity(t));
    add(node, SEM.hasActor, iris.entity(t));
  }
  for (const p of e.places) add(node, SEM.hasPlace, iris.entity(p));
  if (e.subEventOf !== undefined) {
    const parent = c.resolveEvent(e.subEventOf);
    if (parent && !parent.equals(node)) add(node, SEM.subEventOf, parent);
  }
  for (const id of e.targetEvents) {
    const t = c.resolveEvent(id);
    if (t && !t.equals(node)) add(node, NG.targetEvent, t);
  }
  if (e.time) {
    // The time node of the phrase (src/rdf/time.ts); the stamps stay on the event, as before.
    add(node, SEM.hasTime, c.timeNode(e.time));
    if (e.time.range) {
      add(node, SEM.hasBeginTimeStamp, timeLiteral(e.time.range.from.value, e.time.range.from.granularity));
      add(node, SEM.hasEndTimeStamp, timeLiteral(e.time.range.to.value, e.time.range.to.granularity));
    } else if (e.time.value && e.time.granularity) {
      add(node, SEM.hasTimeStamp, timeLiteral(e.time.value, e.time.granularity));
    }
  } else if (e.publicationDate) {
    // Dated by the story, as event datasets do; ng:dateSource says so, and no phrase is claimed.
    const tn = iris.eventPart(node, 'time');
    add(node, SEM.hasTime, tn);
    add(tn, RDF.type, TIME.TemporalEntity);
    add(tn, NG.dateSource, NG.PublicationDate);
    add(node, SEM.hasTimeStamp, literal(e.publicationDate, XSD.date));
    add(tn, TIME.inXSDDate, literal(e.publicationDate, XSD.date));
  }
  add(node, NG.modality, modalityTerm(e.modality));
  add(node, NG.certainty, certaintyLiteral(e.certainty));
  if (e.hedge) add(node, NG.hedge, literal(e.hedge));
  add(node, NG.negated, booleanLiteral(e.negated));
  if (e.ordinal) add(node, NG.ordinal, literal(String(e.ordinal), XSD.integer));
  e.quantities.forEach((q, i) => {
    const qn = iris.eventPart(node, `q${i + 1}`);
    add(node, NG.quantity, qn);
    add(qn, RDF.type, SCHEMA.QuantitativeValue);
    add(qn, SCHEMA.value, literal(String(q.value), Number.isInteger(q.value) ? XSD.integer : XSD.decimal));
    add(qn, NG.phrase, literal(q.text));
    if (q.approximation) add(qn, NG.approximation, literal(q.approximation));
    if (q.unit) add(qn, SCHEMA.unitText, literal(q.unit));
    if (q.currency) add(qn, SCHEMA.currency, literal(q.currency));
  });
  for (const t of e.topics) {
    const tn = iris.topic(t.label.replace(/^(the|a|an) /i, ''));
    add(node, NG.topic, tn);
    add(tn, RDF.type, NG.Topic);
    add(tn, RDFS.label, literal(t.label.replace(/^(the|a|an) /i, '')));
    for (const k of t.concerns) add(tn, NG.concerns, iris.entity(k));
  }
  if (e.purpose) {
    const pn = iris.eventPart(node, 'purpose');
    add(node, NG.purpose, pn);
    add(pn, RDF.type, NG.Purpose);
    add(pn, RDFS.label, literal(e.purpose.text));
    add(pn, NG.modality, modalityTerm(e.purpose.modality));
    add(pn, NG.certainty, certaintyLiteral(e.purpose.certainty));
    if (e.purpose.hedge) add(pn, NG.hedge, literal(e.purpose.hedge));
    for (const k of e.purpose.concerns) add(pn, NG.concerns, iris.entity(k));
  }
  if (e.attribution) {
    for (const s of e.attribution.sources) add(node, PROV.wasAttributedTo, iris.entity(s));
    add(node, NG.attributionPhrase, literal(e.attribution.phrase));
  }
  for (const s of [...e.sentences].sort((a, b) => a - b)) add(node, PROV.wasDerivedFrom, c.sentenceIri[s] as NamedNode);
}
