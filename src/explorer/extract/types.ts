/**
 * Quads packed for the trip from the worker: each distinct term once in `terms`
 * ("N" + IRI, "B" + label, "L" + datatype or "@lang" + "\u0000" + value), and three term indices per quad.
 */
export interface PackedQuads {
  terms: string[];
  index: Uint32Array;
}

export type RdfRequest =
  | { type: 'parse'; id: number; text: string; name: string; maxTriples: number }
  | { type: 'extract'; id: number; text: string; name: string; base: string };

export type RdfResponse =
  | { type: 'quads'; id: number; quads: PackedQuads; prefixes: Record<string, string>; summary: string }
  | { type: 'error'; id: number; message: string };
