const foldCache = new Map<string, string>();
const FOLD_EXTRA: Record<string, string> = { Ł: 'l', ł: 'l', Đ: 'd', đ: 'd', Ø: 'o', ø: 'o', Þ: 'th', þ: 'th', ð: 'd', ß: 'ss', Æ: 'ae', æ: 'ae', Œ: 'oe', œ: 'oe' };

/** Lower-cases and strips diacritics, so "Erdoğan" and "Erdogan" compare equal. */
export function fold(s: string): string {
  // Most tokens are lower-case ASCII already (words, numbers, punctuation): nothing to fold, no look-up.
  if (isFolded(s)) return s;
  let f = foldCache.get(s);
  if (f === undefined) {
    // Token texts repeat a lot; the cache is bounded so a long corpus run cannot grow it without end.
    if (foldCache.size >= 200_000) foldCache.clear();
    f = foldUncached(s);
    foldCache.set(s, f);
  }
  return f;
}

/** ASCII with no capital letter and no backquote: `foldUncached` would return it unchanged. */
function isFolded(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x80 || c === 0x60 || (c >= 0x41 && c <= 0x5a)) return false;
  }
  return true;
}

function foldUncached(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ı/g, 'i')
    // Letters NFKD does not decompose.
    .replace(/[ŁłĐđØøÞþðßÆæŒœ]/g, (c) => FOLD_EXTRA[c] ?? c)
    .replace(/[’‘`´]/g, "'")
    .toLowerCase();
}

/** ASCII slug for readable IRIs: "Recep Tayyip Erdoğan" → "recep-tayyip-erdogan". */
export function slugify(s: string): string {
  const slug = fold(s)
    .replace(/'s\b/g, 's')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/g, '');
  return slug || 'x';
}
