/** The recogniser's vocabulary: entity types, BILOU tags, spans and the sentences it learns from. */

/** The three types UNER annotates; finer types (Country, City …) come from the gazetteer, not the model. */
export const NER_TYPES = ['PER', 'ORG', 'LOC'] as const;
export type NerType = (typeof NER_TYPES)[number];

/** BILOU tags: O, then B/I/L/U for each type. Index 0 is O; the order is part of the model format. */
export const TAGS: readonly string[] = ['O', ...NER_TYPES.flatMap((t) => ['B', 'I', 'L', 'U'].map((p) => `${p}-${t}`))];

/** A mention over word indices: [start, end) in its sentence. */
export interface Span {
  start: number;
  end: number;
  type: NerType;
}

/** One sentence of words. `tags` (UPOS or XPOS) are optional: the syntax layer adds them when it lands. */
export interface NerInput {
  words: string[];
  tags?: string[];
}

/** A training or evaluation sentence: words and gold spans. */
export interface NerSentence extends NerInput {
  spans: Span[];
  /** Document id, so that document-level features can group sentences. */
  doc?: string;
}
