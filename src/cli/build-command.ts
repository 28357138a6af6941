import type { Command } from 'commander';
import { buildGraph } from '../build.js';
import { UsageError } from '../errors.js';
import { checkIsoDate } from '../input/dates.js';
import { readInputs } from '../io/read-inputs.js';
import { writeAtomic } from '../io/write-output.js';
import { formatFor, keepsGraphs, serialize } from '../rdf/serialize.js';
import { writeOntologyBeside } from './graph-files.js';
import { DEFAULT_BASE } from '../rdf/vocabulary.js';
import { checkBase } from '../rdf/iri.js';

interface BuildFlags {
  output: string;
  base: string;
  date?: string;
  format?: string;
  strict?: boolean;
  contextUrl?: string;
  withOntology?: boolean;
}

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
    .action(async (inputs: string[], flags: BuildFlags) => {
      const t0 = performance.now();
      let format;
      try {
        format = formatFor(flags.format, flags.output);
        checkBase(flags.base);
      } catch (e) {
        throw new UsageError((e as Error).message);
      }
      const date = flags.date ? checkIsoDate(flags.date, '--date') : undefined;
      const { articles, skipped } = readInputs(inputs);
      for (const s of skipped) {
        if (flags.strict) throw s;
        process.stderr.write(`skipped: ${s.message}\n`);
      }
      const result = buildGraph(articles, { base: flags.base, namedGraphs: keepsGraphs(format), ...(date ? { date } : {}) });
      const out = await serialize(result.store.getQuads(null, null, null, null), format, flags.base, flags.contextUrl ? { contextUrl: flags.contextUrl } : {});
      writeAtomic(flags.output, out);
      const extra = flags.withOntology ? await writeOntologyBeside(flags.output, format) : [];
      const s = result.stats;
      const secs = ((performance.now() - t0) / 1000).toFixed(2);
      process.stdout.write(`${s.articles} articles, ${s.entities} entities, ${s.events} events, ${s.facts} facts, ${s.triples} triples in ${secs} s → ${[flags.output, ...extra].join(', ')}\n`);
    });
}
