import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { articleFromText, defaultKnowledge, extractArticle } from '../src/index.js';

// Statements that accuse or denounce (src/extract/events/speech-acts.ts; cameoNaming in src/extract/events/cameo/trigger-source.ts).
const p = join(import.meta.dirname, 'fixtures/roles/speech-acts.txt');
const x = extractArticle({ ...articleFromText(readFileSync(p, 'utf8'), 'speech-acts', p), date: '2024-03-08' }, defaultKnowledge());
const events = (trigger: string) => x.events.filter((e) => e.trigger.text === trigger && e.mergedInto === undefined);

describe('speech acts with content', () => {
  it('"said Somalia was behind the attack" accuses Somalia, and the attack is Somalia’s as claimed', () => {
    const said = events('said').find((e) => e.agents.includes('kenya'));
    expect(said).toMatchObject({ code: '112', targets: ['somalia'] });
    expect(events('attack')[0]).toMatchObject({ agents: ['somalia'], modality: 'reported' });
    expect(x.facts.some((f) => f.stated && f.subject === 'kenya' && f.predicate === 'accused')).toBe(true);
  });
  it('"called Assad a dictator" denounces him (CAMEO: CALL * DICTATOR, 111); "called Putin" is a phone call', () => {
    const called = events('called');
    expect(called.find((e) => e.targets.includes('bashar-al-assad'))?.code).toBe('111');
    expect(called.find((e) => e.targets.includes('vladimir-putin'))?.code).toBe('041');
  });
  it('a plain statement stays a statement (010)', () => {
    expect(events('said').find((e) => e.agents.includes('germany'))?.code).toBe('010');
  });
});
