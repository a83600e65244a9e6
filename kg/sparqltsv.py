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


def iri(text: str) -> URIRef:
    """URIRef(text) for an IRI the store has already checked, without rdflib's check (which only warns)."""
    return str.__new__(URIRef, text)


def _same(a, b) -> bool:
    same = a == b and hash(a) == hash(b) and a.n3() == b.n3() and type(a) is type(b)
    if isinstance(a, Literal):
        same = same and (a.value == b.value and a.language == b.language and a.datatype == b.datatype
                         and a.ill_typed == b.ill_typed and a.eq(b))
    return same


try:
    _FAST = (all(_same(plain_literal(t), Literal(t)) for t in ("", "x", "é \n\"", "2024-01-01", "12"))
             and all(_same(iri(t), URIRef(t)) for t in ("http://e.x/a#b", "urn:x", "https://w3id.org/news-kg/id/é")))
except (AttributeError, TypeError):  # an rdflib whose terms are built otherwise
    _FAST = False
if not _FAST:
    plain_literal = Literal  # noqa: F811
    iri = URIRef  # noqa: F811


def term(cell: str):
    """One TSV cell (not empty) as an rdflib term."""
    c0 = cell[0]
    if c0 == "<":
        if cell[-1] != ">" or cell.startswith("<<"):
            raise ValueError(f"not an IRI in a TSV result: {cell[:80]!r}")
        return iri(cell[1:-1])
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


def read_cells(data: bytes) -> tuple[list[str], list[dict[str, str]]]:
    """A whole TSV answer: the variables of its header line and one dict (variable → cell, as written)
    a row, unbound variables left out. Cells are plain strings: joined and grouped on these, rows cost
    far less than on rdflib terms (whose hash and equality are Python code)."""
    lines = data.decode("utf-8").split("\n")
    if lines and lines[-1] == "":
        lines.pop()  # the last row's line end
    if not lines:
        raise ValueError("empty TSV result")
    vars_ = [v[1:] for v in lines[0].split("\t")] if lines[0] else []
    if any(not v for v in vars_):
        raise ValueError("bad TSV header")
    n = len(vars_)
    rows = []
    for line in lines[1:]:
        cells = line.split("\t")
        if len(cells) != n:
            if n == 0 and line == "":
                rows.append({})
                continue
            raise ValueError("a TSV row with the wrong number of cells")
        rows.append({v: c for v, c in zip(vars_, cells) if c})
    return vars_, rows


class Terms(dict):
    """cell → rdflib term, each distinct cell converted once: terms(cell)."""

    def __call__(self, cell: str | None):
        if cell is None:
            return None
        t = self.get(cell)
        if t is None:
            t = self[cell] = term(cell)
        return t


def to_result(vars_: list[str], rows: list[dict[str, str]], terms: Terms | None = None) -> q.Result:
    terms = Terms() if terms is None else terms
    get, conv = terms.get, terms.__call__
    out = []
    for row in rows:
        d = {}
        for v, c in row.items():
            t = get(c)
            d[v] = t if t is not None else conv(c)
        out.append(d)
    return q.Result(vars_, out)


def read(data: bytes) -> q.Result:
    """A whole TSV answer as rdflib terms."""
    return to_result(*read_cells(data))
