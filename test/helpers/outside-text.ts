// Text the team did not write, as token sequences, for the lexicon guard (test/lexicon-guard.test.ts).
// Sources under the shared data folder (see each folder's README for licence and attribution):
//   corpus/wikinews/wikinews.jsonl         Wikinews 2019-2020 (CC BY 2.5), without the gum:* articles (eval:gum's test set)
//   corpus/treebanks/gum, ud-english-ewt   GUM and EWT train and dev `# text` lines, with their gold lemmas (test splits never)
//   corpus/meantime-dev, corpus/plover-gsr the development halves only
//   dictionaries/petrarch2                 PETRARCH2 CAMEO verb patterns and agent phrases (MIT): an event dictionary
//                                          written by others, read as phrases ("- * (BY TELEPHONE) # TALK" → "talk by telephone")
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** One text: its lower-cased tokens and, where a treebank gives them, their lemmas. */
export interface Tokens {
  words: string[];
  lemmas?: string[];
}

const TOKEN = /[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu;
export const tokenize = (text: string): string[] => text.toLowerCase().replace(/’/g, "'").match(TOKEN) ?? [];

function conllu(path: string): { texts: Tokens[]; forms: Map<string, string> } {
  const texts: Tokens[] = [];
  const forms = new Map<string, string>();
  let words: string[] = [];
  let lemmas: string[] = [];
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (line === '' && words.length) {
      texts.push({ words, lemmas });
      words = [];
      lemmas = [];
    } else if (/^\d+\t/.test(line)) {
      const [, form, lemma] = line.split('\t');
      words.push(form!.toLowerCase());
      lemmas.push(lemma!.toLowerCase());
      if (form!.toLowerCase() !== lemma!.toLowerCase()) forms.set(form!.toLowerCase(), lemma!.toLowerCase());
    }
  }
  return { texts, forms };
}

/**
 * Phrases of the PETRARCH2 CAMEO verb dictionary and agents file, each as a text: every pattern of a verb block with
 * each verb of the block in its place, and each synset (&WEAPON) spelled out by its members (&WEAPON: missile, …).
 */
function petrarch(dir: string): string[] {
  const phrases: string[] = [];
  // "MINIST" is the dictionaries' stem of minister and ministry.
  const clean = (s: string) => s.replace(/#.*$/, '').replace(/\[[^\]]*\]/g, ' ').replace(/\{[^}]*\}/g, (m) => m.slice(1, -1)).replace(/[()$+*%^]/g, ' ').replace(/_/g, ' ').replace(/\s+/g, ' ').trim().toLowerCase();
  const push = (p: string) => phrases.push(...(/\bminist\b/.test(p) ? [p.replace(/\bminist\b/g, 'minister'), p.replace(/\bminist\b/g, 'ministry')] : [p]));
  const lines = readFileSync(join(dir, 'CAMEO.2.0.txt'), 'utf8').split('\n');
  const synsets = new Map<string, string[]>();
  let label = '';
  for (const line of lines.slice(0, lines.findIndex((l) => l.includes('VERB PATTERNS')))) {
    if (/^&[A-Z]/.test(line)) synsets.set((label = line.trim().split(/\s/)[0]!), []);
    else if (/^\+[A-Z]/.test(line) && label) synsets.get(label)!.push(clean(line));
  }
  const spell = (p: string): string[] => {
    const m = /&[A-Z_]+/.exec(p);
    if (!m) return [p];
    return (synsets.get(m[0]) ?? [m[0].slice(1)]).slice(0, 40).flatMap((w) => spell(p.replace(m[0], w.toUpperCase())));
  };
  let verbs: string[] = [];
  for (const line of lines) {
    if (/^---/.test(line)) verbs = [];
    else if (/^\+?[A-Z][A-Z_+]*\b/.test(line)) {
      const verb = clean(line.replace(/\{[^}]*\}/g, ''));
      verbs.push(verb);
      push(verb);
    } else if (/^-\s/.test(line)) {
      const body = line.replace(/^-\s*/, '').replace(/\[.*$/, '');
      for (const v of verbs) for (const p of spell(body.replace('*', ` ${v.toUpperCase()} `))) push(clean(p));
    }
  }
  const subs = new Map<string, string[]>();
  for (const line of readFileSync(join(dir, 'Phoenix.agents.txt'), 'utf8').split('\n')) {
    const sub = /^(![A-Z]+!)\s*=\s*(.+)$/.exec(line);
    if (sub) subs.set(sub[1]!, sub[2]!.split(',').map((w) => w.trim()));
    else if (/^[A-Z!]/.test(line)) {
      const head = line.replace(/\[.*$/, '').trim();
      const key = [...subs.keys()].find((k) => head.includes(k));
      for (const w of key ? subs.get(key)! : ['']) push(clean(key ? head.replace(key, w) : head));
    }
  }
  return phrases.filter((p) => p.length > 0);
}

/** Every outside text, and a map from an inflected form to its lemma (treebank lemmas and CAMEO's irregular forms). */
export function outsideText(shared: string): { texts: Tokens[]; forms: Map<string, string> } | undefined {
  const wikinews = join(shared, 'corpus/wikinews/wikinews.jsonl');
  if (!existsSync(wikinews)) return undefined;
  const texts: Tokens[] = [];
  const forms = new Map<string, string>();
  for (const line of readFileSync(wikinews, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const a = JSON.parse(line) as { id: string; title: string; text: string };
    if (!a.id.startsWith('gum:')) texts.push({ words: tokenize(`${a.title}\n${a.text}`) });
  }
  for (const f of ['gum/gum-train', 'gum/gum-dev', 'ud-english-ewt/en_ewt-ud-train', 'ud-english-ewt/en_ewt-ud-dev']) {
    const c = conllu(join(shared, 'corpus/treebanks', `${f}.conllu`));
    texts.push(...c.texts);
    for (const [k, v] of c.forms) if (!forms.has(k)) forms.set(k, v);
  }
  const meantime = join(shared, 'corpus/meantime-dev');
  for (const f of readdirSync(meantime).filter((n) => n.endsWith('.json'))) {
    const d = JSON.parse(readFileSync(join(meantime, f), 'utf8')) as { title: string; text: string };
    texts.push({ words: tokenize(`${d.title}\n${d.text}`) });
  }
  for (const r of JSON.parse(readFileSync(join(shared, 'corpus/plover-gsr/dev.json'), 'utf8')) as { text: string }[]) texts.push({ words: tokenize(r.text) });
  const dict = join(shared, 'dictionaries/petrarch2');
  if (existsSync(dict)) {
    for (const p of petrarch(dict)) texts.push({ words: tokenize(p) });
    for (const m of readFileSync(join(dict, 'CAMEO.2.0.txt'), 'utf8').matchAll(/^\+?([A-Z]+)\s*\{([A-Z ]+)\}/gm)) {
      for (const f of m[2]!.trim().split(/\s+/)) forms.set(f.toLowerCase(), m[1]!.toLowerCase());
    }
  }
  return { texts, forms };
}

/** Finds a lexicon phrase in texts, allowing inflection: each phrase word may be the token, its lemma or its regular stem. */
export class PhraseFinder {
  constructor(
    private readonly texts: readonly Tokens[],
    private readonly forms: ReadonlyMap<string, string>,
  ) {}

  private static stems(w: string): string[] {
    const out = [w];
    if (w.endsWith('ies') || w.endsWith('ied')) out.push(`${w.slice(0, -3)}y`);
    if (w.endsWith('es')) out.push(w.slice(0, -2));
    if (w.endsWith('s')) out.push(w.slice(0, -1));
    if (w.endsWith('ed')) out.push(w.slice(0, -2), w.slice(0, -1));
    if (w.endsWith('ing')) out.push(w.slice(0, -3), `${w.slice(0, -3)}e`);
    if (/([b-df-hj-np-tv-z])\1(ed|ing)$/.test(w)) out.push(w.replace(/([b-df-hj-np-tv-z])\1(ed|ing)$/, '$1'));
    return out;
  }

  private keys(t: Tokens, i: number): string[] {
    const w = t.words[i]!;
    const keys = PhraseFinder.stems(w);
    const lemma = t.lemmas?.[i] ?? this.forms.get(w);
    if (lemma !== undefined) keys.push(lemma);
    return keys;
  }

  /** For each phrase, how many texts hold it. One pass over the texts for all phrases. */
  count(phrases: readonly string[]): Map<string, number> {
    // A phrase word matches a token when the word or one of its stems is a key of the token ("offers to" ~ "offered to").
    const alts = (w: string) => [...new Set([...PhraseFinder.stems(w), this.forms.get(w) ?? w])];
    const byFirst = new Map<string, { id: string; want: string[][] }[]>();
    for (const id of new Set(phrases)) {
      const want = tokenize(id).map(alts);
      for (const first of want[0] ?? []) byFirst.set(first, [...(byFirst.get(first) ?? []), { id, want }]);
    }
    const found = new Map<string, Set<number>>();
    this.texts.forEach((t, n) => {
      for (let i = 0; i < t.words.length; i++) {
        for (const key of new Set(this.keys(t, i))) {
          for (const { id, want } of byFirst.get(key) ?? []) {
            if (i + want.length > t.words.length || found.get(id)?.has(n)) continue;
            if (want.every((ws, k) => k === 0 || this.keys(t, i + k).some((x) => ws.includes(x)))) found.set(id, (found.get(id) ?? new Set()).add(n));
          }
        }
      }
    });
    return new Map(phrases.map((p) => [p, found.get(p)?.size ?? 0]));
  }
}

/** Words of the names in the PETRARCH2 actor dictionaries (real office holders and groups): a given name there is real. */
export function actorWords(shared: string): Set<string> {
  const words = new Set<string>();
  const dir = join(shared, 'dictionaries/petrarch2');
  if (!existsSync(dir)) return words;
  for (const f of ['Phoenix.Countries.actors.txt', 'Phoenix.International.actors.txt', 'Phoenix.MilNonState.actors.txt']) {
    for (const line of readFileSync(join(dir, f), 'utf8').split('\n')) {
      const phrase = /^\+?([A-Z][A-Z_'-]*)/.exec(line)?.[1];
      if (phrase) for (const w of phrase.toLowerCase().split('_')) if (w) words.add(w);
    }
  }
  return words;
}
