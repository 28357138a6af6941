/**
 * The recogniser model the pipeline uses, mirroring src/syntax/model/load.ts: in Node the shipped
 * models/ner/ner-en.bin is read on first use (fs reached through process.getBuiltinModule, so this module
 * still bundles for a browser); a browser calls loadNerModelFrom(url) first, and without a model the
 * pipeline falls back to its capitalisation rules alone.
 */
import { deserialiseModel } from './model.js';
import type { NerModel } from './model.js';

export const SHIPPED_NER_MODEL = 'ner-en.bin';

/** undefined: not looked for yet; null: looked for and not available (a browser that loaded none). */
let current: NerModel | null | undefined;

/** Makes `model` the one the pipeline uses; `null` switches the recogniser off (tests of the rules alone). */
export function useNerModel(model: NerModel | null): void {
  current = model;
}

/** The model in use, or undefined when none is available. */
export function nerModel(): NerModel | undefined {
  if (current === undefined) {
    const bytes = readShippedModel();
    current = bytes ? deserialiseModel(bytes) : null;
  }
  return current ?? undefined;
}

/** Fetches the model (the explorer does this lazily) and makes it the one in use. */
export async function loadNerModelFrom(url: string | URL): Promise<NerModel> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`NER model ${String(url)}: HTTP ${response.status}`);
  const model = deserialiseModel(new Uint8Array(await response.arrayBuffer()));
  current = model;
  return model;
}

interface NodeModules {
  fs: typeof import('node:fs');
  path: typeof import('node:path');
  url: typeof import('node:url');
}

/** NEWSGRAPH_NER_MODEL, else models/ner/ner-en.bin in the nearest folder above this module (src/ or dist/src/). */
function readShippedModel(): Uint8Array | undefined {
  const proc = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown; env?: Record<string, string | undefined> } }).process;
  const get = proc?.getBuiltinModule;
  if (!get) return undefined;
  const { fs, path, url } = { fs: get('node:fs'), path: get('node:path'), url: get('node:url') } as NodeModules;
  const env = proc?.env?.NEWSGRAPH_NER_MODEL;
  if (env) return new Uint8Array(fs.readFileSync(env));
  let dir = path.dirname(url.fileURLToPath(import.meta.url));
  for (let up = 0; up < 6; up++) {
    const file = path.join(dir, 'models', 'ner', SHIPPED_NER_MODEL);
    if (fs.existsSync(file)) return new Uint8Array(fs.readFileSync(file));
    dir = path.dirname(dir);
  }
  return undefined;
}
