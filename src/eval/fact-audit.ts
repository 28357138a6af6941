/**
 * Fact precision on real news, by hand judgement: the facts the pipeline states (plain triples) are
 * compared with judgements kept in data/dev/wikinews-fact-judgements.json. A judgement names the article,
 * the fact ("subject predicate object") and the start of its sentence, so a fact that moves to another
 * sentence counts as new until someone judges it.
 */
export interface FactJudgement {
  article: string;
  fact: string;
  sentence: string;
  correct: boolean;
  why?: string;
}

export interface StatedFact {
  article: string;
  fact: string;
  sentence: string;
}

export interface FactAudit {
  /** Stated facts that a judgement covers, right and wrong. */
  correct: StatedFact[];
  wrong: (StatedFact & { why?: string })[];
  /** Stated facts nobody has judged yet. */
  unjudged: StatedFact[];
  /** Judged facts no longer stated: the right ones lost, the wrong ones fixed. */
  lost: FactJudgement[];
  fixed: FactJudgement[];
}

/** The judgements' sentences are cut to this many characters. */
export const SENTENCE_CHARS = 160;
const key = (x: { article: string; fact: string; sentence: string }) => `${x.article}\u0000${x.fact}\u0000${x.sentence.slice(0, SENTENCE_CHARS)}`;

export function auditFacts(stated: StatedFact[], judgements: FactJudgement[]): FactAudit {
  const byKey = new Map(judgements.map((j) => [key(j), j]));
  const audit: FactAudit = { correct: [], wrong: [], unjudged: [], lost: [], fixed: [] };
  const seen = new Set<string>();
  for (const f of stated) {
    const k = key(f);
    if (seen.has(k)) continue;
    seen.add(k);
    const j = byKey.get(k);
    if (!j) audit.unjudged.push(f);
    else if (j.correct) audit.correct.push(f);
    else audit.wrong.push({ ...f, ...(j.why ? { why: j.why } : {}) });
  }
  for (const j of judgements) if (!seen.has(key(j))) (j.correct ? audit.lost : audit.fixed).push(j);
  return audit;
}
