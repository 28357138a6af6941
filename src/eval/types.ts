/** Gold annotation of one article (format documented in data/dev/README.md). */
export interface Gold {
  article: string;
  entities: { id: string; label: string; type: string; wikidata: string | null; mentions: string[] }[];
  events: { cameo: string; trigger?: string; actors: string[]; targets: string[]; place: string | null; date: string | null; modality?: string; negated?: boolean }[];
  facts: { subject: string; predicate: string; object: string }[];
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface ArticleScore {
  article: string;
  entities: Counts;
  mentions: Counts;
  linking: { correct: number; total: number };
  events: Counts;
  eventPlace: { correct: number; total: number };
  eventDate: { correct: number; total: number };
  /** Matched events whose modality (in the gold's four classes) and negation agree with the gold. */
  eventModality: { correct: number; total: number };
  eventNegation: { correct: number; total: number };
  facts: Counts;
  /** Stated facts whose predicate the gold's scheme has no place for (not counted either way). */
  unscoredFacts: string[];
  misses: string[];
  falseAlarms: string[];
}
