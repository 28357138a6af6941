/** Entity classes newsgraph assigns; each maps to one ontology class (see rdf/vocabulary.ts). */
export const ENTITY_TYPES = ['Person', 'Country', 'City', 'Place', 'Organization', 'GovernmentOrganization', 'ArmedForces', 'Group'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

export interface OfficeTerm {
  role: string;
  /** Country or organisation id. */
  of: string;
  from?: string;
  to?: string | null;
}

/** One gazetteer record, as written in data/gazetteer/*.json. */
export interface KbEntry {
  id: string;
  label: string;
  type: EntityType;
  wikidata?: string;
  aliases?: string[];
  /** Names that mean this body only in a story set in its own country ("Congress" is Chile's in a Chilean story). */
  domesticAliases?: string[];
  demonyms?: string[];
  country?: string;
  capital?: string;
  gender?: 'male' | 'female';
  /** An armed or political group based in `country` but not a body of its state (M23, RSF): it is never "the same side" as that state. */
  nonState?: boolean;
  offices?: OfficeTerm[];
  iso2?: string;
  /** GeoNames id (https://sws.geonames.org/{id}/), for places; from data/gazetteer/generated/cities.json. */
  geonames?: number;
  /** Countries with a city of the same name of similar size (a city only; generated/cities.json): the article decides. */
  namesakes?: string[];
}

export interface TriggerEntry {
  trigger: string;
  pos: 'verb' | 'noun';
  code: string;
  predicate?: string;
  symmetric?: boolean;
  intentCode?: string;
  intentPredicate?: string;
  objectKind?: 'event' | 'entity' | 'any';
  /** The parties of the event it takes as object are its targets ("hosted talks between X and Y" hosted X and Y). */
  participantsAreTargets?: boolean;
  placeIsTarget?: boolean;
  weak?: boolean;
  needs?: string[];
  /** Fires only when none of these words follows the trigger ("hails from Arizona" is no praise). */
  notFollowedBy?: string[];
  context?: string[];
  /** Fires only when its direct object is an entity of one of these types ("called Pashinyan" is a phone call, "called the deal historic" is not). */
  objectTypes?: string[];
  /** Its target is named only after one of these prepositions ("withdrew its troops from Syria": from). */
  objectVia?: string[];
  /** A noun after one of these prepositions frames the act of its clause, whose subject is its agent ("announced during a visit to Bagram"). */
  framedBy?: string[];
  speech?: boolean;
  /** The fact a warning also states when what it warns of is aimed at its target ("warned it would take measures against X"). */
  threatPredicate?: string;
  persons?: boolean;
}

export interface Hedge {
  modality: string;
  certainty: number;
}

export interface GenericForce {
  label: string;
  type: EntityType;
  suffix: string;
  /** Only with a demonym or a country's name before it ("Azerbaijani forces"), never from context. */
  owned?: boolean;
  /** Only with an article or an owner before it: "in court" names no court. */
  determined?: boolean;
  /** With "the", it may be the dateline country's own ("the army said"), like a ministry. */
  home?: boolean;
}

/**
 * A linking record (data/gazetteer/generated/kb.json, scripts/build-kb.ts): a person, party or company with a
 * Wikidata id. Never matched in text: a name already found and typed is linked to it when it is the one record
 * that fits (src/extract/entities/kb-links.ts).
 */
export interface KbRecord {
  /** Slug of the label and the Wikidata id ("stephen-harper-q206"): the entity key once linked. */
  id: string;
  label: string;
  type: 'Person' | 'Organization';
  wikidata: string;
  aliases?: string[] | undefined;
  /** Gazetteer country ids the record belongs to (a legislature's, a party's, a local brand's); none: anywhere. */
  countries?: string[];
  source: 'everypolitician' | 'us-congress' | 'partyfacts' | 'nsi';
  /** Well known (a head of state, a politician with many Wikipedia editions): needs no title in the article. */
  known?: boolean;
}
