/** Accent- and case-insensitive form used by search: "Erdoğan" and "Erdogan" fold alike. */
export function fold(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/ı/g, 'i')
    .replace(/[ß]/g, 'ss')
    .toLowerCase();
}
