import type { SparqlRequest, SparqlResponse, SparqlResult } from './types.js';

export type { SparqlResult, SparqlCell } from './types.js';
type WithoutId<T> = T extends unknown ? Omit<T, 'id'> : never;

export const EXAMPLE_QUERIES: { name: string; query: string }[] = [
  {
    name: 'Facts with their evidence',
    query: `PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
PREFIX ng: <https://w3id.org/newsgraph/ontology#>
SELECT ?subject ?predicate ?object ?modality ?sentence WHERE {
  ?f a ng:Fact ; rdf:subject ?s ; rdf:predicate ?predicate ; rdf:object ?o ;
     ng:modality ?modality ; prov:wasDerivedFrom ?sent .
  ?s rdfs:label ?subject . ?o rdfs:label ?object . ?sent nif:anchorOf ?sentence .
} ORDER BY ?subject LIMIT 100`,
  },
  {
    name: 'Events by CAMEO code',
    query: `PREFIX ng: <https://w3id.org/newsgraph/ontology#>
SELECT ?code ?label (COUNT(?e) AS ?events) WHERE {
  ?e ng:cameoCode ?code ; ng:cameoLabel ?label .
} GROUP BY ?code ?label ORDER BY DESC(?events) ?code`,
  },
  {
    name: 'CONSTRUCT: who called or met whom',
    query: `PREFIX ng: <https://w3id.org/newsgraph/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
CONSTRUCT { ?a ?p ?b . ?a rdfs:label ?la . ?b rdfs:label ?lb . ?a a ng:Entity . ?b a ng:Entity . }
WHERE { VALUES ?p { ng:called ng:metWith ng:negotiatedWith } ?a ?p ?b . ?a rdfs:label ?la . ?b rdfs:label ?lb . }`,
  },
];

/** Client of the SPARQL worker (Oxigraph). The store is reloaded lazily when the graph changed. */
export class SparqlEngine {
  private worker: Worker | null = null;
  private next = 0;
  private loadedVersion = -1;
  private pending = new Map<number, (r: SparqlResponse) => void>();

  private ensure(): Worker {
    if (!this.worker) {
      this.worker = new Worker(new URL('./sparql.worker.ts', import.meta.url), { type: 'module' });
      this.worker.onmessage = (e: MessageEvent<SparqlResponse>) => {
        const cb = this.pending.get(e.data.id);
        this.pending.delete(e.data.id);
        cb?.(e.data);
      };
      this.worker.onerror = (e) => {
        for (const cb of this.pending.values()) cb({ type: 'error', id: -1, message: e.message || 'SPARQL worker failed' });
        this.pending.clear();
        this.worker?.terminate();
        this.worker = null;
        this.loadedVersion = -1;
      };
    }
    return this.worker;
  }

  private call(req: WithoutId<SparqlRequest>): Promise<SparqlResponse> {
    const id = ++this.next;
    return new Promise((resolve) => {
      this.pending.set(id, resolve);
      this.ensure().postMessage({ ...req, id });
    });
  }

  async query(query: string, version: number, ntriples: () => Promise<string>): Promise<{ result: SparqlResult; ms: number }> {
    if (version !== this.loadedVersion) {
      const r = await this.call({ type: 'load', ntriples: await ntriples() });
      if (r.type === 'error') throw new Error(r.message);
      this.loadedVersion = version;
    }
    const r = await this.call({ type: 'query', query });
    if (r.type === 'error') throw new Error(r.message);
    if (r.type !== 'result') throw new Error('unexpected answer from the SPARQL worker');
    return { result: r.result, ms: r.ms };
  }
}
