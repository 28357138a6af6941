// The corpus overview's aggregation (issue 16): one weighted, typed edge per pair; outlets and isolated nodes left out.
import { describe, expect, it } from 'vitest';
import { buildOverview, quadClass } from '../../src/explorer/overview/index.js';
import { overlapRate, placeLabels } from '../../src/explorer/render/labels.js';
import type { OverviewInput } from '../../src/explorer/overview/index.js';

const NG = 'https://w3id.org/newsgraph/ontology#';
const ent = (id: string) => [id, { kind: 'entity' as const, cls: 'http://schema.org/Person' }] as const;
const ev = (id: string, cameoCode: string, date?: string) => [id, { kind: 'event' as const, cls: `${NG}Consult`, cameoCode, ...(date ? { date } : {}) }] as const;
const role = (event: string, p: 'agent' | 'target', who: string) => ({ source: event, target: who, predicate: `${NG}${p}`, label: p, kind: 'role' as const, dates: [] });
const fact = (s: string, label: string, o: string, events?: string[]) => ({ source: s, target: o, predicate: `${NG}${label}`, label, kind: 'fact' as const, dates: [], ...(events ? { events } : {}) });

describe('overview', () => {
  it('maps CAMEO roots to quad classes', () => {
    expect(['042', '057', '061', '081', '090', '112', '145', '150', '190', '204', undefined, '', 'x'].map(quadClass)).toEqual(['verbal-coop', 'verbal-coop', 'material-coop', 'material-coop', 'verbal-conflict', 'verbal-conflict', 'verbal-conflict', 'material-conflict', 'material-conflict', 'material-conflict', 'other', 'other', 'other']);
  });

  it('joins entities by shared events and facts, one edge per pair, a fact and its event once', () => {
    const ds: OverviewInput = {
      nodes: new Map<string, OverviewInput['nodes'] extends ReadonlyMap<string, infer V> ? V : never>([ent('a'), ent('b'), ent('c'), ent('lonely'), ev('e1', '042', '2016-01-02'), ev('e2', '043', '2016-02-01'), ev('e3', '190')]),
      edges: [role('e1', 'agent', 'a'), role('e1', 'target', 'b'), fact('a', 'metWith', 'b', ['e1']), role('e2', 'agent', 'b'), role('e2', 'target', 'a'), role('e3', 'agent', 'c'), role('e3', 'target', 'a'), fact('a', 'memberOf', 'c')],
    };
    const o = buildOverview(ds);
    expect(o.nodes).toEqual(['a', 'b', 'c']);
    const ab = o.edges.find((e) => [e.source, e.target].sort().join() === 'a,b')!;
    expect(ab.count).toBe(2);
    expect(ab.cls).toBe('verbal-coop');
    expect(ab.dates.sort()).toEqual(['2016-01-02', '2016-02-01']);
    // Two labels (the fact's verb lent to e1, and e2's event type), once each.
    expect(ab.weight).toBeCloseTo(2);
    const ac = o.edges.find((e) => [e.source, e.target].sort().join() === 'a,c')!;
    expect(ac.cls).toBe('material-conflict');
    expect(ac.count).toBe(2);
    expect(o.edges).toHaveLength(2);
  });

  it('leaves out an outlet that is mostly told things, and repeated verbs weigh less than varied ones', () => {
    const nodes = new Map<string, OverviewInput['nodes'] extends ReadonlyMap<string, infer V> ? V : never>([ent('reuters'), ent('a'), ent('b'), ent('c'), ent('d')]);
    const edges = [fact('a', 'told', 'reuters'), fact('b', 'told', 'reuters'), fact('c', 'told', 'reuters'), fact('d', 'told', 'reuters'), fact('a', 'called', 'b'), fact('a', 'thanked', 'b'), fact('a', 'visited', 'b'), fact('c', 'called', 'd')];
    const o = buildOverview({ nodes, edges });
    expect(o.outlets).toEqual(['reuters']);
    expect(o.nodes).not.toContain('reuters');
    expect(o.strength.get('a')).toBeCloseTo(3);
    expect(o.strength.get('c')).toBeCloseTo(1);
  });

  it('also leaves out an outlet that is mostly spoken to (interviews), but not an actor who was told things', () => {
    const nodes = new Map<string, OverviewInput['nodes'] extends ReadonlyMap<string, infer V> ? V : never>([ent('wikinews'), ent('leader'), ent('a'), ent('b'), ent('c'), ent('d'), ev('i1', '040'), ev('i2', '040'), ev('i3', '040'), ...['x1', 'x2', 'x3', 'x4'].map((id) => ev(id, '190'))]);
    // Told three times, interviewed three times (events aimed at it), speaks once: 3 of 7 told, 6 of 7 addressed.
    const edges: OverviewInput['edges'][number][] = [fact('a', 'told', 'wikinews'), fact('b', 'told', 'wikinews'), fact('c', 'told', 'wikinews'), fact('wikinews', 'spokeWith', 'b')];
    for (const [i, who] of [['i1', 'a'], ['i2', 'c'], ['i3', 'd']] as const) edges.push(role(i, 'agent', who), role(i, 'target', 'wikinews'));
    // The leader is told things three times but attacks four times: an actor.
    edges.push(fact('a', 'told', 'leader'), fact('b', 'told', 'leader'), fact('c', 'told', 'leader'));
    for (const [x, who] of [['x1', 'a'], ['x2', 'b'], ['x3', 'c'], ['x4', 'd']] as const) edges.push(role(x, 'agent', 'leader'), role(x, 'target', who));
    const o = buildOverview({ nodes, edges });
    expect(o.outlets).toEqual(['wikinews']);
    expect(o.nodes).toContain('leader');
  });

  it('places labels most important first, without overlaps', () => {
    const cands = Array.from({ length: 60 }, (_, i) => ({ key: `n${i}`, label: `Entity number ${i}`, x: (i % 6) * 40, y: Math.floor(i / 6) * 8, size: 60 - i, forced: i === 59 }));
    const boxes = placeLabels(cands, (l) => l.length * 7, 14);
    expect(boxes[0]!.key).toBe('n59');
    expect(boxes[1]!.key).toBe('n0');
    expect(overlapRate(boxes)).toBe(0);
    expect(overlapRate(cands.map((c) => ({ key: c.key, label: c.label, x: c.x, y: c.y, w: 100, h: 14 })))).toBeGreaterThan(1);
  });
});
