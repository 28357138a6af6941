import phoenix from '../../../data/lexicon/generated/phoenix-agents.json' with { type: 'json' };
import { plural } from '../../knowledge/phoenix-agents.js';
import type { AgentEntry } from '../../knowledge/phoenix-agents.js';
import { sentenceMentions } from '../doc-index.js';
import { governmentOf } from '../entities/registry.js';
import { SYN } from './lexicon.js';
import type { ExtractionContext } from '../types.js';
import { childrenOf, withConjuncts } from './clause-tree.js';

/**
 * Unnamed actors who act for a side: "Russian officials", "the Ambassador of Morocco", "Ukraine's negotiators". The
 * agent phrases and their sectors are PETRARCH2's (Phoenix.agents.txt, converted by `npm run agents:convert`), plus the
 * project's sideNouns (data/lexicon/event-syntax.json) for words it lacks ("officials", "leaders"). As PETRARCH's sector
 * codes do, a state sector's people stand for the country or organisation that qualifies them, and a country's officials
 * for its government.
 */

/** Sectors whose people act for their state or organisation: government, military, police, courts, legislature, intelligence. */
const STATE_SECTORS = new Set(['GOV', 'MIL', 'COP', 'JUD', 'LEG', 'SPY']);
const QUALIFIERS = new Set(['amod', 'compound', 'nmod:poss', 'nmod']);
const SIDE_TYPES = new Set(['Country', 'Organization', 'GovernmentOrganization', 'PoliticalParty', 'MilitaryOrganization']);

let byLastWord: Map<string, { words: string[]; sector: string }[]> | undefined;
function index() {
  if (byLastWord) return byLastWord;
  byLastWord = new Map();
  const add = (phrase: string, code: string) => {
    const words = phrase.split(' ');
    const last = words[words.length - 1]!;
    const list = byLastWord!.get(last) ?? [];
    list.push({ words, sector: code.replace('~', '').slice(0, 3) });
    byLastWord!.set(last, list);
  };
  for (const a of (phoenix as { agents: AgentEntry[] }).agents) add(a.phrase, a.code);
  for (const w of SYN.sideNouns) for (const form of new Set([w, plural(w.toUpperCase()).toLowerCase()])) add(form, '~GOV');
  // Longest phrase first: "police officers" before "officers".
  for (const list of byLastWord.values()) list.sort((a, b) => b.words.length - a.words.length);
  return byLastWord;
}

/** The sector of the agent phrase that ends at token `head` ("foreign minister" → GOV), if any. */
export function agentSector(ctx: ExtractionContext, head: number): string | undefined {
  const t = ctx.doc.tokens;
  for (const e of index().get(t[head]!.norm) ?? []) {
    const n = e.words.length;
    if (e.words.every((w, k) => t[head - n + 1 + k]?.norm === w && t[head - n + 1 + k]!.sentence === t[head]!.sentence)) return e.sector;
  }
  return undefined;
}

/** The side a state agent at `head` acts for: the country or organisation that qualifies it. */
export function genericActorSide(ctx: ExtractionContext, head: number): string[] {
  const sector = agentSector(ctx, head);
  if (!sector || !STATE_SECTORS.has(sector)) return [];
  const t = ctx.doc.tokens;
  const ch = childrenOf(t);
  for (const q of ch[head]!) {
    if (!QUALIFIERS.has(t[q]!.deprel)) continue;
    // Every conjunct qualifies: "the delegations of Cyprus, Greece and Israel".
    const sides: string[] = [];
    for (const c of withConjuncts(t, ch, q)) {
      const m = sentenceMentions(ctx, t[head]!.sentence).find((x) => x.first <= c && c <= x.last && x.refs.length > 0);
      // "ethnic Armenian forces" describe, they do not represent.
      if (!m || t[m.first - 1]?.pos === 'ADJ' || !m.refs.every((k) => SIDE_TYPES.has(ctx.entities.get(k)?.type ?? ''))) break;
      // Officials of a country act for its government ("Russian officials accused …": Russia's government).
      const refs = sector === 'GOV' ? m.refs.map((k) => (ctx.entities.get(k)?.type === 'Country' ? (governmentOf(ctx, k)?.key ?? k) : k)) : m.refs;
      sides.push(...refs.filter((k) => !sides.includes(k)));
    }
    if (sides.length) return sides;
  }
  return [];
}
