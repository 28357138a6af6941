import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { InputError, UsageError } from '../errors.js';
import { DEFAULT_BASE, RDF_FORMATS, checkBase } from '../rdf/formats.js';
import type { RdfFormat } from '../rdf/formats.js';
import type { ResultFormat } from '../query/sparql.js';

interface QueryFlags {
  query?: string;
  file?: string;
  format: string;
  inputFormat?: string;
  base: string;
}

export function queryCommand(program: Command): void {
  program
    .command('query')
    .description('run a SPARQL 1.1 query (SELECT, ASK, CONSTRUCT, DESCRIBE) over graph files with the embedded Oxigraph engine')
    .argument('<graphs...>', 'graph files (.ttl, .nt, .nq, .trig, .jsonld); named graphs stay named and are also merged into the default graph')
    .option('-q, --query <sparql>', 'the query text')
    .option('-f, --file <file.rq>', 'read the query from a file')
    .option('--format <fmt>', 'SELECT/ASK: table|csv|tsv|json|xml (the standard SPARQL results formats); CONSTRUCT/DESCRIBE: ttl|nt|jsonld (table = ttl, json = jsonld)', 'table')
    .option('--input-format <fmt>', 'format of every input file, when the extensions do not say')
    .option('--base <iri>', 'base IRI of the data, for shortening IRIs in the table', DEFAULT_BASE)
    .action(async (inputs: string[], flags: QueryFlags) => {
      if ((flags.query === undefined) === (flags.file === undefined)) throw new UsageError('give the query with exactly one of --query and --file');
      // Oxigraph and the RDF libraries load only now: --help stays fast.
      const { RESULT_FORMATS, createStore, loadInto, mergeNamedGraphs, renderResult, runQuery } = await import('../query/sparql.js');
      const { readGraphFiles } = await import('./graph-files.js');
      const format = flags.format.toLowerCase();
      if (![...RESULT_FORMATS, ...RDF_FORMATS].includes(format as ResultFormat)) throw new UsageError(`unknown result format "${flags.format}" (use ${RESULT_FORMATS.join(', ')}, or ttl, nt, jsonld for graphs)`);
      try {
        checkBase(flags.base);
      } catch (e) {
        throw new UsageError((e as Error).message);
      }
      let query: string;
      if (flags.file !== undefined) {
        try {
          query = readFileSync(flags.file, 'utf8');
        } catch {
          throw new InputError(flags.file, 'cannot read the query file');
        }
      } else query = flags.query as string;
      const store = createStore();
      for (const f of readGraphFiles(inputs, flags.inputFormat)) {
        try {
          await loadInto(store, f.text, f.format);
        } catch (e) {
          throw new InputError(f.path, `not valid ${f.format}: ${(e as Error).message.split('\n')[0]}`);
        }
      }
      mergeNamedGraphs(store);
      let result;
      try {
        result = runQuery(store, query);
      } catch (e) {
        throw new InputError(flags.file ?? '--query', `SPARQL: ${(e as Error).message.split('\n')[0]}`);
      }
      process.stdout.write(await renderResult(store, query, result, format as ResultFormat | RdfFormat, flags.base));
    });
}
