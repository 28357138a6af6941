import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { articleFromText, defaultKnowledge, extractArticle } from '../../src/index.js';

/** Extracts a fixture of test/fixtures/names and looks its entities up by the text of a mention. */
export function namesFixture(file: string) {
  const x = extractArticle(articleFromText(readFileSync(join(import.meta.dirname, '../fixtures/names', file), 'utf8'), file, file), defaultKnowledge());
  const entity = (text: string) => x.entities.get(x.mentions.find((m) => m.text === text)?.refs[0] ?? '');
  return { x, entity, typeOf: (text: string) => entity(text)?.type };
}
