/**
 * Actor names as the PLOVER README compares them: case, accents, "the", possessive 's, "U.S." → "us", and
 * demonyms → their country ("Hungarian" → "hungary").
 */

/** Demonym (lower case) → the country's name; built from the gazetteer by the caller. */
export type Demonyms = ReadonlyMap<string, string>;

export function normaliseName(name: string, demonyms: Demonyms): string[] {
  const plain = name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/\bu\.\s?s\.(?:\s?a\.)?/g, 'us')
    .replace(/\bu\.\s?n\./g, 'un')
    .replace(/['’]s\b|['’]$/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
  return plain
    .split(' ')
    .filter((w) => w && w !== 'the')
    .flatMap((w) => (demonyms.get(w) ?? w).split(' '));
}

/**
 * Our name matches a gold actor text when, normalised, it is the same words or a run of the gold's words: gold
 * spans carry titles and modifiers ("Gambian President Dawda Jawara", "Romania's new government"). The same
 * words in another order also match ("Parliament of Poland" and "Poland's parliament").
 */
export function nameMatches(ours: readonly string[], gold: readonly string[]): boolean {
  if (ours.length === 0) return false;
  for (let i = 0; i + ours.length <= gold.length; i++) if (ours.every((w, j) => gold[i + j] === w)) return true;
  const bag = (ws: readonly string[]) => [...new Set(ws.filter((w) => w !== 'of'))].sort().join(' ');
  return bag(ours) === bag(gold);
}
