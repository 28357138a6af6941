import type { Mention } from '../../model/types.js';
import type { Token } from '../../nlp/types.js';
import { sentenceMentions } from '../doc-index.js';
import { titleAtToken } from './helpers.js';
import type { ExtractionContext } from '../types.js';

/**
 * Counted descriptions of people ("two journalists", "the three soldiers") and the list of named people
 * they stand for: "police detained two journalists … Editor Dawit Mekonnen and reporter Selam Getachew
 * were taken". The count must match the list exactly; anything else leaves the description unresolved.
 */

/** Whether token i opens "<number> <plural person noun>" (data/lexicon/referring-nouns.json `numbers`, `countedPeople`; entity-cues `personNouns`). */
export function countedPeopleAt(ctx: ExtractionContext, i: number): boolean {
  const t = ctx.doc.tokens;
  const n = ctx.kb.data.referring.numbers[(t[i] as Token).norm];
  const noun = t[i + 1];
  if (!n || !noun || noun.sentence !== (t[i] as Token).sentence || noun.pos !== 'NOUN' || noun.norm === noun.lemma) return false;
  return ctx.kb.data.referring.countedPeople.includes(noun.norm) || ctx.kb.data.cues.personNouns.includes(noun.lemma);
}

/**
 * "two journalists" (indefinite) introduces the people named after it, in its own sentence or the next;
 * "the two journalists" takes up those named before it, in the three sentences before. The nearest list
 * of people is the only candidate: when its size is not the count, nothing is resolved.
 */
export function resolveCounted(ctx: ExtractionContext, m: Mention): void {
  const t = ctx.doc.tokens;
  const n = ctx.kb.data.referring.numbers[t[m.last - 1]?.norm ?? ''];
  if (!n) return;
  const definite = t[m.first]?.norm === 'the';
  let list: Mention[] | undefined;
  if (definite) {
    for (let s = m.sentence; s >= Math.max(0, m.sentence - 3) && !list; s--) list = personLists(ctx, s).filter((l) => (l[l.length - 1] as Mention).last < m.first).pop();
  } else {
    for (let s = m.sentence; s <= m.sentence + 1 && s < ctx.doc.sentences.length && !list; s++) list = personLists(ctx, s).find((l) => (l[0] as Mention).first > m.last);
  }
  if (list?.length === n) m.refs = list.map((x) => x.refs[0] as string);
}

/**
 * Named people joined as a list in one sentence: "A and B", "A, B and C", and with a person noun or
 * title before each name ("Editor A and reporter B"). A comma list must close with "and".
 */
function personLists(ctx: ExtractionContext, sentence: number): Mention[][] {
  const t = ctx.doc.tokens;
  const people = sentenceMentions(ctx, sentence).filter((x) => x.kind === 'name' && !x.modifier && x.refs.length === 1 && ctx.entities.get(x.refs[0] as string)?.type === 'Person');
  const lists: Mention[][] = [];
  let cur: Mention[] = [];
  const close = () => {
    if (cur.length > 1 && t[(cur[cur.length - 1] as Mention).first - 1 - describers(ctx, cur[cur.length - 1] as Mention)]?.norm === 'and') lists.push(cur);
    cur = [];
  };
  for (const p of people) {
    const prev = cur[cur.length - 1];
    if (prev && !joined(ctx, prev, p)) close();
    cur.push(p);
  }
  close();
  return lists;
}

/** Person nouns and title words right before a name ("reporter", "Editor"): how many. */
function describers(ctx: ExtractionContext, m: Mention): number {
  const t = ctx.doc.tokens;
  let k = m.first - 1;
  while (k >= 0 && t[k]?.sentence === m.sentence && (ctx.kb.data.cues.personNouns.includes(t[k]?.lemma ?? '') || titleAtToken(ctx, k))) k--;
  return m.first - 1 - k;
}

/** Only a list's joints lie between two names: ",", "and", ", and", then the second name's describers. */
function joined(ctx: ExtractionContext, a: Mention, b: Mention): boolean {
  const t = ctx.doc.tokens;
  let k = a.last + 1;
  if (t[k]?.text === ',') k++;
  if (t[k]?.norm === 'and') k++;
  if (k === a.last + 1) return false;
  // Anything else ("A, chief of X, and B") breaks the list.
  return k === b.first - describers(ctx, b);
}
