"""SPARQL 1.1 TSV results, as Oxigraph writes them, read into rdflib terms.

Why: a store's answer converted term by term (a pyoxigraph object per cell, then an rdflib one) costs
more than the engine itself on 20,000-row answers. Oxigraph writes TSV in native code; here each line
is split and each distinct cell converted once. Only the forms Oxigraph writes are read (IRIs, blank
nodes, literals quoted with a language or a datatype, and bare integers, decimals and booleans);
anything else raises ValueError, and the caller reads the answer the slow way instead.
"""
from __future__ import annotations

import functools
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
_new_iri = functools.partial(str.__new__, URIRef) if _FAST else URIRef  # iri() without a Python call


def term(cell: str):
    """One TSV cell (not empty) as an rdflib term."""
    c0 = cell[0]
    if c0 == "<":
        if cell[-1] != ">" or cell.startswith("<<"):
            raise ValueError(f"not an IRI in a TSV result: {cell[:80]!r}")
        return iri(cell[1:-1])
    if c0 == '"':
        if cell[-1] == '"' and len(cell) > 1 and "\\" not in cell:  # a plain string, no escapes nor quotes
            return plain_literal(cell[1:-1])
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


def read_cells(data: bytes) -> tuple[list[str], list[list[str]]]:
    """A whole TSV answer: the variables of its header line, and its rows as lists of cells as written
    ("" where unbound). Cells are plain strings: joined and grouped on these, rows cost far less than
    on rdflib terms (whose hash and equality are Python code)."""
    lines = data.decode("utf-8").split("\n")
    if lines and lines[-1] == "":
        lines.pop()  # the last row's line end
    if not lines:
        raise ValueError("empty TSV result")
    vars_ = [v[1:] for v in lines[0].split("\t")] if lines[0] else []
    if any(not v for v in vars_):
        raise ValueError("bad TSV header")
    rows = [line.split("\t") for line in lines[1:]]
    n = len(vars_)
    if any(len(r) != n for r in rows):
        raise ValueError("a TSV row with the wrong number of cells")
    return vars_, rows


class Terms(dict):
    """cell → rdflib term, each distinct cell converted once: terms(cell); "" (unbound) is None."""

    def __init__(self):
        super().__init__({"": None})

    def __call__(self, cell: str):
        try:
            return self[cell]
        except KeyError:
            t = self[cell] = term(cell)
            return t

    def column(self, cells: list[str]) -> list:
        """Many cells as terms; the new IRIs and plain strings (most of a large answer) built in bulk."""
        new = set(cells).difference(self)
        if new:
            iris = [c for c in new if c[0] == "<" and c[-1] == ">" and c[1] != "<"]
            self.update(zip(iris, map(_new_iri, [c[1:-1] for c in iris])))
            plain = [c for c in new if c[0] == '"' and c[-1] == '"' and len(c) > 1 and "\\" not in c]
            self.update(zip(plain, map(plain_literal, [c[1:-1] for c in plain])))
            for c in new.difference(iris, plain):
                self[c] = term(c)
        return list(map(self.__getitem__, cells))


def read(data: bytes) -> q.Result:
    """A whole TSV answer as rdflib terms."""
    vars_, rows = read_cells(data)
    terms = Terms()
    return q.Result(vars_, [{v: t for v, c in zip(vars_, row) if (t := terms(c)) is not None} for row in rows])
