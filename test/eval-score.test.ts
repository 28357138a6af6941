import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { auditFacts } from '../src/eval/fact-audit.js';
import type { FactJudgement } from '../src/eval/fact-audit.js';
import { prf, scoreArticle } from '../src/eval/score.js';
import type { Gold } from '../src/eval/types.js';
import type { ArticleExtraction } from '../src/extract/types.js';

// The scorer behind `npm run eval`, on a hand-made extraction (test/fixtures/eval/system.json) against
// its gold (gold.json), so the figures in docs/quality.md mean what docs/quality.md says they mean.
const DIR = join(import.meta.dirname, 'fixtures/eval');
const read = (name: string) => JSON.parse(readFileSync(join(DIR, name), 'utf8'));
const gold = read('gold.json') as Gold;
const raw = read('system.json');
const system = { ...raw, entities: new Map(raw.entities.map((e: { key: string }) => [e.key, e])) } as unknown as ArticleExtraction;
const score = scoreArticle(system, gold);

describe('scoring against the gold', () => {
  it('aligns entities by Wikidata id, by a shared name, and a government with its country', () => {
    expect(score.entities).toEqual({ tp: 3, fp: 1, fn: 1 });
    expect(score.falseAlarms).toContain('entity nairobi');
    expect(score.misses).toContain('entity atlantis (Country)');
  });
  it('counts mentions as (surface, entity) pairs, pronouns included', () => {
    expect(score.mentions).toEqual({ tp: 3, fp: 2, fn: 3 });
  });
  it('judges a link only where the gold gives an id, and reports a wrong one', () => {
    expect(score.linking).toEqual({ correct: 2, total: 3 });
    expect(score.falseAlarms).toContain('link hassan: system Q9, gold Q2');
  });
  it('matches events on CAMEO root and a shared participant; merged and actorless events are not counted', () => {
    expect(score.events).toEqual({ tp: 3, fp: 1, fn: 1 });
    expect(score.falseAlarms).toContain('event 163 "sanctions"');
  });
  it('scores place, date (a publication date counts), modality classes and negation on matched events', () => {
    expect(score.eventPlace).toEqual({ correct: 0, total: 1 });
    expect(score.eventDate).toEqual({ correct: 1, total: 2 });
    expect(score.eventModality).toEqual({ correct: 3, total: 3 });
    expect(score.eventNegation).toEqual({ correct: 2, total: 3 });
  });
  it('matches facts under entailment: what a predicate entails (denied ⊑ rejected), a symmetric one in either direction', () => {
    // "ruto exchangedPrisonersWith kenya" entails "kenya releasedPrisonersTo ruto" (symmetric, then its super-property).
    // Without a scheme, "summoned" counts as a false alarm too.
    expect(score.facts).toEqual({ tp: 3, fp: 2, fn: 1 });
    expect(score.falseAlarms).toContain('fact kenya attacked nairobi');
    expect(score.falseAlarms).toContain('fact kenya summoned ruto');
    expect(score.misses).toContain('fact atlantis fought kenya');
  });
  it('computes precision, recall and F1', () => {
    expect(prf({ tp: 2, fp: 1, fn: 1 })).toEqual({ p: 2 / 3, r: 2 / 3, f1: 2 / 3 });
    expect(prf({ tp: 0, fp: 0, fn: 0 })).toEqual({ p: 1, r: 1, f1: 1 });
  });
});

describe('hand-judged fact precision (eval:facts)', () => {
  const judgements = read('judgements.json') as FactJudgement[];
  const stated = [
    { article: 'a', fact: 'x called y', sentence: 'X called Y on Monday.' },
    { article: 'a', fact: 'x called y', sentence: 'X called Y on Monday.' },
    { article: 'a', fact: 'x attacked y', sentence: 'X attacked Y for his remarks.' },
    { article: 'a', fact: 'x called y', sentence: 'X called Y again on Tuesday.' },
  ];
  const audit = auditFacts(stated, judgements);
  it('counts each stated fact once, by article, fact and sentence', () => {
    expect(audit.correct).toHaveLength(1);
    expect(audit.wrong).toEqual([{ ...stated[2], why: 'predicate: a verbal attack' }]);
    expect(audit.unjudged).toEqual([stated[3]]);
  });
  it('reports judged facts no longer stated: right ones lost, wrong ones fixed', () => {
    expect(audit.lost.map((j) => j.fact)).toEqual(['y told z']);
    expect(audit.fixed.map((j) => j.fact)).toEqual(['x elected y']);
  });
});

describe('facts outside the gold\'s scheme', () => {
  const inventory = new Set(['called', 'rejected', 'fought', 'attacked', 'releasedPrisonersTo']);
  const scored = scoreArticle(system, gold, inventory);
  it('are listed apart and counted neither way when their predicate entails none of the scheme\'s', () => {
    expect(scored.unscoredFacts).toEqual(['kenya summoned ruto']);
    expect(scored.facts).toEqual({ tp: 3, fp: 1, fn: 1 });
  });
});
