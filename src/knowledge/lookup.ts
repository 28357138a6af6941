/**
 * `table[key]` for a lexicon table, answering only from the table's own entries. Knowledge builds its
 * tables without a prototype, so this also guards tables built elsewhere; and V8 answers a missing key
 * through a prototype chain about four times slower than an own-property check, which matters because
 * extractors ask such tables about nearly every token.
 */
export function tableEntry<T>(table: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(table, key) ? table[key] : undefined;
}
