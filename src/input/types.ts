/** One article as read from a file or a JSON Lines record, before any analysis. */
export interface Article {
  /** Stable identifier: file stem or the record's `id`; drives the article IRI. */
  id: string;
  text: string;
  title?: string;
  /** Publication date, ISO `YYYY-MM-DD`; relative dates resolve against it. */
  date?: string;
  url?: string;
  source?: string;
  language?: string;
  /** Where it came from (path, or path:line), for error messages. */
  origin: string;
}

export type ArticleMetadata = Omit<Article, 'text' | 'id' | 'origin'>;
