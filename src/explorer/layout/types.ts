export type Positions = Map<string, { x: number; y: number }>;

/** Messages to the layout worker. */
export type LayoutRequest =
  | { type: 'start'; runId: number; nodes: string[]; xy: Float32Array; edges: Uint32Array; iterations: number; fixed?: Uint8Array }
  | { type: 'stop' };

/** Messages from the layout worker: positions after each batch, `done` after the last. */
export interface LayoutProgress {
  type: 'progress';
  runId: number;
  xy: Float32Array;
  iteration: number;
  done: boolean;
}
