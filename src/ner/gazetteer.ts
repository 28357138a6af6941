/**
 * Name lists as features: which words a known name covers, in BILOU position, and which words are given names.
 * Built from plain name lists, so the same code runs with the project's gazetteer or any other.
 */
import type { NerType } from './types.js';

export interface GazetteerName {
  text: string;
  type: NerType;
}

export interface Gazetteer {
  /** Lower-cased first word → the names (as lower-cased word arrays) that start with it, longest first. */
  byFirst: Map<string, { words: string[]; type: NerType }[]>;
  givenNames: Set<string>;
}

/** Splits a name the way the treebanks tokenise: on spaces, with hyphens and slashes as words of their own. */
export function nameWords(text: string): string[] {
  return text
    .toLowerCase()
    .split(/\s+|(?=[-/])|(?<=[-/])/u)
    .filter((w) => w.length > 0);
}

export function buildGazetteer(names: readonly GazetteerName[], givenNames: readonly string[] = []): Gazetteer {
  const byFirst = new Map<string, { words: string[]; type: NerType }[]>();
  const seen = new Set<string>();
  for (const n of names) {
    const words = nameWords(n.text);
    const key = `${n.type} ${words.join(' ')}`;
    if (words.length === 0 || seen.has(key)) continue;
    seen.add(key);
    const list = byFirst.get(words[0]!) ?? [];
    list.push({ words, type: n.type });
    byFirst.set(words[0]!, list);
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.words.length - a.words.length || a.type.localeCompare(b.type));
  return { byFirst, givenNames: new Set(givenNames.map((g) => g.toLowerCase())) };
}

/**
 * Gazetteer hits per word, as BILOU-position features ("B-LOC"). Every name that matches contributes,
 * not only the longest, so "Washington" is both a person and a place and the model weighs the context.
 */
export function gazetteerHits(words: readonly string[], gaz: Gazetteer): string[][] {
  const lower = words.map((w) => w.toLowerCase());
  const hits: string[][] = words.map(() => []);
  for (let i = 0; i < lower.length; i++) {
    for (const name of gaz.byFirst.get(lower[i]!) ?? []) {
      const n = name.words.length;
      if (i + n > lower.length) continue;
      let ok = true;
      for (let k = 1; k < n && ok; k++) ok = lower[i + k] === name.words[k];
      if (!ok) continue;
      for (let k = 0; k < n; k++) {
        const p = n === 1 ? 'U' : k === 0 ? 'B' : k === n - 1 ? 'L' : 'I';
        const f = `${p}-${name.type}`;
        if (!hits[i + k]!.includes(f)) hits[i + k]!.push(f);
      }
    }
  }
  return hits;
}
