import type { NameHit } from '../../knowledge/knowledge.js';
import { tableEntry } from '../../knowledge/lookup.js';
import type { KbEntry } from '../../knowledge/types.js';
import type { Token } from '../../nlp/types.js';
import { docIndex } from '../doc-index.js';
import { ensureEntity } from './registry.js';
import { unlinkedPersonKey } from './resolution.js';
import type { ExtractionContext } from '../types.js';

/** Small shared pieces of entity recognition: capitalisation, spans, gazetteer and title look-ups, name runs. */

export const isCap = (t: Token | undefined): boolean => {
  if (!t) return false;
  // Called for most tokens, several times: read the first letter instead of lower-casing the word.
  // A–Z, À–Ö and Ø–Þ are capitals whose lower case differs; Latin Extended-A mixes both cases.
  const c = t.text.charCodeAt(0);
  if ((c >= 0x41 && c <= 0x5a) || (c >= 0xc0 && c <= 0xd6) || (c >= 0xd8 && c <= 0xde)) return true;
  return c >= 0x100 && c <= 0x17f && t.text !== t.text.toLowerCase();
};

export const isAcronym = (t: Token | undefined): boolean => {
  if (!t) return false;
  const c = t.text.charCodeAt(0);
  return c >= 0x41 && c <= 0x5a && /^[A-Z][A-Z.&]{1,6}$/.test(t.text);
};

export const CONNECTORS = new Set(['of', 'for', 'on', 'de', 'del', 'da', 'do', 'dos', 'das', 'al', 'al-', 'bin', 'ibn', 'von', 'van', 'der', 'den', 'la', 'le', 'du', 'el', 'y']);

export function mark(taken: Uint8Array, a: number, b: number): void {
  for (let k = a; k <= b; k++) taken[k] = 1;
}

export function span(ctx: ExtractionContext, first: number, last: number) {
  const t = ctx.doc.tokens;
  const a = t[first] as Token;
  const b = t[last] as Token;
  // Frozen: callers spread it into a mention ({ ...span(…), kind, refs }), and V8 copies a frozen
  // object and adds properties about ten times faster than an ordinary one.
  return Object.freeze({ start: a.start, end: b.end, first, last, sentence: a.sentence });
}

/** Unambiguous gazetteer hit at i, capitalised as a name must be. */
export function nameAt(ctx: ExtractionContext, norms: string[], i: number, last: number): { length: number; hit: NameHit } | undefined {
  const tok = ctx.doc.tokens[i];
  const t = ctx.doc.tokens;
  // "al Shabaab": a lower-case particle may open a known name when a capitalised word follows.
  // (Checked only for tokens that are not capitalised: this runs for every token.)
  if (!isCap(tok) && !isAcronym(tok) && !(tok && isCap(t[i + 1]) && ctx.kb.data.cues.nameParticles.includes(tok.text))) return undefined;
  // Most capitalised words start no gazetteer name: nothing to filter (and no closures to allocate).
  if (!ctx.kb.names.starts(norms[i])) return undefined;
  return bestNameAt(ctx, norms, i, last);
}

/** A capitalised "The" right before token i, not opening its sentence, a line, a quotation or a parenthesis. */
function titleThe(text: string, t: Token[], i: number): boolean {
  const the = t[i - 1];
  const before = t[i - 2];
  return the?.text === 'The' && !!before && before.sentence === the.sentence && !/^["“‘'([:—–-]$/.test(before.text) && !text.slice(before.end, the.start).includes('\n');
}

function bestNameAt(ctx: ExtractionContext, norms: string[], i: number, last: number): { length: number; hit: NameHit } | undefined {
  const found = longestHitsAt(ctx, norms, i, last);
  if (!found) return undefined;
  const { length, same } = found;
  const ids = new Set(same.map((h) => h.value.entry.id));
  if (ids.size > 1) return undefined; // ambiguous name: leave it rather than guess
  const named = same.find((h) => h.value.kind === 'name');
  return { length, hit: named?.value ?? (same[0] as { value: NameHit }).value };
}

/** The gazetteer hits at i that may stand there, of the longest length: more than one entry when the name is ambiguous ("Congo"). */
export function longestHitsAt(ctx: ExtractionContext, norms: string[], i: number, last: number): { length: number; same: { length: number; value: NameHit }[] } | undefined {
  const t = ctx.doc.tokens;
  // "told The Atlantic", "The Jakarta Post": a capitalised "The" inside a sentence opens a title, not the ocean or the city.
  const titled = titleThe(ctx.doc.text, t, i);
  const hits = ctx.kb.names
    .matchAt(norms, i)
    .filter((h) => i + h.length - 1 <= last && (!h.value.needsThe || norms[i - 1] === 'the') && (!titled || h.value.capitalThe))
    .filter((h) => !h.value.upper || t.slice(i, i + h.length).every((x) => x.text === x.text.toUpperCase()))
    .filter((h) => !h.value.surname || surnameSupported(ctx, h.value.entry, i))
    .filter((h) => !h.value.domestic || domesticSupported(ctx, h.value.entry, i));
  const best = hits[0];
  if (!best) return undefined;
  return { length: best.length, same: hits.filter((h) => h.length === best.length) };
}

export function titleAt(ctx: ExtractionContext, norms: string[], i: number, last: number): { length: number; role: string } | undefined {
  // Called for every token: a loop, where `find` would allocate a closure each time.
  for (const h of ctx.kb.titles.matchAt(norms, i)) if (i + h.length - 1 <= last) return { length: h.length, role: h.value.role };
  return undefined;
}

export function titleAtToken(ctx: ExtractionContext, i: number): boolean {
  const { norms } = docIndex(ctx.doc);
  for (let k = Math.max(0, i - 2); k <= i; k++) {
    const h = ctx.kb.titles.matchAt(norms, k)[0];
    if (h && k + h.length - 1 === i) return true;
  }
  return false;
}

/** A person the gazetteer does not know; a later "Surname" alone refers back to the full name. */
export function personFromText(ctx: ExtractionContext, label: string) {
  for (const e of ctx.entities.values()) {
    if (e.type === 'Person' && !e.wikidata && (e.label === label || e.label.endsWith(` ${label}`))) return e;
  }
  // One-word names are scoped to the article (see resolution.ts): two unlinked "Ahmed"s stay apart.
  return ensureEntity(ctx, { key: unlinkedPersonKey(ctx.article.id, label), label, type: 'Person' });
}

/** Length of a run of capitalised, non-function words starting at i (with "of"/"al-" inside). */
export function capRun(ctx: ExtractionContext, i: number, last: number): number {
  const t = ctx.doc.tokens;
  let k = i;
  while (k <= last) {
    const tok = t[k] as Token;
    if ((isCap(tok) || isAcronym(tok)) && !ctx.kb.notNames.has(tok.norm) && tok.pos !== 'PUNCT') {
      k++;
      continue;
    }
    // Letters glued to the previous word are its rest, split off by the tokenizer ("Erdo" + "ğan").
    if (k > i && tok.start === (t[k - 1] as Token).end && /^\p{L}+$/u.test(tok.text)) {
      k++;
      continue;
    }
    // "Suleiman al-Amr": a particle joined by a hyphen.
    if (k > i && CONNECTORS.has(tok.norm) && t[k + 1]?.text === '-' && isCap(t[k + 2]) && k + 2 <= last) {
      k += 2;
      continue;
    }
    if (k > i && CONNECTORS.has(tok.norm) && isCap(t[k + 1]) && k + 1 <= last) {
      k++;
      continue;
    }
    // "Singapore Maritime Officers' Union": a plural possessive inside the name.
    if (k > i && tok.text === "'" && tok.start === (t[k - 1] as Token).end && /s$/.test((t[k - 1] as Token).text) && isCap(t[k + 1]) && !ctx.kb.notNames.has((t[k + 1] as Token).norm) && k + 1 <= last) {
      k++;
      continue;
    }
    if (k > i && tok.text === '-' && isCap(t[k + 1])) {
      k++;
      continue;
    }
    // "Tigray People's Liberation Front": a common noun's possessive inside a name ("Kenya's" ends one).
    // (Not after "of": in "Eunice Yung of New People's Party" the run already joins a person to a party.)
    // (UD tags "People" there a plural proper noun, NNPS; a singular one, "Kenya's", still ends the run.)
    if (k > i && tok.norm === "'s" && ((t[k - 1] as Token).pos === 'NOUN' || (t[k - 1] as Token).xpos === 'NNPS') && isCap(t[k + 1]) && k + 1 <= last && !t.slice(i, k).some((x) => CONNECTORS.has(x.norm))) {
      k++;
      continue;
    }
    const n = orgHeadLink(ctx, k, i, last);
    if (n > 0) {
      k += n;
      continue;
    }
    break;
  }
  while (k > i && CONNECTORS.has((t[k - 1] as Token).norm)) k--;
  return k - i;
}

/**
 * "Committee to Protect Journalists", "Headquarters for the Treatment of …": words that carry a name on
 * after an organisation's head word; how many, or 0. Not before a known name: "Court of Justice of the
 * Economic Community …" stays two names when the second is known.
 */
function orgHeadLink(ctx: ExtractionContext, k: number, i: number, last: number): number {
  const t = ctx.doc.tokens;
  const tok = t[k] as Token;
  if (k === i || (tok.norm !== 'to' && tok.norm !== 'for' && tok.norm !== 'of') || !tableEntry(ctx.kb.data.cues.orgHeads, (t[k - 1] as Token).norm)) return 0;
  // "to" and a verb only: "sent the Army to Goma" names no army of Goma.
  if (tok.norm === 'to') return k + 1 <= last && isCap(t[k + 1]) && t[k + 1]?.pos === 'VERB' ? 1 : 0;
  return k + 2 <= last && t[k + 1]?.norm === 'the' && isCap(t[k + 2]) && !ctx.kb.names.starts((t[k + 2] as Token).norm) ? 2 : 0;
}

export const norms = (ctx: ExtractionContext) => docIndex(ctx.doc).norms;

/**
 * A bare surname ("Johnson") names a famous person only with support: the full name earlier in the
 * article, a title just before it, or an office the person held around the article date.
 */
/**
 * "Congress" is the US Congress after "the US Congress", or in a story the dateline (or else the lead
 * sentence's only country) sets in the United States; in a story from Santiago it is Chile's, and stays unlinked.
 */
function domesticSupported(ctx: ExtractionContext, e: KbEntry, i: number): boolean {
  if (ctx.mentions.some((m) => m.refs.includes(e.id) && m.last > m.first)) return true;
  if (!e.country) return false;
  const end = ctx.doc.datelineEnd;
  const lead = ctx.doc.tokens[0]?.sentence ?? 0;
  const countries = new Set<string>();
  for (const m of ctx.mentions) {
    if (m.first >= i || m.refs.length !== 1 || (end > 0 ? m.end > end : m.sentence !== lead)) continue;
    const x = ctx.entities.get(m.refs[0] as string);
    const c = x?.type === 'Country' ? x.key : x?.country;
    if (c) countries.add(c);
  }
  return countries.size === 1 && countries.has(e.country);
}

export function surnameSupported(ctx: ExtractionContext, e: KbEntry, i: number): boolean {
  if (ctx.mentions.some((m) => m.refs.includes(e.id) && m.kind === 'name' && m.last > m.first)) return true;
  const prev = ctx.doc.tokens[i - 1];
  if (prev && (ctx.kb.honorifics.has(prev.norm) || titleAtToken(ctx, i - 1))) return true;
  const date = ctx.article.date;
  if (!date) return false;
  const year = Number(date.slice(0, 4));
  return (e.offices ?? []).some((o) => (!o.from || Number(o.from.slice(0, 4)) <= year) && (!o.to || Number(o.to.slice(0, 4)) >= year - 1));
}
