import type { Action, DisplayState, ViewMode } from './types.js';

export const INITIAL_STATE: DisplayState = {
  mode: 'overview',
  hiddenClasses: new Set(),
  hideIsolated: false,
  selected: null,
  hovered: null,
  dateFrom: null,
  dateTo: null,
  article: null,
  tab: 'node',
  sizeBy: 'strength',
  colorBy: 'class',
};

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The pure reducer of the display state. */
export function reduce(state: DisplayState, action: Action): DisplayState {
  switch (action.type) {
    case 'setMode':
      return state.mode === action.mode ? state : { ...state, mode: action.mode };
    case 'toggleClass': {
      const hidden = new Set(state.hiddenClasses);
      if (!hidden.delete(action.cls)) hidden.add(action.cls);
      return { ...state, hiddenClasses: hidden };
    }
    case 'showAllClasses':
      return state.hiddenClasses.size ? { ...state, hiddenClasses: new Set() } : state;
    case 'setHideIsolated':
      return state.hideIsolated === action.value ? state : { ...state, hideIsolated: action.value };
    case 'select':
      return { ...state, selected: action.id, tab: action.id ? 'node' : state.tab };
    case 'hover':
      return state.hovered === action.id ? state : { ...state, hovered: action.id };
    case 'setDateRange': {
      const from = action.from && DAY.test(action.from) ? action.from : null;
      const to = action.to && DAY.test(action.to) ? action.to : null;
      return { ...state, dateFrom: from, dateTo: to };
    }
    case 'openArticle':
      return { ...state, article: action.id, tab: action.id ? 'article' : state.tab };
    case 'setTab':
      return { ...state, tab: action.tab };
    case 'setSizeBy':
      return state.sizeBy === action.by ? state : { ...state, sizeBy: action.by };
    case 'setColorBy':
      return state.colorBy === action.by ? state : { ...state, colorBy: action.by };
    case 'reset':
      return action.state;
  }
}

/** The shareable part of the state as a URL hash (`#sel=…&mode=events&hide=…&from=…&to=…`). */
export function toHash(state: DisplayState): string {
  const p = new URLSearchParams();
  if (state.selected) p.set('sel', state.selected);
  if (state.mode !== 'overview') p.set('mode', state.mode);
  if (state.hideIsolated) p.set('linked', '1');
  if (state.hiddenClasses.size) p.set('hide', [...state.hiddenClasses].sort().join(' '));
  if (state.dateFrom) p.set('from', state.dateFrom);
  if (state.dateTo) p.set('to', state.dateTo);
  if (state.article) p.set('article', state.article);
  if (state.sizeBy !== 'strength') p.set('size', state.sizeBy);
  if (state.colorBy !== 'class') p.set('color', state.colorBy);
  const s = p.toString();
  return s ? `#${s}` : '';
}

/** Reads (and validates) a URL hash; anything malformed falls back to the default. */
export function fromHash(hash: string): DisplayState {
  const p = new URLSearchParams(hash.replace(/^#/, ''));
  const m = p.get('mode');
  const mode: ViewMode = m === 'events' || m === 'facts' ? m : 'overview';
  const hide = (p.get('hide') ?? '').split(' ').filter((c) => c.length > 0 && c.length < 2000);
  const state = reduce({ ...INITIAL_STATE, mode, hiddenClasses: new Set(hide), hideIsolated: p.get('linked') === '1', sizeBy: p.get('size') === 'mentions' ? 'mentions' : 'strength', colorBy: p.get('color') === 'community' ? 'community' : 'class', selected: p.get('sel') || null, article: p.get('article') || null }, { type: 'setDateRange', from: p.get('from'), to: p.get('to') });
  return state.article && !state.selected ? { ...state, tab: 'article' } : state;
}
