import { readFileSync, statSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import type { Quad } from '@rdfjs/types';
import { InputError } from '../errors.js';
import { decode } from '../io/decode.js';
import { writeAtomic } from '../io/write-output.js';
import { formatFor, parseAny, serialize } from '../rdf/serialize.js';
import type { RdfFormat } from '../rdf/serialize.js';
import { DEFAULT_BASE } from '../rdf/vocabulary.js';
import { packagePath } from '../package-root.js';

/** A graph file given to `export` or `query`, with its format taken from the extension. */
export interface GraphFile {
  path: string;
  format: RdfFormat;
  text: string;
}

export function readGraphFiles(paths: string[], inputFormat?: string): GraphFile[] {
  if (paths.length === 0) throw new InputError('(arguments)', 'no graph file given');
  return paths.map((path) => {
    try {
      statSync(path);
    } catch {
      throw new InputError(path, 'no such file');
    }
    let format: RdfFormat;
    try {
      format = formatFor(inputFormat, extname(path) === '' ? undefined : path);
    } catch (e) {
      throw new InputError(path, (e as Error).message);
    }
    return { path, format, text: decode(path) };
  });
}

/** Parses every file (n3 or jsonld) into one list of quads; a syntax error names its file. */
export async function parseGraphFiles(files: GraphFile[]): Promise<Quad[]> {
  const out: Quad[] = [];
  for (const f of files) {
    try {
      for (const q of await parseAny(f.text, f.format)) out.push(q);
    } catch (e) {
      throw new InputError(f.path, `not valid ${f.format}: ${(e as Error).message.split('\n')[0]}`);
    }
  }
  return out;
}

const ONTOLOGY_DIR = packagePath('ontology');

/**
 * Writes the ontology and the SHACL shapes beside `output`, in the same format
 * (out/graph.trig → out/newsgraph.trig and out/shapes.trig). Returns the paths written.
 */
export async function writeOntologyBeside(output: string, format: RdfFormat): Promise<string[]> {
  const written: string[] = [];
  for (const name of ['newsgraph', 'shapes']) {
    const src = join(ONTOLOGY_DIR, `${name}.ttl`);
    const target = join(dirname(output), `${name}.${format}`);
    if (target === output || basename(target) === basename(output)) throw new InputError(output, `the ontology would overwrite the output: name the output something other than ${basename(target)}`);
    if (format === 'ttl') writeAtomic(target, readFileSync(src, 'utf8'));
    else writeAtomic(target, await serialize(await parseAny(readFileSync(src, 'utf8'), 'ttl'), format, DEFAULT_BASE));
    written.push(target);
  }
  return written;
}
