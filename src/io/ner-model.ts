/** Node-side loading of the shipped NER model (src/ner stays free of `fs` so that it also runs in a browser). */
import { readFileSync } from 'node:fs';
import { deserialiseModel } from '../ner/model.js';
import type { NerModel } from '../ner/model.js';
import { packagePath } from '../package-root.js';

// From the package root, so it is found from src/ and from the compiled dist/src/ alike.
export const NER_MODEL_PATH = packagePath('models', 'ner', 'ner-en.bin');

let cached: NerModel | undefined;

export function loadNerModel(path = NER_MODEL_PATH): NerModel {
  if (path === NER_MODEL_PATH) return (cached ??= deserialiseModel(readFileSync(path)));
  return deserialiseModel(readFileSync(path));
}
