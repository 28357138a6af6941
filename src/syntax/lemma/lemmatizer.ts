/**
 * Lemmas from a word's form and tag: exceptions learned from the treebanks where the rules miss, then
 * suffix rules ("strip k letters, add s") learned per XPOS, longest known suffix first.
 */
export interface LemmaRule {
  strip: number;
  add: string;
}

export interface LemmaData {
  /** `${lower form}\t${xpos}` → lemma, only where the rules would be wrong. */
  exceptions: Record<string, string>;
  /** xpos → suffix → rule, for suffixes of length 0…MAX_SUFFIX. */
  rules: Record<string, Record<string, LemmaRule>>;
  /** English words (lower case): a rule's output that is no word gives way to one that is ("shelled" → "shell", not "shel"). */
  words?: string[];
}

export const MAX_SUFFIX = 5;

export class Lemmatizer {
  private readonly exceptions: Map<string, string>;
  private readonly rules: Map<string, Map<string, LemmaRule>>;
  private readonly words: ReadonlySet<string> | undefined;

  constructor(data: LemmaData) {
    this.exceptions = new Map(Object.entries(data.exceptions));
    this.rules = new Map(Object.entries(data.rules).map(([x, r]) => [x, new Map(Object.entries(r))]));
    this.words = data.words ? new Set(data.words) : undefined;
  }

  lemma(form: string, upos: string, xpos: string): string {
    const lower = form.toLowerCase();
    const known = this.exceptions.get(`${lower}\t${xpos}`);
    if (known !== undefined) return known;
    return ruleLemma(this.rules.get(xpos), form, upos, this.words);
  }
}

/**
 * The rule of the longest suffix known for the tag; with a word list, the first rule (longest suffix first) whose
 * output is a word. A proper noun keeps its case, other words are lower-cased.
 */
export function ruleLemma(rules: ReadonlyMap<string, LemmaRule> | undefined, form: string, upos: string, words?: ReadonlySet<string>): string {
  const base = upos === 'PROPN' || (upos === 'X' && form !== form.toLowerCase()) ? form : form.toLowerCase();
  if (!rules) return base;
  const lower = form.toLowerCase();
  let first: string | undefined;
  for (let k = Math.min(MAX_SUFFIX, lower.length); k >= 0; k--) {
    const rule = rules.get(lower.slice(lower.length - k));
    if (!rule || rule.strip > base.length) continue;
    const lemma = base.slice(0, base.length - rule.strip) + rule.add;
    if (!words || words.has(lemma.toLowerCase())) return lemma;
    first ??= lemma;
  }
  return first ?? base;
}
