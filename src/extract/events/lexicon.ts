import syntaxData from '../../../data/lexicon/event-syntax.json' with { type: 'json' };
import { phraseTokens } from '../../knowledge/knowledge.js';
import { PhraseIndex } from '../../knowledge/phrase-index.js';
import type { TriggerEntry } from '../../knowledge/types.js';
import type { EventRecord } from '../../model/types.js';

/** Function words the event extractor reads (data/lexicon/event-syntax.json), and the candidate it builds. */
export const SYN = syntaxData as unknown as {
  lightVerbs: string[];
  placePrepositions: string[];
  purposeMarkers: string[];
  topicPrepositions: string[];
  passiveAux: string[];
  recipientPrepositions: string[];
  objectPrepositions: string[];
  representativeNouns: string[];
  sideNouns: string[];
  reactionVerbs: string[];
  objectControlVerbs: string[];
  continuationNouns: string[];
  attributiveParticiples: string[];
  nationalTargets: string[];
  agentPreposition: string;
  eventDeterminers: string[];
  datedByPublication: string[];
  futureTimeWords: string[];
  obligation: { modals: string[]; code: string; predicate: string };
  blamePredicates: string[];
};
export const LIGHT = new Set(SYN.lightVerbs);
export const PLACE_PREP = new Set(SYN.placePrepositions);
export const TOPIC_PREP = new Set(SYN.topicPrepositions);
export const PASSIVE_AUX = new Set(SYN.passiveAux);
export const EVENT_DET = new Set(SYN.eventDeterminers);
export const MODALS = new Set(['could', 'may', 'might', 'would', 'should', 'must', 'can']);
export const SUBORDINATORS = new Set(['after', 'before', 'since', 'as', 'while', 'because', 'until', 'once', 'when', 'if', 'although', 'though', 'whereas']);
export const ORDINALS: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10 };
let purposeIndex: PhraseIndex<true> | undefined;
export const purposes = () => {
  if (!purposeIndex) {
    purposeIndex = new PhraseIndex<true>();
    for (const p of SYN.purposeMarkers) purposeIndex.add(phraseTokens(p), true);
  }
  return purposeIndex;
};

export interface Candidate {
  event: EventRecord;
  entry: TriggerEntry;
  clause: number;
  first: number;
  last: number;
  /** A definite event noun ("the strikes") that may refer back to an earlier event. */
  definite: boolean;
  /** Demonym or name right before a noun trigger: its actor ("Israeli strikes"). */
  modifierActors: string[];
  /** The event this one happened within ("During the meeting, …"). */
  subEventOf?: Candidate;
  /** The stance (intent, refusal) CAMEO codes for an act stated with it (./stances.ts): never merged with the act. */
  stance?: boolean;
  /** A statement reported in its own right (main clause, simple tense): the publication date may date it. */
  reported?: boolean;
}
