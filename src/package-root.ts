import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The package's root folder – package.json, data/, ontology/, models/ – found from this module, which
 * runs from src/ (tsx, tests) or from dist/src/ (the compiled CLI): relative paths such as '../../ontology'
 * would differ by one level between the two. Node only (the explorer bundles its data instead).
 */
export const PACKAGE_ROOT: string = findRoot(dirname(fileURLToPath(import.meta.url)));

/** A path inside the package: packagePath('models', 'syntax.bin'). */
export const packagePath = (...parts: string[]): string => join(PACKAGE_ROOT, ...parts);

function findRoot(from: string): string {
  for (let d = from; ; d = dirname(d)) {
    if (existsSync(join(d, 'package.json'))) return d;
    if (dirname(d) === d) return dirname(from);
  }
}
