export type { LegendEntry, RenderEdge, RenderGraph, RenderNode } from './types.js';
export { classColor } from './colors.js';
export { deriveRenderGraph, legend } from './derive.js';
export { emphasis, nodeVisible, reduceEdge, reduceNode } from './reduce.js';
export type { Emphasis } from './reduce.js';
export { GraphView } from './view.js';
