/**
 * The PETRARCH2 CAMEO verb dictionary as converted by scripts/convert-cameo.ts into
 * data/lexicon/generated/cameo-verbs.json, and what the matcher returns. Words are lower case, `_` read as
 * spaces; a word starting with `&` names a synset.
 */

/** One noun phrase of a pattern: `words[i]` lists the alternatives at position i (`A/B`); the last position is the head. */
export interface CameoNoun {
  words: string[][];
  /** A slot marker instead of words: `^` any phrase, `$` the source actor, `+` the target actor, `%` a compound actor. */
  slot?: '^' | '$' | '+' | '%';
}

/** `(PREP NOUN)`: the preposition's alternatives and, unless the pattern gives only the preposition, its noun. */
export interface CameoPrep {
  prep: string[];
  noun?: CameoNoun;
}

export interface CameoPattern {
  /** Line in CAMEO.2.0.txt (1-based). */
  line: number;
  /** The verb the pattern's comment names (where it was first written), lower case. */
  verb?: string;
  /** CAMEO code; null for `---`, a word-sense filter that codes no event ("meet the criteria"). */
  code: string | null;
  /** The code as written when it is not a plain code: TABARI's paired `042:043` (source→target : target→source), `080!`. */
  raw?: string;
  /** Pre-verb nouns: the subject. */
  subject?: CameoNoun;
  /** Pre-verb prepositional phrases (rare). */
  subjectPreps?: CameoPrep[];
  /** Post-verb nouns: the object heads. */
  objects?: CameoNoun[];
  preps?: CameoPrep[];
  /** Post-verb particles ("set OUT views", "back DOWN from"). */
  particles?: string[];
}

export interface CameoVerb {
  line: number;
  /** The verb's words: one for most, several for multiword verbs (`+CALL_OFF` → ["call", "off"]). */
  words: string[];
  /** Index in `words` of the verb itself (the word `+` marks). */
  head: number;
  /** Irregular forms as listed (`{…}`), each its word list; empty when `{}` (no regular forms either). */
  forms?: string[][];
  /** The verb's own code, when it has one; null for `[---]`. */
  code?: string | null;
  raw?: string;
}

export interface CameoBlock {
  line: number;
  name: string;
  /** The block's code for its bare verbs; null for `---` (no event). */
  code: string | null;
  raw?: string;
  verbs: CameoVerb[];
  patterns: CameoPattern[];
}

export interface CameoDictionary {
  provenance: { file: string; repository: string; commit: string; licence: string; copyright: string; generatedBy: string; licenceText: string[] };
  counts: { synsets: number; synsetMembers: number; blocks: number; verbLines: number; patterns: number; transformations: number };
  /** `&label` → member phrases, regular plurals included. */
  synsets: Record<string, string[]>;
  blocks: CameoBlock[];
  /** Transformations as written (not used by the matcher yet), with their lines. */
  transformations: { line: number; text: string }[];
}

/** Which tokens filled a matched pattern's slots (document token indices). */
export interface CameoSlots {
  subject?: number;
  object?: number;
  /** Passive: the grammatical subject is the object ("was attacked"). */
  passive: boolean;
  preps: { prep: string; head: number }[];
  particles: number[];
}

export interface CameoMatch {
  /** CAMEO code, or null: the dictionary names this use of the verb as no event. */
  code: string | null;
  /** What gave the code: a pattern, the verb's own code, or its block's code. */
  by: 'pattern' | 'verb' | 'block';
  block: string;
  verb: CameoVerb;
  pattern?: CameoPattern;
  /** The pattern's specificity score (0 for the bare verb). */
  score: number;
  /** Tokens the pattern's parts matched; the syntactic slots found for the bare verb. */
  slots: CameoSlots;
  /** The tokens of the multiword verb's other words ("off" of "called off"). */
  verbTokens: number[];
}
