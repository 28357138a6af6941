import { KnowledgeError } from '../errors.js';
import { phraseNorms } from '../nlp/document.js';
import { fold } from '../nlp/fold.js';
import { withoutPrototypes } from './dictionaries.js';
import { PhraseIndex } from './phrase-index.js';
import type { EntityType, GenericForce, Hedge, KbEntry, KbRecord, OfficeTerm, TriggerEntry } from './types.js';
import { ENTITY_TYPES } from './types.js';

/** What a gazetteer phrase means when found in text. */
export interface NameHit {
  entry: KbEntry;
  kind: 'name' | 'demonym';
  /** Written with "the" in the gazetteer ("the West"): only matches after "the". */
  needsThe?: boolean;
  /** Written with a capital "The" ("The Hague"): the only kind of name a capitalised "The" inside a sentence may open. */
  capitalThe?: boolean;
  /** A domestic alias ("Congress"): links only in a story set in the entry's country, or after its full name. */
  domestic?: boolean;
  /** An all-capitals alias ("WHO"): matches only text in capitals, never the word "Who". */
  upper?: boolean;
  /** A single-word alias of a person ("Putin"): links only with support in the article. */
  surname?: boolean;
}

export interface TitleHit {
  role: string;
}

/** The raw data files, as parsed JSON; `defaultData()` loads the bundled ones. */
export interface KnowledgeData {
  gazetteer: KbEntry[];
  givenNames: string[];
  /** Company and operator names (no links): recogniser features and a check on a name's type. */
  companies?: string[];
  /** Linking records (people, parties, companies with Wikidata ids): never matched in text, see src/extract/entities/kb-links.ts. */
  kb?: KbRecord[];
  metonyms: Record<string, string>;
  triggers: TriggerEntry[];
  cameo: { roots: Record<string, { class: string; label: string }>; codes: Record<string, string> };
  modality: { hedges: Record<string, Hedge>; intent: Record<string, string>; negation: string[]; nounModifiers: Record<string, string>; governors: { verbs: Record<string, string>; nouns: Record<string, string> } };
  pronouns: Record<string, { gender?: string; number: number; kind: 'person' | 'thing' | 'any' }>;
  titles: { roles: Record<string, string[]>; honorifics: string[] };
  referring: { plural: Record<string, string>; numbers: Record<string, number>; countedPeople: string[]; singular: Record<string, string>; pluralAntecedents: string[]; namedKinds: Record<string, string[]>; acts: Record<string, string[]> };
  cues: {
    placeNouns: Record<string, EntityType>;
    placeHeads: string[];
    titleModifiers: string[];
    orgCueNouns: Record<string, EntityType>;
    armedCuesAfter: string[];
    civilWords: string[];
    placePrepositions: string[];
    nameParticles: string[];
    languages: string[];
    /** Legal forms ending a company's name ("LLC", "Inc."), left out for knowledge-base look-ups. */
    legalForms?: string[];
    collectives: Record<string, EntityType>;
    weakCollectives: Record<string, EntityType>;
    memberNouns: string[];
    policeMembers: string[];
    ethnicMarkers: string[];
    personNouns: string[];
    bodyNounsAfter: string[];
    bodyNounsOf: string[];
    placeLeads: string[];
    facilityHeads: string[];
    metonymPrepositions: string[];
    orgHeads: Record<string, EntityType>;
    genericForces: Record<string, GenericForce>;
    groupNouns: string[];
    directions: Record<string, string>;
    notNames: string[];
    personCues: string[];
  };
}

/** Name → linking records, per Knowledge (see `Knowledge.kbRecords`). */
const kbIndexes = new WeakMap<object, Map<string, KbRecord[]>>();

/** Tokenises a phrase exactly as article text is tokenised, so look-ups line up. */
// ASCII words and spaces only: the tokenizer splits those on the spaces, so the split is done here directly.
const SIMPLE = /^[A-Za-z0-9]+(?: [A-Za-z0-9]+)*$/;
// A pure cache: the value is the analysis of the phrase alone, whoever asks first and whatever was read
// before (issue 17; it used to be filled from one batch analysis of all gazetteer names, where a phrase's
// neighbours could have changed its tokens). Lexicon phrases only, a few thousand: no bound needed.
const tokenCache = new Map<string, readonly string[]>();

export function phraseTokens(phrase: string): string[] {
  if (SIMPLE.test(phrase)) return phrase.split(' ').map(fold);
  let cached = tokenCache.get(phrase);
  if (!cached) tokenCache.set(phrase, (cached = Object.freeze(phraseNorms(phrase))));
  return [...cached];
}

/**
 * Everything extractors know besides the text: the gazetteer and the lexicons, indexed once.
 * Built from plain data, so a user extends it by adding records to the files under data/.
 */
export class Knowledge {
  readonly entries = new Map<string, KbEntry>();
  readonly names = new PhraseIndex<NameHit>();
  readonly titles = new PhraseIndex<TitleHit>();
  readonly triggers = new PhraseIndex<TriggerEntry>();
  readonly intent = new PhraseIndex<string>();
  readonly hedges = new PhraseIndex<Hedge>();
  readonly negation = new PhraseIndex<true>();
  readonly forces = new PhraseIndex<GenericForce>();
  readonly honorifics: Set<string>;
  readonly notNames: Set<string>;
  readonly personCues: Set<string>;
  readonly givenNames: Set<string>;
  /** Company names as written ("Boeing", "Air France"). */
  readonly companies: Set<string>;
  readonly placeHeads: Set<string>;
  /** Government-acting entity for a metonym or capital: entry id → country id. */
  readonly actsFor = new Map<string, string>();
  private readonly holders = new Map<string, { person: KbEntry; term: OfficeTerm }[]>();

  readonly data: KnowledgeData;

  constructor(source: KnowledgeData) {
    const data = (this.data = withoutPrototypes(source));
    for (const e of data.gazetteer) this.addEntry(e);
    for (const e of data.gazetteer) {
      if (e.type === 'Country' && e.capital && this.entries.has(e.capital)) this.actsFor.set(e.capital, e.id);
    }
    for (const [id, country] of Object.entries(data.metonyms)) {
      if (!id.startsWith('_')) this.actsFor.set(id, country);
    }
    for (const [role, forms] of Object.entries(data.titles.roles)) {
      for (const f of forms) this.titles.add(phraseTokens(f), { role });
    }
    for (const t of data.triggers) this.triggers.add(t.trigger.split(' '), t);
    for (const [k, v] of Object.entries(data.modality.intent)) this.intent.add(phraseTokens(k), v);
    for (const [k, v] of Object.entries(data.modality.hedges)) this.hedges.add(phraseTokens(k), v);
    for (const k of data.modality.negation) this.negation.add(phraseTokens(k), true);
    for (const [k, v] of Object.entries(data.cues.genericForces)) this.forces.add(phraseTokens(k), v);
    this.honorifics = new Set(data.titles.honorifics.map(fold));
    this.notNames = new Set(data.cues.notNames.map(fold));
    this.personCues = new Set(data.cues.personCues.map(fold));
    this.givenNames = new Set(data.givenNames.map(fold));
    this.companies = new Set(data.companies ?? []);
    this.placeHeads = new Set(data.cues.placeHeads.map(fold));
  }

  private addEntry(e: KbEntry): void {
    if (!e.id || !e.label || !ENTITY_TYPES.includes(e.type)) {
      throw new KnowledgeError(`gazetteer record ${JSON.stringify(e).slice(0, 80)} needs id, label and a known type`);
    }
    if (e.wikidata !== undefined && !/^Q[1-9]\d*$/.test(e.wikidata)) {
      throw new KnowledgeError(`gazetteer record "${e.id}" has a malformed Wikidata id "${e.wikidata}"`);
    }
    const prev = this.entries.get(e.id);
    if (prev && prev.type !== e.type) throw new KnowledgeError(`gazetteer id "${e.id}" is used for two types`);
    this.entries.set(e.id, { ...prev, ...e });
    for (const name of [e.label, ...(e.aliases ?? []), ...(e.domesticAliases ?? [])]) {
      const domestic = e.domesticAliases?.includes(name) ?? false;
      const the = /^the\s/i.test(name);
      const upper = /^[A-Z0-9.&-]{2,}$/.test(name);
      const surname = e.type === 'Person' && !/\s/.test(name.trim());
      const capitalThe = name.startsWith('The ');
      this.names.add(phraseTokens(the ? name.slice(4) : name), { entry: e, kind: 'name', ...(the ? { needsThe: true } : {}), ...(capitalThe ? { capitalThe } : {}), ...(domestic ? { domestic } : {}), ...(upper ? { upper } : {}), ...(surname ? { surname } : {}) });
    }
    for (const d of e.demonyms ?? []) this.names.add(phraseTokens(d), { entry: e, kind: 'demonym' });
    for (const term of e.offices ?? []) {
      const key = `${fold(term.role)}|${term.of}`;
      const list = this.holders.get(key) ?? [];
      list.push({ person: e, term });
      this.holders.set(key, list);
    }
  }

  /**
   * Linking records with this name (label or alias, folded). The index is built on first use (most callers never link)
   * and kept outside the object, a pure cache: extraction leaves the knowledge as it found it.
   */
  kbRecords(name: string): readonly KbRecord[] {
    let index = kbIndexes.get(this);
    if (!index) {
      index = new Map();
      for (const r of this.data.kb ?? []) {
        for (const n of new Set([r.label, ...(r.aliases ?? [])].map(fold))) {
          const list = index.get(n);
          if (list) list.push(r);
          else index.set(n, [r]);
        }
      }
      kbIndexes.set(this, index);
    }
    return index.get(fold(name)) ?? [];
  }

  /** Who held `role` of `of` on `date` (ISO); undefined when nobody or more than one did. */
  officeHolder(role: string, of: string, date: string | undefined): KbEntry | undefined {
    if (!date) return undefined;
    const list = this.holders.get(`${fold(role)}|${of}`) ?? [];
    const found = list.filter(({ term }) => (!term.from || term.from <= date) && (!term.to || date < term.to));
    return found.length === 1 ? found[0]?.person : undefined;
  }

  cameoClass(code: string): string {
    const root = this.data.cameo.roots[code.slice(0, 2)];
    if (!root) throw new KnowledgeError(`unknown CAMEO root for code "${code}"`);
    return root.class;
  }

  cameoLabel(code: string): string {
    return this.data.cameo.codes[code] ?? this.data.cameo.roots[code.slice(0, 2)]?.label ?? code;
  }
}
