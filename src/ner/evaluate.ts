/** Entity F1 with exact span and type, per type and overall. */
import { NER_TYPES } from './types.js';
import type { NerType, Span } from './types.js';

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface NerScore {
  all: Counts;
  byType: Record<NerType, Counts>;
}

export function emptyScore(): NerScore {
  const byType = Object.fromEntries(NER_TYPES.map((t) => [t, { tp: 0, fp: 0, fn: 0 }])) as Record<NerType, Counts>;
  return { all: { tp: 0, fp: 0, fn: 0 }, byType };
}

export function addSentence(score: NerScore, gold: readonly Span[], system: readonly Span[]): void {
  const key = (s: Span) => `${s.start}:${s.end}:${s.type}`;
  const goldKeys = new Set(gold.map(key));
  const sysKeys = new Set(system.map(key));
  for (const s of system) {
    const c = goldKeys.has(key(s)) ? 'tp' : 'fp';
    score.all[c]++;
    score.byType[s.type][c]++;
  }
  for (const g of gold)
    if (!sysKeys.has(key(g))) {
      score.all.fn++;
      score.byType[g.type].fn++;
    }
}

export function f1(c: Counts): { p: number; r: number; f1: number } {
  const p = c.tp + c.fp ? c.tp / (c.tp + c.fp) : 0;
  const r = c.tp + c.fn ? c.tp / (c.tp + c.fn) : 0;
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
}
