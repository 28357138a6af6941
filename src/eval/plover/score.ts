/** Scores the events produced for one PLOVER record: category, source, target, full match, false alarms. */
import { nameMatches, normaliseName } from './names.js';
import type { Demonyms } from './names.js';
import { categoryMatches, gold2021, ploverCategory } from './table.js';
import type { PloverTable } from './table.js';
import type { CodedEvent, PloverActor, PloverRecord, PloverRecordScore } from './types.js';

const actors = (v: unknown): PloverActor[] => (Array.isArray(v) ? (v as PloverActor[]).filter((a) => typeof a?.actorText === 'string') : []);

export function scorePlover(record: PloverRecord, events: readonly CodedEvent[], table: PloverTable, demonyms: Demonyms): PloverRecordScore {
  const norm = (s: string) => normaliseName(s, demonyms);
  const goldSources = actors(record.source).map((a) => norm(a.actorText));
  const reciprocal = /\(SRC\/TAR:/.test(record.textInfo?.markup ?? '');
  const goldTargets = reciprocal ? [] : actors(record.target).map((a) => norm(a.actorText));
  const hits = (names: readonly string[][], gold: readonly string[][]) => names.some((n) => gold.some((g) => nameMatches(n, g)));

  const scored = events.filter((e) => ploverCategory(table, e.code) !== undefined);
  const right = scored.filter((e) => categoryMatches(table, e.code, record.event));
  const judged = right.map((e) => {
    const norms = (xs: string[][]) => xs.map((names) => names.map(norm));
    const sources = norms(e.sources);
    const targets = norms(e.targets);
    // Reciprocal records (CAMEO's mutual codings) accept an actor in either role.
    const source = sources.some((n) => hits(n, goldSources)) || (reciprocal && targets.some((n) => hits(n, goldSources)));
    const target = goldTargets.length ? targets.some((n) => hits(n, goldTargets)) : undefined;
    return { source, target };
  });
  const target = goldTargets.length ? judged.some((j) => j.target) : undefined;
  return {
    id: record.id,
    gold: gold2021(record.event),
    detected: scored.length > 0,
    category: right.length > 0,
    source: judged.some((j) => j.source),
    ...(target !== undefined ? { target } : {}),
    full: judged.some((j) => j.source && j.target !== false),
    correctEvents: right.length,
    falseAlarms: scored.length - right.length,
    produced: [...new Set(scored.map((e) => ploverCategory(table, e.code)!))].sort(),
  };
}
