// npm run eval: scores the pipeline against the gold annotations in data/dev/gold and writes docs/quality.md.
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { defaultKnowledge } from '../src/knowledge/index.js';
import { extractArticle } from '../src/extract/pipeline.js';
import { articleFromText } from '../src/input/index.js';
import { prf, scoreArticle, sumCounts } from '../src/eval/score.js';
import type { ArticleScore, Gold } from '../src/eval/types.js';
import { blocksOf } from '../src/eval/doc-block.js';

const ROOT = join(import.meta.dirname, '..');
const GOLD = join(ROOT, 'data/dev/gold');
const kb = defaultKnowledge();
// The predicates the gold's scheme annotates: facts with others are listed apart, not scored.
const inventory = new Set((JSON.parse(readFileSync(join(ROOT, 'data/dev/fact-predicates.json'), 'utf8')) as { predicates: string[] }).predicates);
const scores: ArticleScore[] = [];
for (const f of readdirSync(GOLD).filter((f) => f.endsWith('.json')).sort()) {
  const gold = JSON.parse(readFileSync(join(GOLD, f), 'utf8')) as Gold;
  const path = join(ROOT, gold.article);
  const id = path.split('/').pop()!.replace(/\.md$/, '');
  scores.push(scoreArticle(extractArticle(articleFromText(readFileSync(path, 'utf8'), id, path), kb), gold, inventory));
}

const pct = (x: number) => x.toFixed(2);
const ratio = (a: { correct: number; total: number }) => (a.total === 0 ? '–' : pct(a.correct / a.total));
const row = (name: string, s: Omit<ArticleScore, 'article' | 'misses' | 'falseAlarms'>) =>
  `| ${name} | ${pct(prf(s.entities).f1)} | ${pct(prf(s.mentions).f1)} | ${ratio(s.linking)} | ${pct(prf(s.events).f1)} | ${ratio(s.eventPlace)} | ${ratio(s.eventDate)} | ${pct(prf(s.facts).f1)} |`;
const total = {
  entities: sumCounts(scores.map((s) => s.entities)),
  mentions: sumCounts(scores.map((s) => s.mentions)),
  events: sumCounts(scores.map((s) => s.events)),
  facts: sumCounts(scores.map((s) => s.facts)),
  linking: scores.reduce((a, s) => ({ correct: a.correct + s.linking.correct, total: a.total + s.linking.total }), { correct: 0, total: 0 }),
  eventPlace: scores.reduce((a, s) => ({ correct: a.correct + s.eventPlace.correct, total: a.total + s.eventPlace.total }), { correct: 0, total: 0 }),
  eventDate: scores.reduce((a, s) => ({ correct: a.correct + s.eventDate.correct, total: a.total + s.eventDate.total }), { correct: 0, total: 0 }),
  eventModality: scores.reduce((a, s) => ({ correct: a.correct + s.eventModality.correct, total: a.total + s.eventModality.total }), { correct: 0, total: 0 }),
  eventNegation: scores.reduce((a, s) => ({ correct: a.correct + s.eventNegation.correct, total: a.total + s.eventNegation.total }), { correct: 0, total: 0 }),
};
const detail = (name: string, c: { tp: number; fp: number; fn: number }) => {
  const m = prf(c);
  return `| ${name} | ${pct(m.p)} | ${pct(m.r)} | ${pct(m.f1)} | ${c.tp} | ${c.fp} | ${c.fn} |`;
};
const unscored = scores.flatMap((s) => s.unscoredFacts);
const counted = new Map<string, number>();
for (const f of unscored) counted.set(f.split(' ')[1]!, (counted.get(f.split(' ')[1]!) ?? 0) + 1);
const byPredicate = [...counted].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([p, n]) => `${p} ${n}`).join(', ') || 'none';
const lines = [
  '# Extraction quality',
  '',
  `Measured with \`npm run eval\` on ${scores.length} gold-annotated articles (\`data/dev/gold\`, format in \`data/dev/README.md\`).`,
  'The script rewrites this file each time it runs.',
  '',
  '## Overall',
  '',
  '| measure | precision | recall | F1 | tp | fp | fn |',
  '|---|---|---|---|---|---|---|',
  detail('entities', total.entities),
  detail('entity mentions (incl. coreference)', total.mentions),
  detail('events (CAMEO root + a shared participant)', total.events),
  detail('binary facts', total.facts),
  '',
  `Linking accuracy: ${ratio(total.linking)} (${total.linking.correct}/${total.linking.total}).`,
  `Event place accuracy: ${ratio(total.eventPlace)} (${total.eventPlace.correct}/${total.eventPlace.total}).`,
  `Event date accuracy: ${ratio(total.eventDate)} (${total.eventDate.correct}/${total.eventDate.total}).`,
  `Event modality accuracy: ${ratio(total.eventModality)} (${total.eventModality.correct}/${total.eventModality.total}); negation accuracy: ${ratio(total.eventNegation)} (${total.eventNegation.correct}/${total.eventNegation.total}).`,
  '',
  'How things are matched:',
  '- **Entities:** a system entity matches a gold entity that has the same Wikidata id or a shared name. A government counts as its country.',
  '- **Mentions:** matched as (surface string, entity) pairs.',
  '- **Linking:** counts every aligned entity where either side has a Wikidata id.',
  '- **Events:** an event matches when its CAMEO root is the same and it shares at least one participant.',
  '- **Modality and negation:** over matched events; the system\'s modalities map to the gold\'s four classes: reported and probable are hedged; intended, planned and proposed are planned.',
  '- **Facts:** compared under the ontology\'s entailment: a stated triple also states what its predicate entails by rdfs:subPropertyOf (ng:denied ⊑ ng:rejected) and, for an owl:SymmetricProperty, its inverse. A stated fact is right when it entails a gold fact; a gold fact is found when a stated fact entails it.',
  `- **Facts outside the gold's scheme:** ${unscored.length} stated facts have a predicate that entails none of the gold's (data/dev/fact-predicates.json), so no gold fact could match them; they are listed below and not counted either way (${byPredicate}). Their precision is measured by hand on real news (docs/quality-wikinews-facts.md).`,
  '',
  '## Per article (F1 / accuracy)',
  '',
  '| article | entities | mentions | linking | events | place | date | facts |',
  '|---|---|---|---|---|---|---|---|',
  ...scores.map((s) => row(s.article.split('/').pop()!, s)),
  '',
  '## Misses and false alarms',
  '',
  ...scores.flatMap((s) => [`### ${s.article.split('/').pop()}`, '', ...s.misses.map((m) => `- miss: ${m}`), ...s.falseAlarms.map((m) => `- false alarm: ${m}`), ...s.unscoredFacts.map((m) => `- not scored (predicate outside the gold's scheme): fact ${m}`), '']),
];
// Other scorers (eval:meantime, eval:plover) keep their own marked blocks at the end of the page: carry them over.
const page = join(ROOT, 'docs/quality.md');
const others = existsSync(page) ? blocksOf(readFileSync(page, 'utf8')) : [];
writeFileSync(page, [lines.join('\n').trimEnd(), ...others].join('\n\n') + '\n');
console.log(lines.slice(6, 19).join('\n'));
