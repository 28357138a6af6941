import { DataFactory } from 'n3';
import type { NamedNode } from '@rdfjs/types';

/** Every IRI newsgraph writes is named here and nowhere else. */
export const NS = {
  ng: 'https://w3id.org/newsgraph/ontology#',
  schema: 'http://schema.org/',
  nif: 'http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#',
  itsrdf: 'http://www.w3.org/2005/11/its/rdf#',
  prov: 'http://www.w3.org/ns/prov#',
  sem: 'http://semanticweb.cs.vu.nl/2009/11/sem/',
  time: 'http://www.w3.org/2006/time#',
  org: 'http://www.w3.org/ns/org#',
  owl: 'http://www.w3.org/2002/07/owl#',
  rdf: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
  rdfs: 'http://www.w3.org/2000/01/rdf-schema#',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
  wd: 'http://www.wikidata.org/entity/',
  /** GeoNames features: https://sws.geonames.org/{id}/ (the trailing slash is part of the IRI). */
  geonames: 'https://sws.geonames.org/',
  sh: 'http://www.w3.org/ns/shacl#',
} as const;

import { DEFAULT_BASE } from './formats.js';

export { DEFAULT_BASE };

const n = (ns: keyof typeof NS) => (local: string): NamedNode => DataFactory.namedNode(NS[ns] + local);
const ng = n('ng');
const schema = n('schema');
const nif = n('nif');
const prov = n('prov');
const sem = n('sem');
const time = n('time');
const xsd = n('xsd');

export const RDF = { type: n('rdf')('type'), Statement: n('rdf')('Statement'), subject: n('rdf')('subject'), predicate: n('rdf')('predicate'), object: n('rdf')('object') };
export const RDFS = { label: n('rdfs')('label'), comment: n('rdfs')('comment') };
export const OWL = { sameAs: n('owl')('sameAs') };
export const XSD = {
  date: xsd('date'),
  gYearMonth: xsd('gYearMonth'),
  gYear: xsd('gYear'),
  integer: xsd('integer'),
  decimal: xsd('decimal'),
  boolean: xsd('boolean'),
  nonNegativeInteger: xsd('nonNegativeInteger'),
  string: xsd('string'),
};
export const SCHEMA = {
  NewsArticle: schema('NewsArticle'),
  Person: schema('Person'),
  Country: schema('Country'),
  City: schema('City'),
  Place: schema('Place'),
  Organization: schema('Organization'),
  GovernmentOrganization: schema('GovernmentOrganization'),
  Quotation: schema('Quotation'),
  QuantitativeValue: schema('QuantitativeValue'),
  headline: schema('headline'),
  datePublished: schema('datePublished'),
  url: schema('url'),
  inLanguage: schema('inLanguage'),
  name: schema('name'),
  alternateName: schema('alternateName'),
  containedInPlace: schema('containedInPlace'),
  text: schema('text'),
  creator: schema('creator'),
  value: schema('value'),
  unitText: schema('unitText'),
  currency: schema('currency'),
  gender: schema('gender'),
};
export const NIF = {
  Context: nif('Context'),
  Sentence: nif('Sentence'),
  Phrase: nif('Phrase'),
  beginIndex: nif('beginIndex'),
  endIndex: nif('endIndex'),
  anchorOf: nif('anchorOf'),
  isString: nif('isString'),
  referenceContext: nif('referenceContext'),
  sentence: nif('sentence'),
};
export const ITSRDF = { taIdentRef: n('itsrdf')('taIdentRef') };
export const PROV = { wasDerivedFrom: prov('wasDerivedFrom'), wasAttributedTo: prov('wasAttributedTo') };
export const SEM = { Event: sem('Event'), hasActor: sem('hasActor'), hasPlace: sem('hasPlace'), hasTime: sem('hasTime'), hasTimeStamp: sem('hasTimeStamp'), hasBeginTimeStamp: sem('hasBeginTimeStamp'), hasEndTimeStamp: sem('hasEndTimeStamp'), subEventOf: sem('subEventOf') };
export const TIME = { TemporalEntity: time('TemporalEntity'), Interval: time('Interval'), Instant: time('Instant'), hasBeginning: time('hasBeginning'), hasEnd: time('hasEnd'), inXSDDate: time('inXSDDate'), inXSDgYearMonth: time('inXSDgYearMonth'), inXSDgYear: time('inXSDgYear') };
export const ORG = { Post: n('org')('Post'), holds: n('org')('holds') };

/** The project's own terms (ontology/newsgraph.ttl declares each). */
export const NG = {
  Entity: ng('Entity'),
  Event: ng('Event'),
  ArmedForces: ng('ArmedForces'),
  Group: ng('Group'),
  Topic: ng('Topic'),
  Fact: ng('Fact'),
  Purpose: ng('Purpose'),
  Mention: ng('Mention'),
  Modality: ng('Modality'),
  LinkStatus: ng('LinkStatus'),
  Linked: ng('Linked'),
  Unlinked: ng('Unlinked'),
  linkStatus: ng('linkStatus'),
  cameoCode: ng('cameoCode'),
  cameoLabel: ng('cameoLabel'),
  agent: ng('agent'),
  target: ng('target'),
  targetEvent: ng('targetEvent'),
  trigger: ng('trigger'),
  modality: ng('modality'),
  certainty: ng('certainty'),
  hedge: ng('hedge'),
  negated: ng('negated'),
  ordinal: ng('ordinal'),
  quantity: ng('quantity'),
  approximation: ng('approximation'),
  phrase: ng('phrase'),
  dateSource: ng('dateSource'),
  TimePhrase: ng('TimePhrase'),
  TimeExpression: ng('TimeExpression'),
  denotesTime: ng('denotesTime'),
  PublicationDate: ng('PublicationDate'),
  topic: ng('topic'),
  concerns: ng('concerns'),
  purpose: ng('purpose'),
  attributionPhrase: ng('attributionPhrase'),
  viaEvent: ng('viaEvent'),
  mentionType: ng('mentionType'),
  metonymOf: ng('metonymOf'),
  unresolved: ng('unresolved'),
  governmentOf: ng('governmentOf'),
  officeOf: ng('officeOf'),
  jurisdiction: ng('jurisdiction'),
  role: ng('role'),
  sourceName: ng('sourceName'),
  speaker: ng('speaker'),
  /** Term for a modality value ("asserted" → ng:Asserted). */
  modalityValue: (m: string): NamedNode => ng(m.charAt(0).toUpperCase() + m.slice(1)),
  /** Event class of a CAMEO root, from data/lexicon/cameo.json. */
  eventClass: (cls: string): NamedNode => ng(cls),
  /** A binary fact predicate named in data/lexicon/events.json. */
  predicate: (verb: string): NamedNode => ng(verb),
};

export const PREFIXES: Record<string, string> = {
  ng: NS.ng,
  schema: NS.schema,
  nif: NS.nif,
  itsrdf: NS.itsrdf,
  prov: NS.prov,
  sem: NS.sem,
  time: NS.time,
  org: NS.org,
  owl: NS.owl,
  rdf: NS.rdf,
  rdfs: NS.rdfs,
  xsd: NS.xsd,
  wd: NS.wd,
};

/** Prefix for the per-article named graphs (TriG), {base}graph/{slug}. */
export function graphPrefixes(base: string): Record<string, string> {
  return { graph: `${base}graph/` };
}

/** Where the JSON-LD @context is published (its text is ontology/context.jsonld, the context for the default base). */
export const CONTEXT_URL = 'https://w3id.org/newsgraph/context.jsonld';

/** Prefixes for the data IRIs under a base, so entity and event IRIs print as ent:vladimir-putin. */
export function dataPrefixes(base: string): Record<string, string> {
  return { ent: `${base}entity/`, evt: `${base}event/`, fact: `${base}fact/`, art: `${base}article/`, office: `${base}office/`, topic: `${base}topic/`, when: `${base}time/` };
}
