export type { LegendEntry, PackedView, RenderEdge, RenderGraph, RenderNode } from './types.js';
export { classColor, edgeStyle } from './colors.js';
export { deriveView } from './derive.js';
export { legend } from './legend.js';
export { unpackView, viewBuffers } from './packed.js';
export { NO_EMPHASIS, emphasis, nodeVisible, reduceEdge, reduceNode } from './reduce.js';
export type { Emphasis } from './reduce.js';
export { GraphView } from './view.js';
