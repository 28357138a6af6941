import * as chrono from 'chrono-node';
import quantities from '../../data/lexicon/quantities.json' with { type: 'json' };
import { dictionary } from '../knowledge/dictionaries.js';
import type { Granularity, TimeExpression } from '../model/types.js';
import type { Token } from '../nlp/types.js';
import type { ExtractionContext, Extractor } from './types.js';

/** Words kept with a date phrase so the original wording survives ("in late June", "earlier this year"). */
const LEAD = new Set(['on', 'in', 'since', 'by', 'until', 'from', 'during', 'earlier', 'later', 'late', 'early', 'mid', 'last', 'next', 'this', 'before', 'after']);
const FUTURE = new Set(['will', "'ll", 'upcoming', 'tomorrow', 'shall']);
// These look ahead only before "to" + a verb or "for" ("due to arrive", "scheduled for Monday"), not in "due to the shooting", "set fire".
const FUTURE_BEFORE_TO = new Set(['plans', 'plan', 'planned', 'planning', 'scheduled', 'due', 'set', 'expected', 'intends', 'aims']);
const pad = (n: number, w = 2) => String(n).padStart(w, '0');
const Q = dictionary(quantities) as { words: Record<string, number> };

/**
 * Time expressions: the NLP base finds DATE spans, chrono-node resolves them against the article
 * date, and the granularity follows what the phrase actually states (a day, a month or a year).
 */
export const timeExtractor: Extractor = {
  name: 'time',
  run(ctx) {
    const ref = ctx.article.date;
    for (const e of ctx.doc.nlpEntities) {
      if (e.type === 'DURATION') {
        const r = ref ? (resolveRange(ctx, e.first, e.end, ref) ?? resolveSince(ctx, e.first, e.end, ref)) : undefined;
        if (r) ctx.times.push(r);
        continue;
      }
      if (e.type !== 'DATE') continue;
      let first = e.first;
      while (first > 0 && LEAD.has(ctx.doc.tokens[first - 1]?.norm ?? '') && ctx.doc.tokens[first - 1]?.sentence === ctx.doc.tokens[e.first]?.sentence) first--;
      const start = (ctx.doc.tokens[first] as Token).start;
      const text = ctx.doc.text.slice(start, e.end);
      const sentence = (ctx.doc.tokens[e.first] as Token).sentence;
      const t: TimeExpression = { start, end: e.end, text, sentence };
      const resolved = ref ? resolveDate(e.text, text, ref, futureContext(ctx, e.first)) : undefined;
      if (resolved) Object.assign(t, resolved);
      ctx.times.push(t);
    }
  },
};

// "from 2004 to 2009", "between July 2003 and December 2004", "2000–2009": the parts of a range.
const RANGES = [/^(from\s+)(.+?)(\s+(?:to|until|till|through)\s+)(.+)$/i, /^(between\s+)(.+?)(\s+and\s+)(.+)$/i, /^()((?:1[89]|20)\d\d)(\s*[–—-]\s*)((?:1[89]|20)\d\d)$/];

/**
 * A range that the NLP base reads as a duration: both endpoints must resolve, and the second may not come
 * before the first; anything else ("for two weeks", "from time to time") is no time of an event.
 */
function resolveRange(ctx: ExtractionContext, firstToken: number, end: number, ref: string): TimeExpression | undefined {
  const t = ctx.doc.tokens;
  let first = firstToken;
  if (t[first - 1] && ['from', 'between'].includes(t[first - 1]!.norm) && t[first - 1]!.sentence === t[firstToken]!.sentence) first--;
  const start = t[first]!.start;
  const text = ctx.doc.text.slice(start, end);
  for (const re of RANGES) {
    const m = re.exec(text);
    if (!m) continue;
    const [, lead, a, mid, b] = m as unknown as [string, string, string, string, string];
    const future = futureContext(ctx, firstToken);
    let from = resolveDate(a, a, ref, future);
    const to = resolveDate(b, b, ref, future);
    // A range ends after it starts: a start named without its year ("between April and June") that chrono put after
    // the end belongs to the year before.
    if (from && to && to.value < from.value.slice(0, to.value.length) && from.granularity !== 'gYear' && !/\b(?:1[89]|20)\d\d\b/.test(a)) from = yearBefore(from);
    if (!from || !to || to.value < from.value.slice(0, to.value.length)) return undefined;
    const aStart = start + lead.length;
    const bStart = aStart + a.length + mid.length;
    return {
      start, end, text, sentence: t[firstToken]!.sentence, value: from.value, granularity: from.granularity,
      range: { from: { start: aStart, end: aStart + a.length, text: a, ...from }, to: { start: bStart, end, text: b, ...to } },
    };
  }
  return undefined;
}

/**
 * "since 2003", "since July 24, 2003": a time that begins at a date and has no end. The phrase gets no value of
 * its own (it is not the year 2003), only its beginning, so nothing is dated 2003 by it.
 */
function resolveSince(ctx: ExtractionContext, first: number, end: number, ref: string): TimeExpression | undefined {
  const t = ctx.doc.tokens;
  if (t[first]?.norm !== 'since') return undefined;
  const start = t[first]!.start;
  const text = ctx.doc.text.slice(start, end);
  const m = /^(since\s+)(.+)$/i.exec(text);
  if (!m) return undefined;
  const core = m[2]!;
  const from = resolveDate(core, core, ref, false);
  if (!from) return undefined;
  const bStart = start + m[1]!.length;
  return { start, end, text, sentence: t[first]!.sentence, begins: { start: bStart, end, text: core, ...from } };
}

/** Does the clause around a date phrase look ahead ("will meet on Saturday", "plan to meet on Saturday")? */
function futureContext(ctx: ExtractionContext, at: number): boolean {
  const t = ctx.doc.tokens;
  const sentence = t[at]?.sentence;
  for (let i = Math.max(0, at - 12); i <= Math.min(t.length - 1, at + 3); i++) {
    const tok = t[i];
    if (!tok || tok.sentence !== sentence) continue;
    if (FUTURE.has(tok.norm) || (tok.norm === 'to' && (t[i - 1]?.norm === 'is' || t[i - 1]?.norm === 'are'))) return true;
    if (FUTURE_BEFORE_TO.has(tok.norm) && ((t[i + 1]?.norm === 'to' && t[i + 2]?.pos === 'VERB') || t[i + 1]?.norm === 'for')) return true;
  }
  return false;
}

const resolved = new Map<string, { value: string; granularity: Granularity } | undefined>();

/** Resolves a date phrase against the article date (ISO); undefined when it cannot be pinned down. */
export function resolveDate(core: string, phrase: string, refIso: string, future: boolean): { value: string; granularity: Granularity } | undefined {
  // The answer depends on these four inputs alone, and phrases repeat ("on Tuesday"): ask chrono once (bounded cache).
  const key = `${core}\u0000${phrase}\u0000${refIso}\u0000${future}`;
  if (!resolved.has(key)) {
    if (resolved.size >= 50_000) resolved.clear();
    resolved.set(key, resolveDateUncached(core, phrase, refIso, future));
  }
  const r = resolved.get(key);
  return r ? { ...r } : undefined;
}

function resolveDateUncached(core: string, phrase: string, refIso: string, future: boolean): { value: string; granularity: Granularity } | undefined {
  const year = /^(?:(?:in|by|since|until|before|after|from|around|through) |the year )?((?:1[89]|20)\d\d)$/i.exec(core.trim());
  if (year) return { value: year[1] as string, granularity: 'gYear' };
  // "mid-2024", "late 2019": the year is all the phrase pins down.
  const partYear = /\b(?:early|mid|late)[- ]((?:1[89]|20)\d\d)\b/i.exec(phrase);
  if (partYear) return { value: partYear[1] as string, granularity: 'gYear' };
  // "Seventeen years ago": chrono reads numerals, so spelled-out counts become digits first.
  const spelled = /\b([a-z]+) (years?|months?|weeks?|days?) ago\b/i.exec(phrase);
  const count = spelled ? Q.words[spelled[1]!.toLowerCase()] : undefined;
  if (spelled && count !== undefined) return resolveDateUncached(core, phrase.replace(spelled[1]!, String(count)), refIso, future);
  // "a week ago", "3 weeks ago": a count of days back is a day, unlike a week named as a whole ("last week").
  const weeksAgo = /\b(a|one|\d+) weeks? ago\b/i.exec(phrase);
  if (weeksAgo) return daysBefore(refIso, 7 * (/^\d+$/.test(weeksAgo[1]!) ? Number(weeksAgo[1]) : 1));
  const week = /\b(last|this|next|past) week\b/i.exec(phrase);
  if (week) return weekOf(refIso, week[1]!.toLowerCase());
  if (/\bweeks?\b|\bdecades?\b|\bcentur/i.test(phrase)) return undefined;
  const [y, m, d] = refIso.split('-').map(Number) as [number, number, number];
  const instant = new Date(Date.UTC(y, m - 1, d, 12));
  // Phrases relative in themselves ("next month", "last year") must not be pushed forward again.
  const relative = /\b(next|last|this|ago|past|coming)\b/i.test(phrase);
  const results = chrono.parse(phrase, { instant, timezone: 0 }, { forwardDate: future && !relative });
  const r = results[0];
  if (!r) return undefined;
  const c = r.start;
  const known = (k: 'year' | 'month' | 'day' | 'weekday') => c.isCertain(k);
  const get = (k: 'year' | 'month' | 'day') => c.get(k) as number;
  if (known('day') || known('weekday')) {
    let date = Date.UTC(get('year'), get('month') - 1, get('day'));
    const refTime = Date.UTC(y, m - 1, d);
    // A bare weekday in a report means the latest such day up to the article date, unless the sentence looks ahead.
    if (known('weekday') && !known('day')) {
      const wd = c.get('weekday') as number;
      const back = (new Date(refTime).getUTCDay() - wd + 7) % 7;
      date = future ? refTime + (((wd - new Date(refTime).getUTCDay() + 7) % 7) || 7) * 864e5 : refTime - back * 864e5;
    }
    const t = new Date(date);
    return { value: `${t.getUTCFullYear()}-${pad(t.getUTCMonth() + 1)}-${pad(t.getUTCDate())}`, granularity: 'date' };
  }
  if (known('month')) return { value: `${get('year')}-${pad(get('month'))}`, granularity: 'gYearMonth' };
  if (known('year')) return { value: String(get('year')), granularity: 'gYear' };
  return undefined;
}

/** The same month or day a year earlier. */
function yearBefore(t: { value: string; granularity: Granularity }): { value: string; granularity: Granularity } | undefined {
  if (t.value.endsWith('-02-29')) return undefined;
  return { value: `${Number(t.value.slice(0, 4)) - 1}${t.value.slice(4)}`, granularity: t.granularity };
}

/** The day `days` before the article date. */
function daysBefore(refIso: string, days: number): { value: string; granularity: Granularity } {
  const [y, m, d] = refIso.split('-').map(Number) as [number, number, number];
  const t = new Date(Date.UTC(y, m - 1, d) - days * 864e5);
  return { value: `${t.getUTCFullYear()}-${pad(t.getUTCMonth() + 1)}-${pad(t.getUTCDate())}`, granularity: 'date' };
}

/**
 * "last week": the Monday–Sunday week before the article's. A week is no XSD type, so the answer is
 * the month (or year) the whole week lies in, never a guessed day.
 */
function weekOf(refIso: string, which: string): { value: string; granularity: Granularity } {
  const [y, m, d] = refIso.split('-').map(Number) as [number, number, number];
  const ref = Date.UTC(y, m - 1, d);
  const monday = ref - ((new Date(ref).getUTCDay() + 6) % 7) * 864e5;
  const shift = which === 'next' ? 7 : which === 'this' ? 0 : -7;
  const from = new Date(monday + shift * 864e5);
  const to = new Date(monday + (shift + 6) * 864e5);
  if (from.getUTCFullYear() === to.getUTCFullYear() && from.getUTCMonth() === to.getUTCMonth()) {
    return { value: `${from.getUTCFullYear()}-${pad(from.getUTCMonth() + 1)}`, granularity: 'gYearMonth' };
  }
  return from.getUTCFullYear() === to.getUTCFullYear() ? { value: String(from.getUTCFullYear()), granularity: 'gYear' } : { value: String(to.getUTCFullYear()), granularity: 'gYear' };
}
