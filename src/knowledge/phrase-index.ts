/** One entry as `matchAt` reports it: shared between calls, so never changed by callers. */
export type PhraseHit<V> = Readonly<{ length: number; value: V }>;

const NO_HITS: readonly never[] = Object.freeze([]);

/**
 * Longest-match index of token sequences (accent-folded, lower-case), keyed by the first token.
 * Used for gazetteer names, demonyms, titles and multi-word triggers alike.
 */
export class PhraseIndex<V> {
  private readonly byFirst = new Map<string, { tokens: string[]; value: V; hit: PhraseHit<V> }[]>();
  private readonly seen = new Set<string>();
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
    // Kept longest first (ties in insertion order) as entries arrive: a look-up never reorders the index,
    // so the knowledge base reads the same for every article (issue 17; it was sorted lazily on first look-up).
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((list[mid] as { tokens: string[] }).tokens.length >= tokens.length) lo = mid + 1;
      else hi = mid;
    }
    list.splice(lo, 0, { tokens, value, hit: Object.freeze({ length: tokens.length, value }) });
  }

  /** Does any entry start with this token? False means `matchAt` finds nothing wherever it stands. */
  starts(token: string | undefined): boolean {
    return this.byFirst.has(token ?? '');
  }

  /**
   * All entries starting at position `i` of `seq`, longest first (ties keep insertion order).
   * Called for nearly every token by several extractors: the answer is read-only, shared when
   * empty, and made of per-entry hit objects, so a look-up allocates at most one array.
   */
  matchAt(seq: readonly string[], i: number): readonly PhraseHit<V>[] {
    const first = seq[i] ?? '';
    const list = this.byFirst.get(first);
    if (!list) return NO_HITS;
    let out: PhraseHit<V>[] | undefined;
    for (const e of list) {
      const n = e.tokens.length;
      if (i + n > seq.length) continue;
      let ok = true;
      for (let k = 1; k < n; k++) {
        if (seq[i + k] !== e.tokens[k]) {
          ok = false;
          break;
        }
      }
      if (ok) (out ??= []).push(e.hit);
    }
    return out ?? NO_HITS;
  }
}
