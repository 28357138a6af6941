import { WeightTable } from '../model/table.js';
import {
  MAX_TAG_FEATURES,
  MAX_TAG_ROLE_FEATURES,
  N_FORM_CODES,
  N_TAG_ROLES,
  TAG_NEXT,
  TAG_NEXT2,
  TAG_OWN,
  TAG_PREV,
  TAG_PREV2,
  formCodes,
  tagRestFeatures,
  tagRoleFeatures,
  type WordCodes,
} from './features.js';

/** What the tagger keeps of a word form: its codes, whether it is a frequent one-tag form, its role sums. */
interface FormEntry {
  codes: Int32Array;
  /** The tag of a frequent one-tag form, else -1. */
  known: number;
  /** Per role (TAG_OWN …), the sum of the rows of the role's features, once computed (bit r of `done`). */
  sums: Int32Array;
  done: number;
}

/** Forms whose codes and sums are kept; past this the cache starts again (a few KB per form). */
const CACHE_LIMIT = 16384;

/** A trained tagger: one class per UPOS+XPOS pair, greedy left to right. */
export class Tagger {
  /** Class → [UPOS, XPOS]. */
  readonly tags: readonly (readonly [string, string])[];
  private readonly table: WeightTable;
  private readonly ambiguity: ReadonlyMap<string, number>;
  /** Frequent words that (nearly) always take one tag ("the", ",", "of"): tagged without scoring. */
  private readonly frequent: ReadonlyMap<string, number>;
  /**
   * Form → its entry. Scores are integer sums, so adding a cached sum gives exactly the scores of the plain
   * sum of tagFeatures() (test/syntax-speed.test.ts); news repeats its words, and most look-ups are saved.
   */
  private readonly forms = new Map<string, FormEntry>();
  /** Role sums where the role's word lies outside the sentence. */
  private readonly boundary: Int32Array;
  // Scratch space, reused from sentence to sentence.
  private entries: FormEntry[] = [];
  private codes: WordCodes = emptyCodes(0);
  private readonly feats = new Int32Array(Math.max(MAX_TAG_FEATURES, MAX_TAG_ROLE_FEATURES));
  private readonly scores: Int32Array;

  constructor(tags: readonly (readonly [string, string])[], table: WeightTable, ambiguity: ReadonlyMap<string, number>, frequent: ReadonlyMap<string, number> = new Map()) {
    this.tags = tags;
    this.table = table;
    this.ambiguity = ambiguity;
    this.frequent = frequent;
    this.scores = new Int32Array(tags.length);
    const nc = tags.length;
    this.boundary = new Int32Array(N_TAG_ROLES * nc);
    for (let r = TAG_PREV; r < N_TAG_ROLES; r++) table.score(this.feats, tagRoleFeatures(r, undefined, this.feats), this.boundary, r * nc);
  }

  /** Tag class ids of the sentence's words; `lower`, if given, gets each word's lower-case hash (wordCodes().lower). */
  tag(forms: readonly string[], lower?: Int32Array): Int32Array {
    const n = forms.length;
    const nc = this.tags.length;
    const out = new Int32Array(n);
    if (this.codes.lower.length < n) this.codes = emptyCodes(n * 2);
    const codes = this.codes;
    codes.n = n;
    const entries = this.entries;
    entries.length = n;
    for (let i = 0; i < n; i++) {
      const e = this.entry(forms[i] as string);
      entries[i] = e;
      codes.lower[i] = e.codes[0] as number;
      codes.suf3[i] = e.codes[3] as number;
      codes.shape[i] = e.codes[7] as number;
      codes.amb[i] = e.codes[8] as number;
      if (lower) lower[i] = e.codes[0] as number;
    }
    const feats = this.feats;
    const scores = this.scores;
    const boundary = this.boundary;
    let t1 = -1;
    let t2 = -1;
    for (let i = 0; i < n; i++) {
      const e = entries[i] as FormEntry;
      if (e.known >= 0) {
        out[i] = e.known;
        t2 = t1;
        t1 = e.known;
        continue;
      }
      scores.fill(0);
      this.table.score(feats, tagRestFeatures(codes, i, t1, t2, feats), scores);
      this.add(scores, e, TAG_OWN);
      if (i >= 1) this.add(scores, entries[i - 1] as FormEntry, TAG_PREV);
      else addRow(scores, boundary, TAG_PREV * nc, nc);
      if (i >= 2) this.add(scores, entries[i - 2] as FormEntry, TAG_PREV2);
      else addRow(scores, boundary, TAG_PREV2 * nc, nc);
      if (i + 1 < n) this.add(scores, entries[i + 1] as FormEntry, TAG_NEXT);
      else addRow(scores, boundary, TAG_NEXT * nc, nc);
      if (i + 2 < n) this.add(scores, entries[i + 2] as FormEntry, TAG_NEXT2);
      else addRow(scores, boundary, TAG_NEXT2 * nc, nc);
      let best = 0;
      for (let c = 1; c < nc; c++) if ((scores[c] as number) > (scores[best] as number)) best = c;
      out[i] = best;
      t2 = t1;
      t1 = best;
    }
    entries.length = 0;
    return out;
  }

  private entry(form: string): FormEntry {
    let e = this.forms.get(form);
    if (e) return e;
    if (this.forms.size >= CACHE_LIMIT) this.forms.clear();
    const codes = new Int32Array(N_FORM_CODES);
    formCodes(form, this.ambiguity, codes);
    e = { codes, known: this.frequent.get(form) ?? -1, sums: new Int32Array(N_TAG_ROLES * this.tags.length), done: 0 };
    this.forms.set(form, e);
    return e;
  }

  /** Adds the form's sum for the role, computing it on first use. */
  private add(scores: Int32Array, e: FormEntry, role: number): void {
    const nc = this.tags.length;
    if ((e.done & (1 << role)) === 0) {
      e.done |= 1 << role;
      this.table.score(this.feats, tagRoleFeatures(role, e.codes, this.feats), e.sums, role * nc);
    }
    addRow(scores, e.sums, role * nc, nc);
  }
}

function addRow(scores: Int32Array, sums: Int32Array, at: number, nc: number): void {
  for (let c = 0; c < nc; c++) scores[c] = (scores[c] as number) + (sums[at + c] as number);
}

function emptyCodes(n: number): WordCodes {
  const a = () => new Int32Array(n);
  return { n: 0, lower: a(), suf1: a(), suf2: a(), suf3: a(), suf4: a(), pre1: a(), pre3: a(), shape: a(), amb: a() };
}
