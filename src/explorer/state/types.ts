/** The corpus overview (entities tied by facts and shared events), the facts, or the events with their roles. */
export type ViewMode = 'overview' | 'facts' | 'events';

/** What the user looks at. Changed only through `reduce`; the URL mirrors the shareable part. */
export interface DisplayState {
  mode: ViewMode;
  /** Hide nodes without a visible link in the current view. */
  hideIsolated: boolean;
  /** Classes (IRIs) switched off in the legend. */
  hiddenClasses: ReadonlySet<string>;
  selected: string | null;
  hovered: string | null;
  /** Inclusive ISO day range over event dates; null ends are open. */
  dateFrom: string | null;
  dateTo: string | null;
  /** Article shown in the article view. */
  article: string | null;
  /** Which tab of the side panel is open. */
  tab: 'node' | 'article' | 'sparql' | 'add';
  /** Overview node size: by weighted degree (strength) or by mentions in the articles. */
  sizeBy: 'strength' | 'mentions';
  /** Node colour: by class, or by Louvain community (computed on demand). */
  colorBy: 'class' | 'community';
}

export type Action =
  | { type: 'setMode'; mode: ViewMode }
  | { type: 'toggleClass'; cls: string }
  | { type: 'showAllClasses' }
  | { type: 'setHideIsolated'; value: boolean }
  | { type: 'select'; id: string | null }
  | { type: 'hover'; id: string | null }
  | { type: 'setDateRange'; from: string | null; to: string | null }
  | { type: 'openArticle'; id: string | null }
  | { type: 'setTab'; tab: DisplayState['tab'] }
  | { type: 'setSizeBy'; by: DisplayState['sizeBy'] }
  | { type: 'setColorBy'; by: DisplayState['colorBy'] }
  | { type: 'reset'; state: DisplayState };
