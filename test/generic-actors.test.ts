import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parsePhoenixAgents } from '../src/knowledge/phoenix-agents.js';
import { extractText } from './helpers/extract.js';

const event = (text: string, trigger: string) => extractText(text).events.find((e) => e.trigger.text === trigger);

describe('generic actors (PETRARCH2 Phoenix.agents.txt)', () => {
  it('parses phrases, plurals, irregular plurals, "{}" and substitution markers', () => {
    const agents = parsePhoenixAgents(['!PERSON! = MAN, MEN', 'SOLDIER [~MIL]', 'LAWMAN {LAWMEN} [~COP]', 'POLICE {} [~COP] # no plural', 'POLICE!PERSON! [~COP]'].join('\n'));
    expect(agents.map((a) => `${a.phrase} ${a.code}`)).toEqual(['soldier ~MIL', 'soldiers ~MIL', 'lawman ~COP', 'lawmen ~COP', 'police ~COP', 'policeman ~COP', 'policemen ~COP']);
  });
  it('the generated file is what the converter makes of the shared dictionary', () => {
    const root = join(import.meta.dirname, '..');
    const shared = [join(root, '../shared'), join(root, '../../shared')].find((p) => { try { readFileSync(join(p, 'dictionaries/petrarch2/Phoenix.agents.txt')); return true; } catch { return false; } });
    if (!shared) return;
    const made = parsePhoenixAgents(readFileSync(join(shared, 'dictionaries/petrarch2/Phoenix.agents.txt'), 'utf8'));
    const shipped = JSON.parse(readFileSync(join(root, 'data/lexicon/generated/phoenix-agents.json'), 'utf8')) as { agents: unknown[] };
    expect(shipped.agents).toEqual(made);
  });
  it('"Russian officials accused Washington": the officials act for Russia\'s government', () => {
    expect(event('Russian officials accused Washington of backing the rebels.', 'accused')?.agents).toEqual(['russia-government']);
  });
  it('every conjunct qualifies: "the delegations of Cyprus, Greece and Israel had met"', () => {
    expect(event('On Thursday, the delegations of Cyprus, Greece and Israel had met for their seventh trilateral summit.', 'met')?.agents).toEqual(['cyprus-government', 'greece-government', 'israel-government']);
  });
  it('a described group is no side: "ethnic Armenian forces" do not act for Armenia', () => {
    expect(event('Ethnic Armenian officials accused Baku of shelling the town.', 'accused')?.agents ?? []).not.toContain('armenia-government');
  });
  it('people who act for no state (farmers) are a group of their own, not their country', () => {
    expect(event('Russian farmers accused Washington of raising tariffs.', 'accused')?.agents).toEqual(['russia-farmers']);
  });
});

describe('news outlets are channels, not addressees', () => {
  it('"told Reuters" makes no fact about Reuters; "told Macron" does', () => {
    const x = extractText('"We are ready," Russian Foreign Minister Sergei Lavrov told Reuters. Lavrov later told Emmanuel Macron that talks could resume.');
    const told = x.events.filter((e) => e.trigger.text === 'told');
    expect(told.flatMap((e) => e.targets)).toEqual(['emmanuel-macron']);
  });
});
