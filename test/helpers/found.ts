// Guards for absence checks: "X has no agent" passes on empty output unless X is first shown to exist.
// Each helper returns what it found, so the absence check reads it, not a lookup that may be undefined.
import type { ArticleExtraction } from '../../src/index.js';
import type { EntityRecord, EventRecord } from '../../src/model/types.js';

type Events = Pick<ArticleExtraction, 'events'>;

/** The value, or a thrown error naming what was missing. */
export function found<T>(value: T | null | undefined, what: string): T {
  if (value === undefined || value === null) throw new Error(`expected ${what} to exist, found none`);
  return value;
}

/** The list, or a thrown error if it is empty. */
export function some<T>(values: readonly T[], what: string): readonly T[] {
  if (values.length === 0) throw new Error(`expected at least one ${what}, found none`);
  return values;
}

/** The first unmerged event whose trigger text is `trigger`; throws if the extractor made none. */
export function expectEvent(x: Events, trigger: string): EventRecord {
  const e = x.events.find((ev) => ev.trigger.text === trigger && ev.mergedInto === undefined);
  return found(e, `an event triggered by "${trigger}" (events: ${x.events.map((ev) => ev.trigger.text).join(', ') || 'none'})`);
}

/** Every event, merged or not, whose trigger text is `trigger`; throws if there is none. */
export function expectEvents(x: Events, trigger: string): readonly EventRecord[] {
  return some(x.events.filter((ev) => ev.trigger.text === trigger), `event triggered by "${trigger}"`);
}

/** The entity a mention with this exact text refers to; throws if no mention has that text or it refers to nothing. */
export function expectMentionedEntity(x: Pick<ArticleExtraction, 'mentions' | 'entities'>, text: string): EntityRecord {
  const m = found(x.mentions.find((mm) => mm.text === text), `a mention "${text}"`);
  return found(x.entities.get(m.refs[0] ?? ''), `the entity of the mention "${text}"`);
}

/**
 * Asserts the input holds `phrase` and the output is not empty: for a phrase whose whole sentence rightly gives
 * nothing ("Palvero said nothing.").
 */
export function expectInput(x: Pick<ArticleExtraction, 'doc' | 'mentions'>, phrase: string): void {
  if (!x.doc.text.includes(phrase)) throw new Error(`expected the input to contain "${phrase}"`);
  if (x.mentions.length === 0) throw new Error(`expected mentions in the text of "${phrase}", found none`);
}

/**
 * Asserts the input holds `phrase` and the extractor read its sentence (a mention or an event there), so a
 * check that `phrase` gave nothing is about text that is there and output that is not empty.
 */
export function expectRead(x: Pick<ArticleExtraction, 'doc' | 'mentions' | 'events'>, phrase: string): void {
  const at = x.doc.text.indexOf(phrase);
  if (at < 0) throw new Error(`expected the input to contain "${phrase}"`);
  const s = x.doc.sentences.find((sent) => sent.start <= at && at < sent.end);
  const read = s !== undefined && (x.mentions.some((m) => m.sentence === s.index) || x.events.some((e) => e.sentence === s.index));
  if (!read) throw new Error(`expected a mention or an event in the sentence of "${phrase}", found none`);
}

/** For each event triggered by `trigger`, the trigger text of the event it was merged into (undefined if none). */
export function mergedInto(x: Events, trigger: string): (string | undefined)[] {
  return expectEvents(x, trigger).map((e) => (e.mergedInto === undefined ? undefined : x.events[e.mergedInto]?.trigger.text));
}
