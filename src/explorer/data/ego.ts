import type { Dataset, EgoEvent } from './types.js';

/** At most this many events in a drill-down, the latest first: a head of state can have hundreds. */
const MAX_EGO_EVENTS = 40;

/** Role edges by event and events by entity, built once per dataset. */
const indexes = new WeakMap<Dataset, { roles: Map<string, [string, string][]>; events: Map<string, Set<string>> }>();

function indexOf(ds: Dataset) {
  let ix = indexes.get(ds);
  if (ix) return ix;
  ix = { roles: new Map(), events: new Map() };
  for (const e of ds.edges) {
    if (e.kind !== 'role') continue;
    const r = ix.roles.get(e.source);
    if (r) r.push([e.target, e.label]);
    else ix.roles.set(e.source, [[e.target, e.label]]);
    const ev = ix.events.get(e.target);
    if (ev) ev.add(e.source);
    else ix.events.set(e.target, new Set([e.source]));
  }
  indexes.set(ds, ix);
  return ix;
}

/** The events a node takes part in (or the event itself), with their entities and roles. */
export function egoEvents(ds: Dataset, node: string): EgoEvent[] {
  const ix = indexOf(ds);
  const ids = ds.nodes.get(node)?.kind === 'event' ? [node] : [...(ix.events.get(node) ?? [])];
  const date = (id: string) => ds.nodes.get(id)?.date ?? '';
  ids.sort((a, b) => (date(b) < date(a) ? -1 : date(b) > date(a) ? 1 : a < b ? -1 : 1));
  return ids.slice(0, MAX_EGO_EVENTS).map((id) => ({ id, roles: ix.roles.get(id) ?? [] }));
}
