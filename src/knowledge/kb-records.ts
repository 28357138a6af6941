import { slugify } from '../nlp/fold.js';
import type { KbRecord } from './types.js';

/** data/gazetteer/generated/kb.json as written by scripts/build-kb.ts: compact rows, since the browser bundle imports it. */
export interface KbFile {
  records: [wikidata: string, source: string, names: string, countries: string][];
}

export const KB_FIELDS = 'wikidata, source (e everypolitician-2015, c us-congress, p partyfacts, n name-suggestion-index; "!" after it: well known), names (label first, "|" between), countries (ISO 3166 alpha-2, "|" between; none: anywhere)';

export const SOURCE_LETTER: Record<KbRecord['source'], string> = { everypolitician: 'e', 'us-congress': 'c', partyfacts: 'p', nsi: 'n' };
const SOURCE_OF = Object.fromEntries(Object.entries(SOURCE_LETTER).map(([k, v]) => [v, k])) as Record<string, KbRecord['source']>;

/** The rows as records; `countryByIso2` maps lower-case ISO codes to gazetteer country ids. */
export function kbRecords(file: KbFile, countryByIso2: ReadonlyMap<string, string>): KbRecord[] {
  return file.records.map(([wikidata, src, names, cs]) => {
    const source = SOURCE_OF[src[0]!]!;
    const [label, ...aliases] = names.split('|');
    const countries = cs ? cs.split('|').flatMap((c) => countryByIso2.get(c.toLowerCase()) ?? []) : [];
    return {
      id: `${slugify(label!)}-${wikidata.toLowerCase()}`,
      label: label!,
      type: source === 'everypolitician' || source === 'us-congress' ? 'Person' : 'Organization',
      wikidata,
      source,
      ...(aliases.length ? { aliases } : {}),
      ...(countries.length ? { countries } : {}),
      ...(src.endsWith('!') ? { known: true } : {}),
    };
  });
}
