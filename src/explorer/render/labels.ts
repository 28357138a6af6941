// Node labels in order of importance, collisions avoided: sigma picks the candidates (its label grid, on
// screen, big enough or forced); this places them greedily, forced ones first, then by node size.

export interface LabelCandidate {
  key: string;
  label: string;
  /** Node centre and rendered radius, in viewport pixels. */
  x: number;
  y: number;
  size: number;
  forced: boolean;
}

/** A label's box in viewport pixels (where sigma's disc label goes: right of the node, centred on it). */
export interface LabelBox {
  key: string;
  label: string;
  x: number;
  y: number;
  w: number;
  h: number;
}

const CELL = 64;
/** Room kept around each label. */
const PAD = 2;

export function labelBox(c: LabelCandidate, width: number, fontSize: number): LabelBox {
  return { key: c.key, label: c.label, x: c.x + c.size + 3, y: c.y - fontSize * 0.6, w: width, h: fontSize * 1.2 };
}

export function overlaps(a: LabelBox, b: LabelBox, pad = 0): boolean {
  return a.x < b.x + b.w + pad && b.x < a.x + a.w + pad && a.y < b.y + b.h + pad && b.y < a.y + a.h + pad;
}

/** The labels to draw: each kept one overlaps none kept before it; forced first, then bigger nodes first. */
export function placeLabels(cands: readonly LabelCandidate[], width: (label: string) => number, fontSize: number): LabelBox[] {
  const order = [...cands].sort((a, b) => Number(b.forced) - Number(a.forced) || b.size - a.size || (a.key < b.key ? -1 : 1));
  const grid = new Map<string, LabelBox[]>();
  const kept: LabelBox[] = [];
  for (const c of order) {
    if (!c.label) continue;
    const box = labelBox(c, width(c.label), fontSize);
    const cells: string[] = [];
    for (let i = Math.floor((box.x - PAD) / CELL); i <= Math.floor((box.x + box.w + PAD) / CELL); i++) for (let j = Math.floor((box.y - PAD) / CELL); j <= Math.floor((box.y + box.h + PAD) / CELL); j++) cells.push(`${i},${j}`);
    if (cells.some((k) => grid.get(k)?.some((b) => overlaps(b, box, PAD)))) continue;
    kept.push(box);
    for (const k of cells) {
      const list = grid.get(k);
      if (list) list.push(box);
      else grid.set(k, [box]);
    }
  }
  return kept;
}

/** Overlapping pairs among boxes, over the number of boxes (the e2e's measure of a readable overview). */
export function overlapRate(boxes: readonly LabelBox[]): number {
  let n = 0;
  for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) if (overlaps(boxes[i]!, boxes[j]!)) n++;
  return boxes.length ? n / boxes.length : 0;
}
