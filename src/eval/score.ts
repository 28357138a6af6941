import type { ArticleExtraction } from '../extract/types.js';
import type { EntityRecord, Modality } from '../model/types.js';
import { fold } from '../nlp/fold.js';
import { predicateSemantics } from './predicates.js';
import type { ArticleScore, Counts, Gold } from './types.js';

const PRONOUNS = new Set(['he', 'him', 'his', 'she', 'her', 'it', 'its', 'they', 'them', 'their', 'we', 'our', 'us', 'i']);

export const prf = (c: Counts) => {
  const p = c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp);
  const r = c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn);
  return { p, r, f1: p + r === 0 ? 0 : (2 * p * r) / (p + r) };
};

/**
 * Maps system entities to gold entities: same Wikidata id, else a name of one equals a name of the other
 * (accent- and case-folded). A government counts as its country (CAMEO codes "Moscow said" as RUS GOV).
 */
export function alignEntities(x: ArticleExtraction, gold: Gold): Map<string, string> {
  const map = new Map<string, string>();
  // Hyphens and spaces are one ("al-Shabaab", "al Shabaab").
  const norm = (s: string) => fold(s).replace(/^the\s+/, '').replace(/[-‐–]/g, ' ');
  const surface = new Map<string, Set<string>>();
  for (const m of x.mentions) {
    if (m.kind === 'pronoun') continue;
    for (const r of m.refs) {
      if (!surface.has(r)) surface.set(r, new Set());
      surface.get(r)!.add(norm(m.text));
    }
  }
  const names = (e: EntityRecord) => new Set([e.label, ...e.aliases].map(norm).concat([...(surface.get(e.key) ?? [])]));
  for (const e of x.entities.values()) {
    const byId = gold.entities.find((g) => g.wikidata && e.wikidata === g.wikidata);
    const n = names(e);
    const byName = gold.entities.find((g) => compatible(e.type, g.type) && [g.label, ...g.mentions.filter((m) => !PRONOUNS.has(fold(m)))].map(norm).some((x) => n.has(x)));
    // A government stands for its country when the gold annotates it so.
    const country = e.governmentOf ? gold.entities.find((g) => g.wikidata && g.wikidata === x.entities.get(e.governmentOf!)?.wikidata) : undefined;
    const g = byId ?? byName ?? country;
    if (g) map.set(e.key, g.id);
  }
  return map;
}

const GROUPS: Record<string, string> = { Country: 'country', City: 'place', Place: 'place', Person: 'person', Organization: 'org', GovernmentOrganization: 'org', ArmedForces: 'org', Group: 'org' };
/** Name matches count across close types (a ministry annotated as an organisation), not across people, places and bodies. */
function compatible(a: string, b: string): boolean {
  return GROUPS[a] === GROUPS[b] || (a === 'GovernmentOrganization' && b === 'Country') || (a === 'Country' && b === 'GovernmentOrganization') || (GROUPS[a] === 'org' && b === 'Group') || (a === 'Group' && GROUPS[b] === 'org');
}

/** The system's modalities in the gold's four classes (data/dev/README.md): distanced claims are "hedged", intentions "planned". */
const GOLD_MODALITY: Record<Modality, string> = { asserted: 'asserted', reported: 'hedged', probable: 'hedged', possible: 'possible', intended: 'planned', planned: 'planned', proposed: 'planned' };

/**
 * Scores one article. `inventory`: the predicates the gold's scheme annotates (data/dev/fact-predicates.json); a stated fact
 * whose predicate entails none of them is listed in `unscoredFacts`, neither right nor wrong. Without it every fact is scored.
 */
export function scoreArticle(x: ArticleExtraction, gold: Gold, inventory?: ReadonlySet<string>): ArticleScore {
  const align = alignEntities(x, gold);
  const misses: string[] = [];
  const falseAlarms: string[] = [];
  const counts = (): Counts => ({ tp: 0, fp: 0, fn: 0 });

  // Entities mentioned in the text (mentioned by at least one mention).
  const sysEntities = new Set(x.mentions.flatMap((m) => m.refs));
  const entities = counts();
  const matchedGold = new Set<string>();
  for (const k of sysEntities) {
    const g = align.get(k);
    if (g && !matchedGold.has(g)) {
      entities.tp++;
      matchedGold.add(g);
    } else if (!g) {
      entities.fp++;
      falseAlarms.push(`entity ${k}`);
    }
  }
  for (const g of gold.entities) if (!matchedGold.has(g.id)) {
    entities.fn++;
    misses.push(`entity ${g.id} (${g.type})`);
  }

  // Mentions: (surface string, gold entity) pairs.
  const goldPairs = new Set(gold.entities.flatMap((g) => g.mentions.map((m) => `${fold(m)}|${g.id}`)));
  const sysPairs = new Set(x.mentions.flatMap((m) => m.refs.map((r) => `${fold(m.text)}|${align.get(r) ?? r}`)));
  const mentions = counts();
  for (const p of sysPairs) {
    if (goldPairs.has(p)) mentions.tp++;
    else mentions.fp++;
  }
  for (const p of goldPairs) if (!sysPairs.has(p)) mentions.fn++;

  // Linking: every gold entity found, and every system link, must carry the right id (or none).
  const linking = { correct: 0, total: 0 };
  for (const [k, gid] of align) {
    const g = gold.entities.find((e) => e.id === gid)!;
    const e = x.entities.get(k)!;
    if (e.governmentOf) continue;
    // Gold leaves an id out when its annotator was unsure: a system id there cannot be judged either way.
    if (!g.wikidata) continue;
    linking.total++;
    if (g.wikidata === (e.wikidata ?? null)) linking.correct++;
    else (e.wikidata ? falseAlarms : misses).push(`link ${gid}: system ${e.wikidata ?? 'none'}, gold ${g.wikidata ?? 'none'}`);
  }

  // Events: same CAMEO root and overlapping participants.
  const live = x.events.filter((e) => e.mergedInto === undefined);
  const events = counts();
  const eventPlace = { correct: 0, total: 0 };
  const eventDate = { correct: 0, total: 0 };
  const eventModality = { correct: 0, total: 0 };
  const eventNegation = { correct: 0, total: 0 };
  const used = new Set<number>();
  for (const g of gold.events) {
    const gp = new Set([...g.actors, ...g.targets]);
    const candidates = live.filter((e) => !used.has(e.id) && e.code.slice(0, 2) === g.cameo.slice(0, 2) && [...e.agents, ...e.targets].some((a) => gp.has(align.get(a) ?? a)));
    // Several statements by one speaker: the one with the gold's trigger word is the one meant.
    const sameTrigger = (e: (typeof live)[number]) => !!g.trigger && [e.trigger, ...e.otherTriggers].some((t) => t.text.toLowerCase() === g.trigger!.toLowerCase());
    const found = candidates.find(sameTrigger) ?? candidates[0];
    if (!found) {
      events.fn++;
      misses.push(`event ${g.cameo} ${g.trigger ?? ''} [${[...gp].join(', ')}]`);
      continue;
    }
    used.add(found.id);
    events.tp++;
    if (g.place) {
      eventPlace.total++;
      if (found.places.some((p) => align.get(p) === g.place)) eventPlace.correct++;
      else misses.push(`place of ${g.cameo} ${g.trigger ?? ''}: ${g.place}, system ${found.places.join(',') || 'none'}`);
    }
    if (g.modality) {
      eventModality.total++;
      const m = GOLD_MODALITY[found.modality];
      if (m === g.modality) eventModality.correct++;
      else misses.push(`modality of ${g.cameo} ${g.trigger ?? ''}: ${g.modality}, system ${found.modality}`);
    }
    if (g.negated !== undefined) {
      eventNegation.total++;
      if (g.negated === found.negated) eventNegation.correct++;
      else misses.push(`negation of ${g.cameo} ${g.trigger ?? ''}: ${g.negated}, system ${found.negated}`);
    }
    if (g.date) {
      eventDate.total++;
      const date = found.time?.value ?? found.publicationDate;
      if (date === g.date) eventDate.correct++;
      else misses.push(`date of ${g.cameo} ${g.trigger ?? ''}: ${g.date}, system ${date ?? 'none'}`);
    }
  }
  for (const e of live) {
    if (used.has(e.id) || e.agents.length + e.targets.length === 0) continue;
    events.fp++;
    falseAlarms.push(`event ${e.code} "${e.trigger.text}"`);
  }

  // Binary facts between entities, compared under the ontology's entailment: a stated triple also states every
  // super-property (denied ⊑ rejected) and, for a symmetric property, the inverse ("A exchangedPrisonersWith B" entails
  // "B releasedPrisonersTo A"). A stated fact is right when it entails some gold fact; a gold fact is found when some
  // stated fact entails it. (Two stated triples that entail one gold fact are both right, and find it once.)
  const facts = counts();
  const semantics = predicateSemantics();
  const goldFacts = new Map(gold.facts.map((f) => [`${f.subject} ${f.predicate} ${f.object}`, false]));
  const seenFacts = new Set<string>();
  const unscoredFacts: string[] = [];
  for (const f of x.facts) {
    // Only what the graph states as fact: negated, hedged or proposed statements are not claims.
    if (!('entity' in f.object) || !f.stated) continue;
    const s = align.get(f.subject) ?? f.subject;
    const o = align.get(f.object.entity) ?? f.object.entity;
    // The graph holds a triple once however many events state it.
    const key = `${s} ${f.predicate} ${o}`;
    if (seenFacts.has(key)) continue;
    seenFacts.add(key);
    if (inventory && ![...semantics.entails(f.predicate)].some((q) => inventory.has(q))) {
      unscoredFacts.push(key);
      continue;
    }
    const symmetric = semantics.symmetric.has(f.predicate);
    let right = false;
    for (const q of semantics.entails(f.predicate)) {
      for (const k of symmetric || semantics.symmetric.has(q) ? [`${s} ${q} ${o}`, `${o} ${q} ${s}`] : [`${s} ${q} ${o}`]) {
        if (!goldFacts.has(k)) continue;
        goldFacts.set(k, true);
        right = true;
      }
    }
    if (!right) {
      facts.fp++;
      falseAlarms.push(`fact ${key}`);
    }
  }
  for (const [k, hit] of goldFacts) {
    if (hit) facts.tp++;
    else {
      facts.fn++;
      misses.push(`fact ${k}`);
    }
  }
  return { article: gold.article, entities, mentions, linking, events, eventPlace, eventDate, eventModality, eventNegation, facts, unscoredFacts, misses, falseAlarms };
}

export function sumCounts(cs: Counts[]): Counts {
  return cs.reduce((a, c) => ({ tp: a.tp + c.tp, fp: a.fp + c.fp, fn: a.fn + c.fn }), { tp: 0, fp: 0, fn: 0 });
}
