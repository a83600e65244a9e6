"""SPARQL 1.1 TSV results, as Oxigraph writes them, read into rdflib terms.

Why: a store's answer converted term by term (a pyoxigraph object per cell, then an rdflib one) costs
more than the engine itself on 20,000-row answers. Oxigraph writes TSV in native code; here each line
is split and each distinct cell converted once. Only the forms Oxigraph writes are read (IRIs, blank
nodes, literals quoted with a language or a datatype, and bare integers, decimals and booleans);
anything else raises ValueError, and the caller reads the answer the slow way instead.
"""
from __future__ import annotations

import re

from rdflib import XSD, BNode, Literal, URIRef

from . import query as q

_XSD_STRING = str(XSD.string)
_ESCAPE = re.compile(r"\\(u[0-9A-Fa-f]{4}|U[0-9A-Fa-f]{8}|.)", re.S)
_SIMPLE = {"t": "\t", "n": "\n", "r": "\r", "b": "\b", "f": "\f", '"': '"', "'": "'", "\\": "\\"}
_INTEGER = re.compile(r"^[+-]?\d+$")
_DECIMAL = re.compile(r"^[+-]?\d*\.\d+$")
_LITERAL = re.compile(r'^"(.*)"(?:@([A-Za-z0-9-]+)|\^\^<([^<>"{}|^`\\\s]*)>)?$', re.S)


def _unescape_one(m: re.Match) -> str:
    s = m.group(1)
    if s[0] in "uU" and len(s) > 1:
        return chr(int(s[1:], 16))
    if s in _SIMPLE:
        return _SIMPLE[s]
    raise ValueError(f"unknown escape \\{s} in a TSV result")


def plain_literal(text: str) -> Literal:
    """Literal(text), built without rdflib's checks and conversions, which a plain string does not need
    (a third of the time of reading a large answer). Checked against Literal() when this module loads."""
    inst = str.__new__(Literal, text)
    inst._language = None
    inst._datatype = None
    inst._value = text
    inst._ill_typed = None
    return inst


def _same(a: Literal, b: Literal) -> bool:
    return (a == b and hash(a) == hash(b) and a.n3() == b.n3() and a.value == b.value and a.language == b.language
            and a.datatype == b.datatype and a.ill_typed == b.ill_typed and a.eq(b))


try:
    _FAST = all(_same(plain_literal(t), Literal(t)) for t in ("", "x", "é \n\"", "2024-01-01", "12"))
except (AttributeError, TypeError):  # an rdflib whose Literal is built otherwise
    _FAST = False
if not _FAST:
    plain_literal = Literal  # noqa: F811


def term(cell: str):
    """One TSV cell (not empty) as an rdflib term."""
    c0 = cell[0]
    if c0 == "<":
        if cell[-1] != ">" or cell.startswith("<<"):
            raise ValueError(f"not an IRI in a TSV result: {cell[:80]!r}")
        return URIRef(cell[1:-1])
    if c0 == '"':
        m = _LITERAL.match(cell)
        if m is None:
            raise ValueError(f"not a literal in a TSV result: {cell[:80]!r}")
        body, lang, dt = m.groups()
        if "\\" in body:
            body = _ESCAPE.sub(_unescape_one, body)
        if lang:
            return Literal(body, lang=lang)
        if dt and dt != _XSD_STRING:
            return Literal(body, datatype=URIRef(dt))
        return plain_literal(body)
    if cell.startswith("_:"):
        return BNode(cell[2:])
    if cell in ("true", "false"):
        return Literal(cell, datatype=XSD.boolean)
    if _INTEGER.match(cell):
        return Literal(cell, datatype=XSD.integer)
    if _DECIMAL.match(cell):
        return Literal(cell, datatype=XSD.decimal)
    raise ValueError(f"unknown term in a TSV result: {cell[:80]!r}")


def read(data: bytes) -> q.Result:
    """A whole TSV answer: the variables of its header line and one dict (variable → term) a row."""
    lines = data.decode("utf-8").split("\n")
    if lines and lines[-1] == "":
        lines.pop()  # the last row's line end
    if not lines:
        raise ValueError("empty TSV result")
    vars_ = [v[1:] for v in lines[0].split("\t")] if lines[0] else []
    if any(not v for v in vars_):
        raise ValueError("bad TSV header")
    memo: dict[str, object] = {}
    rows = []
    n = len(vars_)
    for line in lines[1:]:
        cells = line.split("\t")
        if len(cells) != n:
            if n == 0 and line == "":
                rows.append({})
                continue
            raise ValueError("a TSV row with the wrong number of cells")
        row = {}
        for v, c in zip(vars_, cells):
            if c:
                t = memo.get(c)
                if t is None:
                    t = memo[c] = term(c)
                row[v] = t
        rows.append(row)
    return q.Result(vars_, rows)
