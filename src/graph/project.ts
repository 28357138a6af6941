import Graph from 'graphology';
import type { MultiDirectedGraph } from 'graphology';
import type { Quad } from '@rdfjs/types';
import type { QuadSource } from '../rdf/compact-store.js';
import { NG, NS, OWL, RDF, RDFS, SEM } from '../rdf/vocabulary.js';

export interface NodeAttributes {
  label: string;
  kind: 'entity' | 'event';
  /** Class IRIs. */
  types: string[];
  wikidata?: string;
  cameoCode?: string;
}

export interface EdgeAttributes {
  /** Predicate IRI. */
  predicate: string;
  label: string;
  kind: 'fact' | 'role';
}

const ROLE_PREDICATES = new Set([NG.agent.value, NG.target.value, SEM.hasPlace.value, NG.targetEvent.value, SEM.subEventOf.value]);

/**
 * The graphology view of the RDF: entities and events become nodes, binary facts and event roles
 * become edges. Derived from the store only, never built on the side.
 */
export function projectGraph(store: QuadSource): MultiDirectedGraph<NodeAttributes, EdgeAttributes> {
  const graph = new Graph.MultiDirectedGraph<NodeAttributes, EdgeAttributes>();
  const label = (iri: string) => (store.getObjects(iri, RDFS.label, null)[0]?.value ?? iri);
  for (const [cls, kind] of [[NG.Entity, 'entity'], [NG.Event, 'event']] as const) {
    for (const s of store.getSubjects(RDF.type, cls, null)) {
      const types = store.getObjects(s, RDF.type, null).map((t) => t.value).sort();
      const attrs: NodeAttributes = { label: label(s.value), kind, types };
      const wd = store.getObjects(s, OWL.sameAs, null).find((o) => o.value.startsWith(NS.wd));
      if (wd) attrs.wikidata = wd.value;
      const code = store.getObjects(s, NG.cameoCode, null)[0];
      if (code) attrs.cameoCode = code.value;
      graph.mergeNode(s.value, attrs);
    }
  }
  const edge = (q: Quad, kind: EdgeAttributes['kind']) => {
    if (!graph.hasNode(q.subject.value) || !graph.hasNode(q.object.value)) return;
    const local = q.predicate.value.replace(/^.*[#/]/, '');
    graph.addEdgeWithKey(`${q.subject.value} ${q.predicate.value} ${q.object.value}`, q.subject.value, q.object.value, { predicate: q.predicate.value, label: local, kind });
  };
  for (const q of store.match(null, null, null, null)) {
    if (q.object.termType !== 'NamedNode' || q.predicate.equals(RDF.type)) continue;
    if (q.predicate.value.startsWith(NS.ng) && !ROLE_PREDICATES.has(q.predicate.value) && graph.hasNode(q.subject.value) && graph.getNodeAttribute(q.subject.value, 'kind') === 'entity') edge(q as Quad, 'fact');
    else if (ROLE_PREDICATES.has(q.predicate.value)) edge(q as Quad, 'role');
  }
  return graph;
}
