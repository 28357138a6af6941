import type { Knowledge } from '../../knowledge/knowledge.js';
import type { EntityType } from '../../knowledge/types.js';
import type { Doc } from '../../nlp/types.js';
import { kbGazetteer } from '../../ner/kb-gazetteer.js';
import type { Gazetteer } from '../../ner/gazetteer.js';
import { nerModel } from '../../ner/load.js';
import { recognise } from '../../ner/decode.js';
import type { NerType } from '../../ner/types.js';

/**
 * The trained recogniser (src/ner) over the document's words, sentence by sentence: where it puts names and
 * which coarse type it gives them. The entity extractor asks it for names the gazetteer does not know
 * (their span and type) and to check the rules' guesses; it is empty when no model is loaded (a browser
 * that fetched none), and the rules then work alone.
 */
export interface Recognised {
  /** Token index → last token of the recognised name starting there, -1 when none starts there. */
  endAt: Int32Array;
  /** Token index → first token of the recognised name covering it, -1 when none covers it. */
  startOf: Int32Array;
  /** Token index of a name's first token → its type. */
  typeAt: Map<number, NerType>;
  /**
   * A name's text → the type the recogniser gives it most often in the document (ties: the type it had first). Greedy
   * decoding types one name differently in different sentences ("Red Hat" ORG, then PER); the article means one thing.
   */
  usualType: Map<string, NerType>;
}

const NO_NAMES: Recognised = { endAt: new Int32Array(0), startOf: new Int32Array(0), typeAt: new Map(), usualType: new Map() };
const docCache = new WeakMap<Doc, Recognised>();
const gazetteers = new WeakMap<Knowledge, Gazetteer>();

export const NER_TO_TYPE: Record<NerType, EntityType> = { PER: 'Person', ORG: 'Organization', LOC: 'Place' };

export function recognised(doc: Doc, kb: Knowledge): Recognised {
  const cached = docCache.get(doc);
  if (cached) return cached;
  const model = nerModel();
  if (!model) return NO_NAMES;
  let gazetteer = gazetteers.get(kb);
  if (!gazetteer && model.header.gazetteer) gazetteers.set(kb, (gazetteer = kbGazetteer(kb.data.gazetteer, kb.data.givenNames, kb.data.companies)));
  const n = doc.tokens.length;
  const out: Recognised = { endAt: new Int32Array(n).fill(-1), startOf: new Int32Array(n).fill(-1), typeAt: new Map(), usualType: new Map() };
  const votes = new Map<string, Map<NerType, number>>();
  for (const s of doc.sentences) {
    const words = doc.tokens.slice(s.first, s.last + 1).map((t) => t.text);
    for (const sp of recognise(model, { words }, { gazetteer })) {
      const a = s.first + sp.start;
      const b = s.first + sp.end - 1;
      out.endAt[a] = b;
      out.typeAt.set(a, sp.type);
      for (let k = a; k <= b; k++) out.startOf[k] = a;
      const text = doc.text.slice(doc.tokens[a]!.start, doc.tokens[b]!.end);
      const v = votes.get(text) ?? votes.set(text, new Map()).get(text)!;
      v.set(sp.type, (v.get(sp.type) ?? 0) + 1);
    }
  }
  // Map iteration follows insertion order, so a tie goes to the type seen first.
  for (const [text, v] of votes) {
    let best: NerType | undefined;
    for (const [type, count] of v) if (!best || count > v.get(best)!) best = type;
    out.usualType.set(text, best!);
  }
  docCache.set(doc, out);
  return out;
}
