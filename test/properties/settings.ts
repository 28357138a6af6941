/**
 * Run counts and seed of the property tests. CI runs the defaults (fixed seed: reproducible);
 * NEWSGRAPH_FC_SCALE multiplies every count (e.g. 10 for a long local fuzzing session) and
 * NEWSGRAPH_FC_SEED picks another seed. On failure fast-check prints the seed and the shrunk
 * counterexample. The split is documented in docs/reliability.md.
 */
const scale = Number(process.env.NEWSGRAPH_FC_SCALE ?? 1);
const envSeed = process.env.NEWSGRAPH_FC_SEED;

export const RUNS = {
  /** Extraction only: never throws, offsets and anchors (cheap, ~1–3 ms a case). */
  extraction: 6000,
  /** Input parsing of mutated front matter and JSON Lines (cheap). */
  input: 2500,
  /** Map + serialise (Turtle and N-Triples) + re-parse + anchors + determinism (~10 ms a case). */
  rdf: 600,
  /** SHACL validation of the graph (expensive, ~50–100 ms a case). */
  shacl: 120,
};

export function runs(kind: keyof typeof RUNS): { numRuns: number; seed: number } {
  return { numRuns: Math.max(1, Math.round(RUNS[kind] * scale)), seed: envSeed ? Number(envSeed) : 20_251_125 };
}
