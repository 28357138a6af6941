/** PETRARCH2's generic agent dictionary (Phoenix.agents.txt): phrases such as "police", "rebels", "foreign minister" and their sector codes. */

export interface AgentEntry {
  /** Lower-case words separated by single spaces. */
  phrase: string;
  /** Sector code as PETRARCH writes it: "~GOV", "~MIL", "~GOVAGR". */
  code: string;
  /** Line of the source file. */
  line: number;
}

/** PETRARCH's regular plural of a dictionary word (upper case). */
export function plural(word: string): string {
  if (/[^AEIOU]Y$/.test(word)) return `${word.slice(0, -1)}IES`;
  if (/(S|SH|CH|X|Z)$/.test(word)) return `${word}ES`;
  return `${word}S`;
}

const norm = (phrase: string) => phrase.replace(/_/g, ' ').replace(/\s+/g, ' ').trim().toLowerCase();

/**
 * Parses the file: `PHRASE {PLURALS} [CODE]`, `{}` for no plural, `!NAME! = A, B` substitutions, `#` comments. Entries
 * keep source order, singular before plural; a phrase seen twice keeps its first code.
 */
export function parsePhoenixAgents(text: string): AgentEntry[] {
  const subs = new Map<string, string[]>();
  const out: AgentEntry[] = [];
  const seen = new Set<string>();
  const add = (phrase: string, code: string, line: number) => {
    const p = norm(phrase);
    if (!p || seen.has(p)) return;
    seen.add(p);
    out.push({ phrase: p, code, line });
  };
  text.split('\n').forEach((raw, i) => {
    const line = raw.replace(/#.*/, '').trim();
    if (!line) return;
    const sub = /^(![A-Z]+!)\s*=\s*(.+)$/.exec(line);
    if (sub) {
      subs.set(sub[1]!, sub[2]!.split(',').map((s) => s.trim()));
      return;
    }
    const m = /^([^{[]+?)\s*(\{[^}]*\})?\s*\[([^\]]+)\]/.exec(line);
    if (!m) return;
    const [, phrase, plurals, code] = m;
    const forms = [phrase!.trim()];
    // A substitution marker stands for each of its words, which carry their own number.
    const marker = /![A-Z]+!/.exec(forms[0]!)?.[0];
    if (marker && subs.has(marker)) {
      for (const w of subs.get(marker)!) add(forms[0]!.replace(marker, w), code!, i + 1);
      return;
    }
    add(forms[0]!, code!, i + 1);
    if (plurals === undefined) {
      if (!forms[0]!.endsWith('_')) add(forms[0]!.replace(/[A-Z]+$/, (w) => plural(w)), code!, i + 1);
    } else for (const p of plurals.slice(1, -1).split(/\s+/).filter(Boolean)) add(p, code!, i + 1);
  });
  return out;
}
