/**
 * Longest-match index of token sequences (accent-folded, lower-case), keyed by the first token.
 * Used for gazetteer names, demonyms, titles and multi-word triggers alike.
 */
export class PhraseIndex<V> {
  private readonly byFirst = new Map<string, { tokens: string[]; value: V }[]>();
  private readonly seen = new Set<string>();
  /** First tokens whose lists gained entries since they were last sorted. */
  private readonly unsorted = new Set<string>();
  private readonly ids = new Map<V, number>();

  add(tokens: string[], value: V): void {
    const [first] = tokens;
    if (first === undefined) return;
    let id = this.ids.get(value);
    if (id === undefined) this.ids.set(value, (id = this.ids.size));
    const key = `${id}\u0000${tokens.join('\u0000')}`;
    if (this.seen.has(key)) return;
    this.seen.add(key);
    let list = this.byFirst.get(first);
    if (!list) this.byFirst.set(first, (list = []));
    list.push({ tokens, value });
    this.unsorted.add(first);
  }

  /** All entries starting at position `i` of `seq`, longest first (ties keep insertion order). */
  matchAt(seq: readonly string[], i: number): { length: number; value: V }[] {
    const first = seq[i] ?? '';
    const list = this.byFirst.get(first);
    if (!list) return [];
    if (this.unsorted.delete(first)) list.sort((a, b) => b.tokens.length - a.tokens.length);
    const out: { length: number; value: V }[] = [];
    for (const e of list) {
      if (i + e.tokens.length > seq.length) continue;
      let ok = true;
      for (let k = 1; k < e.tokens.length; k++) {
        if (seq[i + k] !== e.tokens[k]) {
          ok = false;
          break;
        }
      }
      if (ok) out.push({ length: e.tokens.length, value: e.value });
    }
    return out;
  }
}
