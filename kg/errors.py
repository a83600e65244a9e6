"""Errors news-kg raises; each names the file, line or value it is about."""
from __future__ import annotations


class KgError(Exception):
    """Base class: the CLI prints these as `Error: <message>` and exits 1."""


class InputError(KgError):
    """An input file or record cannot be read as an article."""

    def __init__(self, origin: str, problem: str):
        super().__init__(f"{origin}: {problem}")
        self.origin = origin
        self.problem = problem


class DataFileError(KgError):
    """A shipped or user data file (pattern, lexicon, gazetteer, query) is malformed."""

    def __init__(self, path: str, line: int | None, problem: str):
        where = f"{path}:{line}" if line else str(path)
        super().__init__(f"{where}: {problem}")


class ModelError(KgError):
    """No spaCy model is installed for a language."""


class QueryError(KgError):
    """A SPARQL query is malformed, refused, or failed."""


class EndpointError(KgError):
    """A remote SPARQL endpoint cannot be reached or answered with an error."""
