import { DataFactory, Parser, Writer } from 'n3';
import type { Quad } from '@rdfjs/types';
import { AtomicStreamWriter } from '../io/stream-output.js';
import { letSignalsIn } from '../io/signals.js';
import { canonicalOrder } from '../rdf/canonical.js';
import { keepsGraphs, mediaType } from '../rdf/formats.js';
import type { RdfFormat } from '../rdf/formats.js';
import type { JsonLdOptions } from '../rdf/jsonld.js';
import { PREFIXES, dataPrefixes, graphPrefixes } from '../rdf/vocabulary.js';
import { fragmentQuads } from './fragment.js';
import type { Fragment } from './fragment.js';

// The JSON-LD writer (and the jsonld package behind it) and the in-memory serialiser load only for the
// builds that use them: a streamed N-Quads build starts without them.
type JsonLdModule = typeof import('../rdf/jsonld.js');

/** The stages of the output a build reports (for progress and for the interruption tests). */
export type OutputStage = 'order' | 'serialize' | 'write' | 'rename';

/**
 * Where the fragments of a build go. Every sink writes into a temporary file beside the output and
 * renames it over the output only in `commit`; `abort` (or a signal) leaves the previous output.
 */
export interface GraphSink {
  /** Takes the next article's fragment (in input order). */
  add(f: Fragment): Promise<void>;
  /** Finishes the file and renames it over the output; returns the number of triples (quads) written. */
  commit(onStage?: (s: OutputStage) => void): Promise<number>;
  abort(): void;
  /** Written article by article (bounded memory) rather than assembled and sorted in memory. */
  readonly streamed: boolean;
  /** Reads a fragment's quads (`fragmentQuads`) when it has them, rather than parsing its text. */
  readonly takesQuads: boolean;
}

export interface SinkOptions {
  output: string;
  format: RdfFormat;
  base: string;
  jsonLd?: JsonLdOptions;
  /** Assemble the whole graph and sort it globally (the canonical order) instead of streaming. */
  canonical: boolean;
}

export async function openSink(o: SinkOptions): Promise<GraphSink> {
  if (o.canonical) return new CanonicalSink(o);
  if (o.format === 'nq') return new NQuadsSink(o.output);
  return new MergedSink(o, o.format === 'jsonld' ? await import('../rdf/jsonld.js') : undefined);
}

/** N-Quads: each fragment as it is (one named graph per article). */
class NQuadsSink implements GraphSink {
  readonly streamed = true;
  readonly takesQuads = false;
  private readonly writer: AtomicStreamWriter;
  private triples = 0;
  constructor(output: string) {
    this.writer = new AtomicStreamWriter(output);
  }
  async add(f: Fragment): Promise<void> {
    await this.writer.write(f.nquads);
    this.triples += f.triples;
  }
  async commit(onStage?: (s: OutputStage) => void): Promise<number> {
    onStage?.('write');
    await this.writer.commit(() => onStage?.('rename'));
    return this.triples;
  }
  abort(): void {
    this.writer.abort();
  }
}

/**
 * The other formats, streamed: each article's quads leave their named graph (Turtle, N-Triples,
 * JSON-LD: one graph; a triple about a shared node – entity, office, topic – is written once) or keep it
 * (TriG), are put in canonical order within the article (subjects grouped) and are written through one
 * n3 Writer (or jsonld, node objects of one `@graph`) for the whole file. Memory holds one article plus
 * the set of shared triples already written.
 */
class MergedSink implements GraphSink {
  readonly streamed = true;
  readonly takesQuads: boolean;
  private readonly writer: AtomicStreamWriter;
  private readonly shared: string[];
  private readonly sharedSeen = new Set<string>();
  private readonly graphs: boolean;
  private readonly rdf: Writer | undefined;
  private pending = '';
  private triples = 0;
  private nodes = 0;

  constructor(
    private readonly o: SinkOptions,
    private readonly jsonld: JsonLdModule | undefined,
  ) {
    this.writer = new AtomicStreamWriter(o.output);
    this.graphs = keepsGraphs(o.format);
    this.takesQuads = o.format !== 'nt';
    this.shared = [`<${o.base}entity/`, `<${o.base}office/`, `<${o.base}topic/`];
    if (jsonld) {
      this.pending = jsonld.jsonLdHeader(o.base, o.jsonLd ?? {});
    } else if (o.format !== 'nt') {
      const prefixes = o.format === 'ttl' ? { ...PREFIXES, ...dataPrefixes(o.base) } : { ...PREFIXES, ...dataPrefixes(o.base), ...graphPrefixes(o.base) };
      // n3's Writer keeps only the current subject and predicate: it writes into `pending`, flushed after each article.
      const sink = { write: (s: string, _enc?: unknown, cb?: () => void) => ((this.pending += s), cb?.(), true), end: (cb?: () => void) => cb?.() };
      this.rdf = new Writer(sink as unknown as NodeJS.WritableStream, { format: mediaType(o.format), prefixes, end: false });
    }
  }

  async add(f: Fragment): Promise<void> {
    // Built in this thread: the fragment's own quads, line for line, instead of parsing its text again.
    const own = fragmentQuads.get(f);
    const kept: Quad[] | undefined = own && !this.graphs ? [] : undefined;
    let lines = f.nquads;
    if (!this.graphs) {
      // One graph: the fragment's N-Quads lines lose their graph, and shared triples already written go.
      const suffix = ` <${this.o.base}graph/${f.slug}> .`;
      lines = '';
      let i = -1;
      for (const line of f.nquads.split('\n')) {
        if (line === '') continue;
        i++;
        const triple = line.endsWith(suffix) ? `${line.slice(0, -suffix.length)} .` : line;
        if (this.shared.some((p) => triple.startsWith(p))) {
          if (this.sharedSeen.has(triple)) continue;
          this.sharedSeen.add(triple);
        }
        if (kept) {
          const q = own![i]!;
          kept.push(DataFactory.quad(q.subject, q.predicate, q.object) as Quad);
        }
        lines += `${triple}\n`;
      }
    }
    if (this.o.format === 'nt') {
      this.triples += countLines(lines);
      await this.writer.write(lines);
      return;
    }
    const quads = kept ?? own ?? (new Parser({ format: 'application/n-quads' }).parse(lines) as Quad[]);
    const ordered = canonicalOrder(quads, !this.graphs);
    this.triples += ordered.length;
    if (this.jsonld) {
      for (const node of await this.jsonld.jsonLdNodes(ordered, this.o.base)) this.pending += `${this.nodes++ === 0 ? '' : ',\n'}${node}`;
    } else {
      const w = this.rdf as Writer;
      if (this.graphs) w.addQuads(ordered);
      else for (const q of ordered) w.addQuad(q.subject, q.predicate, q.object);
    }
    await this.flush();
  }

  private async flush(): Promise<void> {
    const chunk = this.pending;
    this.pending = '';
    await this.writer.write(chunk);
  }

  async commit(onStage?: (s: OutputStage) => void): Promise<number> {
    onStage?.('write');
    if (this.jsonld) this.pending += this.jsonld.jsonLdFooter(this.nodes > 0);
    else if (this.rdf) await new Promise<void>((resolve, reject) => (this.rdf as Writer).end((e) => (e ? reject(e) : resolve())));
    await this.flush();
    await this.writer.commit(() => onStage?.('rename'));
    return this.triples;
  }

  abort(): void {
    this.writer.abort();
  }
}

/**
 * Small builds and --in-memory: the whole graph, sorted globally (the canonical order), so the same set
 * of quads gives the same bytes however it was built. Written in slices, letting signals in between.
 */
class CanonicalSink implements GraphSink {
  readonly streamed = false;
  readonly takesQuads = false;
  private collected: string[] = [];
  constructor(private readonly o: SinkOptions) {}

  async add(f: Fragment): Promise<void> {
    this.collected.push(f.nquads);
  }

  async commit(onStage?: (s: OutputStage) => void): Promise<number> {
    const writer = new AtomicStreamWriter(this.o.output);
    try {
      onStage?.('order');
      await letSignalsIn();
      const quads: Quad[] = [];
      for (const text of this.collected) for (const q of new Parser({ format: 'application/n-quads' }).parse(text)) quads.push(q as Quad);
      this.collected = [];
      const ordered = canonicalOrder(quads, !keepsGraphs(this.o.format));
      quads.length = 0;
      onStage?.('serialize');
      await letSignalsIn();
      const { serializeOrdered } = await import('../rdf/serialize.js');
      const text = await serializeOrdered(ordered, this.o.format, this.o.base, this.o.jsonLd ?? {});
      onStage?.('write');
      const SLICE = 1 << 20;
      for (let i = 0; i < text.length; i += SLICE) await writer.write(text.slice(i, i + SLICE));
      await writer.commit(() => onStage?.('rename'));
      return ordered.length;
    } catch (e) {
      writer.abort();
      throw e;
    }
  }

  abort(): void {
    this.collected = [];
  }
}

function countLines(s: string): number {
  let n = 0;
  for (let i = s.indexOf('\n'); i >= 0; i = s.indexOf('\n', i + 1)) n++;
  return n;
}
