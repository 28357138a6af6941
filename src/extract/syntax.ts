import type { Mention } from '../model/types.js';
import type { Token } from '../nlp/types.js';
import { docIndex, inNameMention, mentionsEndingAt } from './doc-index.js';
import { PLACE_PREP } from './events/lexicon.js';
import type { ExtractionContext } from './types.js';

/** Shallow syntax helpers over POS-tagged tokens: enough to tell subjects, objects and clause edges. */

const CLAUSE_OPENERS = new Set(['which', 'where', 'who', 'whom', 'whose', 'saying', 'adding', 'while', 'whereas', 'although', 'because', 'as', 'after', 'before', 'when', 'reportedly']);
const RELATIVES = new Set(['who', 'which', 'whose', 'whom']);
const HARD_BREAKS = new Set([';', '—', '–', ':', '“', '”', '"']);

/** The preposition governing the mention, if any ("in Syria" → "in"). Skips determiners and adjectives. */
export function governingPreposition(ctx: ExtractionContext, m: { first: number }): string | undefined {
  const t = ctx.doc.tokens;
  // A title before the name is no preposition either ("the government of President Sebastián Piñera").
  // (Capitalised inside the sentence: a sentence's first word is capitalised anyway.)
  // (The syntax layer tags a one-word title right before the name PROPN, as UD does: "of President Sebastián Piñera";
  // a longer title may hold a preposition of its own: "Secretary of State John Kerry".)
  const oneWordTitle = (x: Token) => x.index === m.first - 1 && !inNameMention(ctx, x.index) && ctx.kb.titles.matchAt(docIndex(ctx.doc).norms, x.index).some((h) => h.length === 1);
  const title = (x: Token) => (x.pos === 'NOUN' || (x.pos === 'PROPN' && oneWordTitle(x))) && /^[A-Z]/.test(x.text) && x.sentence === t[m.first]?.sentence && x.index !== ctx.doc.sentences[x.sentence]?.first;
  let k = m.first - 1;
  while (k >= 0 && (t[k]?.pos === 'DET' || t[k]?.pos === 'ADJ' || t[k]?.pos === 'NUM' || t[k]?.norm === "'s" || title(t[k]!))) k--;
  const tok = t[k];
  if (!tok || tok.sentence !== t[m.first]?.sentence) return undefined;
  // (A place preposition the tagger read as an adverb still governs the name after it: "a checkpoint outside Herat".)
  if (tok.pos === 'ADP' || tok.norm === 'to' || (tok.pos === 'ADV' && PLACE_PREP.has(tok.norm))) {
    // "members of X": the preposition belongs to a partitive, look one further.
    return tok.norm;
  }
  return undefined;
}

/**
 * A participle opening a clause after a comma: ", accusing Minsk of …", and ", warning that …" even where the tagger
 * read the -ing word as a noun (a noun is not followed by "that").
 */
export function isParticiple(t: Token[], i: number): boolean {
  const tok = t[i];
  if (!tok || !/ing$/.test(tok.norm)) return false;
  return tok.pos === 'VERB' || (tok.pos === 'NOUN' && t[i - 1]?.text === ',' && t[i + 1]?.norm === 'that');
}

/**
 * An auxiliary, also where the tagger read a perfect "has"/"had" as a main verb ("which Russia has refused", "has faced
 * criticism"): the parser's "aux" relation, or a form of "have" with a past participle after it, adverbs aside.
 * Possessive "has 5,100 troops" stays a verb.
 */
export function isAuxiliary(t: Token[], i: number): boolean {
  const tok = t[i];
  if (!tok) return false;
  if (tok.pos === 'AUX' || tok.deprel === 'aux' || tok.deprel === 'aux:pass') return true;
  if (tok.pos !== 'VERB' || tok.lemma !== 'have') return false;
  let k = i + 1;
  while (t[k]?.pos === 'ADV') k++;
  return t[k]?.pos === 'VERB' && t[k]!.xpos === 'VBN' && t[k]!.sentence === tok.sentence;
}

/** A proper noun by either tag: the tagger's UPOS and Penn tags can disagree ("Baltic/ADJ/NNP Tankers", "United/VERB/NNP"). */
export const isProperNoun = (tok: Token): boolean => tok.pos === 'PROPN' || tok.xpos === 'NNP' || tok.xpos === 'NNPS';

/** The head word of a span in the dependency tree: the first word whose head lies outside it. */
export function spanHead(t: Token[], first: number, last: number): Token | undefined {
  for (let k = first; k <= last; k++) {
    const h = t[k]!.head;
    if (h < first || h > last) return t[k];
  }
  return undefined;
}

/** Is the span the parser's direct object of the word at `verb` ("rejected a European Union demand": Union is its object)? */
export function isTreeObject(t: Token[], first: number, last: number, verb: number): boolean {
  const h = spanHead(t, first, last);
  return !!h && h.head === verb && (h.deprel === 'obj' || h.deprel === 'iobj');
}

/**
 * The forms to look a verb up by: its lemma, then, for a lemma the syntax layer may have got wrong ("conceded" →
 * "conced", "tweeted" → "tweete", "accuse" → "accuose"), the word itself and its stems with and without a final "e".
 */
export function verbForms(tok: Token): string[] {
  if (tok.pos !== 'VERB') return [tok.lemma];
  const stem = tok.norm.replace(/(ing|ed|es|s)$/, '');
  return [...new Set([tok.lemma, tok.norm, stem, `${stem}e`, stem.replace(/(.)\1$/, '$1')])];
}

/** Clause index of each token in a sentence: a new clause starts after ; — or at ", which/saying/…" and "and that". */
export function clauseIds(ctx: ExtractionContext, sentence: number): Map<number, number> {
  const s = ctx.doc.sentences[sentence];
  const ids = new Map<number, number>();
  if (!s) return ids;
  const t = ctx.doc.tokens;
  let clause = 0;
  // A relative clause between commas ("Tshisekedi, who was re-elected in December, has refused")
  // is embedded: after its closing comma the main clause resumes.
  let resumeTo = -1;
  for (let i = s.first; i <= s.last; i++) {
    const tok = t[i] as Token;
    const prev = t[i - 1];
    // The dateline is no part of any clause.
    if (tok.end <= ctx.doc.datelineEnd) {
      ids.set(i, -1);
      continue;
    }
    const verbal = tok.pos === 'VERB' || tok.pos === 'AUX' || (tok.pos === 'ADV' && (t[i + 1]?.pos === 'VERB' || t[i + 1]?.pos === 'AUX'));
    if (resumeTo >= 0 && prev?.text === ',' && verbal) {
      ids.set(i, resumeTo);
      clause = resumeTo;
      resumeTo = -1;
      continue;
    }
    // ", accusing Minsk of …": a participle after a comma opens a clause that shares the subject.
    const opensAfterComma = prev?.text === ',' && (CLAUSE_OPENERS.has(tok.norm) || isParticiple(t, i));
    if (opensAfterComma && RELATIVES.has(tok.norm)) resumeTo = clause;
    else if (prev?.text === ',' && resumeTo >= 0 && !opensAfterComma) resumeTo = -1;
    // "that" opens a clause unless it is a determiner ("that step").
    const next = t[i + 1];
    const thatClause = tok.norm === 'that' && !(next && (next.pos === 'NOUN' || next.pos === 'ADJ') && tok.pos === 'DET');
    // "… and demanded …", "welcomed the investment but warned …": a second verb of the same subject.
    // An adverb may stand between ("and then announced", "but later said").
    const v = t[i + 1]?.pos === 'ADV' && t[i + 2]?.pos === 'VERB' ? t[i + 2] : t[i + 1];
    const andVerb = (tok.norm === 'and' || (tok.norm === 'but' && v?.pos === 'VERB')) && (v?.pos === 'VERB' || v?.norm === 'that');
    const duringWhich = tok.norm === 'during' && t[i + 1]?.norm === 'which';
    if (HARD_BREAKS.has(tok.text) || opensAfterComma || thatClause || andVerb || duringWhich) clause++;
    ids.set(i, clause);
  }
  return ids;
}

/** The tokens of one clause of a `clauseIds` map, in token order (one pass over the map, no entry arrays). */
export function clauseTokens(clauses: Map<number, number>, clause: number): number[] {
  const out: number[] = [];
  clauses.forEach((v, k) => {
    if (v === clause) out.push(k);
  });
  return out;
}

/** Is the mention the grammatical subject of its clause: not governed by a preposition, not a modifier, before a verb. */
export function looksLikeSubject(ctx: ExtractionContext, m: Mention): boolean {
  if (m.modifier) return false;
  const prep = governingPreposition(ctx, m);
  if (prep && prep !== 'both') return false;
  const t = ctx.doc.tokens;
  for (let k = m.last + 1; k <= Math.min(m.last + 6, t.length - 1); k++) {
    const tok = t[k] as Token;
    if (tok.sentence !== m.sentence) return false;
    if (tok.pos === 'VERB' || tok.pos === 'AUX') return true;
    if (tok.text === '.' || tok.text === ';') return false;
  }
  return false;
}

/**
 * Is the mention the object of the verb right before it ("told Macron that …", "struck central Nepal early on …"),
 * not the subject of a clause that follows a verb of saying ("said France stood ready")?
 */
export function isObjectOfVerb(ctx: ExtractionContext, m: Mention): boolean {
  const t = ctx.doc.tokens;
  // Determiners, demonyms and titles may stand between ("told Greek Prime Minister Kyriakos Mitsotakis").
  let k = m.first - 1;
  while (k >= 0 && m.first - k <= 5 && ['DET', 'ADJ', 'PROPN'].includes(t[k]?.pos ?? '')) k--;
  const verb = t[k];
  // "including Hungary" introduces an example, as a preposition would.
  if (!verb || verb.pos !== 'VERB' || verb.sentence !== m.sentence || verb.norm === 'including') return false;
  const next = t[m.last + 1];
  return !next || (next.pos !== 'VERB' && next.pos !== 'AUX');
}

/** Token index ranges inside “…” or "…" quotation marks. */
export function quotedRanges(ctx: ExtractionContext): [number, number][] {
  const out: [number, number][] = [];
  const t = ctx.doc.tokens;
  let open = -1;
  for (let i = 0; i < t.length; i++) {
    const x = (t[i] as Token).text;
    if (x === '“' || (x === '"' && open < 0)) open = i;
    else if ((x === '”' || x === '"') && open >= 0) {
      out.push([open, i]);
      open = -1;
    }
  }
  return out;
}

export const inRanges = (ranges: [number, number][], i: number): boolean => {
  for (const r of ranges) if (r[0] <= i && i <= r[1]) return true;
  return false;
};

/**
 * "Sumeet Singh, a vice president at PG&E, said", "Adam Kokesh, an Iraq War veteran, activist and candidate, spoke",
 * "Mark Hay, a marine ecologist at GT, who said": a person named before an apposition that runs up to the verb is its
 * subject, not a body or place named inside the apposition.
 */
export function nameBeforeApposition(ctx: ExtractionContext, verb: number): Mention | undefined {
  const t = ctx.doc.tokens;
  let k = verb - 1;
  while (t[k]?.pos === 'ADV') k--;
  if (t[k]?.norm === 'who') k--;
  if (t[k]?.text !== ',') return undefined;
  const sentence = t[verb]!.sentence;
  for (let i = k - 1; i >= Math.max(0, k - 40) && t[i]!.sentence === sentence; i--) {
    if (t[i]!.pos === 'VERB' || t[i]!.pos === 'AUX') return undefined;
    if (t[i]!.text !== ',') continue;
    const m = mentionsEndingAt(ctx, i - 1).find((x) => x.kind === 'name' && x.refs.length === 1 && ctx.entities.get(x.refs[0]!)?.type === 'Person');
    if (m) return m;
  }
  return undefined;
}
