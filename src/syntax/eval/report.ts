/** Reports of the scorer: the official script's verbose table, and the generated block of docs/syntax.md. */
import { METRICS } from './conll18.js';
import type { Scores } from './conll18.js';

export const BLOCK_START = '<!-- eval:syntax start -->';
export const BLOCK_END = '<!-- eval:syntax end -->';

/** A Markdown table; cells are already text. */
export function markdownTable(header: readonly string[], rows: ReadonlyArray<readonly string[]>): string {
  const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

/**
 * Puts `block` between the markers of `doc`. A document without the markers gets an "## Evaluation" section at
 * its end; no document at all becomes a titled one.
 */
export function replaceBlock(doc: string | undefined, block: string, intro: string): string {
  const marked = `${BLOCK_START}\n${block.trimEnd()}\n${BLOCK_END}`;
  if (doc === undefined) return `# Syntax layer\n\n## Evaluation\n\n${intro.trimEnd()}\n\n${marked}\n`;
  const a = doc.indexOf(BLOCK_START);
  const b = doc.indexOf(BLOCK_END);
  if (a >= 0 && b > a) return doc.slice(0, a) + marked + doc.slice(b + BLOCK_END.length);
  return `${doc.trimEnd()}\n\n## Evaluation\n\n${intro.trimEnd()}\n\n${marked}\n`;
}

/** The table `conll18_ud_eval.py -v` prints (precision, recall, F1, aligned accuracy in %), plus LASFull. */
export function verboseTable(scores: Scores): string {
  const pad = (x: string, n: number) => x.padStart(n);
  const lines = ['Metric     | Precision |    Recall |  F1 Score | AligndAcc', '-----------+-----------+-----------+-----------+-----------'];
  for (const m of METRICS) {
    const s = scores[m];
    const cells = [s.precision, s.recall, s.f1].map((x) => pad((100 * x).toFixed(2), 10));
    const acc = s.alignedAccuracy === undefined ? '' : pad((100 * s.alignedAccuracy).toFixed(2), 10);
    lines.push(`${m.padEnd(11)}|${cells.join(' |')} |${acc}`);
  }
  return lines.join('\n');
}
