import data from '../../../data/syntax/tokenizer.json' with { type: 'json' };

/** The tokenizer's word lists (data/syntax/tokenizer.json) as sets for O(1) look-ups. */

function withCapitalised(words: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const w of words) {
    out.add(w);
    // A lower-case entry is also written capitalised at the start of a sentence ("Etc.", "Approx.").
    if (w.length > 0 && w[0] === w[0]!.toLowerCase()) out.add(w[0]!.toUpperCase() + w.slice(1));
  }
  return out;
}

/** Forms without their final period, case-sensitive. */
export const abbreviations: ReadonlySet<string> = withCapitalised([...data.abbreviations, ...data.titles.map((t) => t.toUpperCase())]);
/** Also in capitals, as in headings and transcripts ("GEN. ELIZABETH PRELOGAR"). */
export const titles: ReadonlySet<string> = withCapitalised([...data.titles, ...data.titles.map((t) => t.toUpperCase())]);
export const beforeNumber: ReadonlySet<string> = new Set(data.beforeNumber);
/** Lower-cased. */
export const sentenceStarters: ReadonlySet<string> = new Set(data.sentenceStarters);
/** Lower-cased. */
export const hyphenPrefixes: ReadonlySet<string> = new Set(data.hyphenPrefixes);
/** Lower-cased token → its words (lower-cased; the tokenizer slices the real forms from the text). */
export const wholeWordMultiwords: ReadonlyMap<string, readonly string[]> = new Map(Object.entries(data.wholeWordMultiwords));
/** Clitic endings with a straight apostrophe, longest first so that "n't" is tried before "'t"-like endings. */
export const clitics: readonly string[] = [...data.clitics].sort((a, b) => b.length - a.length);
/** Lower-cased. */
export const agencies: ReadonlySet<string> = new Set(data.agencies);
