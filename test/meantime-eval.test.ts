// The MEANTIME scorer (src/eval/meantime): which gold mentions are names, and how names, organisations, links
// and dates are counted. Fixture: the first two sentences of MEANTIME English document 1007169 ("Mary Barra
// appointed as General Motors chief", Wikinews 2013-12-10), with its gold entities and TIMEX3 for that part.
// MEANTIME corpus, © 2015 FBK, VU Amsterdam, UPV/EHU, NewsReader project, CC BY 4.0; text Wikinews, CC BY 2.5.
import { describe, expect, it } from 'vitest';
import { defaultData, defaultKnowledge } from '../src/knowledge/index.js';
import { extractArticle } from '../src/extract/pipeline.js';
import { linkIndex } from '../src/eval/gum/index.js';
import { goldNames, linkCheck, linkRight, scoreMeantime } from '../src/eval/meantime/index.js';
import type { MeantimeDoc } from '../src/eval/meantime/index.js';

const text = "The United States's largest car manufacturer General Motors today named Mary Barra as its new chief executive. Barra, 51, will be the first woman to lead a firm in the American auto industry. ";
const doc: MeantimeDoc = {
  id: 'meantime-1007169',
  source: 'meantime',
  date: '2013-12-10',
  title: 'Mary Barra appointed as General Motors chief',
  text,
  annotated_end: text.length,
  entities: [
    { key: 'ORG37406424148086837', label: 'General Motors', type: 'Organization', dbpedia: 'http://dbpedia.org/resource/General_Motors', wikidata: null, aliases: [], mentions: [[0, 44], [45, 59], [86, 89], [154, 160]] },
    { key: 'local-1007169-43', label: 'General Motors', type: 'Organization', dbpedia: null, wikidata: null, aliases: [], mentions: [[0, 59]] },
    { key: 'LOC27735327659249054', label: 'United States of America', type: 'Place', dbpedia: 'http://dbpedia.org/resource/United_States', wikidata: null, aliases: [], mentions: [[4, 17], [168, 176]] },
    { key: 'PRO37402535305680047', label: 'automobile', type: 'Product', dbpedia: null, wikidata: null, aliases: [], mentions: [[28, 31], [177, 181]] },
    { key: 'PER46392683046404347', label: 'Mary Barra', type: 'Person', dbpedia: 'http://dbpedia.org/resource/Mary_Barra', wikidata: null, aliases: [], mentions: [[72, 82], [111, 116], [130, 160]] },
  ],
  timex: [{ text: 'today', type: 'DATE', value: '2013-12-10', begin: 60, end: 65 }],
  unlinked_mentions: [],
};

const gazetteer = defaultData().gazetteer;
const check = linkCheck(gazetteer, linkIndex(gazetteer));

describe('MEANTIME gold names', () => {
  it('keeps names, not descriptions, pronouns, demonyms or products', () => {
    // "The United States's largest car manufacturer" is a description; "its", "a firm" are not names;
    // "American" is a demonym adjective; "car" is a Product.
    expect(goldNames(doc, check.demonyms).map((g) => g.text)).toEqual(['United States', 'General Motors', 'Mary Barra', 'Barra']);
  });
});

describe('MEANTIME scoring', () => {
  const score = scoreMeantime(doc, extractArticle({ id: doc.id, text, date: doc.date, origin: 'fixture' }, defaultKnowledge()), check);

  it('counts every gold name once, found or missed', () => {
    expect(score.names.tp + score.names.fn).toBe(4);
    expect(score.orgs.total).toBe(1);
  });

  it('reads the date against the document date', () => {
    expect(score.dates.total).toBe(1);
    expect(score.dates.correct.length + score.dates.wrong.length + score.dates.missed.length).toBe(1);
  });

  it('judges a link by the gold title: the gazetteer id of the United States is right for United_States, not for General_Motors', () => {
    const us = gazetteer.find((e) => e.label === 'United States')?.wikidata;
    expect(us).toBeDefined();
    expect(linkRight(check, 'United States', us!)).toBe(true);
    expect(linkRight(check, 'General Motors', us!)).toBe(false);
  });
});
