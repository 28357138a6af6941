import { Writer } from 'n3';
import type { Quad } from '@rdfjs/types';
import { DataFactory } from 'n3';
import { serialize } from '../../rdf/serialize.js';
import { DEFAULT_BASE, NS } from '../../rdf/vocabulary.js';
import type { Dataset } from '../data/types.js';

/** The whole graph as Turtle, through the library's serializer (n3 Writer, canonical order). */
export function wholeTurtle(ds: Dataset): Promise<string> {
  return serialize(ds.store.getQuads(null, null, null, null), 'ttl', DEFAULT_BASE);
}

/**
 * Turtle for a set of nodes: their own triples, plus, for facts between them, the reified statements and
 * evidence sentences, so the export keeps its provenance.
 */
export function subsetTurtle(ds: Dataset, ids: Iterable<string>): Promise<string> {
  const keep = new Set(ids);
  const out: Quad[] = [];
  const seen = new Set<string>();
  const add = (subject: Quad['subject']) => {
    if (seen.has(subject.value)) return;
    seen.add(subject.value);
    for (const q of ds.store.getQuads(subject, null, null, null)) out.push(q);
  };
  for (const id of keep) {
    if (!ds.nodes.has(id)) continue;
    add(DataFactory.namedNode(id));
    for (const st of ds.store.getSubjects(DataFactory.namedNode(`${NS.rdf}subject`), DataFactory.namedNode(id), null)) {
      const o = ds.store.getObjects(st, DataFactory.namedNode(`${NS.rdf}object`), null)[0];
      if (!o || !keep.has(o.value)) continue;
      add(st as Quad['subject']);
      for (const sent of ds.store.getObjects(st, DataFactory.namedNode(`${NS.prov}wasDerivedFrom`), null)) add(sent as Quad['subject']);
    }
  }
  // Only links whose both ends are kept (plus literals and classes), so the subset is closed.
  const filtered = out.filter((q) => q.object.termType !== 'NamedNode' || !ds.nodes.has(q.object.value) || keep.has(q.object.value));
  return serialize(filtered, 'ttl', DEFAULT_BASE);
}

export function toNTriples(ds: Dataset): Promise<string> {
  const w = new Writer({ format: 'application/n-triples' });
  w.addQuads(ds.store.getQuads(null, null, null, null));
  return new Promise((resolve, reject) => w.end((err, s) => (err ? reject(err) : resolve(s))));
}
