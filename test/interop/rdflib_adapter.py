"""rdflib adapter for newsgraph's interoperability tests (run with Debian's /usr/bin/python3 and python3-rdflib).

Usage:
  rdflib_adapter.py parse  FORMAT DATA_FILE            -> N-Triples (or N-Quads for nquads/trig) of what rdflib parsed, on stdout
  rdflib_adapter.py query  FORMAT DATA_FILE QUERY...   -> one JSON object {query file: result}; SELECT/ASK results are
                                                          SPARQL 1.1 JSON results, CONSTRUCT/DESCRIBE results are N-Triples strings

FORMAT is an rdflib parser name: turtle, nt, nquads, trig, json-ld.
Literals are kept exactly as written (no lexical normalisation), so the comparison is of the data, not of rdflib's canonical forms.
"""
import json
import sys

import rdflib
from rdflib import ConjunctiveGraph, Graph

rdflib.NORMALIZE_LITERALS = False

QUAD_FORMATS = {"nquads", "trig"}


def load(fmt, path):
    if fmt in QUAD_FORMATS:
        g = ConjunctiveGraph()
        g.parse(path, format=fmt)
        return g
    g = Graph()
    g.parse(path, format=fmt)
    return g


def parse(fmt, path):
    g = load(fmt, path)
    out = g.serialize(format="nquads" if fmt in QUAD_FORMATS else "nt", encoding="utf-8")
    sys.stdout.buffer.write(out)


def query(fmt, path, queries):
    g = load(fmt, path)
    results = {}
    for qpath in queries:
        with open(qpath, encoding="utf-8") as f:
            text = f.read()
        try:
            res = g.query(text)
            if res.type in ("SELECT", "ASK"):
                results[qpath] = json.loads(res.serialize(format="json").decode("utf-8"))
            else:
                results[qpath] = res.serialize(format="nt").decode("utf-8")
        except Exception as e:  # noqa: BLE001 - report every engine error to the test, which decides
            results[qpath] = {"error": f"{type(e).__name__}: {e}"}
    json.dump(results, sys.stdout)


def main(argv):
    if len(argv) >= 3 and argv[0] == "parse":
        parse(argv[1], argv[2])
    elif len(argv) >= 4 and argv[0] == "query":
        query(argv[1], argv[2], argv[3:])
    else:
        sys.stderr.write(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
