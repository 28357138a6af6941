// Parses PETRARCH2's CAMEO.2.0.txt (format: ../shared/dictionaries/petrarch2/README.md) into the structured
// dictionary the matcher reads (src/extract/events/cameo/types.ts). Pure: the caller reads and writes files.
import type { CameoBlock, CameoDictionary, CameoNoun, CameoPattern, CameoPrep, CameoVerb } from '../src/extract/events/cameo/types.js';

/** Bare post-verb words read as particles ("set OUT views"); IN, ON, OVER with a noun after them open a phrase instead. */
const PARTICLES = new Set(['up', 'down', 'out', 'off', 'away', 'back', 'forward', 'aside', 'ahead', 'along', 'around', 'through', 'in', 'on', 'over', 'together', 'apart']);
/** Bare prepositions in old linear patterns ("* FIRST VISIT TO ^ +"): they open a phrase like `(TO ^ +)`. */
const PREPOSITIONS = new Set(['to', 'into', 'with', 'against', 'for', 'of', 'by', 'from', 'at', 'in', 'on', 'over', 'toward', 'towards', 'about', 'under', 'as', 'between', 'among', 'behind', 'before', 'after']);
const SLOTS = new Set(['^', '$', '+', '%']);

/** Regular plural of a phrase's last word (the README's rule: generated unless phrase or label ends in `_`). */
export function plural(phrase: string): string {
  const m = /^(.*?)(\S+)$/.exec(phrase)!;
  const [, before, w] = m as unknown as [string, string, string];
  if (/[^aeiou]y$/.test(w)) return `${before}${w.slice(0, -1)}ies`;
  if (/(s|x|z|ch|sh)$/.test(w)) return `${before}${w}es`;
  return `${before}${w}s`;
}

const lower = (w: string) => w.toLowerCase().replace(/_/g, ' ').trim();

/** `[042:043]` → primary code 042 (raw kept); `[:173]` → 173; `[---]` → null. */
function readCode(raw: string): { code: string | null; raw?: string } {
  const r = raw.trim();
  if (r === '---') return { code: null };
  if (/^\d+$/.test(r)) return { code: r };
  const first = /\d+/.exec(r);
  return { code: first ? first[0] : null, raw: r };
}

function commentVerb(comment: string | undefined): string | undefined {
  const m = /^\s*([A-Z][A-Z_+-]*)\b/.exec(comment ?? '');
  return m ? lower(m[1]!.replace(/\+/g, '')) : undefined;
}

/** Splits a pattern side into tokens: `(`, `)`, `{`, `}` and words. */
function lex(s: string): string[] {
  return s.replace(/([(){}])/g, ' $1 ').split(/\s+/).filter(Boolean);
}

const noun = (words: string[]): CameoNoun => ({ words: words.map((w) => w.split('/').map(lower)) });

/** A run of words (a `{…}` group or bare words) → a noun, or a slot marker. */
function nounOf(words: string[]): CameoNoun | undefined {
  const real = words.filter((w) => !SLOTS.has(w));
  if (real.length) return noun(real);
  const slot = words[words.length - 1];
  return slot ? { words: [], slot: slot as CameoNoun['slot'] } : undefined;
}

/** Reads one side of a pattern into nouns, prepositional phrases and particles. */
function readSide(tokens: string[], post: boolean): { nouns: CameoNoun[]; preps: CameoPrep[]; particles: string[] } {
  const nouns: CameoNoun[] = [];
  const preps: CameoPrep[] = [];
  const particles: string[] = [];
  let run: string[] = [];
  const flush = () => {
    const n = run.length ? nounOf(run) : undefined;
    if (n) nouns.push(n);
    run = [];
  };
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i]!;
    if (tok === '(') {
      flush();
      const inner: string[] = [];
      while (i + 1 < tokens.length && tokens[i + 1] !== ')') inner.push(tokens[++i]!);
      i++;
      const [prep, ...rest] = inner.filter((w) => w !== '{' && w !== '}');
      if (prep) preps.push({ prep: prep.split('/').map(lower), ...(rest.length ? { noun: nounOf(rest)! } : {}) });
    } else if (tok === '{') {
      flush();
      while (i + 1 < tokens.length && tokens[i + 1] !== '}') run.push(tokens[++i]!);
      i++;
      flush();
    } else if (tok === ')' || tok === '}') {
      continue;
    } else {
      const w = lower(tok);
      const next = tokens[i + 1];
      const nounFollows = next !== undefined && next !== '(' && !PARTICLES.has(lower(next));
      if (post && PREPOSITIONS.has(w) && nounFollows) {
        flush();
        // A bare preposition with its noun: the linear form of `(PREP NOUN)`.
        const rest: string[] = [];
        while (i + 1 < tokens.length && !['(', '{'].includes(tokens[i + 1]!) && !PREPOSITIONS.has(lower(tokens[i + 1]!))) rest.push(tokens[++i]!);
        preps.push({ prep: [w], ...(rest.length ? { noun: nounOf(rest)! } : {}) });
      } else if (post && PARTICLES.has(w) && run.length === 0 && nouns.length === 0) {
        particles.push(w);
      } else if (SLOTS.has(tok) && run.length) {
        // A slot marker after words marks that phrase's actor; the words still match.
        flush();
      } else run.push(tok);
    }
  }
  flush();
  return { nouns, preps, particles };
}

function readPattern(body: string, line: number, comment: string | undefined): CameoPattern {
  const codeM = /\[([^\]]*)\]\s*$/.exec(body);
  const text = codeM ? body.slice(0, codeM.index) : body;
  const { code, raw } = readCode(codeM?.[1] ?? '---');
  // The verb is `*`, also when glued to a word (`*SCEPTICAL`, `SPY_*_DEAL`).
  const star = text.replace(/_?\*_?/, ' * ').replace(/\t/g, ' ');
  const at = star.indexOf(' * ');
  const pre = readSide(lex(at < 0 ? '' : star.slice(0, at)), false);
  const post = readSide(lex(at < 0 ? star : star.slice(at + 3)), true);
  const p: CameoPattern = { line, code };
  const verb = commentVerb(comment);
  if (verb) p.verb = verb;
  if (raw) p.raw = raw;
  // Several pre-verb nouns are read as one phrase whose last word is the head.
  if (pre.nouns.length) p.subject = pre.nouns.length === 1 ? pre.nouns[0]! : { words: pre.nouns.flatMap((n) => n.words) };
  if (pre.preps.length) p.subjectPreps = pre.preps;
  if (post.nouns.length) p.objects = post.nouns;
  if (post.preps.length) p.preps = post.preps;
  if (post.particles.length) p.particles = post.particles;
  return p;
}

/** `+ASK_FOR {+ASKED_FOR +ASKING_FOR} [020]` → words, the marked verb, forms and code. */
function readVerb(body: string, line: number): CameoVerb {
  const code = /\[([^\]]*)\]/.exec(body);
  const forms = /\{([^}]*)\}/.exec(body);
  const name = body.replace(/\[[^\]]*\]|\{[^}]*\}/g, ' ').trim().split(/\s+/)[0]!;
  const words = name.split('_').filter(Boolean);
  const head = Math.max(0, words.findIndex((w) => w.startsWith('+')));
  const v: CameoVerb = { line, words: words.map((w) => lower(w.replace(/^\+/, ''))), head };
  if (forms) v.forms = forms[1]!.trim().split(/\s+/).filter(Boolean).map((f) => f.replace(/\+/g, '').split('_').filter(Boolean).map(lower));
  if (code) {
    const c = readCode(code[1]!);
    v.code = c.code;
    if (c.raw) v.raw = c.raw;
  }
  return v;
}

export function parseCameoDictionary(text: string, provenance: CameoDictionary['provenance']): CameoDictionary {
  const lines = text.split(/\r?\n/);
  const synsets: Record<string, string[]> = {};
  const blocks: CameoBlock[] = [];
  const transformations: { line: number; text: string }[] = [];
  let section: 'header' | 'synsets' | 'verbs' | 'transformations' = 'header';
  let label: string | undefined;
  let labelFixed = false;
  let members = 0;
  let verbLines = 0;
  lines.forEach((rawLine, n) => {
    const line = n + 1;
    if (/^#+ SYNONYM SETS/.test(rawLine)) return void (section = 'synsets');
    if (/^#+ VERB PATTERNS/.test(rawLine)) return void (section = 'verbs');
    if (/^#+ TRANSFORMATIONS/.test(rawLine)) return void (section = 'transformations');
    const hash = rawLine.indexOf('#');
    const body = (hash < 0 ? rawLine : rawLine.slice(0, hash)).trim();
    const comment = hash < 0 ? undefined : rawLine.slice(hash + 1);
    if (!body) return;
    if (section === 'synsets') {
      if (body.startsWith('&')) {
        labelFixed = body.endsWith('_');
        label = body.replace(/_+$/, '').toLowerCase();
        synsets[label] = [];
      } else if (body.startsWith('+') && label) {
        members++;
        const phrase = lower(body.slice(1));
        const set = synsets[label]!;
        if (!set.includes(phrase)) set.push(phrase);
        if (!labelFixed && !body.endsWith('_') && !set.includes(plural(phrase))) set.push(plural(phrase));
      }
    } else if (section === 'verbs') {
      const head = /^---\s+(\S+)\s+\[([^\]]*)\]/.exec(body);
      if (head) {
        const c = readCode(head[2]!);
        blocks.push({ line, name: lower(head[1]!), code: c.code, ...(c.raw ? { raw: c.raw } : {}), verbs: [], patterns: [] });
      } else if (body.startsWith('-')) blocks[blocks.length - 1]!.patterns.push(readPattern(body.slice(1).trim(), line, comment));
      else {
        verbLines++;
        blocks[blocks.length - 1]!.verbs.push(readVerb(body, line));
      }
    } else if (section === 'transformations' && body.startsWith('~')) transformations.push({ line, text: body });
  });
  const patterns = blocks.reduce((k, b) => k + b.patterns.length, 0);
  return {
    provenance,
    counts: { synsets: Object.keys(synsets).length, synsetMembers: members, blocks: blocks.length, verbLines, patterns, transformations: transformations.length },
    synsets,
    blocks,
    transformations,
  };
}

/** JSON with one verb or pattern per line: diffable, and a third of the size of indented JSON. */
export function formatCameoDictionary(d: CameoDictionary): string {
  const j = (x: unknown) => JSON.stringify(x);
  const out = ['{', ` "provenance": ${j(d.provenance)},`, ` "counts": ${j(d.counts)},`, ' "synsets": {'];
  const labels = Object.keys(d.synsets);
  labels.forEach((l, i) => out.push(`  ${j(l)}: ${j(d.synsets[l])}${i < labels.length - 1 ? ',' : ''}`));
  out.push(' },', ' "blocks": [');
  d.blocks.forEach((b, i) => {
    out.push(`  {"line": ${b.line}, "name": ${j(b.name)}, "code": ${j(b.code)},${b.raw ? ` "raw": ${j(b.raw)},` : ''}`);
    out.push(`   "verbs": [`, b.verbs.map((v) => `    ${j(v)}`).join(',\n'), '   ],');
    out.push(`   "patterns": [`, ...(b.patterns.length ? [b.patterns.map((p) => `    ${j(p)}`).join(',\n')] : []), `   ]}${i < d.blocks.length - 1 ? ',' : ''}`);
  });
  out.push(' ],', ` "transformations": [`, d.transformations.map((t) => `  ${j(t)}`).join(',\n'), ' ]', '}');
  return `${out.join('\n')}\n`;
}
