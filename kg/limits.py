"""Input limits applied before spaCy sees a document: size in bytes (also after decompression), HTML
nesting, runs of one repeated character, tokens per sentence, and a wall-clock budget per document.

spaCy's cost is not linear in hostile text: 40,000 "!" took minutes in the parser and a 200k-token
"sentence" (a table without newlines) takes gigabytes. So runs are collapsed and over-long sentences
are cut before parsing, and whatever still takes too long is stopped by the per-document budget, the
document skipped and reported while the run goes on.

ingest calls `check_bytes`/`read_capped` (sizes, decompression) and `html_depth`; the pipeline calls
`prepare` on each article and parses through `parse_batch`. Every limit comes from `Settings`.
"""
from __future__ import annotations

import contextlib
import logging
import re
import signal
import threading
from collections.abc import Callable, Iterator
from dataclasses import replace
from typing import IO

from .config import Settings
from .errors import InputError, KgError
from .model import Article

log = logging.getLogger(__name__)


class OverBudget(KgError):
    """A document took longer than its wall-clock budget (Settings.doc_seconds)."""

    def __init__(self, origin: str, seconds: float):
        super().__init__(f"{origin}: over the time budget ({seconds:g} s per document)")
        self.origin = origin
        self.seconds = seconds


# ---- sizes (ingest) ----

def check_bytes(size: int, origin: str, settings: Settings, what: str = "document") -> None:
    if settings.max_bytes and size > settings.max_bytes:
        raise InputError(origin, f"{what} too large ({size:,} bytes; limit {settings.max_bytes:,}, "
                                 "see --max-bytes)")


def read_capped(fh: IO[bytes], origin: str, settings: Settings, limit: int | None = None) -> bytes:
    """All of a (decompressing) stream, refused once it passes `limit` bytes: a gzip bomb is stopped
    after reading one byte more than the cap, never inflated in full."""
    limit = settings.max_bytes if limit is None else limit
    data = fh.read(limit + 1) if limit else fh.read()
    if limit and len(data) > limit:
        raise InputError(origin, f"document too large once decompressed (over {limit:,} bytes, see --max-bytes)")
    return data


class CappedLines:
    """Lines of a (decompressing) byte stream: a line longer than max_bytes is consumed in pieces and
    reported as too large, and the whole stream stops after max_decompressed bytes."""

    def __init__(self, fh: IO[bytes], origin: str, settings: Settings):
        self.fh, self.origin, self.settings = fh, origin, settings
        self.total = 0
        self.too_long: set[int] = set()  # numbers of the lines that were cut

    def __iter__(self) -> Iterator[bytes]:
        cap = self.settings.max_bytes or None
        total_cap = self.settings.max_decompressed
        n = 0
        while True:
            line = self.fh.readline(cap + 1) if cap else self.fh.readline()
            if not line:
                return
            n += 1
            self.total += len(line)
            if total_cap and self.total > total_cap:
                raise InputError(self.origin, f"more than {total_cap:,} bytes once decompressed "
                                              "(see --max-decompressed); the rest is not read")
            if cap and len(line) > cap and not line.endswith(b"\n"):
                self.too_long.add(n)
                while line and not line.endswith(b"\n"):  # skip the rest of the giant line
                    line = self.fh.readline(cap + 1)
                    self.total += len(line)
                    if total_cap and self.total > total_cap:
                        raise InputError(self.origin, f"more than {total_cap:,} bytes once decompressed "
                                                      "(see --max-decompressed); the rest is not read")
                yield b""  # keeps the line numbering; the reader reports it
                continue
            yield line


def html_depth(html: str, origin: str, settings: Settings):
    """The page parsed without libxml2's 255-level cap (beyond it lxml silently drops the deeper
    text), or a rejection when nested deeper than settings.max_html_depth. Returns the lxml tree
    when the page is deeper than the default parser takes, else None (parse the string as usual)."""
    import lxml.html
    from lxml import etree

    parser = lxml.html.HTMLParser(huge_tree=True)
    try:
        root = lxml.html.document_fromstring(html, parser=parser)
    except (etree.ParserError, ValueError):
        return None  # empty or unparseable: the extractor reports it
    depth, stack = 0, [(root, 1)]
    while stack:
        el, d = stack.pop()
        if d > depth:
            depth = d
        stack.extend((c, d + 1) for c in el)
    if settings.max_html_depth and depth > settings.max_html_depth:
        raise InputError(origin, f"HTML nested {depth} levels deep (limit {settings.max_html_depth}); "
                                 "its text cannot be read reliably")
    return root if depth > 250 else None


_DTD = re.compile(rb"<!(DOCTYPE\s[^>]*\[|ENTITY\s)", re.IGNORECASE)


def refuse_dtd(data: bytes, origin: str) -> None:
    """Entity declarations (billion laughs, SYSTEM "file:///etc/passwd") have no place in a page."""
    if _DTD.search(data[:65536]):
        raise InputError(origin, "document declares DTD entities (<!ENTITY …>); refused")


# ---- text (pipeline, before spaCy) ----

_RUN = re.compile(r"(\W)\1+", re.UNICODE)
_SENT_END = re.compile(r"(?<=[.!?…])\s+|\n\s*\n")
_TOKEN = re.compile(r"\w+|[^\w\s]", re.UNICODE)


def collapse_runs(text: str, max_run: int) -> str:
    """Runs of one punctuation, symbol or space character longer than max_run cut to max_run
    ("!"×40,000 is 40,000 parser tokens; "="×80 rules are layout). Letters and digits are kept."""
    if not max_run:
        return text

    def cut(m: re.Match) -> str:
        return m.group(0) if len(m.group(0)) <= max_run else m.group(1) * max_run

    return _RUN.sub(cut, text)


def split_long_sentences(text: str, max_tokens: int) -> str:
    """A "sentence" of more than max_tokens tokens (a table or list that lost its newlines) gets a
    paragraph break every max_tokens tokens, where the sentence splitter will cut it."""
    if not max_tokens:
        return text
    out, last = [], 0
    bounds = [m.end() for m in _SENT_END.finditer(text)] + [len(text)]
    start = 0
    for end in bounds:
        count, cuts = 0, []
        for m in _TOKEN.finditer(text, start, end):
            count += 1
            if count > max_tokens:
                cuts.append(m.start())
                count = 1
        for at in cuts:
            # the whitespace before the token (if any) becomes the break
            ws = at
            while ws > last and text[ws - 1] in " \t":
                ws -= 1
            out.append(text[last:ws])
            out.append("\n\n")
            last = at
        start = end
    out.append(text[last:])
    return "".join(out)


def prepare(article: Article, settings: Settings) -> Article:
    """The per-article check before spaCy: the size limit (InputError), then runs collapsed and
    over-long sentences cut. Offsets are computed on the returned text, which is what the graph keeps."""
    n = len(article.full_text)
    if settings.max_chars and n > settings.max_chars:
        raise InputError(article.origin, f"document too large ({n} characters; limit {settings.max_chars}, "
                                         "see --max-chars)")
    changed = {}
    for key in ("title", "text"):
        value = getattr(article, key)
        if not value:
            continue
        new = collapse_runs(value, settings.max_run)
        if key == "text":
            new = split_long_sentences(new, settings.max_sentence_tokens)
        else:  # a title stays one line
            new = split_long_sentences(new, settings.max_sentence_tokens).replace("\n\n", " ")
        if new != value:
            changed[key] = new
    if changed:
        log.info("%s: runs of repeated characters or over-long sentences shortened before parsing", article.origin)
        article = replace(article, **changed)
    return article


# ---- wall-clock budget ----

@contextlib.contextmanager
def budget(seconds: float | None, origin: str) -> Iterator[None]:
    """Raise OverBudget in this block once `seconds` have passed (SIGALRM: Unix, main thread of a
    process; the check happens at the next Python instruction, so a long native call ends first).
    Elsewhere the block runs without a budget."""
    usable = (seconds and seconds > 0 and hasattr(signal, "setitimer")
              and threading.current_thread() is threading.main_thread())
    if not usable:
        yield
        return

    def on_alarm(signum, frame):
        raise OverBudget(origin, seconds)

    import time

    previous = signal.signal(signal.SIGALRM, on_alarm)
    outer, _ = signal.setitimer(signal.ITIMER_REAL, seconds)
    started = time.monotonic()
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
        if outer:  # an enclosing timer (another budget, a test timeout) keeps what it had left
            signal.setitimer(signal.ITIMER_REAL, max(0.001, outer - (time.monotonic() - started)))


def parsed_within_budget(nlp, members: list[tuple[object, Article]], settings: Settings,
                         skip: Callable[[object, Article, str], None]) -> Iterator[tuple[tuple[object, Article], object]]:
    """((key, article), doc) for each member, parsed by nlp.pipe with the sum of their budgets
    (settings.doc_seconds each); if that runs out, the rest are parsed one at a time, each with its
    own budget, so one slow document is skipped (skip(key, article, reason)) and the others kept."""
    seconds = settings.doc_seconds
    if not members:
        return
    docs: list = []
    try:
        with budget(seconds * len(members) if seconds else None, members[0][1].origin):
            for doc in nlp.pipe((a.full_text for _, a in members), batch_size=settings.batch_size):
                docs.append(doc)
    except OverBudget:
        log.warning("%d documents went over their time budget together; parsing them one at a time", len(members))
    yield from zip(members[:len(docs)], docs)
    yield from each_within_budget(members[len(docs):], nlp, settings, skip)


def each_within_budget(members, parse: Callable, settings: Settings,
                       skip: Callable[[object, Article, str], None]) -> Iterator[tuple[tuple[object, Article], object]]:
    """((key, article), parse(article.full_text)) for each member, each parse within its budget."""
    for key, art in members:
        try:
            with budget(settings.doc_seconds, art.origin):
                doc = parse(art.full_text)
        except OverBudget as e:
            skip(key, art, over_budget_reason(e))
            continue
        yield (key, art), doc


def over_budget_reason(e: OverBudget) -> str:
    log.error("%s: over the time budget (%g s per document); skipped", e.origin, e.seconds)
    return f"over the time budget ({e.seconds:g} s per document, see --doc-seconds)"
