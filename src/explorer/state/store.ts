import { fromHash, reduce, toHash } from './reduce.js';
import type { Action, DisplayState } from './types.js';

export type StateListener = (next: DisplayState, prev: DisplayState) => void;

/** The app's one loop: `dispatch` reduces, then each listener refreshes what changed, in subscription order. */
export class StateStore {
  private readonly listeners: StateListener[] = [];

  constructor(private current: DisplayState) {}

  get state(): DisplayState {
    return this.current;
  }

  dispatch(action: Action): void {
    const prev = this.current;
    const next = reduce(prev, action);
    if (next === prev) return;
    this.current = next;
    for (const l of this.listeners) l(next, prev);
  }

  subscribe(listener: StateListener): void {
    this.listeners.push(listener);
  }
}

/** Mirrors the shareable part of the state in the URL hash, and follows a hash edited by hand. */
export function syncWithUrl(store: StateStore): void {
  store.subscribe((next, prev) => {
    const hash = toHash(next);
    if (hash !== toHash(prev)) history.replaceState(null, '', `${location.pathname}${location.search}${hash}`);
  });
  window.addEventListener('hashchange', () => store.dispatch({ type: 'reset', state: { ...fromHash(location.hash), tab: store.state.tab } }));
}
