/** Node-side loading of the shipped NER model (src/ner stays free of `fs` so that it also runs in a browser). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { deserialiseModel } from '../ner/model.js';
import type { NerModel } from '../ner/model.js';

export const NER_MODEL_PATH = join(import.meta.dirname, '../../models/ner/ner-en.bin');

let cached: NerModel | undefined;

export function loadNerModel(path = NER_MODEL_PATH): NerModel {
  if (path === NER_MODEL_PATH) return (cached ??= deserialiseModel(readFileSync(path)));
  return deserialiseModel(readFileSync(path));
}
