import { UsageError } from '../errors.js';

/** Shard k of n (1-based k). */
export interface Shard {
  k: number;
  n: number;
}

/** Parses "k/n" (1 ≤ k ≤ n). */
export function parseShard(s: string): Shard {
  const m = /^(\d+)\/(\d+)$/.exec(s.trim());
  const k = m ? Number(m[1]) : NaN;
  const n = m ? Number(m[2]) : NaN;
  if (!m || n < 1 || k < 1 || k > n) throw new UsageError(`--shard takes k/n with 1 ≤ k ≤ n, e.g. 2/8 (got "${s}")`);
  return { k, n };
}

/** FNV-1a (32 bit) of a string: fast, stable across runs, machines and Node versions. */
export function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/**
 * Whether an article belongs to a shard. It depends on the article's slug alone, not on its
 * position or on the other inputs, so every shard of every machine agrees without coordination,
 * and adding articles never moves others between shards.
 */
export const inShard = (slug: string, shard: Shard | undefined): boolean => !shard || fnv1a(slug) % shard.n === shard.k - 1;
