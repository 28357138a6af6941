export type { Action, DisplayState, ViewMode } from './types.js';
export { INITIAL_STATE, reduce, toHash, fromHash } from './reduce.js';
export { StateStore, syncWithUrl } from './store.js';
export type { StateListener } from './store.js';
