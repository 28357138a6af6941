import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { articleFromText, defaultKnowledge, extractArticle } from '../src/index.js';

// Actors and targets found beyond the trigger's own clause; fixtures in test/fixtures/roles.
const fixture = (name: string) => extractArticle({ ...articleFromText(readFileSync(join(import.meta.dirname, 'fixtures/roles', name), 'utf8'), name, name), date: '2024-03-08' }, defaultKnowledge());
const facts = (x: ReturnType<typeof fixture>) => x.facts.filter((f) => 'entity' in f.object && f.stated).map((f) => `${f.subject} ${f.predicate} ${'entity' in f.object ? f.object.entity : ''}`);

describe('claims of responsibility', () => {
  const x = fixture('claims.txt');
  it('"claimed responsibility for the attack" makes the claimant the author of the attack it refers to', () => {
    expect(facts(x)).toContain('al-shabaab attacked mogadishu');
  });
  it('a bare "claimed responsibility" claims the latest attack', () => {
    expect(facts(x)).toContain('taliban attacked herat');
  });
  it('a negated claim claims nothing', () => {
    expect(x.events.find((e) => e.trigger.text === 'roadside bomb')?.agents).toEqual([]);
  });
  it('an attack with an author keeps it', () => {
    expect(x.events.find((e) => e.trigger.text === 'attacked')?.agents).toEqual(['boko-haram']);
  });
});
