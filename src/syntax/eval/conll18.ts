/**
 * The CoNLL 2018 shared-task scorer (conll18_ud_eval.py, v1.2.x) ported to TypeScript with the same
 * semantics: gold and system must spell the same characters once whitespace is dropped; tokens and sentences
 * are spans over that character stream; words align by span, and inside multiword tokens by the LCS of their
 * lower-cased forms. Beside the official metrics it reports LASFull, LAS with deprel subtypes kept.
 */
import type { ConlluSentence } from '../conllu/types.js';

const CONTENT_DEPRELS = new Set([
  'nsubj', 'obj', 'iobj', 'csubj', 'ccomp', 'xcomp', 'obl', 'vocative', 'expl', 'dislocated', 'advcl', 'advmod',
  'discourse', 'nmod', 'appos', 'nummod', 'acl', 'amod', 'conj', 'fixed', 'flat', 'compound', 'list', 'parataxis',
  'orphan', 'goeswith', 'reparandum', 'root', 'dep',
]);
const FUNCTIONAL_DEPRELS = new Set(['aux', 'cop', 'mark', 'det', 'clf', 'case', 'cc']);
const UNIVERSAL_FEATURES = new Set([
  'PronType', 'NumType', 'Poss', 'Reflex', 'Foreign', 'Abbr', 'Gender', 'Animacy', 'Number', 'Case', 'Definite',
  'Degree', 'VerbForm', 'Mood', 'Tense', 'Aspect', 'Voice', 'Evident', 'Polarity', 'Person', 'Polite',
]);

export const METRICS = ['Tokens', 'Sentences', 'Words', 'UPOS', 'XPOS', 'UFeats', 'AllTags', 'Lemmas', 'UAS', 'LAS', 'LASFull', 'CLAS', 'MLAS', 'BLEX'] as const;
export type Metric = (typeof METRICS)[number];

export interface Score {
  correct: number;
  goldTotal: number;
  systemTotal: number;
  /** Words aligned (for word-level metrics): `correct / alignedTotal` is the accuracy on aligned words. */
  alignedTotal?: number;
  precision: number;
  recall: number;
  f1: number;
  alignedAccuracy?: number;
}
export type Scores = Record<Metric, Score>;

/** A span [start, end) over the whitespace-free character stream. */
interface Span {
  start: number;
  end: number;
}
interface UdWord {
  span: Span;
  form: string;
  lemma: string;
  upos: string;
  xpos: string;
  /** Universal features only, sorted. */
  feats: string;
  /** Universal relation, without subtype. */
  deprel: string;
  fullDeprel: string;
  isMultiword: boolean;
  parent: UdWord | null;
  functionalChildren: UdWord[];
  isContent: boolean;
  isFunctional: boolean;
}
interface UdDocument {
  characters: string;
  tokens: Span[];
  words: UdWord[];
  sentences: Span[];
}

/** Gold and system differ in content, or a file breaks the format (the Python scorer's UDError). */
export class UdError extends Error {
  override name = 'UdError';
}

const ZS = /\p{Zs}/gu;

/** Builds the scorer's view of a treebank; `what` names it in errors ("gold", "system"). */
export function loadUd(sentences: readonly ConlluSentence[], what = 'file'): UdDocument {
  const doc: UdDocument = { characters: '', tokens: [], words: [], sentences: [] };
  const chars: string[] = [];
  let index = 0;
  sentences.forEach((s, sn) => {
    if (s.words.length === 0 && s.extra.every((e) => e.columns[0]?.includes('.'))) return;
    const where = `${what} sentence ${sn + 1}`;
    const sentenceStart = doc.words.length;
    const sentenceSpan = { start: index, end: 0 };
    const ranges = new Map<number, { last: number; form: string }>();
    for (const e of s.extra) {
      const id = e.columns[0] ?? '';
      if (id.includes('.')) continue; // empty nodes are not scored
      const m = /^(\d+)-(\d+)$/.exec(id);
      if (!m) throw new UdError(`${where}: cannot parse multi-word token ID '${id}'`);
      ranges.set(Number(m[1]), { last: Number(m[2]), form: e.columns[1] ?? '' });
    }
    const addToken = (form: string): Span => {
      const clean = form.replace(ZS, '');
      if (clean === '') throw new UdError(`${where}: there is an empty FORM`);
      chars.push(clean);
      const span = { start: index, end: index + [...clean].length };
      index = span.end;
      doc.tokens.push(span);
      return span;
    };
    let mwtLast = 0;
    let mwtSpan: Span | null = null;
    s.words.forEach((w, i) => {
      if (w.id !== i + 1) throw new UdError(`${where}: incorrect word ID '${w.id}' for word '${w.form}', expected '${i + 1}'`);
      if (w.head < 0) throw new UdError(`${where}: cannot parse HEAD of word ${w.id}`);
      const range = ranges.get(w.id);
      if (range) {
        mwtSpan = addToken(range.form);
        mwtLast = range.last;
      }
      const inMwt = mwtSpan !== null && w.id <= mwtLast;
      const span = inMwt ? (mwtSpan as Span) : addToken(w.form);
      const deprel = w.deprel.split(':')[0] as string;
      doc.words.push({
        span,
        form: w.form,
        lemma: w.lemma,
        upos: w.upos,
        xpos: w.xpos,
        feats: w.feats
          .split('|')
          .filter((f) => UNIVERSAL_FEATURES.has(f.split('=')[0] as string))
          .sort()
          .join('|'),
        deprel,
        fullDeprel: w.deprel,
        isMultiword: inMwt,
        parent: null,
        functionalChildren: [],
        isContent: CONTENT_DEPRELS.has(deprel),
        isFunctional: FUNCTIONAL_DEPRELS.has(deprel),
      });
    });
    linkTree(doc.words.slice(sentenceStart), s, where);
    sentenceSpan.end = index;
    doc.sentences.push(sentenceSpan);
  });
  doc.characters = chars.join('');
  return doc;
}

/** Sets each word's parent and functional children; refuses heads out of range, cycles and several roots. */
function linkTree(words: UdWord[], s: ConlluSentence, where: string): void {
  const state = new Array<0 | 1 | 2>(words.length).fill(0); // 0 new, 1 on the current path, 2 done
  const visit = (i: number): void => {
    if (state[i] === 1) throw new UdError(`${where}: there is a cycle`);
    if (state[i] === 2) return;
    const head = (s.words[i] as { head: number }).head;
    if (head > words.length) throw new UdError(`${where}: HEAD '${head}' points outside of the sentence`);
    if (head > 0) {
      state[i] = 1;
      visit(head - 1);
      (words[i] as UdWord).parent = words[head - 1] as UdWord;
    }
    state[i] = 2;
  };
  for (let i = 0; i < words.length; i++) visit(i);
  for (const w of words) if (w.parent && w.isFunctional) w.parent.functionalChildren.push(w);
  if (words.filter((w) => w.parent === null).length !== 1) throw new UdError(`${where}: there are multiple roots`);
}

function score(goldTotal: number, systemTotal: number, correct: number, alignedTotal?: number): Score {
  const s: Score = {
    correct,
    goldTotal,
    systemTotal,
    precision: systemTotal ? correct / systemTotal : 0,
    recall: goldTotal ? correct / goldTotal : 0,
    f1: systemTotal + goldTotal ? (2 * correct) / (systemTotal + goldTotal) : 0,
  };
  if (alignedTotal !== undefined) {
    s.alignedTotal = alignedTotal;
    s.alignedAccuracy = alignedTotal ? correct / alignedTotal : 0;
  }
  return s;
}

function spansScore(gold: Span[], system: Span[]): Score {
  let correct = 0;
  let gi = 0;
  let si = 0;
  while (gi < gold.length && si < system.length) {
    const g = gold[gi] as Span;
    const s = system[si] as Span;
    if (s.start < g.start) si++;
    else if (g.start < s.start) gi++;
    else {
      if (g.end === s.end) correct++;
      gi++;
      si++;
    }
  }
  return score(gold.length, system.length, correct);
}

interface Alignment {
  gold: UdWord[];
  system: UdWord[];
  matched: Array<[gold: UdWord, system: UdWord]>;
  /** system word → its gold word */
  map: Map<UdWord, UdWord>;
}

const beyondEnd = (words: UdWord[], i: number, end: number): boolean => {
  const w = words[i];
  if (!w) return true;
  return w.isMultiword ? w.span.start >= end : w.span.end > end;
};
const extendEnd = (w: UdWord, end: number): number => (w.isMultiword && w.span.end > end ? w.span.end : end);

/** The smallest run of words on both sides that covers the multiword token(s) at gi/si: [gs, gi) and [ss, si). */
function findMultiwordSpan(gold: UdWord[], system: UdWord[], gi: number, si: number): [number, number, number, number] {
  let end: number;
  const g0 = gold[gi] as UdWord;
  const s0 = system[si] as UdWord;
  if (g0.isMultiword) {
    end = g0.span.end;
    if (!s0.isMultiword && s0.span.start < g0.span.start) si++;
  } else {
    end = s0.span.end;
    if (!g0.isMultiword && g0.span.start < s0.span.start) gi++;
  }
  const gs = gi;
  const ss = si;
  while (!beyondEnd(gold, gi, end) || !beyondEnd(system, si, end)) {
    if (gi < gold.length && (si >= system.length || (gold[gi] as UdWord).span.start <= (system[si] as UdWord).span.start)) {
      end = extendEnd(gold[gi] as UdWord, end);
      gi++;
    } else {
      end = extendEnd(system[si] as UdWord, end);
      si++;
    }
  }
  return [gs, ss, gi, si];
}

function alignWords(gold: UdWord[], system: UdWord[]): Alignment {
  const a: Alignment = { gold, system, matched: [], map: new Map() };
  const align = (g: UdWord, s: UdWord) => {
    a.matched.push([g, s]);
    a.map.set(s, g);
  };
  let gi = 0;
  let si = 0;
  while (gi < gold.length && si < system.length) {
    const g = gold[gi] as UdWord;
    const s = system[si] as UdWord;
    if (g.isMultiword || s.isMultiword) {
      let gs: number;
      let ss: number;
      [gs, ss, gi, si] = findMultiwordSpan(gold, system, gi, si);
      if (si > ss && gi > gs) {
        const G = gi - gs;
        const S = si - ss;
        const same = (x: number, y: number) => (gold[gs + x] as UdWord).form.toLowerCase() === (system[ss + y] as UdWord).form.toLowerCase();
        // lcs[x][y]: LCS length of gold[gs+x..gi) and system[ss+y..si), with a zero row and column past the end.
        const lcs = Array.from({ length: G + 1 }, () => new Array<number>(S + 1).fill(0));
        for (let x = G - 1; x >= 0; x--) {
          const row = lcs[x] as number[];
          const next = lcs[x + 1] as number[];
          for (let y = S - 1; y >= 0; y--) {
            row[y] = Math.max(same(x, y) ? 1 + (next[y + 1] as number) : 0, next[y] as number, row[y + 1] as number);
          }
        }
        let x = 0;
        let y = 0;
        while (x < G && y < S) {
          if (same(x, y)) {
            align(gold[gs + x] as UdWord, system[ss + y] as UdWord);
            x++;
            y++;
          } else if ((lcs[x] as number[])[y] === (lcs[x + 1] as number[])[y]) x++;
          else y++;
        }
      }
    } else if (g.span.start === s.span.start && g.span.end === s.span.end) {
      align(g, s);
      gi++;
      si++;
    } else if (g.span.start <= s.span.start) gi++;
    else si++;
  }
  return a;
}

type Side = (w: UdWord | null) => UdWord | null | 'NotAligned';

function alignmentScore(a: Alignment, key?: (w: UdWord, ga: Side) => unknown[], filter?: (w: UdWord) => boolean): Score {
  const keep = filter ?? (() => true);
  const gold = a.gold.filter(keep).length;
  const system = a.system.filter(keep).length;
  const pairs = a.matched.filter(([g]) => keep(g));
  if (!key) return score(gold, system, pairs.length);
  const asGold: Side = (w) => w;
  const asSystem: Side = (w) => (w === null ? null : (a.map.get(w) ?? 'NotAligned'));
  let correct = 0;
  for (const [g, s] of pairs) if (sameKey(key(g, asGold), key(s, asSystem))) correct++;
  return score(gold, system, correct, pairs.length);
}

/** Deep equality of keys made of strings, words (by identity), nulls and nested arrays. */
function sameKey(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => sameKey(x, b[i]));
  return a === b;
}

/** Scores a system analysis against the gold one; throws UdError when their texts differ. */
export function evaluate(goldSentences: readonly ConlluSentence[], systemSentences: readonly ConlluSentence[]): Scores {
  const gold = loadUd(goldSentences, 'gold');
  const system = loadUd(systemSentences, 'system');
  if (gold.characters !== system.characters) {
    let i = 0;
    while (i < gold.characters.length && gold.characters[i] === system.characters[i]) i++;
    throw new UdError(
      `the concatenation of tokens in gold and system differ: first 20 differing characters in gold '${gold.characters.slice(i, i + 20)}', in system '${system.characters.slice(i, i + 20)}'`,
    );
  }
  const a = alignWords(gold.words, system.words);
  // The lemma counts only where gold has one ('_' in gold accepts anything).
  const lemma = (w: UdWord, ga: Side) => ((ga(w) as UdWord).lemma !== '_' ? w.lemma : '_');
  const content = (w: UdWord) => w.isContent;
  return {
    Tokens: spansScore(gold.tokens, system.tokens),
    Sentences: spansScore(gold.sentences, system.sentences),
    Words: alignmentScore(a),
    UPOS: alignmentScore(a, (w) => [w.upos]),
    XPOS: alignmentScore(a, (w) => [w.xpos]),
    UFeats: alignmentScore(a, (w) => [w.feats]),
    AllTags: alignmentScore(a, (w) => [w.upos, w.xpos, w.feats]),
    Lemmas: alignmentScore(a, (w, ga) => [lemma(w, ga)]),
    UAS: alignmentScore(a, (w, ga) => [ga(w.parent)]),
    LAS: alignmentScore(a, (w, ga) => [ga(w.parent), w.deprel]),
    LASFull: alignmentScore(a, (w, ga) => [ga(w.parent), w.fullDeprel]),
    CLAS: alignmentScore(a, (w, ga) => [ga(w.parent), w.deprel], content),
    MLAS: alignmentScore(
      a,
      (w, ga) => [ga(w.parent), w.deprel, w.upos, w.feats, w.functionalChildren.map((c) => [ga(c), c.deprel, c.upos, c.feats])],
      content,
    ),
    BLEX: alignmentScore(a, (w, ga) => [ga(w.parent), w.deprel, lemma(w, ga)], content),
  };
}
