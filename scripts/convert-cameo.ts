// npm run cameo:convert: PETRARCH2's CAMEO verb dictionary (../shared/dictionaries/petrarch2/CAMEO.2.0.txt, MIT)
// → data/lexicon/generated/cameo-verbs.json. Deterministic: the same input gives the same bytes.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatCameoDictionary, parseCameoDictionary } from './cameo-dictionary.js';
import { sharedDir } from './shared-path.js';

const ROOT = join(import.meta.dirname, '..');
export const CAMEO_SOURCE = join(sharedDir(ROOT), 'dictionaries/petrarch2/CAMEO.2.0.txt');
export const CAMEO_OUTPUT = join(ROOT, 'data/lexicon/generated/cameo-verbs.json');

export const CAMEO_PROVENANCE = {
  file: 'petrarch2/data/dictionaries/CAMEO.2.0.txt',
  repository: 'https://github.com/openeventdata/petrarch2',
  commit: '676801cd9cb2924bbbad09f86d15c9323e7097bf',
  licence: 'MIT',
  copyright: 'Copyright (c) 2015 Open Event Data Alliance (verb dictionary); Copyright (c) 2014 Open Event Data (repository). MIT licence: keep this notice with any copy or substantial portion.',
  generatedBy: 'scripts/convert-cameo.ts (npm run cameo:convert). Do not edit: re-run the converter.',
};

/** The dictionary's text and the repository's LICENSE (its notice travels with the converted copy). */
export function convertCameo(text: string, licence: string): string {
  return formatCameoDictionary(parseCameoDictionary(text, { ...CAMEO_PROVENANCE, licenceText: licence.trim().split(/\s*\n\s*\n\s*/).map((p) => p.replace(/\s+/g, ' ')) }));
}

if (process.argv[1] && import.meta.filename === process.argv[1]) {
  const json = convertCameo(readFileSync(CAMEO_SOURCE, 'latin1'), readFileSync(join(CAMEO_SOURCE, '../LICENSE'), 'utf8'));
  writeFileSync(CAMEO_OUTPUT, json);
  const { counts } = JSON.parse(json) as { counts: Record<string, number> };
  console.log(`${Object.entries(counts).map(([k, v]) => `${v} ${k}`).join(', ')} → ${CAMEO_OUTPUT}`);
}
