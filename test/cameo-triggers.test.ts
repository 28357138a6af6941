import { describe, expect, it } from 'vitest';
import { defaultKnowledge, extractArticle } from '../src/index.js';

// The CAMEO dictionary (PETRARCH2, MIT) as the pipeline's second trigger source (src/extract/events/cameo/trigger-source.ts).
const kb = defaultKnowledge();
const events = (text: string) =>
  extractArticle({ id: 't', text, origin: 't' }, kb)
    .events.filter((e) => e.mergedInto === undefined)
    .map((e) => ({ code: e.code, trigger: e.trigger.text, agents: e.agents }));

describe('CAMEO verb dictionary in the pipeline', () => {
  it('codes a main-clause verb the lexicon lacks by its pattern: "granted asylum" is 075', () => {
    // PLOVER-GSR01-AID-0010 (PLOVER gold standard records © 2016 Open Event Data Alliance, CC BY-SA 4.0)
    const text = "Peru has granted diplomatic asylum to five Panamanian army officers holed up in a diplomatic residence since last month's U.S. invasion, the Peruvian embassy said on Tuesday.";
    expect(events(text)).toContainEqual({ code: '075', trigger: 'granted', agents: ['peru'] });
  });

  it("a `---` pattern vetoes the lexicon's verb: a released report, an accident, a seized opportunity are no events", () => {
    expect(events("Iran's health ministry released a report on the outbreak on Monday.")).toEqual([]);
    expect(events('Five Nigerian soldiers were killed in an accident near Abuja.')).toEqual([]);
    expect(events('Nigerian troops seized the opportunity to retake the town.').map((e) => e.code)).not.toContain('171');
    // The verb in its event sense is still coded.
    expect(events('Iran released two British sailors on Monday.').map((e) => e.code)).toEqual(['0841']);
  });

  it('a block\'s code codes a root verb, also one the lexicon knows only as a noun ("riot")', () => {
    expect(events('The Kenyan government outlawed the group on Friday.')).toContainEqual({ code: '172', trigger: 'outlawed', agents: ['kenya-government'] });
    expect(events('Serb protesters rioted in the capital.').map((e) => e.code)).toContain('145');
  });
});
