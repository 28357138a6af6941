import type { EntityType } from '../knowledge/types.js';

/** A character span of the article text. */
export interface Span {
  start: number;
  end: number;
}

/** An entity node: one per real-world thing, shared by all its mentions. */
export interface EntityRecord {
  /** Readable slug; the entity IRI is derived from it. Gazetteer id when linked. */
  key: string;
  label: string;
  type: EntityType;
  wikidata?: string;
  /** GeoNames id of a place (https://sws.geonames.org/{id}/). */
  geonames?: number;
  /** Containing country (places) or owning country (bodies, forces), as an entity key. */
  country?: string;
  /** Based in `country` but not a body of its state (from the gazetteer). */
  nonState?: boolean;
  /** The country whose government this body is. */
  governmentOf?: string;
  /** Offices held, as "role|of" keys, e.g. "president|russia". */
  offices: Set<string>;
  aliases: Set<string>;
  gender?: 'male' | 'female';
  /** For a derived body ("his office"): the person it belongs to. */
  officeOf?: string;
}

export type MentionKind = 'name' | 'demonym' | 'title' | 'pronoun' | 'nominal' | 'metonym';

export interface Mention extends Span {
  id: number;
  text: string;
  sentence: number;
  /** Token range, inclusive. */
  first: number;
  last: number;
  kind: MentionKind;
  /** Entities referred to; empty when coreference could not decide. */
  refs: string[];
  /** What the words name literally, when the mention stands for something else (Moscow → its government). */
  literal?: string;
  /** Role and country read off a title ("Turkish President" → president|turkey). */
  office?: { role: string; of?: string };
  /** The mention is a modifier (demonym before a noun, "Ukraine conflict"): never a clause subject. */
  modifier?: boolean;
  /** Plural mention ("they", "the two leaders"). */
  plural?: boolean;
  /** For pronouns: the lexicon features. */
  pronoun?: { gender?: string; number: number; kind: 'person' | 'thing' | 'any' };
  /** "the country", "the ministry": the entity type it names. */
  singularType?: string;
}

export type Granularity = 'date' | 'gYearMonth' | 'gYear';

export interface TimeExpression extends Span {
  text: string;
  sentence: number;
  /** XSD lexical value; absent when the phrase could not be resolved. For a range, its first endpoint. */
  value?: string;
  granularity?: Granularity;
  /** "from 2004 to 2009", "between July 2003 and December 2004": the endpoints, each with its own span and value. */
  range?: { from: TimeBound; to: TimeBound };
  /** "since 2003": a time that begins at this bound and has no stated end (and so no value of its own). */
  begins?: TimeBound;
}

/** One end of a time range. */
export interface TimeBound extends Span {
  text: string;
  value: string;
  granularity: Granularity;
}

export interface Quantity extends Span {
  text: string;
  sentence: number;
  value: number;
  /** approximately | at least | at most | more than | fewer than | nearly | exactly */
  approximation?: string;
  /** What is counted or the currency: "deceased Ukrainian soldiers", "USD". */
  unit?: string;
  currency?: string;
}

export interface Quote extends Span {
  text: string;
  sentences: number[];
  speaker: string[];
  /** The speaker's mention (the "he" of "he said"). */
  speakerMention?: number;
}

export interface Attribution extends Span {
  /** "according to the Kremlin", "his office said". */
  phrase: string;
  sources: string[];
  sentence: number;
  /** Where in the sentence it applies: whole sentence. */
}

export type Modality = 'asserted' | 'reported' | 'possible' | 'probable' | 'intended' | 'planned' | 'proposed';

export interface Topic {
  label: string;
  concerns: string[];
  span: Span;
}

export interface EventRecord {
  id: number;
  code: string;
  /** The trigger span (first one when merged). */
  trigger: Span & { text: string };
  /** Other trigger spans merged into this event. */
  otherTriggers: (Span & { text: string; sentence: number })[];
  sentence: number;
  sentences: Set<number>;
  agents: string[];
  targets: string[];
  /** Events this one is about ("condemned the strikes", "host the meeting"). */
  targetEvents: number[];
  places: string[];
  time?: TimeExpression;
  /** No time phrase: a reported statement dated by the article's publication date (xsd:date), as event datasets do. */
  publicationDate?: string;
  quantities: Quantity[];
  modality: Modality;
  certainty: number;
  hedge?: string;
  negated: boolean;
  attribution?: Attribution;
  topics: Topic[];
  subEventOf?: number;
  ordinal?: number;
  /** The binary predicate this event yields between its principal actors. */
  predicate?: string;
  /** The predicate names the intent itself ("offersToHost"), so stating it asserts only the intent. */
  predicateIsIntent?: boolean;
  /** A second predicate the event states towards its targets: a warning whose content is aimed at them also threatens them. */
  alsoPredicate?: string;
  symmetric: boolean;
  placeIsTarget: boolean;
  purpose?: { text: string; modality: Modality; certainty: number; hedge?: string; concerns: string[] };
  /** Agents of a passive clause are unknown, not missing by mistake. */
  passive: boolean;
  /** Merged away into another event (its id); kept to resolve references. */
  mergedInto?: number;
}

export interface Fact {
  subject: string;
  predicate: string;
  object: { entity: string } | { event: number };
  event: number;
  sentence: number;
  modality: Modality;
  negated: boolean;
  /** Written as a plain triple: stated as fact, not hedged, proposed or negated. */
  stated: boolean;
}
