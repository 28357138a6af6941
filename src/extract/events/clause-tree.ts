import type { Token } from '../../nlp/types.js';

/**
 * Who does what to whom, read from the dependency tree of the syntax layer (UD relations). Works on token indices only;
 * turning a phrase head into the entity it names is the caller's job (./verb-arguments.ts).
 */

/** A verb's core arguments as phrase heads, conjuncts included. */
export interface ClauseRoles {
  /** Passive voice: the surface subject is acted on. */
  passive: boolean;
  /** The doer: the active subject (inherited through control, conjunction, relative clauses), or a passive's "by" phrase. */
  agents: number[];
  /** The doer is the verb's own subject or "by" phrase, not one inherited through conjunction, control or a relative clause. */
  agentOwn: boolean;
  /** Acted on: direct and indirect objects, or a passive's surface subject. */
  objects: number[];
  /** Prepositional arguments of the verb ("with Qatar", "against Russia"), by preposition. */
  obliques: { prep: string; head: number }[];
  /** Clausal complements ("said that …", "accused X of backing …"). */
  clauses: number[];
}

const childrenCache = new WeakMap<readonly Token[], number[][]>();

/** Each token's dependents, in token order (computed once per document's token array). */
export function childrenOf(t: readonly Token[]): number[][] {
  let out = childrenCache.get(t);
  if (out) return out;
  out = t.map(() => [] as number[]);
  for (const tok of t) if (tok.head >= 0) out[tok.head]!.push(tok.index);
  childrenCache.set(t, out);
  return out;
}

const RELATIVE_PRONOUNS = new Set(['who', 'which', 'that', 'whom']);
/** Penn tags of finite verb forms. */
export const FINITE = new Set(['VBD', 'VBZ', 'VBP', 'MD']);
const base = (deprel: string) => deprel.split(':')[0]!;

/** The word's marker or case word ("to" of an infinitive, "on" of "on Russia"). */
function marker(t: readonly Token[], ch: number[][], i: number, rel: 'mark' | 'case'): string | undefined {
  const k = ch[i]!.find((c) => t[c]!.deprel === rel);
  return k === undefined ? undefined : t[k]!.norm;
}

/** A phrase head and its conjuncts ("Saudi Arabia, Egypt, Bahrain and the UAE"), in token order. */
export function withConjuncts(t: readonly Token[], ch: number[][], head: number): number[] {
  const out = [head];
  for (let i = 0; i < out.length; i++) for (const c of ch[out[i]!]!) if (t[c]!.deprel === 'conj' && !['VERB', 'AUX'].includes(t[c]!.pos)) out.push(c);
  return out.sort((a, b) => a - b);
}

/**
 * The sentence's noun-phrase root when the verb at `v` is really the main verb the parser hung under it: a sentence with
 * no verb root whose first verb modifies a noun ("Turkish President Recep Tayyip Erdogan called …", "Dockworkers at two
 * Ghanaian ports protested …"). -1 otherwise. Not after a comma (", first elected to Congress, …" modifies), nor with its
 * own subject.
 */
export function nounRootOf(t: readonly Token[], ch: number[][], v: number): number {
  const verb = t[v]!;
  if (verb.pos !== 'VERB' || !['acl', 'parataxis', 'appos'].includes(verb.deprel)) return -1;
  let p = v - 1;
  while (t[p]?.pos === 'ADV') p--;
  if (t[p]?.text === ',') return -1;
  if (ch[v]!.some((c) => base(t[c]!.deprel) === 'nsubj' || t[c]!.deprel === 'aux:pass' || t[c]!.deprel === 'obl:agent')) return -1;
  let r = v;
  while (t[r]!.head >= 0) r = t[r]!.head;
  if (!['NOUN', 'PROPN'].includes(t[r]!.pos) || r > v) return -1;
  for (let k = r + 1; k < v; k++) if (t[k]!.pos === 'VERB' || t[k]!.pos === 'AUX') return -1;
  return r;
}

export function isPassive(t: readonly Token[], ch: number[][], v: number): boolean {
  if (nounRootOf(t, ch, v) >= 0) return false;
  if (ch[v]!.some((c) => t[c]!.deprel === 'nsubj:pass' || t[c]!.deprel === 'aux:pass' || t[c]!.deprel === 'csubj:pass')) return true;
  // A participle that modifies a noun or a clause ("forces backed by Iran", "Backed by Iran, the militia …").
  // (Not with a subject of its own: "After Biden attacked Trump" with "attacked" tagged as a participle.)
  const rel = t[v]!.deprel;
  if (ch[v]!.some((c) => base(t[c]!.deprel) === 'nsubj' || base(t[c]!.deprel) === 'aux')) return false;
  if (t[v]!.xpos !== 'VBN') return false;
  // "a move backed by … but rejected by Russia": a participle conjunct shares the voice of the first.
  return rel === 'acl' || rel === 'advcl' || (rel === 'conj' && t[v]!.head >= 0 && isPassive(t, ch, t[v]!.head));
}

/** A relative pronoun stands for the noun its clause modifies ("Putin, who met Erdogan" → Putin). */
function antecedent(t: readonly Token[], k: number): number {
  const tok = t[k]!;
  if (!RELATIVE_PRONOUNS.has(tok.norm) || !['PRON', 'DET', 'SCONJ'].includes(tok.pos)) return k;
  let v = tok.head;
  // (Up through the relative clause's own verb chain: "who was later elected".)
  for (let hops = 0; v >= 0 && hops < 4; hops++) {
    if (t[v]!.deprel === 'acl:relcl') return t[v]!.head;
    if (t[v]!.deprel !== 'conj' && t[v]!.deprel !== 'xcomp') break;
    v = t[v]!.head;
  }
  return k;
}

/**
 * The surface subject of a verb: its own `nsubj`, or the one it shares as a conjunct ("criticised … and demanded"), as a
 * controlled infinitive ("agreed to host", "urged Aliyev to accept"), as a participle (", saying …") or as a relative
 * clause ("the envoy who met …"). -1 when the tree names none.
 */
export function surfaceSubject(t: readonly Token[], ch: number[][], v: number, controlVerbs: ReadonlySet<string>, depth = 0): number {
  if (depth > 6 || v < 0) return -1;
  // Of two subjects the one nearest the verb: "Egypt's irrigation minister, Karim Abdel-Razek, said" misparsed without
  // the apposition.
  const own = ch[v]!.filter((c) => (t[c]!.deprel === 'nsubj' || t[c]!.deprel === 'nsubj:pass') && c < v).pop() ?? ch[v]!.find((c) => t[c]!.deprel === 'nsubj' || t[c]!.deprel === 'nsubj:pass');
  if (own !== undefined) {
    // A subject takes no preposition: "The United States on Thursday demanded" misparsed with "Thursday" as the subject
    // has the subject right before the preposition.
    const prep = ch[own]!.find((c) => t[c]!.deprel === 'case');
    if (prep === undefined) return antecedent(t, own);
    const before = prep - 1;
    return before >= 0 && t[before]!.sentence === t[v]!.sentence && ['NOUN', 'PROPN', 'PRON'].includes(t[before]!.pos) ? before : -1;
  }
  const verb = t[v]!;
  const h = verb.head;
  if (h < 0) return -1;
  const root = nounRootOf(t, ch, v);
  if (root >= 0) return root;
  switch (verb.deprel) {
    case 'conj':
      return ['VERB', 'AUX', 'ADJ'].includes(t[h]!.pos) ? surfaceSubject(t, ch, h, controlVerbs, depth + 1) : -1;
    case 'xcomp':
    case 'advcl': {
      const infinitive = marker(t, ch, v, 'mark') === 'to' || verb.deprel === 'xcomp';
      if (infinitive) {
        // Object control ("urged Aliyev to accept", "called on Rwanda to withdraw"); otherwise the matrix subject
        // ("agreed to host"; a purpose: "telephoned Dahal to offer condolences" — Modi offers).
        if (controlVerbs.has(t[h]!.lemma)) {
          const obj = ch[h]!.find((c) => t[c]!.deprel === 'obj' || t[c]!.deprel === 'iobj' || (t[c]!.deprel === 'obl' && ['on', 'upon'].includes(marker(t, ch, c, 'case') ?? '')));
          if (obj !== undefined) return obj;
        }
        return surfaceSubject(t, ch, h, controlVerbs, depth + 1);
      }
      // "accused Washington of backing …", "thanked Erdogan for offering …": the object does what it is blamed or thanked for.
      const mark = marker(t, ch, v, 'mark');
      if (verb.xpos === 'VBG' && (mark === 'of' || mark === 'for')) {
        const obj = ch[h]!.find((c) => t[c]!.deprel === 'obj');
        return obj !== undefined ? antecedent(t, obj) : surfaceSubject(t, ch, h, controlVerbs, depth + 1);
      }
      // ", saying …", "Backed by Iran, …": a participle without a subordinator shares its clause's subject.
      if ((verb.xpos === 'VBG' || verb.xpos === 'VBN') && !ch[v]!.some((c) => t[c]!.deprel === 'mark')) return surfaceSubject(t, ch, h, controlVerbs, depth + 1);
      return -1;
    }
    case 'acl':
      // "troops loyal to …, backed by Iran", "militants attacking the base"; a finite verb here is a misparse of the noun's
      // own clause ("Turkish President Recep Tayyip Erdogan called …").
      // (Not a noun inside a prepositional phrase: "a message on Twitter blaming Iran" may hang from the wrong noun.)
      if (ch[h]!.some((c) => t[c]!.deprel === 'case')) return -1;
      return verb.xpos === 'VBN' || verb.xpos === 'VBG' || FINITE.has(verb.xpos) ? h : -1;
    case 'acl:relcl':
      return h;
    default:
      return -1;
  }
}

/** The roles of the verb at `v`. `controlVerbs`: verbs whose object does what their infinitive says. */
export function clauseRoles(t: readonly Token[], v: number, controlVerbs: ReadonlySet<string>): ClauseRoles {
  const ch = childrenOf(t);
  const passive = isPassive(t, ch, v);
  const subject = surfaceSubject(t, ch, v, controlVerbs);
  const roles: ClauseRoles = { passive, agents: [], agentOwn: false, objects: [], obliques: [], clauses: [] };
  for (const c of ch[v]!) {
    const rel = t[c]!.deprel;
    if (rel === 'obj' || rel === 'iobj') roles.objects.push(...withConjuncts(t, ch, antecedent(t, c)));
    else if ((rel === 'obl:agent' || (passive && base(rel) === 'obl')) && marker(t, ch, c, 'case') === 'by') roles.agents.push(...withConjuncts(t, ch, c));
    else if (base(rel) === 'obl') {
      const prep = marker(t, ch, c, 'case');
      if (prep) for (const head of withConjuncts(t, ch, c)) roles.obliques.push({ prep, head });
    } else if (rel === 'ccomp' || (rel === 'advcl' && marker(t, ch, c, 'mark') === 'of')) roles.clauses.push(c);
  }
  if (subject >= 0) {
    const group = withConjuncts(t, ch, subject);
    if (passive) roles.objects.unshift(...group);
    else roles.agents.push(...group);
  }
  roles.agentOwn = passive ? roles.agents.length > 0 : subject >= 0 && t[subject]!.head === v && t[subject]!.deprel === 'nsubj';
  return roles;
}
