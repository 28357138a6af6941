import SHACLValidator from 'rdf-validate-shacl';
import rdf from '@zazuko/env';
import type { Quad } from '@rdfjs/types';

export interface Violation {
  focus: string;
  path?: string;
  message: string;
}

/** Validates data against SHACL shapes (both as RDF/JS quads); returns the violations, empty when it conforms. */
export async function validateShacl(shapes: Quad[], data: Quad[]): Promise<Violation[]> {
  const validator = new SHACLValidator(rdf.dataset(shapes), { factory: rdf });
  const report = await validator.validate(rdf.dataset(data));
  return report.results.map((r) => ({
    focus: r.focusNode?.value ?? '',
    ...(r.path ? { path: r.path.value } : {}),
    message: r.message.map((m) => m.value).join('; ') || String(r.sourceConstraintComponent?.value ?? ''),
  }));
}
