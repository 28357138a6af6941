/**
 * Longest-match index of token sequences (accent-folded, lower-case), keyed by the first token.
 * Used for gazetteer names, demonyms, titles and multi-word triggers alike.
 */
export class PhraseIndex<V> {
  private readonly byFirst = new Map<string, { tokens: string[]; value: V }[]>();

  add(tokens: string[], value: V): void {
    const [first] = tokens;
    if (first === undefined) return;
    let list = this.byFirst.get(first);
    if (!list) this.byFirst.set(first, (list = []));
    if (list.some((e) => e.tokens.join(' ') === tokens.join(' ') && e.value === value)) return;
    list.push({ tokens, value });
    list.sort((a, b) => b.tokens.length - a.tokens.length);
  }

  /** All entries starting at position `i` of `seq`, longest first. */
  matchAt(seq: readonly string[], i: number): { length: number; value: V }[] {
    const list = this.byFirst.get(seq[i] ?? '');
    if (!list) return [];
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
