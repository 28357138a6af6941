/**
 * CAMEO → PLOVER: the 2021 table (CAMEO2PLOVER-2021.txt, parsed, not retyped) and the 0.5b1 root table that
 * the gold labels use. A fair scorer accepts either, because 2021 moved some codes to other categories.
 */

/** Code → 2021 category. Roots listed twice with different categories (08) are left out: their 3-digit codes decide. */
export type PloverTable = ReadonlyMap<string, string>;

export function parseCameo2Plover(text: string): PloverTable {
  const seen = new Map<string, Set<string>>();
  for (const line of text.split('\n')) {
    const m = /^(\d{2,4}):\s*([A-Z]+)/.exec(line);
    if (!m) continue;
    const [, code, category] = m as unknown as [string, string, string];
    seen.set(code, (seen.get(code) ?? new Set()).add(category));
  }
  const table = new Map<string, string>();
  for (const [code, cats] of seen) if (cats.size === 1) table.set(code, [...cats][0]!);
  return table;
}

/** The 2021 category of a CAMEO code: the exact code, else its 3-digit prefix, else its root; 01x and 02x have none. */
export function ploverCategory(table: PloverTable, code: string): string | undefined {
  if (/^0[12]/.test(code)) return undefined;
  return table.get(code) ?? table.get(code.slice(0, 3)) ?? table.get(code.slice(0, 2));
}

/** 0.5b1 gold names → 2021 names. */
const RENAMED: Record<string, string> = { DEMAND: 'REQUEST', DISAPPROVE: 'ACCUSE', INVESTIGATE: 'ACCUSE', FIGHT: 'ASSAULT' };
export const gold2021 = (event: string): string => RENAMED[event] ?? event;

/** The 0.5b1 category of a code by its root, where it differs from the 2021 names; compared with the gold as labelled. */
export function rootCategory05(code: string): string | undefined {
  const root = code.slice(0, 2);
  if (root === '08') return Number(code.slice(2, 3) || '0') >= 4 ? 'RETREAT' : 'CONCEDE';
  return ({ '09': 'INVESTIGATE', '10': 'DEMAND', '11': 'DISAPPROVE', '18': 'ASSAULT', '19': 'FIGHT', '20': 'FIGHT' } as Record<string, string>)[root];
}

/** Does a produced code have the gold category (2021 table, or the 0.5b1 root table)? */
export function categoryMatches(table: PloverTable, code: string, goldEvent: string): boolean {
  const c = ploverCategory(table, code);
  return (c !== undefined && c === gold2021(goldEvent)) || rootCategory05(code) === goldEvent;
}
