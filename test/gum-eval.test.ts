import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { alignGum, coreSpan, linkIndex, parseConllu, parseTeiDates, scoreGum, SCOPED_GUM_TYPES, systemMentions } from '../src/eval/gum/index.js';
import type { ArticleExtraction } from '../src/extract/types.js';
import { extractArticle } from '../src/extract/pipeline.js';
import { parseJsonl } from '../src/input/index.js';
import type { Article } from '../src/input/index.js';
import { defaultData, defaultKnowledge } from '../src/knowledge/index.js';
import type { EntityRecord, Mention } from '../src/model/types.js';
import { SHARED } from '../scripts/shared-dir.js';

// GUM gold annotations of real Wikinews articles, beside the repository. Texts: Wikinews contributors,
// CC BY 2.5; GUM annotations: CC BY 4.0, Zeldes 2017 (see ../shared/corpus/wikinews/README.md).
// Skipped where the corpus is absent.
const CORPUS = join(SHARED, 'corpus/wikinews');
const present = existsSync(join(CORPUS, 'gum/dep')) && existsSync(join(CORPUS, 'wikinews.jsonl'));
if (!present) console.warn(`skipping GUM evaluation tests: ${CORPUS}/gum not found`);

const load = (() => {
  let articles: Article[] | undefined;
  return (name: string) => {
    articles ??= parseJsonl(readFileSync(join(CORPUS, 'wikinews.jsonl'), 'utf8'), 'wikinews.jsonl').articles;
    const article = articles.find((a) => a.id === `gum:${name}`)!;
    const doc = parseConllu(readFileSync(join(CORPUS, 'gum/dep', `${name}.conllu`), 'utf8'));
    const tei = parseTeiDates(readFileSync(join(CORPUS, 'gum/xml', `${name}.xml`), 'utf8'));
    return { article, doc, tei, gold: alignGum(doc, article.text, tei.dates) };
  };
})();

describe.skipIf(!present)('GUM benchmark: parsing, alignment and scoring', () => {
  it('parses mentions with types, Wikipedia links and the proper-name test', () => {
    const { doc, tei } = load('GUM_news_crane');
    expect(tei.words).toBe(doc.sentences.reduce((n, s) => n + s.words.length, 0));
    const words = (m: (typeof doc.mentions)[number]) => doc.sentences[m.sentence]!.words.slice(m.first, m.last + 1).map((w) => w.form).join(' ');
    const saudi = doc.mentions.find((m) => words(m) === "Saudi Arabia 's");
    expect(saudi).toMatchObject({ type: 'place', wikipedia: 'Saudi Arabia', proper: true });
    const storm = doc.mentions.find((m) => words(m) === 'A storm yesterday');
    expect(storm?.proper).toBe(false);
    // "Civil Defense Authority director General Suleiman al-Amr": a title with the name attached by `flat`.
    expect(doc.mentions.find((m) => words(m).startsWith('Civil Defense Authority director General Suleiman'))).toMatchObject({ type: 'person', proper: true });
  });

  it('aligns every word to its characters and skips the headline, dateline and caption', () => {
    const { article, doc, gold } = load('GUM_news_crane');
    expect(gold.sentences.skipped).toEqual(['At least 107 killed in Mecca crane collapse', 'Saturday, September 12, 2015', "pilgrims at Mecca's Grand Mosque in 2008."]);
    expect(gold.uncovered).toBe(0);
    doc.sentences.forEach((s, i) => {
      const spans = gold.words[i]!;
      if (spans.length === 0) return;
      s.words.forEach((w, k) => expect(article.text.slice(spans[k]!.start, spans[k]!.end)).toBe(w.form));
    });
    const mecca = gold.mentions.filter((m) => m.text === 'Mecca' && m.type === 'place');
    expect(mecca.length).toBeGreaterThanOrEqual(3);
    for (const m of mecca) expect(article.text.slice(m.start, m.end)).toBe('Mecca');
    // The dateline's date and the caption's "2008" are not in the text; the two "yesterday"s are.
    expect(gold.dates.map((d) => [d.text, d.attrs.when])).toEqual([
      ['yesterday', '2015-09-11'],
      ['yesterday', '2015-09-11'],
    ]);
  });

  it('keeps interview speaker labels outside the aligned sentences', () => {
    const { article, gold } = load('GUM_interview_daly');
    expect(gold.uncovered).toBe(0);
    expect(gold.regions[0]!.start).toBe(article.text.indexOf('How did you come'));
    expect(gold.regions.some((r) => article.text.slice(r.start, r.end).includes('Marymegan Daly:'))).toBe(false);
    expect(gold.dates.find((d) => d.text === '2015')?.attrs.when).toBe('2015');
  });

  it('scores a perfect system as perfect', () => {
    const { article, gold } = load('GUM_news_crane');
    const named = gold.mentions.filter((m) => m.proper && SCOPED_GUM_TYPES.includes(m.type));
    const type = { person: 'Person', place: 'City', organization: 'Organization' } as const;
    const entities = new Map<string, EntityRecord>();
    const mentions: Mention[] = named.map((g, i) => {
      const key = `e${i}`;
      entities.set(key, { key, label: g.text, type: type[g.type as keyof typeof type], offices: new Set(), aliases: new Set() });
      const s = coreSpan(article.text, g);
      return { id: i, start: s.start, end: s.end, text: article.text.slice(s.start, s.end), sentence: 0, first: 0, last: 0, kind: 'name', refs: [key] };
    });
    const times = gold.dates.map((d) => ({ start: d.start, end: d.end, text: d.text, sentence: 0, value: d.attrs.when!, granularity: 'date' as const }));
    const stub = { article, entities, mentions, times } as unknown as ArticleExtraction;
    const score = scoreGum(stub, gold, linkIndex([]));
    expect(score.exact).toEqual({ tp: named.length, fp: 0, fn: 0 });
    expect(score.overlap).toEqual({ tp: named.length, fp: 0, fn: 0 });
    expect(score.type).toEqual({ correct: named.length, total: named.length });
    expect(score.dates.correct.length).toBe(2);
  });

  it('scores the real pipeline: a known mention is matched, typed and linked', () => {
    const { article, gold } = load('GUM_news_crane');
    const x = extractArticle(article, defaultKnowledge());
    const score = scoreGum(x, gold, linkIndex(defaultData().gazetteer));
    const named = gold.mentions.filter((m) => m.proper && SCOPED_GUM_TYPES.includes(m.type)).length;
    expect(score.gold).toBe(named);
    expect(score.overlap.tp + score.overlap.fn).toBe(named);
    expect(score.overlap.tp + score.overlap.fp).toBe(systemMentions(x).length - score.ignored);
    // "Saudi Arabia's" (GUM) is "Saudi Arabia" (ours): exact once the possessive is dropped, linked to Q851.
    expect(score.misses.map((m) => m.text)).not.toContain("Saudi Arabia's");
    expect(score.linking.correct).toContainEqual(expect.objectContaining({ mention: 'Saudi Arabia', ours: 'Q851' }));
    expect(score.dates.correct.map((d) => d.when)).toContain('2015-09-11');
  });
});
