/** GUM's CoNLL-U (entity mentions, Wikipedia links) and TEI (dates) files, parsed. */
// ---------------------------------------------------------------------------------------------
// Parsing

export interface GumWord {
  /** CoNLL-U word id within its sentence (1-based). */
  id: number;
  form: string;
  upos: string;
  /** Head word id within the sentence, 0 for the root. */
  head: number;
  deprel: string;
}

export interface GumSentence {
  id: string;
  text: string;
  words: GumWord[];
  /** Multi-word tokens ("I've" = I + 've): word ids first..last and the surface form. */
  mwts: { first: number; last: number; form: string }[];
}

/** GUM's ten entity types. */
export type GumType = 'person' | 'place' | 'organization' | 'event' | 'object' | 'abstract' | 'time' | 'substance' | 'animal' | 'plant';

export interface GumMention {
  sentence: number;
  /** Word indices (0-based, into `sentence.words`), inclusive. */
  first: number;
  last: number;
  /** GUM's coreference group: all mentions of one entity share it. */
  group: string;
  type: GumType;
  /** Wikipedia title, decoded ("Donald Trump"); GUM links every mention of a linked entity. */
  wikipedia?: string;
  /** The syntactic head word (the word whose head lies outside the mention). */
  headWord: number;
  /** A proper-name mention: its head is a proper noun (UPOS PROPN), or a title with a name attached by `flat`. */
  proper: boolean;
}

export interface GumDoc {
  id: string;
  sentences: GumSentence[];
  mentions: GumMention[];
}

/** Decodes a GUM identity field ("Agence_France%2DPresse") into a Wikipedia title ("Agence France-Presse"). */
export function wikipediaTitle(identity: string): string {
  let s = identity;
  try {
    s = decodeURIComponent(identity);
  } catch {
    // keep it raw
  }
  return s.replace(/_/g, ' ');
}

/** Parses a GUM CoNLL-U file: sentences, words, multi-word tokens and entity mentions. */
export function parseConllu(content: string): GumDoc {
  let docId = '';
  const sentences: GumSentence[] = [];
  const mentions: GumMention[] = [];
  let cur: GumSentence | undefined;
  // Open mentions, by group id (a stack each, for nested mentions of one entity).
  let open = new Map<string, { first: number; type: GumType; wikipedia?: string }[]>();
  const pending: { sentence: number; first: number; last: number; group: string; type: GumType; wikipedia?: string }[] = [];

  const finishSentence = () => {
    if (!cur) return;
    sentences.push(cur);
    cur = undefined;
    open = new Map();
  };

  for (const line of content.split(/\r?\n/)) {
    if (line.startsWith('# newdoc id = ')) docId = line.slice('# newdoc id = '.length).trim();
    if (line.startsWith('#')) {
      if (line.startsWith('# sent_id = ')) {
        finishSentence();
        cur = { id: line.slice('# sent_id = '.length).trim(), text: '', words: [], mwts: [] };
      } else if (line.startsWith('# text = ') && cur) cur.text = line.slice('# text = '.length);
      continue;
    }
    if (line.trim() === '') {
      finishSentence();
      continue;
    }
    const cols = line.split('\t');
    if (cols.length < 10) continue;
    cur ??= { id: `${docId}-${sentences.length + 1}`, text: '', words: [], mwts: [] };
    const id = cols[0]!;
    const range = /^(\d+)-(\d+)$/.exec(id);
    if (range) {
      cur.mwts.push({ first: Number(range[1]), last: Number(range[2]), form: cols[1]! });
      continue;
    }
    if (!/^\d+$/.test(id)) continue; // empty nodes (8.1) carry no surface
    const wordIndex = cur.words.length;
    cur.words.push({ id: Number(id), form: cols[1]!, upos: cols[3]!, head: Number(cols[6]) || 0, deprel: cols[7]! });
    const entity = /(?:^|\|)Entity=([^|]*)/.exec(cols[9]!)?.[1];
    if (!entity) continue;
    // "(3-organization-new-sssss-cf1-5-coref-Afghan_Girls_Robotics_Team" opens, "3)" closes,
    // "(4-abstract-...-coref)" opens and closes on this word. Identities are %-encoded, so no bracket or hyphen in them.
    for (const m of entity.matchAll(/\(([^()]+)(\))?|(\d+)\)/g)) {
      if (m[1] !== undefined) {
        const f = m[1].split('-');
        const group = f[0]!;
        const type = f[1] as GumType;
        const identity = f.length > 7 ? f.slice(7).join('-') : undefined;
        const item = { first: wordIndex, type, ...(identity ? { wikipedia: wikipediaTitle(identity) } : {}) };
        if (m[2]) pending.push({ sentence: sentences.length, last: wordIndex, group, ...item });
        else {
          if (!open.has(group)) open.set(group, []);
          open.get(group)!.push(item);
        }
      } else if (m[3] !== undefined) {
        const o = open.get(m[3])?.pop();
        if (o) pending.push({ sentence: sentences.length, last: wordIndex, group: m[3], ...o });
      }
    }
  }
  finishSentence();

  for (const p of pending) {
    const s = sentences[p.sentence]!;
    const inside = (w: GumWord) => w.id >= s.words[p.first]!.id && w.id <= s.words[p.last]!.id;
    let headWord = p.first;
    for (let i = p.first; i <= p.last; i++) {
      const w = s.words[i]!;
      const head = s.words.find((h) => h.id === w.head);
      if (!head || !inside(head)) {
        headWord = i;
        break;
      }
    }
    const head = s.words[headWord]!;
    // GUM's trees attach a name to a title before it: "captain Andreas Granqvist" (captain ← flat Andreas).
    const titled = s.words.slice(p.first, p.last + 1).some((w) => w.head === head.id && w.deprel === 'flat' && w.upos === 'PROPN');
    mentions.push({ ...p, headWord, proper: head.upos === 'PROPN' || titled });
  }
  mentions.sort((a, b) => a.sentence - b.sentence || a.first - b.first || b.last - a.last);
  return { id: docId, sentences, mentions };
}

export interface GumDate {
  /** Word indices over the whole document (0-based), inclusive. */
  first: number;
  last: number;
  /** TEI attributes: `when`, or `from`/`to`, `notBefore`/`notAfter`. */
  attrs: Record<string, string>;
}

/** Reads the `<date …>` elements of a GUM TEI file as ranges of its words (one word per tab-separated line). */
export function parseTeiDates(xml: string): { dates: GumDate[]; words: number } {
  const dates: GumDate[] = [];
  const stack: { first: number; attrs: Record<string, string> }[] = [];
  let words = 0;
  for (const line of xml.split(/\r?\n/)) {
    if (line.startsWith('<date')) {
      const attrs: Record<string, string> = {};
      for (const a of line.matchAll(/(\w+)="([^"]*)"/g)) attrs[a[1]!] = a[2]!;
      stack.push({ first: words, attrs });
    } else if (line.startsWith('</date')) {
      const d = stack.pop();
      if (d && words > d.first) dates.push({ first: d.first, last: words - 1, attrs: d.attrs });
    } else if (!line.startsWith('<') && line.includes('\t')) words++;
  }
  return { dates, words };
}

