import quantitiesData from '../../data/lexicon/quantities.json' with { type: 'json' };
import { dictionary } from '../knowledge/dictionaries.js';
import { tableEntry } from '../knowledge/lookup.js';
import type { Quantity } from '../model/types.js';
import type { Token } from '../nlp/types.js';
import type { Extractor } from './types.js';

// Looked up by words of the text, so without a prototype ("constructor" is no amount).
const Q = dictionary(quantitiesData) as unknown as {
  approximations: Record<string, string>;
  vague: Record<string, number>;
  multipliers: Record<string, number>;
  words: Record<string, number>;
  currencies: Record<string, string>;
  ellipsis: string[];
};
const UNIT_POS = new Set(['NOUN', 'ADJ', 'PROPN', 'VERB']);
const APPROXIMATIONS = Object.entries(Q.approximations).sort((a, b) => b[0].length - a[0].length);
const CURRENCIES = Object.entries(Q.currencies);

/** Parses "around 6,000", "$2.5 billion", "nearly 3,000": value, approximation and currency. */
export function parseAmount(text: string): { value: number; approximation?: string; currency?: string } | undefined {
  let s = text.toLowerCase().trim();
  let approximation: string | undefined;
  for (const [k, v] of APPROXIMATIONS) {
    if (s.startsWith(`${k} `)) {
      approximation = v;
      s = s.slice(k.length + 1);
      break;
    }
  }
  let currency: string | undefined;
  for (const [sym, code] of CURRENCIES) {
    if (s.startsWith(sym) && !/^[a-z]/.test(sym)) {
      currency = code;
      s = s.slice(sym.length).trim();
    } else if (s.endsWith(` ${sym}`)) {
      currency = code;
      s = s.slice(0, -sym.length - 1).trim();
    }
  }
  if (Q.vague[s] !== undefined) return { value: Q.vague[s] as number, approximation: approximation ?? 'vague', ...(currency ? { currency } : {}) };
  const m = /^([\d,.]+)\s*([a-z]+)?$/.exec(s);
  let value: number | undefined;
  if (m) {
    value = Number((m[1] as string).replace(/,/g, ''));
    const mult = m[2] ? Q.multipliers[m[2]] : 1;
    if (mult === undefined) return undefined;
    value *= mult;
  } else if (Q.words[s] !== undefined) value = Q.words[s];
  if (value === undefined || !Number.isFinite(value)) return undefined;
  return { value, ...(approximation ? { approximation } : {}), ...(currency ? { currency } : {}) };
}

/** Quantities from the NLP base's CARDINAL and MONEY spans plus vague amounts ("dozens"), with what they count. */
export const quantityExtractor: Extractor = {
  name: 'quantities',
  run(ctx) {
    const { tokens } = ctx.doc;
    const spans = ctx.doc.nlpEntities.filter((e) => e.type === 'CARDINAL' || e.type === 'MONEY').map((e) => ({ first: e.first, last: e.last }));
    tokens.forEach((t, i) => {
      if (tableEntry(Q.vague, t.norm) !== undefined && tokens[i + 1]?.norm === 'of' && !spans.some((s) => s.first <= i && i <= s.last)) spans.push({ first: i, last: i });
    });
    spans.sort((a, b) => a.first - b.first);
    for (const { first: f0, last } of spans) {
      let first = f0;
      // Pull a preceding approximation word into the span ("at least 34").
      for (const w of [2, 1]) {
        const phrase = tokens.slice(first - w, first).map((t) => t.norm).join(' ');
        if (first - w >= 0 && Q.approximations[phrase] && tokens[first - w]?.sentence === tokens[first]?.sentence) {
          first -= w;
          break;
        }
      }
      const a = tokens[first] as Token;
      const b = tokens[last] as Token;
      const text = ctx.doc.text.slice(a.start, b.end);
      const amount = parseAmount(text);
      if (!amount) continue;
      const next = tokens[last + 1];
      // "the 2009 release", "2020 presidential candidate": a year that modifies a noun is a date, not an amount.
      if (!amount.approximation && !amount.currency && /^(?:1[89]|20)\d\d$/.test(text) && next && next.sentence === a.sentence && ['NOUN', 'ADJ', 'PROPN'].includes(next.pos) && next.norm === next.lemma) continue;
      // "the two countries": a count inside a referring expression, not a quantity.
      if (next && ctx.kb.data.referring.plural[next.norm] && tokens[first - 1]?.norm === 'the') continue;
      const q: Quantity = { start: a.start, end: b.end, text, sentence: a.sentence, ...amount };
      const unit = unitAfter(tokens, last, a.sentence);
      if (unit) q.unit = ctx.doc.text.slice(unit.start, unit.end);
      else if (next && Q.ellipsis.includes(next.norm)) {
        const prev = [...ctx.quantities].reverse().find((p) => p.sentence === a.sentence && p.unit);
        if (prev?.unit) q.unit = prev.unit;
      }
      ctx.quantities.push(q);
    }
  },
};

/** The noun phrase a number counts: adjectives and nouns right after it ("deceased Ukrainian soldiers"). */
function unitAfter(tokens: Token[], last: number, sentence: number): { start: number; end: number } | undefined {
  let k = last + 1;
  if (tokens[k]?.norm === 'of') k++;
  const from = k;
  while (k < tokens.length && tokens[k]?.sentence === sentence && UNIT_POS.has(tokens[k]?.pos ?? '') && !(tokens[k]?.pos === 'VERB' && !/ed$/.test(tokens[k]?.norm ?? ''))) {
    // The noun phrase ends at its head noun; a plural head ends it before a name ("three former presidents Jimmy Carter, …").
    if (tokens[k]?.pos === 'NOUN' && ((tokens[k + 1]?.pos !== 'NOUN' && tokens[k + 1]?.pos !== 'PROPN') || (tokens[k + 1]?.pos === 'PROPN' && /s$/.test(tokens[k]!.norm)))) {
      k++;
      break;
    }
    k++;
  }
  if (k === from) return undefined;
  const lastTok = tokens[k - 1] as Token;
  if (lastTok.pos !== 'NOUN' && lastTok.pos !== 'PROPN') return undefined;
  // "four Trump", "36 Quai des Orfèvres": a singular name is no unit ("231 Democrats" is).
  if (lastTok.pos === 'PROPN' && !/s$/.test(lastTok.norm)) return undefined;
  return { start: (tokens[from] as Token).start, end: lastTok.end };
}
