import type { Command } from 'commander';
import { UsageError } from '../errors.js';
import { writeAtomic } from '../io/write-output.js';
import { DEFAULT_BASE, RDF_FORMATS, checkBase, formatFor, keepsGraphs } from '../rdf/formats.js';
import type { RdfFormat } from '../rdf/formats.js';
import { checkOutput } from '../corpus/output-target.js';

interface ExportFlags {
  output: string;
  format?: string;
  inputFormat?: string;
  base: string;
  contextUrl?: string;
  withOntology?: boolean;
}

export function exportCommand(program: Command): void {
  program
    .command('export')
    .description('convert graph files between Turtle, N-Triples, N-Quads, TriG and JSON-LD')
    .argument('<graphs...>', 'graph files (.ttl, .nt, .nq, .trig, .jsonld); the format comes from the extension')
    .requiredOption('-o, --output <file>', 'output file')
    .option('--format <fmt>', `output format: ${RDF_FORMATS.join('|')} (default: from the output file extension)`)
    .option('--input-format <fmt>', 'format of every input file, when the extensions do not say')
    .option('--base <iri>', 'base IRI of the data, for the ent:, evt:, … prefixes', DEFAULT_BASE)
    .option('--context-url <iri>', 'JSON-LD: refer to the published @context by this IRI instead of embedding it')
    .option('--with-ontology', 'also write the ontology and the SHACL shapes beside the output, in the same format')
    .action(async (inputs: string[], flags: ExportFlags) => {
      let format: RdfFormat;
      try {
        format = formatFor(flags.format, flags.output);
        checkBase(flags.base);
      } catch (e) {
        throw new UsageError((e as Error).message);
      }
      // A folder, a missing folder or an unwritable place fails now, before the inputs are read.
      checkOutput(flags.output);
      // RDF libraries load only now: --help stays fast.
      const { parseGraphFiles, readGraphFiles, writeOntologyBeside } = await import('./graph-files.js');
      const { serialize } = await import('../rdf/serialize.js');
      const files = readGraphFiles(inputs, flags.inputFormat);
      const quads = await parseGraphFiles(files);
      const named = quads.some((q) => q.graph.termType !== 'DefaultGraph');
      if (keepsGraphs(format) && !named) process.stderr.write(`note: the input has no named graphs, so ${flags.output} holds only the default graph (build with --format nq or trig for one graph per article)\n`);
      const out = await serialize(quads, format, flags.base, flags.contextUrl ? { contextUrl: flags.contextUrl } : {});
      writeAtomic(flags.output, out);
      const extra = flags.withOntology ? await writeOntologyBeside(flags.output, format) : [];
      process.stdout.write(`${quads.length} quads from ${files.length} file${files.length === 1 ? '' : 's'} → ${[flags.output, ...extra].join(', ')}\n`);
    });
}
