"""Read articles from .txt, .html, .jsonl files, folders and standard input into `Article`s."""
from __future__ import annotations

import hashlib
import json
import logging
import re
import sys
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

from .errors import InputError
from .model import Article

log = logging.getLogger(__name__)

TEXT_SUFFIXES = {".txt"}
HTML_SUFFIXES = {".html", ".htm"}
JSONL_SUFFIXES = {".jsonl"}
SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES
JSONL_KEYS = {"id", "title", "text", "published", "url", "lang", "source"}

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff]")


@dataclass
class IngestProblem:
    origin: str
    problem: str


def clean_text(text: str) -> str:
    """NFC-normalise and drop control characters and lone surrogates, keeping newlines and tabs."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = unicodedata.normalize("NFC", text)
    return _CONTROL.sub("", text)


def decode(data: bytes, origin: str) -> str:
    """Bytes to text: UTF-8 (BOM stripped), else a detected charset; binary files are refused."""
    if b"\x00" in data[:4096]:
        raise InputError(origin, "not text (binary content)")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    try:  # Windows Western, the commonest non-UTF-8 encoding of French and English news
        text = data.decode("cp1252")
        log.warning("%s: not UTF-8, read as cp1252", origin)
        return text
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise InputError(origin, "not text (undecodable bytes)")
    log.warning("%s: not UTF-8, read as %s", origin, best.encoding)
    return str(best)


def article_id(text: str, given: str | None = None) -> str:
    """A stable id: the given one made safe, else a hash of the normalised text."""
    if given:
        ascii_ = "".join(c for c in unicodedata.normalize("NFKD", given) if not unicodedata.combining(c))
        slug = re.sub(r"[^A-Za-z0-9._-]+", "-", ascii_).strip("-.")
        if slug:
            return slug[:120]
    norm = " ".join(text.split()).lower()
    return "a" + hashlib.sha256(norm.encode("utf-8")).hexdigest()[:16]


def unique_ids(items: Iterator[Article | IngestProblem]) -> Iterator[Article | IngestProblem]:
    """Articles keep their file name as id; a second, different file with the same name (report.txt
    in two folders) gets a hash of its text appended instead of replacing the first. Ids given in
    JSON Lines are the user's: a record with a known id is a new version of that article."""
    seen: dict[str, str] = {}
    for item in items:
        if isinstance(item, Article):
            digest = article_id(item.full_text)[1:9]
            explicit = re.search(r":\d+$", item.origin) is not None
            if item.id in seen and seen[item.id] != digest and not explicit:
                log.warning("%s: id '%s' already used by another article; using '%s-%s'",
                            item.origin, item.id, item.id, digest)
                item = replace(item, id=f"{item.id}-{digest}")
            seen.setdefault(item.id, digest)
        yield item


def parse_date(value: object, origin: str) -> date | None:
    if value in (None, ""):
        return None
    if not isinstance(value, str):
        raise InputError(origin, f"'published' must be an ISO date string, got {value!r}")
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        raise InputError(origin, f"'published' is not an ISO date (YYYY-MM-DD): {value!r}") from None


def _finish(art: Article) -> Article:
    text = clean_text(art.text).strip()
    title = clean_text(art.title).strip() if art.title else None
    if not text:
        raise InputError(art.origin, "empty document (no text)")
    return replace(art, text=text, title=title or None)


def read_txt(data: bytes, origin: str, stem: str) -> Article:
    """A .txt article: first non-empty line is the title, the rest the body."""
    text = clean_text(decode(data, origin)).strip()
    if not text:
        raise InputError(origin, "empty document (no text)")
    first, _, rest = text.partition("\n")
    if not rest.strip():  # a single line: no title, the line is the text
        return _finish(Article(id=article_id(text, stem), text=first, origin=origin))
    return _finish(Article(id=article_id(text, stem), text=rest, title=first, origin=origin))


def read_html(data: bytes, origin: str, stem: str) -> Article:
    """An HTML page: main text, title, date and site name through trafilatura."""
    import trafilatura

    html = decode(data, origin)
    doc = trafilatura.bare_extraction(
        html, with_metadata=True, include_comments=False, include_tables=False, favor_precision=True
    )
    if doc is None or not (doc.text or "").strip():
        raise InputError(origin, "empty document (no main text found in the HTML)")
    published = None
    if doc.date:
        try:
            published = date.fromisoformat(doc.date[:10])
        except ValueError:
            log.warning("%s: ignoring unreadable page date %r", origin, doc.date)
    text = doc.text.replace("\n", "\n\n") if "\n\n" not in doc.text else doc.text
    return _finish(Article(
        id=article_id(text, stem), text=text, title=doc.title, published=published,
        url=doc.url, source=doc.sitename, lang=doc.language, origin=origin,
    ))


def read_jsonl(lines: Iterator[bytes], origin: str) -> Iterator[Article | IngestProblem]:
    """One article per line; a bad line is reported with its number and the others go on."""
    for n, raw in enumerate(lines, 1):
        where = f"{origin}:{n}"
        if not raw.strip():
            continue
        try:
            rec = json.loads(decode(raw, where), parse_constant=_refuse_constant)
            if not isinstance(rec, dict):
                raise InputError(where, f"expected a JSON object, got {type(rec).__name__}")
            text = rec.get("text")
            if not isinstance(text, str) or not text.strip():
                raise InputError(where, "missing or empty 'text'")
            unknown = set(rec) - JSONL_KEYS
            if unknown:
                log.warning("%s: ignoring unknown keys %s (known: %s)", where, sorted(unknown), sorted(JSONL_KEYS))
            for key in ("id", "title", "url", "lang", "source"):
                if rec.get(key) is not None and not isinstance(rec[key], str):
                    raise InputError(where, f"'{key}' must be a string, got {rec[key]!r}")
            text = clean_text(text)
            yield _finish(Article(
                id=article_id(text, rec.get("id")), text=text, title=rec.get("title"),
                published=parse_date(rec.get("published"), where), url=rec.get("url"),
                lang=(rec.get("lang") or None), source=rec.get("source"), origin=where,
            ))
        except InputError as e:
            yield IngestProblem(e.origin, e.problem)
        except (ValueError, RecursionError) as e:
            yield IngestProblem(where, f"not valid JSON: {e}")


def _refuse_constant(name: str) -> None:
    raise ValueError(f"{name} is not allowed")


def read_path(path: Path) -> Iterator[Article | IngestProblem]:
    """Articles from one file or folder (recursively); problems are yielded, not raised."""
    if path.is_dir():
        children = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in SUFFIXES)
        yield from unique_ids(item for child in children for item in read_path(child))
        return
    origin = str(path)
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        yield IngestProblem(origin, f"unsupported file type '{suffix or '(none)'}'; expected one of {sorted(SUFFIXES)}")
        return
    try:
        if suffix in JSONL_SUFFIXES:
            with path.open("rb") as fh:
                yield from read_jsonl(iter(fh), origin)
            return
        data = path.read_bytes()
        reader = read_html if suffix in HTML_SUFFIXES else read_txt
        yield reader(data, origin, path.stem)
    except InputError as e:
        yield IngestProblem(e.origin, e.problem)
    except OSError as e:
        yield IngestProblem(origin, f"cannot read: {e.strerror or e}")


def read_stdin() -> Iterator[Article | IngestProblem]:
    """Standard input: JSON Lines if the first character is '{', else one text article."""
    data = sys.stdin.buffer.read()
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    if data.lstrip()[:1] == b"{":
        yield from read_jsonl(iter(data.splitlines()), "<stdin>")
        return
    try:
        yield read_txt(data, "<stdin>", "")
    except InputError as e:
        yield IngestProblem(e.origin, e.problem)


def read_inputs(paths: list[str]) -> Iterator[Article | IngestProblem]:
    return unique_ids(_read_each(paths))


def _read_each(paths: list[str]) -> Iterator[Article | IngestProblem]:
    for p in paths:
        if p == "-":
            yield from read_stdin()
        elif not Path(p).exists():
            yield IngestProblem(p, "no such file or directory")
        else:
            yield from read_path(Path(p))
