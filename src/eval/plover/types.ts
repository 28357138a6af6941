/** The shared PLOVER gold standard records (see ../shared/corpus/plover-gsr/README.md). */
export interface PloverActor {
  actorText: string;
  code?: string;
  sector?: string;
}

export interface PloverRecord {
  id: string;
  /** Gold PLOVER 0.5b1 category (DEMAND, DISAPPROVE, INVESTIGATE, FIGHT … as labelled). */
  event: string;
  text: string;
  date?: string;
  textInfo?: { markup?: string };
  /** A list, or missing, null or a string in some records: anything not a list is "none". */
  source?: unknown;
  target?: unknown;
}

/** One produced event as the scorer sees it: its CAMEO code and every name of its agents and targets. */
export interface CodedEvent {
  code: string;
  sources: string[][];
  targets: string[][];
}

export interface PloverRecordScore {
  id: string;
  /** Gold category in 2021 names. */
  gold: string;
  /** At least one produced event maps to a PLOVER category. */
  detected: boolean;
  category: boolean;
  source: boolean;
  /** Undefined when the record has no gold target (or is reciprocal): not scored. */
  target?: boolean;
  full: boolean;
  /** Produced events with a PLOVER category: right category, wrong category. */
  correctEvents: number;
  falseAlarms: number;
  /** The PLOVER categories we produced, for listing misses. */
  produced: string[];
}
