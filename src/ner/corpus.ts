/** Training and evaluation sentences from UNER's IOB2 files and GUM's `Entity=` annotations (text in, no `fs`). */
import { parseConllu } from '../eval/gum/parse.js';
import type { GumMention, GumSentence, GumType } from '../eval/gum/parse.js';
import { iob2ToSpans } from './bilou.js';
import type { NerSentence, NerType, Span } from './types.js';

/**
 * UNER IOB2: `index token tag [- annotator]`. Tags outside PER/ORG/LOC (the pre-release train's OTH and its
 * stray per-document `B-O`) read as O, as the data's README asks.
 */
export function readIob2(text: string): NerSentence[] {
  const out: NerSentence[] = [];
  let words: string[] = [];
  let tags: string[] = [];
  let doc = '';
  const flush = () => {
    if (words.length) out.push({ words, spans: iob2ToSpans(tags), doc });
    words = [];
    tags = [];
  };
  for (const line of text.split(/\r?\n/)) {
    if (line.startsWith('# newdoc id = ')) doc = line.slice(14).trim();
    if (line.startsWith('#')) continue;
    if (line.trim() === '') {
      flush();
      continue;
    }
    const cols = line.split('\t');
    words.push(cols[1]!);
    tags.push(cols[2] ?? 'O');
  }
  flush();
  return out;
}

const GUM_TYPES: Partial<Record<GumType, NerType>> = { person: 'PER', organization: 'ORG', place: 'LOC' };
/** Words that may sit between two proper nouns inside one name ("Bank of America", "Trinity and Tobago"). */
const LINKERS = new Set(['ADP', 'DET', 'CCONJ', 'NUM', 'PUNCT']);

/**
 * GUM marks every mention, names or not, as a whole noun phrase ("the former U.S. President Bill Clinton's
 * wife"). UNER marks names only, without titles, articles or possessives. So a GUM mention counts when it is
 * a proper-name mention (head PROPN, or a title with a `flat` name), and its name is the run of proper nouns
 * around its head word (or the flat name), bridged by linkers when a proper noun follows, minus leading titles.
 */
export function gumNameSpan(s: GumSentence, m: GumMention, titles: ReadonlySet<string>): { start: number; end: number } | undefined {
  const words = s.words;
  const head = words[m.headWord]!;
  let anchor = m.headWord;
  if (head.upos !== 'PROPN') {
    const flat = words.findIndex((w, i) => i >= m.first && i <= m.last && w.head === head.id && w.deprel === 'flat' && w.upos === 'PROPN');
    if (flat < 0) return undefined;
    anchor = flat;
  }
  // Name words: proper nouns, and capitalised words GUM tags otherwise ("United Kingdom", "National
  // Aeronautics"). A title before the name ends it ("U.S. President Bill Clinton" → "Bill Clinton"); after
  // the start it is part of it ("Martin Luther King").
  const isTitle = (i: number) => titles.has(words[i]!.form.toLowerCase().replace(/\.$/, ''));
  const isName = (i: number) => {
    if (i < m.first || i > m.last) return false;
    const w = words[i]!;
    return w.upos === 'PROPN' || (['ADJ', 'NOUN', 'VERB', 'NUM'].includes(w.upos) && /^\p{Lu}/u.test(w.form));
  };
  const extend = (from: number, dir: 1 | -1) => {
    let edge = from;
    for (let i = from + dir; i >= m.first && i <= m.last; i += dir) {
      if (dir < 0 && isTitle(i)) break;
      if (isName(i)) edge = i;
      else if (!LINKERS.has(words[i]!.upos) || words[i]!.form === ',') break;
    }
    return edge;
  };
  // "President of the Linguistic Society of America" (a person mention) holds no person's name.
  if (!isName(anchor) || isTitle(anchor)) return undefined;
  const start = extend(anchor, -1);
  const end = extend(anchor, 1) + 1;
  return { start, end };
}

/**
 * GUM sentences with PER/ORG/LOC name spans. Names of GUM's other types (events, objects: "World Cup",
 * "Boeing 747") are O, as UNER's OTH is, and block the names nested in them; of nested names, the outer wins.
 */
export function readGum(text: string, titles: ReadonlySet<string>): NerSentence[] {
  const doc = parseConllu(text);
  const bySentence = new Map<number, GumMention[]>();
  for (const m of doc.mentions) if (m.proper) bySentence.set(m.sentence, [...(bySentence.get(m.sentence) ?? []), m]);
  return doc.sentences.map((s, si) => {
    const candidates: (Span | { start: number; end: number; type: undefined })[] = [];
    for (const m of bySentence.get(si) ?? []) {
      const span = gumNameSpan(s, m, titles);
      if (!span) continue;
      const type = GUM_TYPES[m.type];
      // A people-group name ("Americans", "Democrats" as voters) is UNER's OTH, not a person.
      if (type === 'PER' && span.end - span.start === 1 && /s$/.test(s.words[span.start]!.form) && /^\p{Lu}/u.test(s.words[span.start]!.form)) {
        candidates.push({ ...span, type: undefined });
        continue;
      }
      candidates.push({ ...span, type });
    }
    candidates.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
    const taken: typeof candidates = [];
    for (const c of candidates) if (!taken.some((t) => t.start < c.end && c.start < t.end)) taken.push(c);
    const spans = taken.filter((c): c is Span => c.type !== undefined).sort((a, b) => a.start - b.start);
    return { words: s.words.map((w) => w.form), tags: s.words.map((w) => w.upos), spans, doc: doc.id };
  });
}

/** Splits a CoNLL-U file at `# newdoc` lines, so each document parses on its own. */
export function splitDocuments(text: string): string[] {
  return text.split(/^(?=# newdoc id = )/m).filter((d) => d.trim().length > 0);
}

