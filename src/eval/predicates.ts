import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Parser } from 'n3';
import { NS } from '../rdf/vocabulary.js';

/** What the ontology says about fact predicates, by local name: which are symmetric, and what each entails (rdfs:subPropertyOf, transitively). */
export interface PredicateSemantics {
  symmetric: Set<string>;
  /** The predicate itself and every ng: property it is a sub-property of. */
  entails(predicate: string): Set<string>;
}

const RDF_TYPE = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type';
const SUB_PROPERTY = 'http://www.w3.org/2000/01/rdf-schema#subPropertyOf';
const SYMMETRIC = 'http://www.w3.org/2002/07/owl#SymmetricProperty';

let cached: PredicateSemantics | undefined;

/** Read once from ontology/newsgraph.ttl, so the scorer and the published ontology cannot disagree. */
export function predicateSemantics(): PredicateSemantics {
  if (cached) return cached;
  const ng = NS.ng;
  const local = (iri: string) => (iri.startsWith(ng) ? iri.slice(ng.length) : undefined);
  const quads = new Parser().parse(readFileSync(join(import.meta.dirname, '../../ontology/newsgraph.ttl'), 'utf8'));
  const symmetric = new Set<string>();
  const parents = new Map<string, string[]>();
  for (const q of quads) {
    const s = local(q.subject.value);
    if (!s) continue;
    if (q.predicate.value === RDF_TYPE && q.object.value === SYMMETRIC) symmetric.add(s);
    const o = local(q.object.value);
    if (q.predicate.value === SUB_PROPERTY && o) parents.set(s, [...(parents.get(s) ?? []), o]);
  }
  const entails = (p: string) => {
    const out = new Set([p]);
    for (const x of out) for (const up of parents.get(x) ?? []) out.add(up);
    return out;
  };
  cached = { symmetric, entails };
  return cached;
}
