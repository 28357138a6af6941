import type { EntityType } from '../../knowledge/types.js';
import { tableEntry } from '../../knowledge/lookup.js';
import { slugify } from '../../nlp/fold.js';
import type { Mention } from '../../model/types.js';
import type { Token } from '../../nlp/types.js';
import { isCap, mark, span } from './helpers.js';
import { addMention, ensureEntity } from './registry.js';
import type { ExtractionContext } from '../types.js';

/**
 * "protesters", "Serb protesters", "M23 rebels", "ethnic Armenian forces": collective actors named by a
 * common noun (data/lexicon/entity-cues.json: collectives, weakCollectives, memberNouns, ethnicMarkers).
 * With a demonym they are that country's (one node everywhere); after a body's name they are that body
 * or its contingent; after "ethnic" and a demonym they are a community, not the state; bare, they are
 * scoped to the article, since two articles' "gunmen" are not known to be the same people.
 */
export function matchCollective(ctx: ExtractionContext, i: number, taken: Uint8Array): number {
  const tok = ctx.doc.tokens[i];
  // Sentence-initial "Gunmen" may be tagged a proper noun.
  if (!tok || taken[i] || (tok.pos !== 'NOUN' && !(tok.pos === 'PROPN' && isCap(tok)))) return 0;
  const cues = ctx.kb.data.cues;
  const type = tableEntry(cues.collectives, tok.norm) ?? tableEntry(cues.weakCollectives, tok.norm);
  // "the ethnic Albanian mayors": any plural noun after "ethnic" and a demonym is a community.
  if (!type) return tok.pos === 'NOUN' && /s$/.test(tok.norm) && ethnicDemonym(ctx, i) ? collectiveAt(ctx, i, taken, tok, 'Group') : 0;
  return collectiveAt(ctx, i, taken, tok, type);
}

/** The demonym mention right before token i, when "ethnic" (or the like) opens it. */
function ethnicDemonym(ctx: ExtractionContext, i: number): Mention | undefined {
  const d = ctx.mentions.find((m) => m.last === i - 1 && m.kind === 'demonym');
  return d && ctx.kb.data.cues.ethnicMarkers.includes(ctx.doc.tokens[d.first - 1]?.norm ?? '') ? d : undefined;
}

function collectiveAt(ctx: ExtractionContext, i: number, taken: Uint8Array, tok: Token, type: EntityType): number {
  const cues = ctx.kb.data.cues;
  const before = ctx.mentions.find((m) => m.last === i - 1 && m.refs.length === 1 && (m.kind === 'demonym' || m.kind === 'name'));
  const demonym = before?.kind === 'demonym' ? before : undefined;
  const ethnic = demonym && ethnicDemonym(ctx, i);
  const owner = before?.kind === 'name' ? ctx.entities.get(before.refs[0] as string) : undefined;
  const body = owner && (owner.type === 'Organization' || owner.type === 'ArmedForces') ? owner : undefined;
  // "Serb protesters", and a country's name used the same way ("Kenya police officers").
  const country = ctx.kb.entries.get(demonym ? (demonym.refs[0] as string) : owner?.type === 'Country' ? owner.key : '');
  const weak = tableEntry(cues.weakCollectives, tok.norm) !== undefined;
  // "residents", "workers": only a qualified group is an actor worth a node; bare, they are bystanders or sources.
  if (weak && !country && !body) return 0;
  const noun = tok.text.toLowerCase();
  let e;
  if (ethnic && country) {
    const label = `ethnic ${ctx.doc.text.slice(ethnic.start, ethnic.end)} ${noun}`;
    e = ensureEntity(ctx, { key: slugify(label), label, type });
  } else if (country) {
    e = ensureEntity(ctx, { key: `${country.id}-${tok.norm}`, label: `${country.demonyms?.[0] ?? country.label} ${noun}`, type, country: country.id });
  } else if (body && cues.memberNouns.includes(tok.norm)) {
    // "M23 rebels", "TPLF fighters": the group's own members are the group.
    e = body;
  } else if (body) {
    // "UN peacekeepers", "NATO peacekeepers": a body's contingent is its own actor.
    e = ensureEntity(ctx, { key: `${body.key}-${tok.norm}`, label: `${ctx.doc.text.slice(before!.start, before!.end)} ${noun}`, type });
  } else {
    // "the protesters" after "Serb protesters": the group named before.
    e = definite(ctx, i, tok) ?? ensureEntity(ctx, { key: `${slugify(ctx.article.id)}-${tok.norm}`, label: noun, type });
  }
  if (before && (country || body)) before.modifier = true;
  // "Syrian mercenaries": the demonym gives the group's nationality (its country field); the state itself does nothing here.
  if (demonym && country && !ethnic) demonym.refs = [];
  // The mention is the whole noun phrase, as mentions are annotated ("two Indonesian fishermen", "the ethnic Albanian mayors").
  const head = country || body ? (ethnic ? ethnic.first - 1 : (before as Mention).first) : i;
  addMention(ctx, { ...span(ctx, leftEdge(ctx, head), i), kind: 'nominal', refs: [e.key], plural: true });
  mark(taken, i, i);
  return 1;
}

const MODIFIERS = new Set(['ADJ', 'NUM', 'NOUN', 'PROPN']);

/**
 * Where the noun phrase ending in a collective starts: its determiner, numbers, adjectives and noun
 * modifiers ("the two", "a large", "Fruit exporters", "Iranian-supported militias"), not a name.
 */
function leftEdge(ctx: ExtractionContext, first: number): number {
  const t = ctx.doc.tokens;
  const s = t[first]?.sentence ?? -1;
  const sentenceFirst = ctx.doc.sentences[s]?.first ?? 0;
  const glued = (a: number) => !!t[a] && !!t[a + 1] && (t[a] as Token).end === (t[a + 1] as Token).start;
  const named = (k: number) => ctx.mentions.some((m) => m.first <= k && k <= m.last);
  let k = first;
  while (k > sentenceFirst) {
    const p = t[k - 1] as Token;
    // A hyphenated compound modifies as one word, whatever its parts ("Iranian-supported", "rebel-held").
    if (k - 3 >= sentenceFirst && t[k - 2]?.text === '-' && glued(k - 3) && glued(k - 2)) {
      k -= 3;
      continue;
    }
    // Capitalised words are names unless they open the sentence or are known not to be ("Islamist").
    const cap = isCap(p) && k - 1 !== sentenceFirst && !ctx.kb.notNames.has(p.norm);
    if (!MODIFIERS.has(p.pos) || cap || named(k - 1)) break;
    k--;
  }
  if (k > sentenceFirst && t[k - 1]?.pos === 'DET') k--;
  return k;
}

/** "the rebels": the group last named with the same noun and a qualifier ("M23 rebels", "Serb protesters"). */
function definite(ctx: ExtractionContext, i: number, tok: Token): ReturnType<typeof ensureEntity> | undefined {
  if (ctx.doc.tokens[i - 1]?.norm !== 'the') return undefined;
  for (let k = ctx.mentions.length - 1; k >= 0; k--) {
    const m = ctx.mentions[k] as Mention;
    if (m.kind !== 'nominal' || m.last >= i || m.last === m.first || ctx.doc.tokens[m.last]?.norm !== tok.norm || m.refs.length !== 1) continue;
    const e = ctx.entities.get(m.refs[0] as string);
    if (e) return e;
  }
  return undefined;
}

/** "ethnic Albanian": the demonym names a community, not the country (run once all mentions are found). */
export function ethnicDemonyms(ctx: ExtractionContext): void {
  for (const m of ctx.mentions) if (m.kind === 'demonym' && ctx.kb.data.cues.ethnicMarkers.includes(ctx.doc.tokens[m.first - 1]?.norm ?? '')) m.refs = [];
}
