/** The shared MEANTIME JSON (see ../shared/corpus/meantime-dev/README.md). */
export interface MeantimeEntity {
  key: string;
  label: string;
  type: 'Person' | 'Organization' | 'Place' | 'Product' | 'Financial' | 'Mixed';
  dbpedia: string | null;
  wikidata: string | null;
  aliases: string[];
  /** [begin, end) character offsets into `text`. */
  mentions: [number, number][];
}

export interface MeantimeTimex {
  text: string;
  type: 'DATE' | 'DURATION' | 'TIME' | 'SET';
  value: string;
  begin: number;
  end: number;
}

export interface MeantimeDoc {
  id: string;
  source: string;
  date: string;
  title: string;
  text: string;
  /** Everything is annotated in text[0, annotated_end); after it only cross-document entities. */
  annotated_end: number;
  entities: MeantimeEntity[];
  timex: MeantimeTimex[];
  unlinked_mentions: string[];
}
