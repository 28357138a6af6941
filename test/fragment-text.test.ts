import { DataFactory, Writer } from 'n3';
import type { Quad } from '@rdfjs/types';
import { describe, expect, it } from 'vitest';
import { quadText } from '../src/corpus/fragment.js';

const { namedNode, literal, blankNode, quad, defaultGraph } = DataFactory;

/** The plain way: every quad through n3's Writer, duplicate lines dropped by a set (first kept). */
function reference(quads: Quad[]): { text: string; count: number } {
  const w = new Writer({ format: 'N-Quads' });
  const lines = [...new Set(quads.map((q) => w.quadToString(q.subject, q.predicate, q.object, q.graph)))];
  return { text: lines.join(''), count: lines.length };
}

describe('quadText (a fragment\'s N-Quads lines)', () => {
  it('gives the lines of n3\'s Writer, duplicates by value dropped, first kept, in the same order', () => {
    const s = namedNode('http://x/s');
    const p = namedNode('http://x/p');
    const g = namedNode('http://x/g');
    const quads = [
      quad(s, p, literal('a b "quoted"\n line', 'en'), g),
      quad(s, p, namedNode('http://x/o'), g),
      // The same values in new term objects: still a duplicate.
      quad(namedNode('http://x/s'), namedNode('http://x/p'), namedNode('http://x/o'), namedNode('http://x/g')),
      quad(s, p, literal('1.00', namedNode('http://www.w3.org/2001/XMLSchema#decimal')), g),
      quad(s, p, literal('1.00'), g),
      // The same triple in another graph, and in the default graph: not duplicates.
      quad(s, p, namedNode('http://x/o'), namedNode('http://x/h')),
      quad(s, p, namedNode('http://x/o'), defaultGraph()),
      quad(s, p, namedNode('http://x/o'), defaultGraph()),
      quad(blankNode('b1'), p, literal('é ☃ \u0001'), g),
      quad(namedNode('http://x/t'), p, s, g),
      quad(s, namedNode('http://x/q'), literal('1.00', namedNode('http://www.w3.org/2001/XMLSchema#decimal')), g),
      quad(s, p, literal('1.00', namedNode('http://www.w3.org/2001/XMLSchema#decimal')), g),
      quad(namedNode('http://x/a b'), p, literal('x'), g),
    ] as Quad[];
    const { text, count, quads: kept } = quadText(quads);
    expect({ text, count }).toEqual(reference(quads));
    expect(count).toBe(10);
    // The quads kept, one per line, in the lines' order.
    expect(kept.map((q) => new Writer({ format: 'N-Quads' }).quadToString(q.subject, q.predicate, q.object, q.graph)).join('')).toBe(text);
    expect(quadText([])).toEqual({ text: '', count: 0, quads: [] });
  });
});
