export type { Positions, LayoutProgress, LayoutRequest } from './types.js';
export { seedPosition } from './seed.js';
export { placeNew } from './place.js';
export { LayoutRunner } from './runner.js';
export type { LayoutGraph } from './runner.js';
export { LayoutController } from './controller.js';
export { applyLayout, layoutKey, loadLayout, saveLayout } from './saved.js';
