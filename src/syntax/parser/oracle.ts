import { LEFT, REDUCE, RIGHT, SHIFT, type ParserState } from './state.js';

/**
 * The dynamic oracle of Goldberg and Nivre (2012) for arc-eager: how many gold arcs, still reachable, an
 * action makes unreachable. `gold[i]` is word i's gold head (0 = root); index 0 unused.
 */
export function actionCost(state: ParserState, action: number, gold: Int32Array): number {
  const s = state.s0;
  const b = state.b;
  const n = state.n;
  const headless = (k: number) => (state.heads[k] as number) < 0;
  // The root arc is reachable only while the root has no dependent.
  const reachableHead = (h: number) => (h === 0 ? state.rootArcs === 0 : state.inStack[h] === 1 || h >= b);
  let cost = 0;
  switch (action) {
    case SHIFT: {
      // b's head in the stack, and b's headless dependents in the stack, are lost.
      const g = gold[b] as number;
      if ((g === 0 && state.rootArcs === 0) || (g > 0 && g < b && state.inStack[g] === 1)) cost++;
      for (let i = 0; i < state.sp; i++) {
        const k = state.stack[i] as number;
        if (k > 0 && headless(k) && gold[k] === b) cost++;
      }
      return cost;
    }
    case REDUCE:
      for (let k = b; k <= n; k++) if (gold[k] === s) cost++;
      return cost;
    case LEFT: {
      const g = gold[s] as number;
      if (g > b) cost++;
      for (let k = b; k <= n; k++) if (gold[k] === s) cost++;
      return cost;
    }
    case RIGHT: {
      const g = gold[b] as number;
      if (g !== s && reachableHead(g)) cost++;
      for (let i = 0; i < state.sp; i++) {
        const k = state.stack[i] as number;
        if (k > 0 && headless(k) && gold[k] === b) cost++;
      }
      return cost;
    }
    default:
      return cost;
  }
}

export { LEFT, REDUCE, RIGHT, SHIFT };
