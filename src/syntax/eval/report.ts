/** The generated block of docs/syntax.md: a Markdown table between markers, so other sections stay as written. */

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
