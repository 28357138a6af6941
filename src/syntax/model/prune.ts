import type { TableBytes } from './codec.js';

/** Drops the rows whose largest |weight| is below the table's threshold: most hashed features are rare and weak. */
export function pruneTable(t: TableBytes, minAbs: number): TableBytes {
  const nc = t.nClasses;
  const keep: number[] = [];
  for (let r = 0; r < t.keys.length; r++) {
    let max = 0;
    for (let c = 0; c < nc; c++) max = Math.max(max, Math.abs(t.weights[r * nc + c] as number));
    if (max >= minAbs) keep.push(r);
  }
  const keys = Uint32Array.from(keep, (r) => t.keys[r] as number);
  const weights = new Float32Array(keep.length * nc);
  keep.forEach((r, i) => weights.set(t.weights.subarray(r * nc, (r + 1) * nc), i * nc));
  return { keys, weights, nClasses: nc };
}
