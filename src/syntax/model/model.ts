import { Lemmatizer, type LemmaData } from '../lemma/lemmatizer.js';
import { sentenceCodes } from '../parser/codes.js';
import { Parser } from '../parser/parser.js';
import { Tagger } from '../tagger/tagger.js';
import { decodeModel, encodeModel, type StoredTable, type TableBytes } from './codec.js';
import { WeightTable } from './table.js';

/** Forms whose lemmas are kept; past this the cache starts again. */
const LEMMA_CACHE_LIMIT = 32768;

/** What the tagger, lemmatiser and parser give one word. */
export interface WordAnalysis {
  upos: string;
  xpos: string;
  lemma: string;
  /** 1-based head in the sentence, 0 for the root. */
  head: number;
  deprel: string;
}

/** Everything the model file holds besides the weight tables. */
export interface ModelHeader {
  tags: [string, string][];
  ambiguity: [string, number][];
  /** Frequent one-tag word forms → tag class (absent in older files). */
  frequent?: [string, number][];
  labels: string[];
  /** Per direction (left, right), the labels seen there. */
  allowed: [number[], number[]];
  lemmas: LemmaData;
  /** Provenance: data, seed, options, figures on the dev sets. */
  meta: Record<string, unknown>;
}

/** The trained syntax model: tagger, lemmatiser and parser, loaded once and read-only after that. */
export class SyntaxModel {
  readonly tagger: Tagger;
  readonly parser: Parser;
  readonly lemmatizer: Lemmatizer;
  readonly meta: Record<string, unknown>;

  constructor(header: ModelHeader, tables: Record<string, StoredTable>) {
    const table = (name: string) => {
      const t = tables[name];
      if (!t) throw new Error(`syntax model lacks its ${name} table`);
      return new WeightTable(t.keys, t.quantised, t.scale, t.nClasses);
    };
    this.tagger = new Tagger(header.tags, table('tagger'), new Map(header.ambiguity), new Map(header.frequent ?? []));
    const allowed = header.allowed.map((ids) => {
      const mask = new Uint8Array(header.labels.length);
      for (const i of ids) mask[i] = 1;
      return mask;
    });
    this.parser = new Parser(header.labels, table('actions'), table('labeller'), allowed);
    this.lemmatizer = new Lemmatizer(header.lemmas);
    this.meta = header.meta;
  }

  static fromBytes(bytes: Uint8Array): SyntaxModel {
    const { header, tables } = decodeModel(bytes);
    return new SyntaxModel(header as unknown as ModelHeader, tables);
  }

  static toBytes(header: ModelHeader, tables: Record<string, TableBytes>): Uint8Array {
    return encodeModel(header as unknown as Record<string, unknown>, tables);
  }

  /** Tags, lemmatises and parses one sentence of UD word forms. */
  annotate(forms: readonly string[]): WordAnalysis[] {
    if (forms.length === 0) return [];
    const lower = new Int32Array(forms.length);
    const tags = this.tagger.tag(forms, lower);
    const { heads, labels } = this.parser.parse(sentenceCodes(forms, tags, lower), forms.length);
    return forms.map((form, i) => {
      const tag = tags[i] as number;
      const [upos, xpos] = this.tagger.tags[tag] as readonly [string, string];
      return { upos, xpos, lemma: this.lemma(form, tag, upos, xpos), head: heads[i + 1] as number, deprel: this.parser.labels[labels[i + 1] as number] as string };
    });
  }

  /** Form → lemma per tag class: the lemmatiser is a function of the form and the tags, and news repeats its words. */
  private readonly lemmas = new Map<string, string[]>();

  private lemma(form: string, tag: number, upos: string, xpos: string): string {
    let known = this.lemmas.get(form);
    const lemma = known?.[tag];
    if (lemma !== undefined) return lemma;
    if (!known) {
      if (this.lemmas.size >= LEMMA_CACHE_LIMIT) this.lemmas.clear();
      known = [];
      this.lemmas.set(form, known);
    }
    return (known[tag] = this.lemmatizer.lemma(form, upos, xpos));
  }
}
