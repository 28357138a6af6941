export { wholeTurtle, subsetTurtle, toNTriples } from './turtle.js';
export { snapshotPng } from './snapshot.js';
