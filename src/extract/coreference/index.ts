import type { Mention } from '../../model/types.js';
import { tableEntry } from '../../knowledge/lookup.js';
import type { Token } from '../../nlp/types.js';
import { addMention, governmentOf, sortMentions } from '../entities/registry.js';
import { governingPreposition, inRanges, isObjectOfVerb, looksLikeSubject, quotedRanges } from '../syntax.js';
import type { ExtractionContext, Extractor } from '../types.js';
import { countedPeopleAt, resolveCounted } from '../entities/counted-groups.js';
import { addGazetteerOffices, addPossessedOffices, resolveTitle } from '../entities/offices.js';
import { dropMentionIndex, inMention, indexMentions, mentionsEndingAt, sentenceMentions } from '../doc-index.js';

/**
 * Within-article coreference: titles to office holders, capitals and seats of power to their
 * government when they act, pronouns, "the two leaders"-style plurals, and "his office".
 * Rule when unsure: two equally salient candidates leave the mention unresolved (refs = []).
 */
export const coreferenceExtractor: Extractor = {
  name: 'coreference',
  run(ctx) {
    for (const m of ctx.mentions) {
      if (m.kind === 'title') resolveTitle(ctx, m);
      if (m.office?.of) for (const r of m.refs) ctx.entities.get(r)?.offices.add(`${m.office.role}|${m.office.of}`);
    }
    addGazetteerOffices(ctx);
    for (const m of ctx.mentions) resolveMetonym(ctx, m);
    addPronounsAndPlurals(ctx);
    sortMentions(ctx);
    const quoted = quotedRanges(ctx);
    // Resolution changes refs but adds no mentions: index them (per sentence, per last token) for the loop.
    indexMentions(ctx);
    for (const m of ctx.mentions) {
      if (m.kind === 'nominal' && m.singularType && m.refs.length === 0) resolveSingular(ctx, m);
      else if (m.kind === 'nominal' && m.plural && m.refs.length === 0) resolvePlural(ctx, m);
      else if (m.kind === 'pronoun' && !inRanges(quoted, m.first)) resolvePronoun(ctx, m);
    }
    dropMentionIndex(ctx);
    addPossessedOffices(ctx);
    sortMentions(ctx);
  },
};

/** "Moscow has confirmed", "according to the Kremlin": the place stands for the government. */
function resolveMetonym(ctx: ExtractionContext, m: Mention): void {
  if (m.kind !== 'name' || m.refs.length !== 1) return;
  const country = ctx.kb.actsFor.get(m.refs[0] as string);
  if (!country) return;
  const prep = governingPreposition(ctx, m);
  const t = ctx.doc.tokens;
  const accordingTo = prep === 'to' && t[m.first - 1 - (t[m.first - 1]?.pos === 'DET' ? 1 : 0) - 1]?.norm === 'according';
  const seat = ctx.entities.get(m.refs[0] as string)?.type !== 'City';
  // "waged by Washington", "shared data with Cairo and Khartoum": an agent or a partner is the government, not the city.
  const partner = !!prep && ctx.kb.data.cues.metonymPrepositions.includes(prep);
  const conjunct = (t[m.first - 1]?.norm === 'and' || t[m.first - 1]?.norm === 'or') && ctx.mentions.some((o) => o.last === m.first - 2 && o.kind === 'metonym');
  if (!accordingTo && !partner && !conjunct && !(looksLikeSubject(ctx, m) && (seat || !prep))) return;
  standForGovernment(ctx, m);
}

/** The capital (or seat) named by `m` stands for its country's government: "Moscow has denied", "threatened Pyongyang". */
export function standForGovernment(ctx: ExtractionContext, m: Mention): boolean {
  const country = m.refs.length === 1 ? ctx.kb.actsFor.get(m.refs[0] as string) : undefined;
  const gov = country ? governmentOf(ctx, country) : undefined;
  if (!gov) return false;
  m.literal = m.refs[0];
  m.refs = [gov.key];
  m.kind = 'metonym';
  return true;
}

function addPronounsAndPlurals(ctx: ExtractionContext): void {
  const t = ctx.doc.tokens;
  const quoted = quotedRanges(ctx);
  const { pronouns, referring } = ctx.kb.data;
  const covered = new Uint8Array(t.length + 1);
  for (const m of ctx.mentions) for (let k = m.first; k <= m.last; k++) covered[k] = 1;
  for (let i = 0; i < t.length; i++) {
    if (covered[i] || inRanges(quoted, i)) continue;
    const tok = t[i] as Token;
    const p = tableEntry(pronouns, tok.norm);
    if (p && tok.pos === 'PRON' || (p && tok.norm === 'his') || (p && tok.norm === 'their') || (p && tok.norm === 'its')) {
      addMention(ctx, { start: tok.start, end: tok.end, first: i, last: i, sentence: tok.sentence, kind: 'pronoun', refs: [], pronoun: p!, plural: p!.number > 1 });
      continue;
    }
    // "the country", "the ministry": a definite noun naming the type of an entity just mentioned; one adjective may
    // stand between ("the Islamist group", "the Danish company").
    const adj = tok.norm === 'the' && (t[i + 1]?.pos === 'ADJ' || t[i + 1]?.pos === 'PROPN') && t[i + 1]?.sentence === tok.sentence && !covered[i + 1] ? 1 : 0;
    const singular = tok.norm === 'the' ? (referring.singular[t[i + 1 + adj]?.norm ?? ''] ?? (tableEntry(referring.namedKinds, t[i + 1 + adj]?.norm ?? '') ? 'Organization' : undefined)) : undefined;
    if (singular && t[i + 1 + adj]?.pos === 'NOUN' && t[i + 2 + adj]?.norm !== 'of' && t[i + 2 + adj]?.pos !== 'NOUN' && !covered[i + 1 + adj]) {
      const noun = t[i + 1 + adj] as Token;
      addMention(ctx, { start: tok.start, end: noun.end, first: i, last: i + 1 + adj, sentence: tok.sentence, kind: 'nominal', refs: [], singularType: singular });
      i += 1 + adj;
      continue;
    }
    // "the two leaders", "both sides"
    const n = tableEntry(referring.numbers, tok.norm);
    const noun = t[i + 1];
    if (n && noun && (referring.plural[noun.norm] || (countedPeopleAt(ctx, i) && !covered[i + 1])) && noun.sentence === tok.sentence) {
      const first = t[i - 1]?.norm === 'the' ? i - 1 : i;
      addMention(ctx, { start: (t[first] as Token).start, end: noun.end, first, last: i + 1, sentence: tok.sentence, kind: 'nominal', refs: [], plural: true });
      i++;
    }
  }
}

function classOf(ctx: ExtractionContext, m: Mention): string | undefined {
  const noun = ctx.doc.tokens[m.last]?.norm ?? '';
  return ctx.kb.data.referring.plural[noun];
}

/** "the two countries" → the last N distinct entities of that class named before it. */
function resolvePlural(ctx: ExtractionContext, m: Mention): void {
  const cls = classOf(ctx, m);
  const numberTok = ctx.doc.tokens[m.last - 1]?.norm ?? '';
  const n = ctx.kb.data.referring.numbers[numberTok] ?? 2;
  if (!cls) return resolveCounted(ctx, m);
  if (cls === 'Actor') return; // "both sides/parties" are the parties of an event: resolved by the event extractor
  const seen: string[] = [];
  for (let k = m.id - 1; k >= 0 && seen.length < n; k--) {
    const prev = ctx.mentions[k] as Mention;
    if (m.sentence - prev.sentence > 3) break;
    for (const r of prev.refs) {
      const e = ctx.entities.get(r);
      if (!e || seen.includes(r)) continue;
      if (e.type === cls || (cls === 'Country' && e.type === 'Country')) seen.push(r);
    }
  }
  if (seen.length === n) m.refs = seen.reverse();
}

const EXPLETIVE_NEXT = new Set(['is', 'was', "'s", 'seems', 'seemed', 'remains', 'remained', 'appears', 'appeared', 'became', 'has', 'had', 'will', 'would']);
const EXPLETIVE_ADJ = new Set(['unclear', 'clear', 'possible', 'impossible', 'likely', 'unlikely', 'important', 'necessary', 'difficult', 'hard', 'easy', 'known', 'understood', 'believed', 'thought', 'expected', 'reported', 'said', 'time', 'up', 'not', 'too', 'been']);

/** "X and its", "X or its"; "X to <verb> … its" within the infinitive clause. Undefined when neither pattern applies. */
function localAntecedent(ctx: ExtractionContext, m: Mention): { mention?: Mention } | undefined {
  const t = ctx.doc.tokens;
  const ending = (k: number) => {
    const x = mentionsEndingAt(ctx, k).find((y) => y.kind !== 'pronoun');
    return x ? { mention: x } : {};
  };
  if ((t[m.first - 1]?.norm === 'and' || t[m.first - 1]?.norm === 'or') && mentionsEndingAt(ctx, m.first - 2).length > 0) return ending(m.first - 2);
  for (let k = m.first - 1; k > 0 && m.first - k <= 6; k--) {
    const tok = t[k] as Token;
    if (tok.sentence !== m.sentence || tok.pos === 'PUNCT') return undefined;
    // "urged the North to stop its …": only after a noun phrase (not "said it would try to double its …").
    if (tok.norm === 'to' && t[k + 1]?.pos === 'VERB' && (t[k - 1]?.pos === 'NOUN' || t[k - 1]?.pos === 'PROPN')) return ending(k - 1);
  }
  return undefined;
}

function resolvePronoun(ctx: ExtractionContext, m: Mention): void {
  const p = m.pronoun;
  if (!p) return;
  const t = ctx.doc.tokens;
  // "it is unclear whether …", "it was not immediately known": no referent at all.
  if (t[m.first]?.norm === 'it' && EXPLETIVE_NEXT.has(t[m.first + 1]?.norm ?? '') && EXPLETIVE_ADJ.has(t[m.first + 2]?.norm ?? '')) return;
  const compatible = (prev: Mention): boolean => {
    if (prev.refs.length === 0 || prev.modifier) return false;
    if (p.number > 1) return prev.refs.length > 1 || !!prev.plural;
    if (prev.refs.length !== 1 || prev.plural) return false;
    const e = ctx.entities.get(prev.refs[0] as string);
    if (!e) return false;
    if (p.kind === 'person') return e.type === 'Person' && (!p.gender || !e.gender || e.gender === p.gender);
    if (p.kind === 'thing') return e.type !== 'Person';
    return true;
  };
  // "Nordhavn also said it plans …": the pronoun after a verb names that verb's subject; when the subject is a noun
  // phrase no mention covers (a name newsgraph does not know), an older name would be a guess.
  if (unknownSubjectBefore(ctx, m)) return;
  // Two local patterns settle "it"/"its" before any search: "the United States or its allies" (the conjunct
  // before it), and "urged the North to stop its provocations" (the object that controls the infinitive).
  if (p.kind === 'thing' && p.number === 1) {
    const local = localAntecedent(ctx, m);
    // The pattern names the antecedent's place; a noun phrase there that is no entity ("the North") leaves it open.
    if (local) {
      if (local.mention && compatible(local.mention)) m.refs = [...local.mention.refs];
      return;
    }
  }
  // A plural noun between a plural pronoun and older candidates in its sentence ("condemned the strikes, saying they…")
  // is a closer antecedent that is not an entity: leave "they" to event coreference.
  if (p.number > 1) {
    for (let k = m.first - 1; k >= 0 && t[k]?.sentence === m.sentence; k--) {
      const tok = t[k] as Token;
      // (Irregular plurals too: "released two fishermen after holding them".)
      if (tok.pos === 'NOUN' && /(s|men)$/.test(tok.norm) && tok.lemma !== tok.norm && !inMention(ctx, k)) return;
      if (mentionsEndingAt(ctx, k).some((x) => compatible(x))) break;
    }
  }
  for (let s = m.sentence; s >= Math.max(0, m.sentence - 2); s--) {
    // Coordinated groups never cross a sentence: those of sentence s are all this loop reads.
    const coordinated = groupCoordinated(ctx, s);
    // "militants released the fishermen after holding them": an object pronoun is never the subject of its own sentence's verbs.
    const objectPronoun = s === m.sentence && OBJECTIVE.has(ctx.doc.tokens[m.first]?.norm ?? '') && ctx.doc.tokens[m.first - 1]?.pos === 'VERB';
    const cands = sentenceMentions(ctx, s).filter((x) => x.first < (s === m.sentence ? m.first : Infinity) && x.kind !== 'pronoun' && compatible(x) && !(objectPronoun && looksLikeSubject(ctx, x)));
    const plural = p.number > 1 ? coordinated.filter((g) => g.sentence === s && g.first < (s === m.sentence ? m.first : Infinity)) : [];
    if (p.number > 1 && plural.length) {
      m.refs = [...(plural[plural.length - 1] as { refs: string[] }).refs];
      return;
    }
    // Its own sentence had only the subject to offer: an earlier sentence's names are no better.
    if (cands.length === 0 && objectPronoun) return;
    if (cands.length === 0) continue;
    const distinct = [...new Set(cands.map((c) => c.refs.join('+')))];
    // "it"/"its" follow only a subject ("Moscow has confirmed it is …"); objects and places are too easily wrong.
    if (p.kind === 'thing') {
      // "Qatar's foreign ministry said it …": the possessor counts only when its head is no candidate itself.
      const headAfter = (c: Mention) => cands.some((x) => x !== c && x.first > c.last && x.first - c.last <= 4);
      const possessor = (c: Mention) => ctx.doc.tokens[c.last + 1]?.norm === "'s";
      const subj = cands.filter((c) => (looksLikeSubject(ctx, c) || possessor(c)) && !(possessor(c) && headAfter(c)));
      const keys = [...new Set(subj.map((c) => c.refs.join('+')))];
      if (keys.length === 1) m.refs = [...(subj[0] as Mention).refs];
      if (keys.length > 0 || s === m.sentence - 1) return;
      continue;
    }
    if (distinct.length === 1) {
      m.refs = [...(cands[0] as Mention).refs];
      return;
    }
    // Several candidates: the subject wins when it is the only subject; coordinated subjects tie.
    // The object of a verb is no subject, even when a verb follows within a few words ("told Macron that Azerbaijan would").
    const subjects = cands.filter((c) => (looksLikeSubject(ctx, c) && !isObjectOfVerb(ctx, c)) || (s === m.sentence && c === cands[cands.length - 1] && p.kind === 'person'));
    const subjectKeys = [...new Set(subjects.map((c) => c.refs.join('+')))];
    const inCoordination = coordinated.some((g) => g.sentence === s && subjects.some((c) => g.members.includes(c.id)));
    if (subjectKeys.length === 1 && !inCoordination) {
      m.refs = [...(subjects[0] as Mention).refs];
      return;
    }
    if (s === m.sentence && p.kind === 'person' && subjectKeys.length > 1) {
      m.refs = [...(subjects[subjects.length - 1] as Mention).refs];
      return;
    }
    return; // ambiguous: leave unresolved
  }
}

const OBJECTIVE = new Set(['him', 'her', 'them']);

/** The pronoun right after a verb ("said it", "added that he") whose subject, right before it, is a noun no mention covers. */
function unknownSubjectBefore(ctx: ExtractionContext, m: Mention): boolean {
  const t = ctx.doc.tokens;
  let v = m.first - 1;
  if (t[v]?.norm === 'that') v--;
  if (t[v]?.pos !== 'VERB') return false;
  let k = v - 1;
  while (k >= 0 && ['AUX', 'ADV', 'PART'].includes(t[k]?.pos ?? '')) k--;
  const w = t[k];
  return !!w && w.sentence === m.sentence && (w.pos === 'NOUN' || w.pos === 'PROPN') && !inMention(ctx, k);
}

/** "A and B" (and "A, B and C") sequences of mentions, as plural antecedents (of one sentence when given). */
export function groupCoordinated(ctx: ExtractionContext, sentence?: number): { sentence: number; first: number; refs: string[]; members: number[] }[] {
  const out: { sentence: number; first: number; refs: string[]; members: number[] }[] = [];
  const ms = (sentence === undefined ? ctx.mentions : sentenceMentions(ctx, sentence)).filter((x) => x.refs.length > 0 && !x.modifier);
  for (let i = 0; i < ms.length - 1; i++) {
    const group = [ms[i] as Mention];
    let j = i;
    while (j + 1 < ms.length) {
      const a = ms[j] as Mention;
      const b = ms[j + 1] as Mention;
      const between = ctx.doc.tokens.slice(a.last + 1, b.first);
      if (a.sentence !== b.sentence || !isConjunction(ctx, between)) break;
      group.push(b);
      j++;
    }
    // "A, B and C": a comma list must close with "and" ("According to the Kremlin, Putin" is no list).
    while (group.length > 1 && ctx.doc.tokens[group[group.length - 1]!.first - 1]?.norm === ',' && !ctx.doc.tokens.slice(group[group.length - 2]!.last + 1, group[group.length - 1]!.first).some((x) => x.norm === 'and')) {
      group.pop();
      j--;
    }
    if (group.length > 1) {
      out.push({ sentence: (ms[i] as Mention).sentence, first: (ms[i] as Mention).first, refs: [...new Set(group.flatMap((g) => g.refs))], members: group.map((g) => g.id) });
      i = j;
    }
  }
  return out;
}

/** "and", ",", or "and" followed by a title ("and Turkish President"): the words that join coordinated names. */
function isConjunction(ctx: ExtractionContext, between: Token[]): boolean {
  const [first, ...rest] = between;
  if (!first || (first.norm !== 'and' && first.norm !== ',')) return false;
  if (rest.length > 4) return false;
  return rest.every((x) => x.norm === 'the' || /^[A-Z]/.test(x.text) || ctx.mentions.some((m) => m.modifier && m.first <= x.index && x.index <= m.last));
}

/** "the country" → the latest entity of that type in this or the two previous sentences; two rivals in one sentence leave it open. */
function resolveSingular(ctx: ExtractionContext, m: Mention): void {
  const type = m.singularType;
  // "the bloc": only the entries listed for the noun, not any organisation.
  const kind = tableEntry(ctx.kb.data.referring.namedKinds, ctx.doc.tokens[m.last]?.norm ?? '');
  const seen: { key: string; sentence: number }[] = [];
  for (let k = m.id - 1; k >= 0; k--) {
    const prev = ctx.mentions[k] as Mention;
    if (m.sentence - prev.sentence > 2) break;
    if (prev.refs.length !== 1 || prev.kind === 'pronoun') continue;
    // "the militia" is not "UN peacekeepers": a singular body takes up a plural phrase only when it is
    // an army ("troops … the army"; referring-nouns.json: pluralAntecedents).
    if (prev.plural && prev.kind === 'nominal' && !ctx.kb.data.referring.pluralAntecedents.includes(ctx.doc.tokens[m.last]?.norm ?? '')) continue;
    const e = ctx.entities.get(prev.refs[0] as string);
    if (!e || e.type !== type || seen.some((x) => x.key === e.key) || (kind && !kind.includes(e.key))) continue;
    seen.push({ key: e.key, sentence: prev.sentence });
    if (seen.length === 2) break;
  }
  const [a, b] = seen;
  if (a && (!b || b.sentence !== a.sentence)) m.refs = [a.key];
}
