// npm run eval:facts: precision of the facts stated on real news (Wikinews), by hand judgement; writes docs/quality-wikinews-facts.md.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { defaultKnowledge, extractArticle, parseJsonl } from '../src/index.js';
import { auditFacts, SENTENCE_CHARS } from '../src/eval/fact-audit.js';
import type { FactJudgement, StatedFact } from '../src/eval/fact-audit.js';
import { SHARED } from './shared-dir.js';

const ROOT = join(import.meta.dirname, '..');
const CORPUS = join(SHARED, 'corpus/wikinews/wikinews.jsonl');
if (!existsSync(CORPUS)) {
  console.log(`eval:facts: ${CORPUS} not found; nothing to score`);
  process.exit(0);
}
const judgements = (JSON.parse(readFileSync(join(ROOT, 'data/dev/wikinews-fact-judgements.json'), 'utf8')) as { judgements: FactJudgement[] }).judgements;
const kb = defaultKnowledge();
const stated: StatedFact[] = [];
for (const a of parseJsonl(readFileSync(CORPUS, 'utf8'), CORPUS).articles) {
  const x = extractArticle(a, kb);
  for (const f of x.facts) {
    if (!f.stated || !('entity' in f.object)) continue;
    const s = x.doc.sentences[f.sentence]!;
    stated.push({ article: a.id, fact: `${f.subject} ${f.predicate} ${f.object.entity}`, sentence: x.doc.text.slice(s.start, s.end).replace(/\s+/g, ' ').slice(0, SENTENCE_CHARS) });
  }
}
const audit = auditFacts(stated, judgements);
const judged = audit.correct.length + audit.wrong.length;
const precision = judged === 0 ? '–' : (audit.correct.length / judged).toFixed(2);
const classes = new Map<string, number>();
for (const w of audit.wrong) {
  const c = (w.why ?? 'unclassified').split(':')[0]!;
  classes.set(c, (classes.get(c) ?? 0) + 1);
}
const item = (f: StatedFact & { why?: string }) => `- \`${f.fact}\`${f.why ? ` (${f.why})` : ''}: "${f.sentence}"`;
const lines = [
  '# Fact precision on real news (Wikinews, hand-judged)',
  '',
  'Measured with `npm run eval:facts` over the 334 Wikinews articles in `../shared/corpus/wikinews` (CC BY 2.5). Every binary fact the',
  'pipeline states as a plain triple is looked up in `data/dev/wikinews-fact-judgements.json`, where each was judged by hand against its',
  'sentence. The script rewrites this file each time it runs.',
  '',
  '| measure | value |',
  '|---|---|',
  `| stated facts (distinct per sentence) | ${judged + audit.unjudged.length} |`,
  `| judged: right / wrong | ${audit.correct.length} / ${audit.wrong.length} |`,
  `| **precision over judged facts** | **${precision}** |`,
  `| not judged yet | ${audit.unjudged.length} |`,
  `| judged right, no longer stated (recall lost) | ${audit.lost.length} |`,
  `| judged wrong, no longer stated (fixed) | ${audit.fixed.length} |`,
  '',
  `Wrong facts still stated, by cause: ${[...classes].sort((a, b) => b[1] - a[1]).map(([c, n]) => `${c} ${n}`).join(', ') || 'none'}.`,
  '',
  '## Wrong facts still stated',
  '',
  ...audit.wrong.map(item),
  '',
  '## Not judged yet',
  '',
  ...audit.unjudged.map(item),
  '',
  '## Judged right, no longer stated',
  '',
  ...audit.lost.map(item),
  '',
];
writeFileSync(join(ROOT, 'docs/quality-wikinews-facts.md'), lines.join('\n'));
console.log(lines.slice(6, 16).join('\n'));
