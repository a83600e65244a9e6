"""Read articles from .txt, .html, .jsonl files, folders and standard input into `Article`s."""
from __future__ import annotations

import hashlib
import json
import logging
import re
import sys
import unicodedata
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

from . import limits
from .config import Settings
from .errors import InputError
from .model import Article

log = logging.getLogger(__name__)

TEXT_SUFFIXES = {".txt"}
HTML_SUFFIXES = {".html", ".htm"}
JSONL_SUFFIXES = {".jsonl"}
SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES
GZIP_SUFFIX = ".gz"  # article.txt.gz, page.html.gz, crawl.jsonl.gz: decompressed with a size cap
JSONL_KEYS = {"id", "title", "text", "published", "url", "lang", "source"}

# C0 controls (tabs and newlines kept), DEL, lone surrogates, and U+FFFD, which carries no text
# (lxml turns "&#0;" into it; a decoder that gave up leaves it)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff\ufffd]")
# UTF-8 read as cp1252/Latin-1 ("CafÃ©", "â€™"): the two-character signatures of that mistake
_MOJIBAKE = re.compile("[ÃÂ][\u0080-\u00bf]|â€[\u0080-\u2122]")
# formats that are never text, by their first bytes
_MAGIC = (
    (b"%PDF-", "PDF"), (b"\x89PNG\r\n\x1a\n", "PNG image"), (b"GIF8", "GIF image"), (b"\xff\xd8\xff", "JPEG image"),
    (b"PK\x03\x04", "ZIP archive"), (b"\x1f\x8b", "gzip data"), (b"\x7fELF", "ELF executable"),
    (b"\xd0\xcf\x11\xe0", "MS Office file"), (b"7z\xbc\xaf\x27\x1c", "7-Zip archive"), (b"\xfd7zXZ\x00", "xz data"),
    (b"SQLite format 3\x00", "SQLite database"), (b"\x00asm", "WebAssembly"), (b"\xcf\xfa\xed\xfe", "Mach-O executable"),
    (b"RIFF", "RIFF media"), (b"OggS", "Ogg media"), (b"ID3", "MP3 audio"), (b"BZh91AY&SY", "bzip2 data"),
)
_DECLARED = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)|<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9_.:-]+)""",
                       re.IGNORECASE)


@dataclass
class IngestProblem:
    origin: str
    problem: str
    skipped: bool = False  # not an error: a duplicate, for instance (the run still succeeds)


def clean_text(text: str) -> str:
    """NFC-normalise, repair UTF-8 read as cp1252, and drop control characters and lone surrogates,
    keeping newlines and tabs."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _CONTROL.sub("", text)  # first: a lone surrogate cannot even be encoded for the repair
    text = fix_mojibake(text)
    text = unicodedata.normalize("NFC", text)
    return _CONTROL.sub("", text)


def fix_mojibake(text: str) -> str:
    """"CafÃ©" → "Café": only when the text shows the signature and reads back as valid UTF-8."""
    if not _MOJIBAKE.search(text):
        return text
    for codec in ("cp1252", "latin-1"):
        try:
            fixed = text.encode(codec).decode("utf-8")
        except (UnicodeEncodeError, UnicodeDecodeError):
            continue
        if len(_MOJIBAKE.findall(fixed)) < len(_MOJIBAKE.findall(text)):
            return fixed
    return text


def sniff_binary(data: bytes, origin: str) -> None:
    """Refuse what is not text before any decoding, HTML parsing or NLP: known magic numbers, NUL
    bytes, or mostly control characters."""
    head = data[:4096]
    for magic, kind in _MAGIC:
        if head.startswith(magic):
            raise InputError(origin, f"not text ({kind})")
    if b"\x00" in head:
        raise InputError(origin, "not text (binary content: NUL bytes)")
    if head:
        controls = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13) or b == 127)
        if controls >= 8 and controls / len(head) > 0.08:  # random bytes: 13%; text: a stray bell or two
            raise InputError(origin, f"not text (binary content: {controls} control bytes in the first {len(head)})")


def declared_charset(data: bytes) -> str | None:
    """The charset an HTML or XML page declares in its first 4 KB, if Python knows it."""
    import codecs

    m = _DECLARED.search(data[:4096])
    if not m:
        return None
    name = (m.group(1) or m.group(2)).decode("ascii").lower()
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def decode(data: bytes, origin: str, declared: str | None = None) -> str:
    """Bytes to text: UTF-8 (BOM stripped), else the declared charset, else a detected one; binary
    files are refused."""
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):  # UTF-16 with its byte order mark: text, NULs and all
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            pass
    sniff_binary(data, origin)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    if declared and declared not in ("utf-8", "utf_8"):
        try:
            text = data.decode(declared)
            log.warning("%s: not UTF-8, read as %s (declared)", origin, declared)
            return text
        except (UnicodeDecodeError, LookupError):
            log.warning("%s: declared charset %s does not fit the bytes; detecting", origin, declared)
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
    texts: dict[str, str] = {}  # digest of the normalised text -> id of the first article with it
    for item in items:
        if isinstance(item, Article):
            full = article_id(item.full_text)
            if full in texts:  # the same text again (two feeds, a re-sent record): one article
                yield IngestProblem(item.origin, f"duplicate of article '{texts[full]}' (same text); skipped",
                                    skipped=True)
                continue
            digest = full[1:9]
            explicit = re.search(r":\d+$", item.origin) is not None
            if item.id in seen and seen[item.id] != digest and not explicit:
                log.warning("%s: id '%s' already used by another article; using '%s-%s'",
                            item.origin, item.id, item.id, digest)
                item = replace(item, id=f"{item.id}-{digest}")
            seen.setdefault(item.id, digest)
            texts[full] = item.id
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


def read_html(data: bytes, origin: str, stem: str, settings: Settings | None = None) -> Article:
    """An HTML page: main text, title, date and site name through trafilatura."""
    import trafilatura

    settings = settings or Settings()
    limits.refuse_dtd(data, origin)
    html = decode(data, origin, declared_charset(data))
    deep_tree = limits.html_depth(html, origin, settings)
    doc = trafilatura.bare_extraction(
        html if deep_tree is None else deep_tree,
        with_metadata=True, include_comments=False, include_tables=False, favor_precision=True
    )
    # fewer than three words is a menu or a button that the extractor fell back on, not an article
    if doc is None or len((doc.text or "").split()) < 3:
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


def read_jsonl(lines: Iterator[bytes], origin: str, settings: Settings | None = None) -> Iterator[Article | IngestProblem]:
    """One article per line; a bad line is reported with its number and the others go on."""
    settings = settings or Settings()
    capped = lines if isinstance(lines, limits.CappedLines) else None
    for n, raw in enumerate(lines, 1):
        where = f"{origin}:{n}"
        if capped is not None and n in capped.too_long:
            yield IngestProblem(where, f"document too large (line over {settings.max_bytes:,} bytes, see --max-bytes)")
            continue
        if not raw.strip():
            continue
        try:
            limits.check_bytes(len(raw), where, settings, "line")
            rec = json.loads(decode(raw, where), parse_constant=_refuse_constant,
                             object_pairs_hook=_refuse_duplicates)
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


def _refuse_duplicates(pairs: list[tuple[str, object]]) -> dict:
    """A key given twice (which "text" is the article's?) makes the record ambiguous."""
    out: dict = {}
    for k, v in pairs:
        if k in out:
            raise ValueError(f"duplicate key {k!r}")
        out[k] = v
    return out


def input_kind(path: Path) -> tuple[str, bool]:
    """(suffix of the format, compressed) of a file name: a.txt → (.txt, False), a.jsonl.gz → (.jsonl, True)."""
    suffix = path.suffix.lower()
    if suffix == GZIP_SUFFIX:
        return Path(path.stem).suffix.lower(), True
    return suffix, False


def read_path(path: Path, settings: Settings | None = None) -> Iterator[Article | IngestProblem]:
    """Articles from one file or folder (recursively); problems are yielded, not raised."""
    settings = settings or Settings()
    if path.is_dir():
        children = sorted(p for p in path.rglob("*") if p.is_file() and input_kind(p)[0] in SUFFIXES)
        yield from unique_ids(item for child in children for item in read_path(child, settings))
        return
    origin = str(path)
    suffix, compressed = input_kind(path)
    if suffix not in SUFFIXES:
        shown = path.suffix.lower() if not compressed else f"{suffix}{GZIP_SUFFIX}"
        yield IngestProblem(origin, f"unsupported file type '{shown or '(none)'}'; expected one of "
                                    f"{sorted(SUFFIXES)}, or one of them gzip-compressed (.gz)")
        return
    stem = Path(path.stem).stem if compressed else path.stem
    try:
        with _open(path, compressed) as fh:
            if suffix in JSONL_SUFFIXES:
                yield from read_jsonl(limits.CappedLines(fh, origin, settings), origin, settings)
                return
            if compressed:
                data = limits.read_capped(fh, origin, settings)
            else:
                limits.check_bytes(path.stat().st_size, origin, settings)
                data = fh.read()
        if suffix in HTML_SUFFIXES:
            yield read_html(data, origin, stem, settings)
        else:
            yield read_txt(data, origin, stem)
    except InputError as e:
        yield IngestProblem(e.origin, e.problem)
    except (OSError, EOFError, zlib.error) as e:  # BadGzipFile is an OSError; truncated: EOFError; corrupt: zlib.error
        yield IngestProblem(origin, f"cannot read: {getattr(e, 'strerror', None) or e}")


def _open(path: Path, compressed: bool):
    if compressed:
        import gzip

        return gzip.open(path, "rb")
    return path.open("rb")


def read_stdin(settings: Settings | None = None) -> Iterator[Article | IngestProblem]:
    """Standard input: JSON Lines if the first character is '{', else one text article."""
    settings = settings or Settings()
    buf = sys.stdin.buffer
    try:
        head = buf.peek(256)[:256] if hasattr(buf, "peek") else b""
        if head.lstrip(b"\xef\xbb\xbf \t\r\n")[:1] == b"{":  # JSON Lines: streamed, line by line
            yield from read_jsonl(limits.CappedLines(buf, "<stdin>", settings), "<stdin>", settings)
            return
        data = limits.read_capped(buf, "<stdin>", settings)
        if data.startswith(b"\xef\xbb\xbf"):
            data = data[3:]
        if data.lstrip()[:1] == b"{":
            yield from read_jsonl(iter(data.splitlines()), "<stdin>", settings)
            return
        yield read_txt(data, "<stdin>", "")
    except InputError as e:
        yield IngestProblem(e.origin, e.problem)


def read_inputs(paths: list[str], settings: Settings | None = None) -> Iterator[Article | IngestProblem]:
    return unique_ids(_read_each(paths, settings or Settings()))


def _read_each(paths: list[str], settings: Settings) -> Iterator[Article | IngestProblem]:
    for p in paths:
        if p == "-":
            yield from read_stdin(settings)
        elif not Path(p).exists():
            yield IngestProblem(p, "no such file or directory")
        else:
            yield from read_path(Path(p), settings)
