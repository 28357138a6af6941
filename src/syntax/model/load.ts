import { SyntaxModel } from './model.js';
import { SHIPPED_MODEL } from './shipped.js';

/** The model in use: loaded once, read-only after that (no article changes it). */
let current: SyntaxModel | undefined;

/** Makes `model` the one parse() and the pipeline use (tests, tools, or a browser that fetched it). */
export function useSyntaxModel(model: SyntaxModel): void {
  current = model;
}

/**
 * The model in use. In Node the shipped file is read on first use (fs reached through
 * process.getBuiltinModule, so this module still bundles for a browser); a browser calls loadSyntaxModel() first.
 */
export function syntaxModel(): SyntaxModel {
  if (current) return current;
  const bytes = readShippedModel();
  if (!bytes) throw new Error('no syntax model is loaded: in a browser, await loadSyntaxModel(url) before parsing');
  current = SyntaxModel.fromBytes(bytes);
  return current;
}

/** Fetches a gzipped model (the explorer does this lazily) and makes it the one in use. */
export async function loadSyntaxModel(url: string | URL): Promise<SyntaxModel> {
  const response = await fetch(url);
  if (!response.ok || !response.body) throw new Error(`syntax model ${String(url)}: HTTP ${response.status}`);
  const plain = response.body.pipeThrough(new DecompressionStream('gzip'));
  current = SyntaxModel.fromBytes(new Uint8Array(await new Response(plain).arrayBuffer()));
  return current;
}

interface NodeModules {
  fs: typeof import('node:fs');
  zlib: typeof import('node:zlib');
  path: typeof import('node:path');
  url: typeof import('node:url');
}

function nodeModules(): NodeModules | undefined {
  const proc = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process;
  const get = proc?.getBuiltinModule;
  if (!get) return undefined;
  return { fs: get('node:fs'), zlib: get('node:zlib'), path: get('node:path'), url: get('node:url') } as NodeModules;
}

/** NEWSGRAPH_SYNTAX_MODEL, else models/syntax/<file> in the nearest folder above this module (src/ or dist/src/). */
function readShippedModel(): Uint8Array | undefined {
  const node = nodeModules();
  if (!node) return undefined;
  const { fs, zlib, path, url } = node;
  const env = (globalThis as { process?: { env?: Record<string, string | undefined> } }).process?.env?.NEWSGRAPH_SYNTAX_MODEL;
  const read = (file: string) => {
    const raw = fs.readFileSync(file);
    return new Uint8Array(file.endsWith('.gz') ? zlib.gunzipSync(raw) : raw);
  };
  if (env) return read(env);
  let dir = path.dirname(url.fileURLToPath(import.meta.url));
  for (let up = 0; up < 6; up++) {
    const file = path.join(dir, 'models', 'syntax', SHIPPED_MODEL);
    if (fs.existsSync(file)) return read(file);
    dir = path.dirname(dir);
  }
  throw new Error(`the syntax model models/syntax/${SHIPPED_MODEL} was not found above ${url.fileURLToPath(import.meta.url)}`);
}
