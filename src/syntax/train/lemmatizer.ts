import { MAX_SUFFIX, ruleLemma, type LemmaData, type LemmaRule } from '../lemma/lemmatizer.js';
import type { TrainSentence } from './corpus.js';

/** Learns suffix rules per XPOS (a suffix needs `minCount` examples) and the exceptions they leave. */
export function trainLemmatizer(sentences: readonly TrainSentence[], minCount = 3, words?: readonly string[]): LemmaData {
  // xpos → suffix → "strip\tadd" → count
  const counts = new Map<string, Map<string, Map<string, number>>>();
  const seen = new Map<string, Map<string, number>>();
  for (const s of sentences)
    s.forms.forEach((form, i) => {
      const xpos = s.xpos[i] as string;
      const lemma = s.lemmas[i] as string;
      if (lemma === '_') return;
      const lower = form.toLowerCase();
      const ll = lemma.toLowerCase();
      let p = 0;
      while (p < lower.length && p < ll.length && lower[p] === ll[p]) p++;
      const rule = `${lower.length - p}\t${ll.slice(p)}`;
      let bySuffix = counts.get(xpos);
      if (!bySuffix) counts.set(xpos, (bySuffix = new Map()));
      for (let k = lower.length - p; k <= Math.min(MAX_SUFFIX, lower.length); k++) {
        const suffix = lower.slice(lower.length - k);
        let m = bySuffix.get(suffix);
        if (!m) bySuffix.set(suffix, (m = new Map()));
        m.set(rule, (m.get(rule) ?? 0) + 1);
      }
      const key = `${lower}\t${xpos}\t${s.upos[i]}`;
      let lm = seen.get(key);
      if (!lm) seen.set(key, (lm = new Map()));
      lm.set(lemma, (lm.get(lemma) ?? 0) + 1);
    });
  const rules: Record<string, Record<string, LemmaRule>> = {};
  for (const xpos of [...counts.keys()].sort()) {
    const out: Record<string, LemmaRule> = {};
    for (const [suffix, m] of [...counts.get(xpos)!].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
      let total = 0;
      let best = '';
      let bestN = 0;
      for (const [r, n] of [...m].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
        total += n;
        if (n > bestN) [best, bestN] = [r, n];
      }
      if (total < minCount && suffix !== '') continue;
      const [strip, add] = best.split('\t');
      out[suffix] = { strip: Number(strip), add: add ?? '' };
    }
    rules[xpos] = out;
  }
  const exceptions: Record<string, string> = {};
  const ruleMaps = new Map(Object.entries(rules).map(([x, r]) => [x, new Map(Object.entries(r))]));
  const wordSet = words ? new Set(words) : undefined;
  for (const [key, m] of [...seen].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    const [lower, xpos, upos] = key.split('\t') as [string, string, string];
    let best = '';
    let bestN = 0;
    for (const [l, n] of [...m].sort((a, b) => (a[0] < b[0] ? -1 : 1))) if (n > bestN) [best, bestN] = [l, n];
    // The exception is keyed by the lower-cased form: keep it only where the rule, on that form, misses.
    const guess = ruleLemma(ruleMaps.get(xpos), upos === 'PROPN' ? best : lower, upos, wordSet);
    if (guess !== best) exceptions[`${lower}\t${xpos}`] = best;
  }
  return words ? { exceptions, rules, words: [...words] } : { exceptions, rules };
}
