import type { EntityType } from '../../knowledge/types.js';
import type { Doc, Token } from '../../nlp/types.js';
import { isCap } from './helpers.js';
import type { ExtractionContext } from '../types.js';

/**
 * A one-word name the gazetteer does not know ("Scientology", "LibriVox") is typed wherever the article
 * uses it once a single use says what it is: "a member of Scientology", "Scientology officials". Each use
 * alone seldom carries a cue. The cues are in data/lexicon/entity-cues.json (bodyNounsAfter, bodyNounsOf).
 */

const cache = new WeakMap<Doc, Map<string, EntityType>>();

/** The body type a cue anywhere in the article gives this one-word name (the token's text), or undefined. */
export function cuedBody(ctx: ExtractionContext, text: string): EntityType | undefined {
  let found = cache.get(ctx.doc);
  if (!found) {
    found = scan(ctx);
    cache.set(ctx.doc, found);
  }
  return found.get(text);
}

function scan(ctx: ExtractionContext): Map<string, EntityType> {
  const out = new Map<string, EntityType>();
  const t = ctx.doc.tokens;
  const { bodyNounsAfter, bodyNounsOf } = ctx.kb.data.cues;
  for (let i = 1; i < t.length - 1; i++) {
    const tok = t[i] as Token;
    if (!isCap(tok) || ctx.kb.notNames.has(tok.norm) || tok.pos !== 'PROPN' || !/^\p{Lu}[\p{L}-]+$/u.test(tok.text)) continue;
    // A single word: not part of a longer run ("Justice Department officials"), and not opening its sentence.
    // A capitalised "The" inside a sentence is part of the name ("a writer for The Onion").
    const the = t[i - 1]?.text === 'The' && t[i - 2]?.sentence === tok.sentence && /^\p{Ll}/u.test((t[i - 2] as Token).text) ? 1 : 0;
    const prev = t[i - 1 - the] as Token;
    const next = t[i + 1] as Token;
    // Nor glued to the word before ("Sea-Eye"), nor a generic head ("a member of Parliament").
    if (isCap(prev) || isCap(next) || prev.sentence !== tok.sentence || prev.end === tok.start || ctx.kb.data.cues.orgHeads[tok.norm]) continue;
    // "Scientology officials", "Scientology's spokesman"
    const after = next.norm === "'s" ? t[i + 2] : next;
    const byNounAfter = !!after && after.pos === 'NOUN' && bodyNounsAfter.includes(after.norm);
    // "a member of Scientology", "an attorney for Scientology"
    const p2 = t[i - 2 - the];
    // (Not "a member of Tonga's parliament": the noun there is the parliament's.)
    const byNounOf = (prev.norm === 'of' || prev.norm === 'for') && next.norm !== "'s" && !!p2 && p2.pos === 'NOUN' && bodyNounsOf.includes(p2.norm);
    if (byNounAfter || byNounOf) out.set(tok.text, 'Organization');
  }
  return out;
}
