/** The converted CAMEO verb dictionary, indexed by verb word for the matcher (built once). */
import data from '../../../../data/lexicon/generated/cameo-verbs.json' with { type: 'json' };
import type { CameoBlock, CameoDictionary, CameoVerb } from './types.js';

export interface VerbEntry {
  block: CameoBlock;
  verb: CameoVerb;
  /** The words after the verb that a multiword verb needs ("off" of "call off"). */
  rest: string[];
}

export interface CameoIndex {
  /** Verb word (base or irregular form) → the dictionary's verbs with it, multiword ones first. */
  verbs: Map<string, VerbEntry[]>;
  /** Synset label (`&food`) → member phrases, each as its words. */
  synsets: Map<string, string[][]>;
}

export function indexCameo(dict: CameoDictionary): CameoIndex {
  const verbs = new Map<string, VerbEntry[]>();
  const add = (word: string, e: VerbEntry) => {
    const list = verbs.get(word) ?? [];
    if (!list.includes(e)) list.push(e);
    verbs.set(word, list);
  };
  for (const block of dict.blocks)
    for (const verb of block.verbs) {
      const e: VerbEntry = { block, verb, rest: verb.words.filter((_, i) => i !== verb.head) };
      add(verb.words[verb.head]!, e);
      for (const f of verb.forms ?? []) if (f[verb.head]) add(f[verb.head]!, e);
    }
  // Multiword verbs are the more specific reading: tried first. Stable sort keeps the file's order otherwise.
  for (const list of verbs.values()) list.sort((a, b) => b.rest.length - a.rest.length);
  const synsets = new Map(Object.entries(dict.synsets).map(([k, v]) => [k, v.map((p) => p.split(' '))]));
  return { verbs, synsets };
}

let cached: CameoIndex | undefined;
/** The committed dictionary (data/lexicon/generated/cameo-verbs.json), indexed on first use. */
export function cameoIndex(): CameoIndex {
  cached ??= indexCameo(data as unknown as CameoDictionary);
  return cached;
}
