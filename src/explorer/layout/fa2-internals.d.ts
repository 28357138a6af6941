// graphology-layout-forceatlas2's internals that its own worker uses; the package ships no types for them.
declare module 'graphology-layout-forceatlas2/iterate.js' {
  /** One ForceAtlas2 iteration over the flat node and edge matrices, in place. */
  export default function iterate(settings: object, nodes: Float32Array, edges: Float32Array): void;
}
declare module 'graphology-layout-forceatlas2/helpers.js' {
  import type Graph from 'graphology';
  export function graphToByteArrays(graph: Graph, getEdgeWeight: (edge: string, attributes: never) => number): { nodes: Float32Array; edges: Float32Array };
}
declare module 'graphology-layout-forceatlas2/defaults.js' {
  const defaults: Record<string, number | boolean>;
  export default defaults;
}
