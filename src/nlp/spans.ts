import lexicon from '../../data/lexicon/time-words.json' with { type: 'json' };
import quantities from '../../data/lexicon/quantities.json' with { type: 'json' };
import type { NlpEntity, Sentence, Token } from './types.js';

/**
 * Date, duration, time, money, percentage, cardinal and ordinal spans over the document's own words (their
 * tags and norms), so the document has one tokenisation. Dates are read by a small grammar of English date
 * phrases ("last Friday", "late June 2024", "three years ago", "the 1990s", "since 2015", "from 2004 to 2009");
 * the time extractor then resolves each phrase against the article date.
 */

const set = (xs: readonly string[]) => new Set(xs);
const L = {
  weekdays: set(lexicon.weekdays),
  months: set(lexicon.months),
  deictic: set(lexicon.deictic),
  units: set(lexicon.units),
  seasons: set(lexicon.seasons),
  determiners: set(lexicon.determiners),
  offsets: set(lexicon.offsets),
  parts: set(lexicon.parts),
  partPhrases: lexicon.partPhrases.map((p) => p.split(' ')),
  holidays: lexicon.holidays.map((p) => p.split(' ')),
  decadeWords: set(lexicon.decadeWords),
  rangeStarts: set(lexicon.rangeStarts),
  rangeJoins: set(lexicon.rangeJoins),
  openRanges: set(lexicon.openRanges),
  counts: set(lexicon.counts),
  times: set(lexicon.times),
  ordinals: set(lexicon.ordinals),
  percent: lexicon.percent.map((p) => p.split(' ')),
  numberWords: set(Object.keys(quantities.words)),
  multipliers: set(Object.keys(quantities.multipliers)),
  vague: set(Object.keys(quantities.vague).filter((v) => !v.includes(' '))),
  currencies: set(Object.keys(quantities.currencies)),
};

const YEAR = /^(?:1[5-9]|20|21)\d\d$/;
const DECADE = /^(?:(?:1\d|20)\d0s|'\d0s)$/;
const DAY = /^(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?$/;
const CLOCK = /^\d{1,2}[:.]\d\d$/;
const ORDINAL = /^\d+(?:st|nd|rd|th)$/;
const DASH = /^[-–—]$/;

/** Reads the spans of one document: every sentence is scanned left to right, the longest phrase first. */
export function timeAndNumberSpans(text: string, tokens: readonly Token[], sentences: readonly Sentence[]): NlpEntity[] {
  const out: NlpEntity[] = [];
  for (const s of sentences) {
    const r = new Reader(tokens, s.first, s.last);
    let i = s.first;
    while (i <= s.last) {
      const found = r.duration(i) ?? r.date(i) ?? r.clock(i) ?? r.money(i) ?? r.percent(i) ?? r.cardinal(i) ?? r.ordinal(i);
      if (!found) {
        i++;
        continue;
      }
      const [type, end] = found;
      const first = tokens[i] as Token;
      const last = tokens[end - 1] as Token;
      out.push({ type, first: i, last: end - 1, start: first.start, end: last.end, text: text.slice(first.start, last.end) });
      i = end;
    }
  }
  return out;
}

type Found = [string, number] | undefined;

class Reader {
  constructor(
    private readonly t: readonly Token[],
    private readonly first: number,
    private readonly last: number,
  ) {}

  private norm(i: number): string {
    return i >= this.first && i <= this.last ? (this.t[i] as Token).norm : '';
  }

  private capitalised(i: number): boolean {
    const tok = this.t[i];
    return !!tok && /^[A-Z]/.test(tok.text);
  }

  private phrase(i: number, phrases: readonly string[][]): number {
    let best = -1;
    for (const p of phrases) if (p.every((w, k) => this.norm(i + k) === w) && p.length > best) best = p.length;
    return best > 0 ? i + best : -1;
  }

  private isNumber(i: number): boolean {
    const tok = this.t[i];
    if (!tok || i > this.last) return false;
    return (tok.xpos === 'CD' && /\d/.test(tok.norm)) || L.numberWords.has(tok.norm) || L.multipliers.has(tok.norm) || (tok.xpos === 'CD' && /^[a-z]+$/.test(tok.norm));
  }

  /** A year, not a count: "in 2019", "the 2020 election", but not "2000 people". */
  private year(i: number): boolean {
    return YEAR.test(this.norm(i)) && this.t[i]?.xpos === 'CD' && this.t[i + 1]?.xpos !== 'NNS';
  }

  private month(i: number): boolean {
    // A month name is a proper noun ("may" and "march" in lower case are verbs), and not a surname ("Theresa May").
    return L.months.has(this.norm(i)) && this.capitalised(i) && !(this.t[i - 1]?.pos === 'PROPN' && this.capitalised(i - 1) && !L.weekdays.has(this.norm(i - 1)));
  }

  /** End of a number run from i ("two hundred and fifty", "3.5 million"), or -1. */
  private numberRun(i: number): number {
    if (!this.isNumber(i)) return -1;
    let k = i + 1;
    for (;;) {
      if (this.isNumber(k)) k++;
      else if ((this.norm(k) === 'and' || DASH.test(this.norm(k))) && L.numberWords.has(this.norm(k - 1)) && this.isNumber(k + 1)) k += 2;
      else return k;
    }
  }

  /** A date phrase from i, as its end (exclusive), or undefined. */
  date(i: number): Found {
    // "late June", "mid-August" (the tokenizer splits the hyphen off), "the end of July".
    const part = L.parts.has(this.norm(i)) ? (DASH.test(this.norm(i + 1)) ? i + 2 : i + 1) : this.phrase(i, L.partPhrases);
    if (part > 0) {
      const core = this.core(part, true);
      if (core > 0) return ['DATE', core];
    }
    const core = this.core(i, false);
    return core > 0 ? ['DATE', core] : undefined;
  }

  private core(j: number, afterPart: boolean): number {
    const n = this.norm(j);
    if (L.weekdays.has(n) && this.capitalised(j) && n.length > 3) {
      const after = this.norm(j + 1) === ',' ? j + 2 : j + 1;
      const md = this.month(after) ? this.monthDate(after) : -1;
      return md > 0 ? md : j + 1;
    }
    if (L.deictic.has(n)) return j + 1;
    if (this.month(j)) return this.monthDate(j);
    if (DAY.test(n) && this.month(j + 1)) return this.year(j + 2) ? j + 3 : j + 2;
    if (this.year(j) || DECADE.test(n) || L.decadeWords.has(n)) return j + 1;
    if ((ORDINAL.test(n) || L.ordinals.has(n)) && (this.norm(j + 1) === 'century' || this.norm(j + 1) === 'millennium')) return j + 2;
    if (L.determiners.has(n)) {
      // "earlier this year", "later that month"
      const k = L.determiners.has(this.norm(j + 1)) ? j + 1 : j;
      const m = this.norm(k + 1);
      if (L.units.has(m) || L.seasons.has(m) || m === 'fall' || (L.weekdays.has(m) && this.capitalised(k + 1)) || this.month(k + 1)) return k + 2;
      return -1;
    }
    if (this.isNumber(j) || L.counts.has(n)) {
      // "three years ago", "a few days later", "some months earlier"
      let k = this.isNumber(j) ? this.numberRun(j) : j + 1;
      if (L.counts.has(this.norm(k))) k++;
      if (L.units.has(this.norm(k)) && L.offsets.has(this.norm(k + 1)) && this.norm(k + 1) !== 'since') return k + 2;
      return -1;
    }
    const holiday = this.phrase(j, L.holidays);
    // "Easter", but not "Easter Island".
    if (holiday > 0 && this.capitalised(j) && !this.capitalised(holiday)) return holiday;
    // A season is a date only when something marks it as one: "late summer", "in winter".
    if (L.seasons.has(n) && (afterPart || this.norm(j - 1) === 'in')) return j + 1;
    return -1;
  }

  /** "June", "June 12", "June 12, 2024", "June 2024". */
  private monthDate(j: number): number {
    let k = j + 1;
    if (DAY.test(this.norm(k))) k++;
    if (this.norm(k) === ',' && this.year(k + 1)) return k + 2;
    return this.year(k) ? k + 1 : k;
  }

  /** "since 2015", "from 2004 to 2009", "between July 2003 and December 2004", "2000–2009", "two years". */
  duration(i: number): Found {
    const n = this.norm(i);
    if (L.openRanges.has(n)) {
      const d = this.date(i + 1);
      if (d) return ['DURATION', d[1]];
    }
    const from = L.rangeStarts.has(n) ? i + 1 : i;
    const a = this.date(from);
    if (a && (L.rangeJoins.has(this.norm(a[1])) || DASH.test(this.norm(a[1])))) {
      // "and" joins two dates only after "between"; a bare "June and July" is two dates.
      const join = this.norm(a[1]);
      if (join !== 'and' || n === 'between') {
        const b = this.date(a[1] + 1);
        if (b && (from > i || DASH.test(join) || join !== 'and')) return ['DURATION', b[1]];
      }
    }
    const run = this.numberRun(i);
    if (run > 0 && L.units.has(this.norm(run)) && !L.offsets.has(this.norm(run + 1)) && !this.year(i)) return ['DURATION', run + 1];
    return undefined;
  }

  clock(i: number): Found {
    if (CLOCK.test(this.norm(i))) return ['TIME', L.times.has(this.norm(i + 1)) ? i + 2 : i + 1];
    if (this.isNumber(i) && L.times.has(this.norm(i + 1)) && this.norm(i + 1) !== 'am') return ['TIME', i + 2];
    if (this.norm(i) === 'noon' || this.norm(i) === 'midnight') return ['TIME', i + 1];
    return undefined;
  }

  /** "$5 million", "US$80 million", "1,000 euros", "six million US dollars". */
  money(i: number): Found {
    let k = i;
    if (this.norm(k) === 'us' && this.norm(k + 1) === '$') k++;
    if (L.currencies.has(this.norm(k)) && !/^[a-z]+$/.test(this.norm(k))) {
      const run = this.numberRun(k + 1);
      if (run > 0) return ['MONEY', run];
    }
    const run = this.numberRun(i);
    if (run < 0 || this.year(i)) return undefined;
    let c = run;
    if (this.norm(c) === 'us' || this.norm(c) === 'u.s.') c++;
    if (L.currencies.has(this.norm(c)) && /^[a-z]+$/.test(this.norm(c))) return ['MONEY', c + 1];
    return undefined;
  }

  percent(i: number): Found {
    const run = this.numberRun(i);
    if (run < 0) return undefined;
    const end = this.phrase(run, L.percent);
    return end > 0 ? ['PERCENT', end] : undefined;
  }

  cardinal(i: number): Found {
    if (L.vague.has(this.norm(i))) return ['CARDINAL', i + 1];
    const run = this.numberRun(i);
    return run > 0 ? ['CARDINAL', run] : undefined;
  }

  ordinal(i: number): Found {
    const n = this.norm(i);
    return ORDINAL.test(n) || (L.ordinals.has(n) && this.t[i]?.pos === 'ADJ') ? ['ORDINAL', i + 1] : undefined;
  }
}
