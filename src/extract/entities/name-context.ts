import type { EntityType } from '../../knowledge/types.js';
import { tableEntry } from '../../knowledge/lookup.js';
import type { Token } from '../../nlp/types.js';
import { isCap } from './helpers.js';
import type { ExtractionContext } from '../types.js';

/**
 * What the words around an unknown name say it is: a noun phrase in apposition ("Stepanakert, the
 * region's main city"; "an online outlet, Addis Yefeqedu,") and a common-noun head after it
 * ("Tana River county", "the Azovstal steel works"). Cue words live in data/lexicon/entity-cues.json.
 */

/** The type a common noun gives a name it describes: a place noun, an organisation noun or a person noun. */
export function nounType(ctx: ExtractionContext, norm: string): EntityType | undefined {
  const c = ctx.kb.data.cues;
  return tableEntry(c.placeNouns, norm) ?? tableEntry(c.orgCueNouns, norm) ?? (c.personNouns.includes(norm) ? 'Person' : undefined);
}

/** "their nine-month-old child, Gloria": a possessive opens the noun phrase as an article does. */
const POSSESSIVES = new Set(['my', 'your', 'his', 'her', 'its', 'our', 'their']);

const AGE = /^\d+-year-old$|^year-old$/;

/** "X, the region's main city," / "X, a town of 20,000 people": the type given by the appositive that opens at k. */
export function appositiveAfter(ctx: ExtractionContext, k: number): EntityType | undefined {
  const t = ctx.doc.tokens;
  const open = t[k];
  if (!open) return undefined;
  let j: number;
  if (open.norm === 'a' || open.norm === 'an' || open.norm === 'the') j = k + 1;
  // "Ganja, Azerbaijan's second-largest city"
  else if (isCap(open) && t[k + 1]?.norm === "'s") j = k + 2;
  else return undefined;
  let head: Token | undefined;
  for (let n = 0; n < 8; n++, j++) {
    const w = t[j];
    if (!w || w.sentence !== open.sentence) break;
    // "a 38-year-old member of …": an age says a person is meant.
    if (AGE.test(w.norm) || (w.norm === 'old' && t[j - 2]?.norm === 'year')) return 'Person';
    if (w.norm === "'s") {
      head = undefined;
      continue;
    }
    if (w.pos === 'NOUN') {
      head = w;
      continue;
    }
    const glued = w.text === '-' || t[j - 1]?.text === '-';
    if (w.pos === 'ADJ' || w.pos === 'NUM' || w.pos === 'PROPN' || glued) continue;
    break;
  }
  if (!head) return undefined;
  const type = nounType(ctx, head.norm);
  // "a town of 20,000 people" is a town, but "the group of chemicals" or "a member of" says nothing of the name.
  if (t[head.index + 1]?.norm === 'of' && type !== 'City' && type !== 'Place') return undefined;
  return type;
}

/**
 * "an independent online outlet, Addis Yefeqedu": the type given by the noun phrase that ends at k
 * (before the comma). Organisations and people only, and no other name inside the phrase: in "the
 * president of the Lombardy region, Roberto Maroni" the region is not what the name is.
 */
export function appositiveBefore(ctx: ExtractionContext, k: number): EntityType | undefined {
  const t = ctx.doc.tokens;
  const head = t[k];
  if (!head || head.pos !== 'NOUN') return undefined;
  const type = tableEntry(ctx.kb.data.cues.orgCueNouns, head.norm) ?? (ctx.kb.data.cues.personNouns.includes(head.norm) ? 'Person' : undefined);
  if (!type) return undefined;
  for (let j = k - 1; j >= Math.max(0, k - 6); j--) {
    const w = t[j] as Token;
    if (w.sentence !== head.sentence) return undefined;
    if (w.norm === 'a' || w.norm === 'an' || w.norm === 'the' || POSSESSIVES.has(w.norm)) return type;
    const demonym = ctx.mentions.some((m) => m.kind === 'demonym' && m.first <= j && j <= m.last);
    if (isCap(w) && !demonym) return undefined;
    if (!(w.pos === 'ADJ' || w.pos === 'ADV' || w.pos === 'NOUN' || w.pos === 'PROPN' || w.pos === 'NUM' || w.text === '-' || t[j + 1]?.text === '-')) return undefined;
  }
  return undefined;
}

/**
 * "Tana River county", "the Kofar Mata market", "the Azovstal steel works": the last token of a
 * lower-case place or facility head right after a name (facilities may take two modifiers between),
 * or -1 when there is none.
 */
export function trailingHead(ctx: ExtractionContext, end: number, last: number, first = end): number {
  const t = ctx.doc.tokens;
  const cues = ctx.kb.data.cues;
  // A definite noun phrase only ("the … market", "Zambia's … mine"): in "CC works" the word is a verb.
  const definite = (start: number) => t[start - 1]?.norm === 'the' || t[start - 1]?.norm === "'s";
  for (let k = end + 1; k <= Math.min(end + 3, last); k++) {
    const w = t[k] as Token;
    if (isCap(w) || !/^\p{Ll}+$/u.test(w.text)) return -1;
    if (cues.facilityHeads.includes(w.norm)) return definite(first) ? k : -1;
    if (k === end + 1 && ctx.kb.placeHeads.has(w.norm) && w.pos === 'NOUN') return k;
    if (w.pos !== 'NOUN' && w.pos !== 'ADJ') return -1;
  }
  return -1;
}
