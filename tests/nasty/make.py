"""The nasty corpus: one small bad input per row of the reliability checklist.

`python tests/nasty/make.py` writes the text inputs to tests/nasty/files/ (checked in, so that they
can be read); binary and large inputs (PDF, PNG, random bytes, gzip bombs, 30 MB lines) are made at
test time by `generate(folder)`, never checked in. tests/nasty/manifest.json says what each must
give; tests/test_nasty.py checks it.
"""
from __future__ import annotations

import gzip
import json
import os
import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
FILES = HERE / "files"

EN = "Emmanuel Macron visited Berlin on Monday to meet Chancellor Olaf Scholz."
HOSTILE_LABEL = 'x" } ; DROP ALL ; INSERT DATA { <http://e/p> <http://e/q> "pwned'


def _jsonl(*records) -> bytes:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records).encode("utf-8")


# name -> bytes: small, readable, checked in under files/
SMALL: dict[str, bytes] = {
    # 1 empty documents
    "r01-empty.txt": b"",
    "r01-blank.txt": b"   \n\t\n  \r\n",
    "r01-nobody.html": b"<html><head><title>Nothing</title></head><body><nav>Home</nav></body></html>",
    "r01-empty-object.jsonl": b"{}\n",
    # 3 charsets
    "r03-cp1252.txt": "Titre\n\nCafé – “quoted” — Macron à Berlin.".encode("cp1252"),
    "r03-declared-cp1251.html": ('<html><head><meta charset="windows-1251"><title>Новости</title></head><body><article>'
                                 '<p>Президент Эммануэль Макрон прибыл в Берлин в понедельник, чтобы встретиться с '
                                 'канцлером Олафом Шольцем в ведомстве федерального канцлера.</p></article></body></html>'
                                 ).encode("cp1251"),
    # 4 mojibake, BOM, NFC/NFD
    "r04-mojibake.txt": "Titre\n\nLe CafÃ© de Flore reÃ§oit Macron.".encode("utf-8"),
    "r04-bom.txt": "\ufeffTitle\n\n".encode("utf-8") + EN.encode("utf-8"),
    "r04-nfc-nfd.jsonl": _jsonl({"id": "nfc", "lang": "fr", "text": "Le président Lula a reçu Emmanuel Macron à São Paulo."},
                                {"id": "nfd", "lang": "fr",
                                 "text": "Le pre\u0301sident Lula a rec\u0327u Emmanuel Macron a\u0300 Sa\u0303o Paulo."}),
    # 5 lone surrogates, C0 controls, NUL
    "r05-controls.jsonl": b'{"id": "ctl", "lang": "en", "title": "Bell\\u0007 and NUL\\u0000", "text": "Macron\\ud800 met\\u0001 Scholz\\u001b in Berlin.\\udfff"}\n',
    # 8 malformed JSON Lines: each bad line named, the good ones kept
    "r08-malformed.jsonl": (b'{"id": "good-1", "text": "' + EN.encode() + b'"}\n'
                            b'{"id": "bad", "text": \n'
                            b'["not", "an", "object"]\n'
                            b'{"id": "nan", "text": "x", "score": NaN}\n'
                            b'{"id": "dup", "text": "one", "text": "two"}\n'
                            b'[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[\n'
                            b'{"id": "good-2", "text": "' + EN.encode() + b' Again."}\n'
                            b'{"id": "truncated", "text": "Macron'),
    # 9 malformed HTML
    "r09-unclosed.html": b"<html><body><article><p>" + EN.encode() + b"<div><p>He also met the press<span>",
    "r09-script-style.html": (b"<html><head><title>Visit</title><script>var s='Putin attacked Kyiv';</script>"
                              b"<style>p{color:red}</style></head><body><nav>Home | World</nav><article><p>"
                              + EN.encode() + b"</p><script>document.write('Putin attacked Kyiv')</script></article></body></html>"),
    "r09-nul-entity.html": b"<html><body><article><p>Macron&#0; visited&#0; Berlin on Monday to meet Chancellor Olaf Scholz.</p></article></body></html>",
    # 10 entity declarations (billion laughs, external file)
    "r10-laughs.html": (b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;">'
                        b'<!ENTITY xxe SYSTEM "file:///etc/passwd">]><html><body><p>&lol2; &xxe; ' + EN.encode() + b"</p></body></html>"),
    "r10-feed.rss": (b'<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
                     b"<rss><channel><item><title>&xxe;</title></item></channel></rss>"),
    # 11 RDF/XML import (not offered)
    "r11-entities.rdf": (b'<?xml version="1.0"?><!DOCTYPE rdf:RDF [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;">]>'
                         b'<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"/>'),
    # 12 JSON-LD contexts fetched from elsewhere
    "r12-remote-context.jsonld": json.dumps({"@context": "http://192.0.2.1/context.jsonld", "@id": "http://e/x",
                                             "name": "x"}).encode(),
    "r12-file-context.jsonld": json.dumps({"@context": ["file:///etc/passwd"], "@id": "http://e/x"}).encode(),
    "r12-import-context.jsonld": json.dumps({"@context": {"@import": "http://192.0.2.1/c.jsonld"},
                                             "@id": "http://e/x"}).encode(),
    # 13 a location where data is expected: read as (bad) data, never fetched
    "r13-location.ttl": b"http://192.0.2.1/graph.ttl",
    # 17 no entities, no events
    "r17-no-entities.txt": b"The weather\n\nIt was sunny and mild all day, with a light breeze in the afternoon.",
    # 20 language tags as found in feeds; a date that is not one
    "r20-lang-tags.jsonl": _jsonl({"id": "us", "lang": "en_US", "text": EN}, {"id": "up", "lang": "EN", "text": EN + " 2"},
                                  {"id": "none", "lang": "", "text": EN + " 3"}),
    "r20-bad-date.jsonl": _jsonl({"id": "d1", "lang": "en", "published": "2024-13-45", "text": EN},
                                 {"id": "d2", "lang": "en", "text": EN + " 2"}),
    # 21 datasets: named graphs must survive
    "r21-two-graphs.trig": (b"<http://e/g1> { <http://e/s> <http://e/p> \"one\" . }\n"
                            b"<http://e/g2> { <http://e/s> <http://e/p> \"two\" . <http://e/s> <http://e/p> \"one\" . }\n"),
    "r21-two-graphs.nq": (b"<http://e/s> <http://e/p> \"one\" <http://e/g1> .\n"
                          b"<http://e/s> <http://e/p> \"two\" <http://e/g2> .\n"
                          b"<http://e/s> <http://e/p> \"one\" <http://e/g2> .\n"),
    # 22 injection through a name in an article
    "r22-injection.jsonl": _jsonl({"id": "inj", "lang": "en",
                                   "title": HOSTILE_LABEL,
                                   "text": f'Emmanuel Macron met "{HOSTILE_LABEL}" in Berlin on Monday.'}),
    # 23 queries that would reach out
    "r23-service.rq": b"SELECT * WHERE { SERVICE <http://192.0.2.1/sparql> { ?s ?p ?o } }",
    "r23-service-deep.rq": ("SELECT * WHERE { " + "{ " * 30 + "SERVICE SILENT <http://192.0.2.1/sparql> { ?s ?p ?o }"
                            + " }" * 30 + " }").encode(),
    "r23-from.rq": b"SELECT * FROM <http://192.0.2.1/g.ttl> WHERE { ?s ?p ?o }",
    "r23-from-file.rq": b"SELECT * FROM NAMED <file:///etc/passwd> WHERE { GRAPH ?g { ?s ?p ?o } }",
    "r23-load.rq": b"LOAD <http://192.0.2.1/g.ttl>",
    "r23-drop.rq": b"DROP ALL",
    # 32 the same article twice (same text from two feeds; the same record again)
    "r32-same-text.jsonl": _jsonl({"id": "feed-a-1", "lang": "en", "url": "https://news.example/a?utm_source=x", "text": EN},
                                  {"id": "feed-b-7", "url": "https://news.example/a", "text": EN},
                                  {"id": "feed-a-1", "url": "https://news.example/a?utm_source=x", "text": EN}),
}


def _gzip_bomb(path: Path, inner: bytes, megabytes: int) -> None:
    """`megabytes` MB of one repeated pattern, compressed ~1000:1."""
    block = inner * (1_048_576 // len(inner))
    with gzip.open(path, "wb", compresslevel=6) as fh:
        for _ in range(megabytes):
            fh.write(block)


def generate(folder: Path) -> Path:
    """The binary and large inputs, made at test time into `folder` (with the small ones too)."""
    folder.mkdir(parents=True, exist_ok=True)
    for name, data in SMALL.items():
        (folder / name).write_bytes(data)
    rnd = random.Random(7)
    # 2 binary files with text names
    (folder / "r02-pdf.txt").write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj << /Type /Catalog >> endobj\n" + bytes(range(256)))
    (folder / "r02-png.html").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(rnd.randrange(256) for _ in range(500)))
    (folder / "r02-elf.txt").write_bytes(b"\x7fELF\x02\x01\x01" + bytes(rnd.randrange(1, 256) for _ in range(500)))
    (folder / "r02-random.txt").write_bytes(bytes(rnd.randrange(1, 256) for _ in range(4096)))
    # 6 huge: a 30 MB line before a good one; a 25 MB text file
    with open(folder / "r06-huge-line.jsonl", "wb") as fh:
        fh.write(b'{"id": "huge", "text": "' + b"a" * 30_000_000 + b'"}\n')
        fh.write(b'{"id": "after", "text": "' + EN.encode() + b'"}\n')
    with open(folder / "r06-huge.txt", "wb") as fh:
        fh.write((EN + "\n").encode() * 340_000)
    # 7 compression bombs: 200 MB in ~200 KB, as a text file and as one JSON line
    _gzip_bomb(folder / "r07-bomb.txt.gz", b"bomb ", 200)
    with gzip.open(folder / "r07-bomb.jsonl.gz", "wb") as fh:
        fh.write(b'{"id": "bomb", "text": "')
        block = b"a" * 1_048_576
        for _ in range(100):
            fh.write(block)
        fh.write(b'"}\n{"id": "after-bomb", "text": "' + EN.encode() + b'"}\n')
    (folder / "r07-archive.zip").write_bytes(b"PK\x03\x04" + b"\x00" * 26 + b"../../x")
    with gzip.open(folder / "r07-good.txt.gz", "wb") as fh:
        fh.write(("Title\n\n" + EN).encode())
    # 8 a JSON line nested 100,000 levels deep (RecursionError in the decoder)
    (folder / "r08-deep.jsonl").write_bytes(b'[' * 100_000 + b']' * 100_000 + b'\n{"id": "after-deep", "text": "'
                                            + EN.encode() + b'"}\n')
    # 9 an HTML page nested 10,000 levels deep (lxml would drop its text silently)
    (folder / "r09-deep.html").write_bytes(b"<html><body>" + b"<div>" * 10_000 + b"<p>" + EN.encode() + b"</p>"
                                           + b"</div>" * 10_000 + b"</body></html>")
    # 14 longer than the character limit (and than spaCy's nlp.max_length)
    (folder / "r14-too-long.txt").write_bytes(("Title\n\n" + (EN + " ") * 9_000).encode())
    # 15 pathological punctuation
    (folder / "r15-bangs.txt").write_bytes(("Title\n\n" + EN + " " + "!" * 40_000 + " " + "=" * 10_000 + "\n"
                                            + "|----" * 2000).encode())
    # 16 a run-on "sentence" of 2,000 tokens (a table that lost its newlines)
    (folder / "r16-run-on.txt").write_bytes(("Title\n\n" + EN + " " + " ".join(
        f"cell{i % 97}" for i in range(2_000))).encode())
    return folder


def write_small() -> None:
    FILES.mkdir(exist_ok=True)
    for name, data in SMALL.items():
        (FILES / name).write_bytes(data)
    for p in FILES.iterdir():
        if p.name not in SMALL:
            p.unlink()


if __name__ == "__main__":
    write_small()
    if len(sys.argv) > 1:
        generate(Path(sys.argv[1]))
    print(f"{len(SMALL)} files in {FILES}" + (f"; all inputs in {sys.argv[1]}" if len(sys.argv) > 1 else ""),
          file=sys.stderr)
