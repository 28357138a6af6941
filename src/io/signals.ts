import { removeLiveTemps } from './temp-files.js';

const EXIT_CODE: Record<string, number> = { SIGINT: 130, SIGTERM: 143, SIGHUP: 129 };

/**
 * While a build runs: on SIGINT, SIGTERM or SIGHUP, remove the temporary files being written, say so
 * in one line and exit (128 + signal number). Renames are synchronous and JavaScript handles a signal
 * only between two tasks, so the output is either the previous file or the complete new one, never half.
 * Returns the function that uninstalls the handlers.
 */
let installed: (() => void) | undefined;

export function cleanUpOnSignals(what = 'build'): () => void {
  installed?.(); // one set of handlers at a time, even when an earlier run failed before uninstalling
  const handlers = new Map<NodeJS.Signals, () => void>();
  for (const sig of Object.keys(EXIT_CODE) as NodeJS.Signals[]) {
    const h = () => {
      removeLiveTemps();
      process.stderr.write(`newsgraph: ${what} interrupted (${sig}); the previous output is left as it was\n`);
      process.exit(EXIT_CODE[sig]);
    };
    handlers.set(sig, h);
    process.on(sig, h);
  }
  installed = () => {
    for (const [sig, h] of handlers) process.off(sig, h);
    installed = undefined;
  };
  return installed;
}

/**
 * Lets a signal that arrived during synchronous work be handled now: Node runs signal handlers in the
 * poll phase of the event loop, which two turns of setImmediate are sure to pass (the first may fire
 * in the current turn's check phase). Called before each stage that cannot be undone (the rename), so
 * Ctrl-C at the very end of a build still keeps the previous output.
 */
export async function letSignalsIn(): Promise<void> {
  await new Promise<void>((resolve) => setImmediate(resolve));
  await new Promise<void>((resolve) => setImmediate(resolve));
}
