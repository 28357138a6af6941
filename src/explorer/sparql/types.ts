export type SparqlRequest =
  | { type: 'load'; id: number; ntriples: string }
  | { type: 'query'; id: number; query: string };

export type SparqlResult =
  | { kind: 'bindings'; vars: string[]; rows: (SparqlCell | null)[][] }
  | { kind: 'boolean'; value: boolean }
  | { kind: 'quads'; ntriples: string; count: number };

export interface SparqlCell {
  termType: 'NamedNode' | 'BlankNode' | 'Literal' | 'Quad' | 'Variable' | 'DefaultGraph';
  value: string;
  datatype?: string;
  language?: string;
}

export type SparqlResponse =
  | { type: 'loaded'; id: number; size: number }
  | { type: 'result'; id: number; result: SparqlResult; ms: number }
  | { type: 'error'; id: number; message: string };
