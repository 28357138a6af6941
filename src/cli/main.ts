import { Command, CommanderError } from 'commander';
import { NewsgraphError } from '../errors.js';
import { buildCommand } from './build-command.js';
import { serveCommand } from './serve-command.js';
import { exportCommand } from './export-command.js';
import { queryCommand } from './query-command.js';
import { parseCommand } from './parse-command.js';

/** Entry point of `newsgraph`; returns the exit code (0 ok, 1 failed, 2 usage). */
export async function main(argv: string[]): Promise<number> {
  const program = new Command('newsgraph')
    .description('Build a knowledge graph (RDF) from news articles.')
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s) });
  buildCommand(program);
  serveCommand(program);
  exportCommand(program);
  queryCommand(program);
  parseCommand(program);
  try {
    await program.parseAsync(argv);
    return 0;
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode === 0 ? 0 : 2;
    const msg = e instanceof NewsgraphError ? e.message : `newsgraph: ${(e as Error).message}`;
    process.stderr.write(`${msg.split('\n')[0]}\n`);
    return 1;
  }
}
