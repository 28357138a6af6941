import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { articleFromText, buildGraph, parseRdf, serialize, NS } from '../src/index.js';
import { validateShacl } from '../src/validate/shacl.js';
import { BASE, articleFiles } from './helpers/graphs.js';
import { found } from './helpers/found.js';

const DIR = join(import.meta.dirname, 'fixtures/unseen');
const shapes = parseRdf(readFileSync(join(import.meta.dirname, '../ontology/shapes.ttl'), 'utf8'));

async function buildChecked(text: string, id: string) {
  const r = buildGraph([articleFromText(text, id, id)], { base: BASE, date: '2024-03-13' });
  const quads = r.store.getQuads(null, null, null, null);
  const ttl = await serialize(quads, 'ttl', BASE);
  expect(parseRdf(ttl).length).toBe(quads.length);
  expect(await validateShacl(shapes, quads)).toEqual([]);
  return r;
}

describe('unseen and awkward text', () => {
  it.each(readdirSync(DIR).filter((f) => f.endsWith('.txt')))('%s builds into valid RDF', async (f) => {
    await buildChecked(readFileSync(join(DIR, f), 'utf8'), f);
  });
  it('keeps working without apostrophes ("Guatemala s attorney general")', async () => {
    const r = await buildChecked(readFileSync(join(DIR, 'stripped-apostrophes.txt'), 'utf8'), 'stripped');
    expect(r.store.getSubjects(`${NS.owl}sameAs`, `${NS.wd}Q774`, null)).toHaveLength(1);
  });
  it('does not take a dateline city for the place of what the article reports', async () => {
    const r = await buildChecked(readFileSync(join(DIR, 'dateline-list.txt'), 'utf8'), 'dateline');
    const summon = found(r.extractions[0]!.events.find((e) => e.trigger.text === 'said'), '"said"');
    expect(summon.places).not.toContain('ankara');
  });
  it('handles a very long article (all bundled articles joined, ten times)', async () => {
    const body = articleFiles().map((f) => readFileSync(f, 'utf8').replace(/^---[\s\S]*?---\n/, '')).join('\n\n');
    const r = buildGraph([articleFromText(Array(10).fill(body).join('\n\n'), 'long', 'long')], { base: BASE, date: '2024-03-13' });
    expect(r.stats.events).toBeGreaterThan(500);
  }, 120_000);
});
