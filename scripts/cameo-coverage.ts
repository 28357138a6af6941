// npm run cameo:coverage: how well PETRARCH2's CAMEO verb dictionary (our matcher, src/extract/events/cameo)
// codes the PLOVER dev records (OEDA, CC BY-SA 4.0), against the trigger lexicon (data/lexicon/events.json) and
// the pipeline. Writes its table into docs/cameo.md between the cameo:coverage markers. --list prints each record.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { defaultData, defaultKnowledge } from '../src/knowledge/index.js';
import { extractArticle } from '../src/extract/pipeline.js';
import { matchCameo } from '../src/extract/events/cameo/index.js';
import { useCameoTriggers } from '../src/extract/events/cameo/trigger-source.js';
import { categoryMatches, codedEvents, demonymMap, parseCameo2Plover, ploverCategory, scorePlover } from '../src/eval/plover/index.js';
import type { PloverRecord, PloverRecordScore } from '../src/eval/plover/index.js';
import { analyse } from '../src/nlp/document.js';
import type { Doc } from '../src/nlp/types.js';
import { withBlock } from '../src/eval/doc-block.js';
import { sharedDir } from './shared-path.js';

const ROOT = join(import.meta.dirname, '..');
const DIR = join(sharedDir(ROOT), 'corpus/plover-gsr');
const kb = defaultKnowledge();
const gazetteer = defaultData().gazetteer;
const byId = new Map(gazetteer.map((e) => [e.id, e]));
const demonyms = demonymMap(gazetteer);
const table = parseCameo2Plover(readFileSync(join(DIR, 'CAMEO2PLOVER-2021.txt'), 'utf8'));
const records = JSON.parse(readFileSync(join(DIR, 'dev.json'), 'utf8')) as (PloverRecord & { eventText?: string })[];

/** Verbs the matcher is asked about: VERB tokens that head a clause, not "according" (case) or attributive participles. */
const isVerb = (doc: Doc, i: number) => doc.tokens[i]!.pos === 'VERB' && !/^(case|mark|amod|compound|fixed)/.test(doc.tokens[i]!.deprel);

/** The gold event word: the first VERB in the first `(EVT: …)` span of the markup, else that span's first word. */
function goldEventToken(doc: Doc, r: PloverRecord): number | undefined {
  const evt = /\(EVT: ([^)]*)\)/.exec(r.textInfo?.markup ?? '')?.[1];
  if (!evt) return undefined;
  const words = evt.split(/\s+/);
  const t = doc.tokens;
  for (let i = 0; i < t.length; i++) {
    if (t[i]!.text !== words[0]) continue;
    const span = t.slice(i, i + words.length + 2).filter((x) => evt.includes(x.text));
    return (span.find((x) => x.pos === 'VERB') ?? span[0]!).index;
  }
  return undefined;
}

/** The lexicon's code for a token, as the pipeline looks it up (lemma sequences), without its context checks. */
function lexiconCode(doc: Doc, i: number): string | undefined {
  return kb.triggers.matchAt(doc.tokens.map((x) => x.lemma), i)[0]?.value.code;
}

interface Row {
  id: string;
  gold: string;
  verb: string;
  lexicon?: string;
  cameo?: string | null;
  cameoBy?: string;
  rootLexicon?: string;
  rootCameo?: string | null;
  pipelineAtVerb?: string;
  pipelineRight: boolean;
  pipelineAlarms: number;
  unionAlarms: number;
  pipelineCorrect: number;
  cameoPipeline: PloverRecordScore;
  unionCorrect: number;
  rootAmong: boolean;
  rootAlarms: number;
  rootCorrect: number;
  cameoAmong: boolean;
  cameoAlarms: number;
  unionAmong: boolean;
}

const rows: Row[] = records.map((r) => {
  const doc = analyse(r.text);
  const article = { id: r.id, text: r.text, ...(r.date ? { date: r.date } : {}), origin: 'dev.json' };
  // The pipeline as it was, with the trigger lexicon alone; then with the CAMEO trigger source as it is now.
  useCameoTriggers(false);
  const x = extractArticle(article, kb);
  useCameoTriggers(true);
  const withCameo = scorePlover(r, codedEvents(extractArticle(article, kb), byId), table, demonyms);
  const score = scorePlover(r, codedEvents(x, byId), table, demonyms);
  const pipelineRight = score.category;
  const v = goldEventToken(doc, r);
  const root = doc.tokens.find((t) => t.deprel === 'root' && t.pos === 'VERB')?.index;
  const tok = v === undefined ? undefined : doc.tokens[v];
  const atVerb = tok && x.events.find((e) => e.mergedInto === undefined && e.trigger.start <= tok.start && tok.end <= e.trigger.end);
  // CAMEO on every verb of the sentence; and the pipeline's events plus CAMEO codes for the verbs the lexicon lacks.
  const codes: string[] = [];
  const added: string[] = [];
  const addedRoot: string[] = [];
  doc.tokens.forEach((_, i) => {
    if (!isVerb(doc, i)) return;
    const c = matchCameo(doc, i)?.code;
    if (!c) return;
    codes.push(c);
    if (lexiconCode(doc, i) !== undefined) return;
    added.push(c);
    if (doc.tokens[i]!.deprel === 'root') addedRoot.push(c);
  });
  const right = (c: string | null | undefined) => !!c && categoryMatches(table, c, r.event);
  const coded = (cs: string[]) => cs.filter((c) => ploverCategory(table, c) !== undefined);
  const scored = codes.filter((c) => ploverCategory(table, c) !== undefined);
  return {
    id: r.id,
    gold: r.event,
    verb: tok?.text ?? '-',
    lexicon: v === undefined ? undefined : lexiconCode(doc, v),
    cameo: v === undefined ? undefined : matchCameo(doc, v)?.code,
    cameoBy: v === undefined ? undefined : matchCameo(doc, v)?.by,
    rootLexicon: root === undefined ? undefined : lexiconCode(doc, root),
    rootCameo: root === undefined ? undefined : matchCameo(doc, root)?.code,
    pipelineAtVerb: atVerb ? atVerb.code : undefined,
    pipelineRight,
    pipelineAlarms: score.falseAlarms,
    unionAlarms: score.falseAlarms + coded(added).filter((c) => !right(c)).length,
    pipelineCorrect: score.correctEvents,
    cameoPipeline: withCameo,
    unionCorrect: score.correctEvents + added.filter(right).length,
    rootAmong: pipelineRight || addedRoot.some(right),
    rootAlarms: score.falseAlarms + coded(addedRoot).filter((c) => !right(c)).length,
    rootCorrect: score.correctEvents + addedRoot.filter(right).length,
    cameoAmong: codes.some(right),
    cameoAlarms: scored.filter((c) => !right(c)).length,
    unionAmong: pipelineRight || added.some(right),
  };
});

const n = rows.length;
const right = (c: string | null | undefined, gold: string) => !!c && categoryMatches(table, c, gold);
const cell = (k: number) => `${(k / n).toFixed(2)} (${k}/${n})`;
const count = (f: (r: Row) => boolean) => rows.filter(f).length;
const share = (right: number, wrong: number) => `${(right / (right + wrong)).toFixed(2)} (${right}/${right + wrong})`;
const sum = (f: (r: Row) => number) => rows.reduce((k, r) => k + f(r), 0);
const block = [
  '<!-- cameo:coverage start (written by `npm run cameo:coverage`; edit scripts/cameo-coverage.ts, not this block) -->',
  `\`npm run cameo:coverage\` on \`../shared/corpus/plover-gsr/dev.json\` (${n} records; PLOVER gold standard records © 2016 Open Event Data Alliance, CC BY-SA 4.0).`,
  "The event word is the first verb of the record's first `(EVT: …)` span (else its first word). A code is right when its PLOVER category is the gold's (the `eval:plover` rule).",
  '',
  '| word, coded by | has a code | code has the gold category |',
  '|---|---|---|',
  `| gold event word: trigger lexicon (\`data/lexicon/events.json\`, lemma look-up) | ${cell(count((r) => r.lexicon !== undefined))} | ${cell(count((r) => right(r.lexicon, r.gold)))} |`,
  `| gold event word: pipeline event on it (\`extractArticle\`, lexicon alone) | ${cell(count((r) => r.pipelineAtVerb !== undefined))} | ${cell(count((r) => right(r.pipelineAtVerb, r.gold)))} |`,
  `| gold event word: CAMEO dictionary (best pattern, else verb or block code) | ${cell(count((r) => !!r.cameo))} | ${cell(count((r) => right(r.cameo, r.gold)))} |`,
  `| gold event word: lexicon, else CAMEO | ${cell(count((r) => r.lexicon !== undefined || !!r.cameo))} | ${cell(count((r) => right(r.lexicon ?? r.cameo, r.gold)))} |`,
  `| parser's root verb (first sentence): trigger lexicon | ${cell(count((r) => r.rootLexicon !== undefined))} | ${cell(count((r) => right(r.rootLexicon, r.gold)))} |`,
  `| parser's root verb (first sentence): CAMEO dictionary | ${cell(count((r) => !!r.rootCameo))} | ${cell(count((r) => right(r.rootCameo, r.gold)))} |`,
  '',
  '| any event of the sentence | category right | right-category / coded events |',
  '|---|---|---|',
  `| pipeline with the trigger lexicon alone | ${cell(count((r) => r.pipelineRight))} | ${share(sum((r) => r.pipelineCorrect), sum((r) => r.pipelineAlarms))} |`,
  `| CAMEO on every verb | ${cell(count((r) => r.cameoAmong))} | ${sum((r) => r.cameoAlarms)} wrong-category codes |`,
  `| pipeline, plus CAMEO on every verb the lexicon lacks | ${cell(count((r) => r.unionAmong))} | ${share(sum((r) => r.unionCorrect), sum((r) => r.unionAlarms))} |`,
  `| pipeline, plus CAMEO on the main-clause verb (root) when the lexicon lacks it | ${cell(count((r) => r.rootAmong))} | ${share(sum((r) => r.rootCorrect), sum((r) => r.rootAlarms))} |`,
  `| pipeline with the CAMEO trigger source (root verb, pattern or own code; \`---\` filters), as \`npm run eval:plover\` | ${cell(count((r) => r.cameoPipeline.category))} | ${share(sum((r) => r.cameoPipeline.correctEvents), sum((r) => r.cameoPipeline.falseAlarms))} |`,
  '',
  `At the event word the CAMEO dictionary says "no event" in ${count((r) => r.cameo === null)} records (${count((r) => r.cameo === null && r.cameoBy === 'pattern')} by a \`---\` pattern, the others because the verb or its block has no code of its own); the lexicon has a code for ${count((r) => r.cameo === null && r.lexicon !== undefined)} of them, ${count((r) => r.cameo === null && right(r.lexicon, r.gold))} with the gold category.`,
  '<!-- cameo:coverage end -->',
];
const path = join(ROOT, 'docs/cameo.md');
const doc = existsSync(path) ? readFileSync(path, 'utf8') : '# CAMEO verb dictionary (PETRARCH2)\n';
writeFileSync(path, withBlock(doc, block.join('\n')));
console.log(block.slice(1, -1).join('\n'));
if (process.argv.includes('--list'))
  for (const r of rows) console.log(`${r.id}\t${r.gold}\t${r.verb}\tlex=${r.lexicon ?? '-'} cameo=${r.cameo === null ? '---' : (r.cameo ?? '-')} pipe=${r.pipelineAtVerb ?? '-'}\t${r.pipelineRight ? 'P' : '.'}${r.cameoAmong ? 'C' : '.'}${r.unionAmong ? 'U' : '.'}`);
