import type { Settings } from './types.js';

export type { Settings } from './types.js';

const DEFAULTS = {
  manifestUrl: 'graphs/manifest.json',
  maxRdfBytes: 64 * 1024 * 1024,
  maxTriples: 1_500_000,
  maxArticleChars: 2 * 1024 * 1024,
  edgeLabelZoom: 0.6,
  hideOnMoveAbove: 3000,
};

/** A relative, same-origin path only: no scheme, no `//host`, no `..`. */
function safeRelative(value: string | null, fallback: string): string {
  if (!value) return fallback;
  if (!/^[A-Za-z0-9_\-./]+$/.test(value) || value.startsWith('/') || value.split('/').includes('..')) return fallback;
  return value;
}

/** Reads the settings once from the page's query string (`?manifest=…`) and freezes them. */
export function loadSettings(search: string): Readonly<Settings> {
  const q = new URLSearchParams(search);
  const settings: Settings = {
    ...DEFAULTS,
    manifestUrl: safeRelative(q.get('manifest'), DEFAULTS.manifestUrl),
    layoutIterations: (n) => (n <= 2_000 ? 400 : n <= 12_000 ? 150 : 60),
  };
  return Object.freeze(settings);
}
