/**
 * Generated blocks of a docs page: each scorer owns the lines between its markers
 * (`<!-- name start -->` … `<!-- name end -->`, or `name:start`/`name:end`) and leaves the rest of the page alone.
 */
const ANY_BLOCK = /<!-- (\S+?)[: ]start[\s\S]*?<!-- \1[: ]end -->/g;

/** `doc` with the block that opens like `block` replaced by it, or `block` appended at the end. */
export function withBlock(doc: string, block: string): string {
  const open = /^<!-- (\S+?)[: ]start/.exec(block);
  if (!open) throw new Error('a generated block must open with its start marker');
  const mine = [...doc.matchAll(ANY_BLOCK)].find((m) => m[1] === open[1]);
  if (!mine) return `${doc.trimEnd()}\n\n${block.trimEnd()}\n`;
  return doc.slice(0, mine.index) + block.trimEnd() + doc.slice(mine.index + mine[0].length);
}

/** Every generated block of `doc`, in order. */
export function blocksOf(doc: string): string[] {
  return [...doc.matchAll(ANY_BLOCK)].map((m) => m[0]);
}
