// npm run eval:plover: scores the pipeline on the shared half of the PLOVER gold standard records (164 sentences
// from the CAMEO manual, coded by OEDA; CC BY-SA 4.0, © 2016 Open Event Data Alliance) and writes its table into
// docs/quality.md between the plover markers (the rest of that file is left alone). --list prints each record's outcome.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { defaultData, defaultKnowledge } from '../src/knowledge/index.js';
import { extractArticle } from '../src/extract/pipeline.js';
import { codedEvents, demonymMap, parseCameo2Plover, scorePlover } from '../src/eval/plover/index.js';
import type { PloverRecord, PloverRecordScore } from '../src/eval/plover/index.js';
import { sharedDir } from './shared-path.js';
import { withBlock } from '../src/eval/doc-block.js';

const ROOT = join(import.meta.dirname, '..');
const DIR = join(sharedDir(ROOT), 'corpus/plover-gsr');
const started = Date.now();
const kb = defaultKnowledge();
const gazetteer = defaultData().gazetteer;
const byId = new Map(gazetteer.map((e) => [e.id, e]));
const demonyms = demonymMap(gazetteer);
const table = parseCameo2Plover(readFileSync(join(DIR, 'CAMEO2PLOVER-2021.txt'), 'utf8'));
const records = JSON.parse(readFileSync(join(DIR, 'dev.json'), 'utf8')) as PloverRecord[];

const scores: PloverRecordScore[] = records.map((r) => {
  const x = extractArticle({ id: r.id, text: r.text, ...(r.date ? { date: r.date } : {}), origin: 'dev.json' }, kb);
  return scorePlover(r, codedEvents(x, byId), table, demonyms);
});

const f2 = (x: number) => x.toFixed(2);
const share = (xs: readonly PloverRecordScore[], f: (s: PloverRecordScore) => boolean | undefined) => {
  const n = xs.filter((s) => f(s)).length;
  return `${xs.length ? f2(n / xs.length) : '–'} (${n}/${xs.length})`;
};
const right = scores.filter((s) => s.category);
const withTarget = right.filter((s) => s.target !== undefined);
const correct = scores.reduce((n, s) => n + s.correctEvents, 0);
const alarms = scores.reduce((n, s) => n + s.falseAlarms, 0);
const categories = [...new Set(scores.map((s) => s.gold))].sort();

const block = [
  '<!-- eval:plover start (written by `npm run eval:plover`; edit scripts/eval-plover.ts, not this block) -->',
  '## PLOVER gold standard records, shared half (164 sentences from the CAMEO manual)',
  '',
  `\`npm run eval:plover\` on \`../shared/corpus/plover-gsr/dev.json\` (${scores.length} records): each record's text is an article (dated with the`,
  "record's placeholder date), and every event the pipeline keeps is scored. PLOVER gold standard records © 2016 Open Event Data Alliance, CC BY-SA 4.0.",
  '',
  '| measure | value |',
  '|---|---|',
  `| detection: records with at least one event that has a PLOVER category | ${share(scores, (s) => s.detected)} |`,
  `| category right (some event has the gold category) | ${share(scores, (s) => s.category)} |`,
  `| source right, of category-right records | ${share(right, (s) => s.source)} |`,
  `| target right, of category-right records with a gold target | ${share(withTarget, (s) => s.target)} |`,
  `| category, source and target all right (target only where the gold has one) | ${share(scores, (s) => s.full)} |`,
  `| precision: right-category events / events with a PLOVER category | ${correct + alarms ? f2(correct / (correct + alarms)) : '–'} (${correct}/${correct + alarms}) |`,
  '',
  '| gold category (2021 names) | records | category right | source right | all right |',
  '|---|---|---|---|---|',
  ...categories.map((c) => {
    const xs = scores.filter((s) => s.gold === c);
    const r = xs.filter((s) => s.category);
    return `| ${c} | ${xs.length} | ${r.length} | ${r.filter((s) => s.source).length} | ${xs.filter((s) => s.full).length} |`;
  }),
  '',
  'How it is scored (`src/eval/plover/`, following the corpus README):',
  '- Category: each CAMEO code goes through `CAMEO2PLOVER-2021.txt` (exact code, else 3-digit prefix, else root; 01x and 02x have no',
  '  category), and the gold is renamed to 2021 names (DEMAND→REQUEST, DISAPPROVE/INVESTIGATE→ACCUSE, FIGHT→ASSAULT). A code whose root',
  '  has the gold 0.5b1 category as labelled (08 CONCEDE/RETREAT, 09, 10, 11, 18, 19, 20) also counts, because 2021 moved some codes.',
  '- Actors, on an event of the right category: names are case- and accent-folded, "the" and possessive \'s dropped, "U.S."→"us", demonyms',
  '  → their country. An actor is right when one of its names (label, the surfaces used, gazetteer aliases; a government also by its',
  '  country) is the gold `actorText` or a run of its words ("Dawda Jawara" in "Gambian President Dawda Jawara"). Reciprocal records',
  '  (`SRC/TAR`) accept either role and have no target. Records without a gold target list are not scored for the target.',
  '- Issue #15 quoted 0.50 / 0.62 / 0.33 / 0.12 from a scorer that was not committed. This one agrees on the category and finds fewer right',
  '  sources and targets; most of its source misses are right-category events with no agent at all. `npm run eval:plover -- --list`',
  '  prints every record.',
  '<!-- eval:plover end -->',
];

const path = join(ROOT, 'docs/quality.md');
const doc = readFileSync(path, 'utf8');
writeFileSync(path, withBlock(doc, block.join('\n')));
console.log(block.slice(6, 17 + categories.length + 3).join('\n'));
if (process.argv.includes('--list')) {
  for (const s of scores) console.log(`${s.id}\t${s.gold}\t${s.category ? 'cat' : '---'} ${s.source ? 'src' : '---'} ${s.target === undefined ? '   ' : s.target ? 'tar' : '---'}\tproduced: ${s.produced.join(' ') || '-'}`);
}
console.log(`${scores.length} records, ${((Date.now() - started) / 1000).toFixed(1)} s → docs/quality.md`);
