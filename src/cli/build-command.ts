import type { Command } from 'commander';
import { UsageError } from '../errors.js';
import { checkIsoDate } from '../input/dates.js';
import { DEFAULT_BASE, checkBase, formatFor } from '../rdf/formats.js';
import { parseShard } from '../corpus/shard.js';
import { ProgressBar } from '../corpus/progress.js';
import { cleanUpOnSignals } from '../io/signals.js';
import { checkOutput } from '../corpus/output-target.js';

interface BuildFlags {
  output: string;
  base: string;
  date?: string;
  format?: string;
  strict?: boolean;
  contextUrl?: string;
  withOntology?: boolean;
  jobs?: string;
  cache?: string;
  shard?: string;
  inMemory?: boolean;
  explain?: string;
  progress?: boolean;
}

let releaseSignals: (() => void) | undefined;

export function buildCommand(program: Command): void {
  program
    .command('build')
    .description('extract entities, events and facts from articles and write the graph')
    .argument('<inputs...>', 'article files (.txt, .md), folders, or JSON Lines corpora (.jsonl)')
    .option('-o, --output <file>', 'output file', 'out/graph.ttl')
    .option('--base <iri>', 'base IRI for entities, events and articles', DEFAULT_BASE)
    .option('--date <YYYY-MM-DD>', 'publication date for articles without one')
    .option('--format <ttl|nt|nq|trig|jsonld>', 'output format (default: from the output file extension); nq and trig put each article in its own named graph')
    .option('--context-url <iri>', 'JSON-LD: refer to the published @context by this IRI instead of embedding it')
    .option('--with-ontology', 'also write the ontology and the SHACL shapes beside the output, in the same format')
    .option('--strict', 'stop at the first bad record of a corpus instead of skipping it')
    .option('-j, --jobs <n>', 'worker threads (default: one per core; 1 builds in the main thread)')
    .option('--cache <dir>', 'incremental build: keep per-article fragments in <dir>; a re-run extracts only new or changed articles')
    .option('--shard <k/n>', 'build only shard k of n (a deterministic slice by article id); the shards\' outputs merge into the full graph')
    .option('--in-memory', 'nt/nq: hold the whole graph and sort it globally instead of streaming it to disk article by article')
    .option('--explain <file>', 'write the entity resolution report (why mentions became one node), JSON Lines')
    .option('--no-progress', 'no progress bar (it shows only on a terminal anyway)')
    // Interrupted (SIGINT, SIGTERM): temporary files go, the previous output stays (src/io/signals.ts).
    .hook('preAction', () => void (releaseSignals = cleanUpOnSignals()))
    .hook('postAction', () => releaseSignals?.())
    .action(async (inputs: string[], flags: BuildFlags, command: Command) => {
      const t0 = performance.now();
      // Only the default out/graph.ttl gets its folder made; a folder named by hand must exist.
      const defaultOutput = command.getOptionValueSource('output') === 'default';
      // Before the format is read from its extension: a folder is "a folder", not "unknown RDF format".
      checkOutput(flags.output, defaultOutput);
      let format;
      try {
        format = formatFor(flags.format, flags.output);
        checkBase(flags.base);
      } catch (e) {
        throw new UsageError((e as Error).message);
      }
      const date = flags.date ? checkIsoDate(flags.date, '--date') : undefined;
      const jobs = flags.jobs === undefined ? undefined : Number(flags.jobs);
      if (jobs !== undefined && (!Number.isInteger(jobs) || jobs < 1)) throw new UsageError(`--jobs takes a whole number ≥ 1 (got "${flags.jobs}")`);
      // Skipped inputs are reported once the build stands; when nothing could be built the error says so in one line.
      const skipped: string[] = [];
      // The build itself (extractors, knowledge, RDF libraries) loads only now: --help stays fast.
      const { buildCorpus } = await import('../corpus/build-corpus.js');
      const { writeOntologyBeside } = await import('./graph-files.js');
      const s = await buildCorpus(inputs, {
        output: flags.output,
        format,
        base: flags.base,
        ...(date ? { date } : {}),
        ...(jobs ? { jobs } : {}),
        ...(flags.cache ? { cacheDir: flags.cache } : {}),
        ...(flags.shard ? { shard: parseShard(flags.shard) } : {}),
        strict: !!flags.strict,
        inMemory: !!flags.inMemory,
        ...(flags.contextUrl ? { jsonLd: { contextUrl: flags.contextUrl } } : {}),
        ...(flags.explain ? { explain: flags.explain } : {}),
        onSkip: (e) => skipped.push(e.message),
        progress: ProgressBar.wanted(flags.progress),
        createOutputFolder: defaultOutput,
      });
      const extra = flags.withOntology ? await writeOntologyBeside(flags.output, format) : [];
      const secs = ((performance.now() - t0) / 1000).toFixed(2);
      const inc = flags.cache ? ` (${s.extracted} extracted, ${s.reused} from cache, ${s.removed} removed)` : '';
      const shard = flags.shard ? ` [shard ${flags.shard}; ${s.otherShards} articles in other shards]` : '';
      for (const m of skipped) process.stderr.write(`skipped: ${m}\n`);
      process.stdout.write(`${s.articles} articles${inc}${shard}, ${s.entities} entities, ${s.events} events, ${s.facts} facts, ${s.triples} triples in ${secs} s → ${[flags.output, ...extra].join(', ')}\n`);
    });
}
