/**
 * Integer hashing for hashed feature templates: a feature is a 32-bit mix of its template id and the ids of
 * the values it combines. Strings are hashed once per word, so feature extraction allocates nothing.
 */

/** FNV-1a over UTF-16 code units, as a signed 32-bit integer; never 0 (0 marks an empty slot in the weight tables). */
export function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h | 0 || 1;
}

/** Combines a running hash with one more value (murmur3-style finaliser). */
export function mix(h: number, v: number): number {
  let x = Math.imul(h ^ v, 0xcc9e2d51);
  x = (x << 15) | (x >>> 17);
  x = Math.imul(x, 0x1b873593) ^ (h >>> 7);
  x ^= x >>> 16;
  x = Math.imul(x, 0x85ebca6b);
  x ^= x >>> 13;
  return x | 0 || 1;
}

export const f1 = (t: number, a: number): number => mix(mix(t, a), 0x5bd1e995);
export const f2 = (t: number, a: number, b: number): number => mix(mix(mix(t, a), b), 0x5bd1e995);
export const f3 = (t: number, a: number, b: number, c: number): number => mix(mix(mix(mix(t, a), b), c), 0x5bd1e995);
