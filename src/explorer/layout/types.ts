export type Positions = Map<string, { x: number; y: number }>;

/** Messages to the layout worker. */
export type LayoutRequest =
  /** Nodes by index: `xy` holds x then y of each, `edges` pairs of node indices, `fixed` 1 for nodes that stay put. */
  | { type: 'start'; runId: number; xy: Float32Array; edges: Uint32Array; iterations: number; fixed?: Uint8Array }
  | { type: 'stop' };

/** Messages from the layout worker: positions after each batch, `done` after the last. */
export interface LayoutProgress {
  type: 'progress';
  runId: number;
  xy: Float32Array;
  iteration: number;
  done: boolean;
}
