"""Online entity linking (`kg build --link-online [URL]`): entities the gazetteer does not know are
looked up on a Wikidata-style SPARQL endpoint (Wikidata's by default) by label and language, with a
type check, and gain a Wikidata id (their key, hence their IRI, stays the same).

Off by default. Requests go through SPARQLWrapper with a timeout and a User-Agent, at most one per
`min_interval` seconds; answers (found, not found, ambiguous) are kept in an on-disk cache (SQLite),
so a name is asked once. A lookup that fails (server down, HTTP error) is logged and skipped: the
article is still built, unlinked.

An item is accepted when it has the label (or an alias) in the article's language (else English)
and is an instance of the entity's type: a human for a Person (wd:Q5), a state for a Country, an
organisation (or a subclass) for an Organization or a medium, a geographic location (or subclass) for
a Place. Of several candidates, the one with clearly more sitelinks (twice the next) wins; otherwise
the name is ambiguous and stays unlinked.
"""
from __future__ import annotations

import logging
import os
import re
import sqlite3
import threading
import time
from dataclasses import dataclass, replace
from pathlib import Path

from rdflib import Literal

from .errors import EndpointError
from .model import ArticleGraph

log = logging.getLogger(__name__)

WIKIDATA_SPARQL = "https://query.wikidata.org/sparql"
ENTITY_PREFIX = "http://www.wikidata.org/entity/"
_QID = re.compile(r"^http://www\.wikidata\.org/entity/(Q[1-9][0-9]*)$")

# entity type -> (path from the item to a class, accepted classes); fixed text, never user input
TYPE_CHECKS: dict[str, tuple[str, tuple[str, ...]]] = {
    "Person": ("wdt:P31", ("Q5",)),
    "Country": ("wdt:P31", ("Q6256", "Q3624078", "Q7275", "Q3024240")),
    "Organization": ("wdt:P31/wdt:P279*", ("Q43229",)),
    "Media": ("wdt:P31/wdt:P279*", ("Q43229", "Q1193236", "Q11032")),
    "Place": ("wdt:P31/wdt:P279*", ("Q2221906", "Q486972", "Q56061")),
}

QUERY = """PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX wd: <http://www.wikidata.org/entity/>
PREFIX wdt: <http://www.wikidata.org/prop/direct/>
PREFIX wikibase: <http://wikiba.se/ontology#>
SELECT ?item (MAX(?links) AS ?sitelinks) WHERE {{
  VALUES ?name {{ {name} }}
  VALUES ?class {{ {classes} }}
  ?item rdfs:label|skos:altLabel ?name .
  ?item {path} ?class .
  OPTIONAL {{ ?item wikibase:sitelinks ?links }}
}}
GROUP BY ?item
ORDER BY DESC(?sitelinks) ?item
LIMIT 5"""


def default_cache_path() -> Path:
    base = os.environ.get("KG_CACHE_DIR") or os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "news-kg" / "online-links.sqlite"


@dataclass
class LinkReport:
    asked: int = 0  # requests sent
    cached: int = 0  # answers from the cache
    linked: int = 0  # entities that gained a Wikidata id
    ambiguous: int = 0
    failed: int = 0  # lookups that could not be made (server down, HTTP error)


class Cache:
    """(endpoint, type, language, label) → Wikidata id, '' for not found, '?' for ambiguous."""

    def __init__(self, path: str | Path | None):
        self.path = Path(path) if path else default_cache_path()
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._db = sqlite3.connect(str(self.path), timeout=30, check_same_thread=False)
        self._db.execute("CREATE TABLE IF NOT EXISTS links (endpoint TEXT, type TEXT, lang TEXT, label TEXT, "
                         "answer TEXT, at REAL, PRIMARY KEY (endpoint, type, lang, label))")
        self._db.commit()

    def get(self, endpoint: str, kind: str, lang: str, label: str) -> str | None:
        row = self._db.execute("SELECT answer FROM links WHERE endpoint=? AND type=? AND lang=? AND label=?",
                               (endpoint, kind, lang, label)).fetchone()
        return None if row is None else row[0]

    def put(self, endpoint: str, kind: str, lang: str, label: str, answer: str) -> None:
        self._db.execute("INSERT OR REPLACE INTO links VALUES (?, ?, ?, ?, ?, ?)",
                         (endpoint, kind, lang, label, answer, time.time()))
        self._db.commit()

    def close(self) -> None:
        self._db.close()


class RateLimiter:
    """At most one request per `interval` seconds."""

    def __init__(self, interval: float):
        self.interval = max(0.0, interval)
        self._next = 0.0
        self._lock = threading.Lock()

    def wait(self) -> None:
        with self._lock:
            now = time.monotonic()
            if now < self._next:
                time.sleep(self._next - now)
                now = self._next
            self._next = now + self.interval


class Linker:
    def __init__(self, endpoint: str = WIKIDATA_SPARQL, *, cache: str | Path | None = None,
                 min_interval: float = 1.0, timeout: float = 20.0, retries: int = 1):
        from .sparqlhttp import check_url

        check_url(endpoint)
        self.endpoint = endpoint
        self.cache = Cache(cache)
        self.limiter = RateLimiter(min_interval)
        self.timeout = timeout
        self.retries = retries
        self.report = LinkReport()
        self._down = False  # after a failure to reach the server, stop asking for this run

    def close(self) -> None:
        self.cache.close()

    def query_text(self, label: str, lang: str, kind: str) -> str:
        path, classes = TYPE_CHECKS[kind]
        name = Literal(label, lang=lang).n3()  # the label as an RDF term (quotes, newlines escaped)
        return QUERY.format(name=name, classes=" ".join(f"wd:{c}" for c in classes), path=path)

    def _ask(self, label: str, lang: str, kind: str) -> list[tuple[str, int]]:
        text = self.query_text(label, lang, kind)
        for attempt in range(self.retries + 1):
            self.limiter.wait()
            self.report.asked += 1
            try:
                data = self._select(text)
                break
            except EndpointError as e:
                if "HTTP 429" in str(e) and attempt < self.retries:  # too many requests: back off once
                    time.sleep(min(10.0, 2.0 * (attempt + 1)))
                    continue
                raise
        out = []
        for b in data.get("results", {}).get("bindings", []):
            m = _QID.match(b.get("item", {}).get("value", ""))
            if m:
                links = b.get("sitelinks", {}).get("value", "")
                out.append((m.group(1), int(links) if links.isdigit() else 0))
        return out

    def _select(self, text: str) -> dict:
        import json

        from SPARQLWrapper import JSON

        from . import sparqlhttp

        sw = sparqlhttp.wrapper(self.endpoint, self.timeout, auth=False)  # never send kg credentials to a third party
        from SPARQLWrapper import GET

        sw.setMethod(GET)  # cacheable, as the Wikidata Query Service asks
        sw.setQuery(text)
        sw.setReturnFormat(JSON)
        res = sparqlhttp.call(sw, self.endpoint, "query", self.timeout)
        try:
            return json.loads(res.response.read())
        except Exception as e:  # noqa: BLE001
            raise EndpointError(f"{self.endpoint}: the answer is not SPARQL JSON results: {e}") from None

    @staticmethod
    def choose(candidates: list[tuple[str, int]]) -> str:
        """A Wikidata id, '' (none) or '?' (ambiguous)."""
        if not candidates:
            return ""
        if len(candidates) == 1:
            return candidates[0][0]
        (best, n1), (_, n2) = candidates[0], candidates[1]
        return best if n1 > 0 and n1 >= 2 * n2 else "?"

    def lookup(self, label: str, lang: str, kind: str) -> str | None:
        """The Wikidata id of a `kind` entity called `label` in `lang`, or None."""
        kind = kind if kind in TYPE_CHECKS else ""
        label = " ".join(label.split())
        if not kind or not label or len(label) > 200:
            return None
        answer = self.cache.get(self.endpoint, kind, lang, label)
        if answer is not None:
            self.report.cached += 1
        else:
            if self._down:
                return None
            try:
                answer = self.choose(self._ask(label, lang, kind))
            except EndpointError as e:
                self.report.failed += 1
                log.warning("online linking of %r failed: %s", label, e)
                if "unreachable" in str(e) or "timeout" in str(e):
                    self._down = True
                    log.warning("%s: not asking again in this run", self.endpoint)
                return None
            self.cache.put(self.endpoint, kind, lang, label, answer)
        if answer == "?":
            self.report.ambiguous += 1
            return None
        return answer or None

    def link(self, ag: ArticleGraph) -> int:
        """Give a Wikidata id to the article's entities that have none; how many gained one."""
        lang = (ag.article.lang or "en").lower()[:2]
        n = 0
        for key, ent in list(ag.entities.items()):
            if ent.qid or ent.type not in TYPE_CHECKS:
                continue
            tries = [(ent.label, lang)] + [(label, lg) for lg, label in ent.labels]
            if lang != "en":
                tries.append((ent.label, "en"))
            for name, lg in dict.fromkeys(tries):
                qid = self.lookup(name, lg, ent.type)
                if qid:
                    ag.entities[key] = replace(ent, qid=qid)  # same key, hence the same IRI
                    n += 1
                    break
        self.report.linked += n
        return n


def link_all(graphs: list[ArticleGraph], endpoint: str | None = None, **options) -> LinkReport:
    """Link the entities without a Wikidata id in every article graph (a post-pass of `kg build`)."""
    linker = Linker(endpoint or WIKIDATA_SPARQL, **options)
    try:
        for ag in graphs:
            linker.link(ag)
    finally:
        linker.close()
    return linker.report

