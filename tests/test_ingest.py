"""kg.ingest: articles from .txt, .html, .jsonl files, folders; every bad input reported with its origin."""
from __future__ import annotations

import io
import json
import sys
import unicodedata
from datetime import date
from pathlib import Path

import pytest

from kg.ingest import IngestProblem, article_id, read_inputs, read_jsonl, read_path, read_stdin
from kg.model import Article

FR_BODY = ("Le président français Emmanuel Macron a reçu mardi à l'Élysée le chancelier allemand Olaf Scholz. "
           "Les deux dirigeants ont évoqué la guerre en Ukraine et l'aide militaire européenne.")
EN_BODY = ("French President Emmanuel Macron received German Chancellor Olaf Scholz at the Elysee on Tuesday. "
           "The two leaders discussed the war in Ukraine and European military aid.")


def only(items: list) -> object:
    assert len(items) == 1, items
    return items[0]


def articles(items) -> list[Article]:
    return [x for x in items if isinstance(x, Article)]


def problems(items) -> list[IngestProblem]:
    return [x for x in items if isinstance(x, IngestProblem)]


# ---- .txt ----

@pytest.mark.parametrize("title, body", [
    ("Macron reçoit Scholz à l'Élysée", FR_BODY),
    ("Macron receives Scholz at the Elysee", EN_BODY),
])
def test_ingest_txt_first_line_is_title(tmp_path: Path, title: str, body: str) -> None:
    path = tmp_path / "macron-scholz.txt"
    path.write_text(f"{title}\n\n{body}\n", encoding="utf-8")
    art = only(list(read_path(path)))
    assert isinstance(art, Article)
    assert art.title == title
    assert art.text == body
    assert art.id == "macron-scholz"
    assert art.origin == str(path)
    assert art.full_text == f"{title}\n\n{body}"


def test_ingest_txt_single_line_has_no_title(tmp_path: Path) -> None:
    path = tmp_path / "one.txt"
    path.write_text(EN_BODY, encoding="utf-8")
    art = only(list(read_path(path)))
    assert art.title is None
    assert art.text == EN_BODY


@pytest.mark.parametrize("data, problem", [
    (b"", "empty document"),
    (b"  \n\n \t\n", "empty document"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "not text"),
    (b"GIF89a\x01\x00\x01\x00\x00\xff\x00,", "not text"),
])
def test_ingest_txt_refuses_empty_and_binary(tmp_path: Path, data: bytes, problem: str) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(data)
    item = only(list(read_path(path)))
    assert isinstance(item, IngestProblem)
    assert item.origin == str(path)
    assert problem in item.problem


@pytest.mark.parametrize("text", [
    pytest.param("Macron à l'Élysée\n\nLe président a déclaré à l'Élysée qu'il était très préoccupé.", id="fr"),
    pytest.param("Talks\n\nThe minister’s “frank” talks cost €5 million, officials said.", id="en"),
    pytest.param("Café crème\n\nDéjà vu : le café’s naïve « résumé » — 5 € à Genève.", id="fr-mixed"),
])
def test_ingest_txt_decodes_cp1252(tmp_path: Path, text: str) -> None:
    path = tmp_path / "legacy.txt"
    path.write_bytes(text.encode("cp1252"))
    art = only(list(read_path(path)))
    assert isinstance(art, Article), art
    assert art.full_text == text


@pytest.mark.parametrize("body", [FR_BODY, EN_BODY])
def test_ingest_txt_nfc_normalises(tmp_path: Path, body: str) -> None:
    title = "Réunion à Genève"
    nfd = unicodedata.normalize("NFD", f"{title}\n{body}")
    assert nfd != unicodedata.normalize("NFC", nfd)  # the input really is decomposed
    path = tmp_path / "nfd.txt"
    path.write_text(nfd, encoding="utf-8")
    art = only(list(read_path(path)))
    assert art.title == "Réunion à Genève"
    assert art.text == unicodedata.normalize("NFC", body)
    assert unicodedata.is_normalized("NFC", art.full_text)


def test_ingest_txt_strips_bom(tmp_path: Path) -> None:
    path = tmp_path / "bom.txt"
    path.write_bytes(("\ufeff" + "Titre\n\n" + FR_BODY).encode("utf-8"))
    art = only(list(read_path(path)))
    assert art.title == "Titre"
    assert "\ufeff" not in art.full_text


def test_ingest_txt_crlf_and_control_characters(tmp_path: Path) -> None:
    path = tmp_path / "crlf.txt"
    path.write_bytes(b"Title\r\n\r\nFirst\x07 line.\r\nSecond line.\x0b\r\n")
    art = only(list(read_path(path)))
    assert art.title == "Title"
    assert art.text == "First line.\nSecond line."


# ---- .html ----

HTML = {
    "fr": ("""<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8">
<title>Macron reçoit Scholz à l'Élysée | Le Journal</title>
<meta property="og:title" content="Macron reçoit Scholz à l'Élysée">
<meta property="og:site_name" content="Le Journal">
<meta name="date" content="2024-05-14">
<meta property="article:published_time" content="2024-05-14T09:30:00+02:00">
</head><body>
<header><nav><ul><li><a href="/monde">Monde</a></li><li><a href="/economie">Économie</a></li>
<li><a href="/abonnements">Abonnez-vous à la lettre quotidienne</a></li></ul></nav></header>
<main><article><h1>Macron reçoit Scholz à l'Élysée</h1>
<p>PARIS, 14 mai 2024 - Le président français Emmanuel Macron a reçu mardi à l'Élysée le chancelier
allemand Olaf Scholz pour un dîner de travail consacré à la guerre en Ukraine et à la défense européenne.</p>
<p>Les deux dirigeants ont évoqué l'aide militaire à Kiev, le financement de l'industrie de défense et la
préparation du prochain Conseil européen, prévu à Bruxelles à la fin du mois de juin.</p>
<p>« Nous devons avancer ensemble », a déclaré M. Macron à l'issue de l'entretien, selon l'Élysée, qui a
salué une convergence de vues sur la plupart des dossiers évoqués pendant la soirée.</p>
</article></main>
<footer><p>© 2024 Le Journal. Tous droits réservés. Mentions légales et politique de cookies.</p></footer>
</body></html>""",
           "Macron reçoit Scholz à l'Élysée", "Olaf Scholz pour un dîner de travail",
           ["Abonnez-vous", "Tous droits réservés"]),
    "en": ("""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Macron hosts Scholz at the Elysee | The Daily</title>
<meta property="og:title" content="Macron hosts Scholz at the Elysee">
<meta property="og:site_name" content="The Daily">
<meta name="date" content="2024-05-14">
<meta property="article:published_time" content="2024-05-14T09:30:00+02:00">
</head><body>
<header><nav><ul><li><a href="/world">World</a></li><li><a href="/business">Business</a></li>
<li><a href="/newsletters">Sign up for our morning newsletter</a></li></ul></nav></header>
<main><article><h1>Macron hosts Scholz at the Elysee</h1>
<p>PARIS, May 14 - French President Emmanuel Macron hosted German Chancellor Olaf Scholz at the Elysee
palace on Tuesday for a working dinner devoted to the war in Ukraine and to European defence.</p>
<p>The two leaders discussed military aid to Kyiv, the funding of the defence industry and the
preparation of the next European Council, due in Brussels at the end of June.</p>
<p>"We must move forward together," Macron said after the talks, according to the Elysee, which
welcomed a convergence of views on most of the issues discussed during the evening.</p>
</article></main>
<footer><p>© 2024 The Daily. All rights reserved. Legal notice and cookie policy.</p></footer>
</body></html>""",
           "Macron hosts Scholz at the Elysee", "Olaf Scholz at the Elysee",
           ["newsletter", "All rights reserved"]),
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_ingest_html_main_text_title_date(tmp_path: Path, lang: str) -> None:
    page, title, in_text, dropped = HTML[lang]
    path = tmp_path / f"{lang}-page.html"
    path.write_text(page, encoding="utf-8")
    art = only(list(read_path(path)))
    assert isinstance(art, Article), art
    assert art.id == f"{lang}-page"
    assert art.title == title
    assert art.published == date(2024, 5, 14)
    assert in_text in " ".join(art.text.split())
    for boilerplate in dropped:
        assert boilerplate not in art.full_text
    assert "Business" not in art.text and "Économie" not in art.text


@pytest.mark.parametrize("page", [
    "",
    "<html><head><title>Rien</title></head><body></body></html>",
    "<html><head><title>Nothing</title><script>var a = 1;</script></head><body><script>var x = 2;</script></body></html>",
])
def test_ingest_html_without_main_text(tmp_path: Path, page: str) -> None:
    path = tmp_path / "empty.html"
    path.write_text(page, encoding="utf-8")
    item = only(list(read_path(path)))
    assert isinstance(item, IngestProblem)
    assert item.origin == str(path)
    assert "empty document" in item.problem


# ---- .jsonl ----

def jsonl(*records) -> list[bytes]:
    return [(r if isinstance(r, str) else json.dumps(r, ensure_ascii=False)).encode("utf-8") + b"\n"
            for r in records]


@pytest.mark.parametrize("record, expected", [
    ({"id": "fr-1", "title": "Macron reçoit Scholz", "text": FR_BODY, "published": "2024-05-14",
      "lang": "fr", "url": "https://example.org/fr/1", "source": "Le Journal"},
     Article(id="fr-1", text=FR_BODY, title="Macron reçoit Scholz", published=date(2024, 5, 14), lang="fr",
             url="https://example.org/fr/1", source="Le Journal", origin="in.jsonl:1")),
    ({"id": "en 1/a", "title": "Macron hosts Scholz", "text": EN_BODY, "published": "2024-05-14T09:30:00Z",
      "lang": "en"},
     Article(id="en-1-a", text=EN_BODY, title="Macron hosts Scholz", published=date(2024, 5, 14), lang="en",
             origin="in.jsonl:1")),
])
def test_ingest_jsonl_good_line(record: dict, expected: Article) -> None:
    art = only(list(read_jsonl(iter(jsonl(record)), "in.jsonl")))
    assert art == expected


@pytest.mark.parametrize("bad, problem", [
    ('{"text": "broken', "not valid JSON"),
    ('{"text": NaN}', "NaN"),
    ('{"text": "x", "score": Infinity}', "Infinity"),
    ('["a", "list"]', "expected a JSON object, got list"),
    ('"just a string"', "expected a JSON object, got str"),
    ('{"title": "no text"}', "missing or empty 'text'"),
    ('{"text": "   "}', "missing or empty 'text'"),
    ('{"text": 42}', "missing or empty 'text'"),
    ('{"text": "x", "id": 5}', "'id' must be a string"),
    ('{"text": "x", "published": "14/05/2024"}', "'published' is not an ISO date"),
])
def test_ingest_jsonl_bad_line_named_and_others_kept(bad: str, problem: str) -> None:
    lines = jsonl({"id": "a", "text": FR_BODY}, bad, "", {"id": "b", "text": EN_BODY})
    items = list(read_jsonl(iter(lines), "feed.jsonl"))
    assert [a.id for a in articles(items)] == ["a", "b"]
    assert [a.origin for a in articles(items)] == ["feed.jsonl:1", "feed.jsonl:4"]
    bad_item = only(problems(items))
    assert bad_item.origin == "feed.jsonl:2"
    assert problem in bad_item.problem


def test_ingest_jsonl_file_through_read_path(tmp_path: Path) -> None:
    path = tmp_path / "feed.jsonl"
    path.write_bytes(b"".join(jsonl({"id": "fr", "text": FR_BODY, "lang": "fr"}, "{oops",
                                     {"id": "en", "text": EN_BODY, "lang": "en"})))
    items = list(read_path(path))
    assert [(a.id, a.lang) for a in articles(items)] == [("fr", "fr"), ("en", "en")]
    assert [p.origin for p in problems(items)] == [f"{path}:2"]


def test_ingest_jsonl_bom_on_first_line() -> None:
    lines = [b"\xef\xbb\xbf" + jsonl({"id": "x", "text": EN_BODY})[0]]
    art = only(list(read_jsonl(iter(lines), "bom.jsonl")))
    assert isinstance(art, Article), art
    assert art.id == "x"


# ---- folders, suffixes, missing files ----

def test_ingest_directory_is_recursive_and_sorted(tmp_path: Path) -> None:
    (tmp_path / "b" / "deep").mkdir(parents=True)
    (tmp_path / "a.txt").write_text("A\n\n" + FR_BODY, encoding="utf-8")
    (tmp_path / "b" / "c.html").write_text(HTML["en"][0], encoding="utf-8")
    (tmp_path / "b" / "deep" / "d.jsonl").write_text(json.dumps({"id": "d", "text": EN_BODY}) + "\n",
                                                      encoding="utf-8")
    (tmp_path / "b" / "notes.md").write_text("# not an article", encoding="utf-8")
    (tmp_path / "b" / "picture.png").write_bytes(b"\x89PNG\r\n\x1a\n\x00")
    items = list(read_path(tmp_path))
    assert problems(items) == []
    assert [a.id for a in articles(items)] == ["a", "c", "d"]


@pytest.mark.parametrize("name", ["article.pdf", "article.docx", "README"])
def test_ingest_unsupported_suffix_reported(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    path.write_bytes(b"%PDF-1.7 whatever")
    item = only(list(read_path(path)))
    assert isinstance(item, IngestProblem)
    assert item.origin == str(path)
    assert "unsupported file type" in item.problem
    assert ".txt" in item.problem and ".jsonl" in item.problem


def test_ingest_read_inputs_missing_path_and_mix(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text("Titre\n\n" + FR_BODY, encoding="utf-8")
    missing = tmp_path / "missing.txt"
    items = list(read_inputs([str(missing), str(good)]))
    assert [a.id for a in articles(items)] == ["good"]
    assert [(p.origin, p.problem) for p in problems(items)] == [(str(missing), "no such file or directory")]


# ---- standard input ----

class FakeStdin:
    def __init__(self, data: bytes):
        self.buffer = io.BytesIO(data)


@pytest.mark.parametrize("data, expected", [
    pytest.param(("Titre\n\n" + FR_BODY).encode("utf-8"), [("Titre", FR_BODY)], id="fr-text"),
    pytest.param(("Title\n\n" + EN_BODY).encode("utf-8"), [("Title", EN_BODY)], id="en-text"),
    pytest.param(b"".join(jsonl({"title": "Titre", "text": FR_BODY}, {"title": "Title", "text": EN_BODY})),
                 [("Titre", FR_BODY), ("Title", EN_BODY)], id="jsonl"),
    pytest.param(b"\n  " + b"".join(jsonl({"title": "Title", "text": EN_BODY})), [("Title", EN_BODY)],
                 id="jsonl-leading-space"),
    pytest.param(b"\xef\xbb\xbf" + b"".join(jsonl({"title": "Titre", "text": FR_BODY})), [("Titre", FR_BODY)],
                 id="jsonl-bom"),
])
def test_ingest_stdin(monkeypatch: pytest.MonkeyPatch, data: bytes, expected: list) -> None:
    monkeypatch.setattr(sys, "stdin", FakeStdin(data))
    items = list(read_inputs(["-"]))
    assert problems(items) == []
    assert [(a.title, a.text) for a in items] == expected
    assert all(a.origin.startswith("<stdin>") for a in items)


def test_ingest_stdin_empty(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", FakeStdin(b""))
    assert list(read_stdin()) == [IngestProblem("<stdin>", "empty document (no text)")]


# ---- ids ----

@pytest.mark.parametrize("text", [FR_BODY, EN_BODY])
def test_ingest_article_id_stable_for_same_text(text: str) -> None:
    first = article_id(text)
    assert first == article_id(text)
    assert first == article_id("  " + text.replace(" ", "\n  ") + "\n")  # whitespace does not matter
    assert first.startswith("a") and len(first) == 17
    assert first != article_id(text + " Fin.")


def test_ingest_same_stem_in_two_folders_distinct_ids(tmp_path: Path) -> None:
    for year, text in (("2023", "Titre\n\n" + FR_BODY), ("2024", "Title\n\n" + EN_BODY)):
        (tmp_path / year).mkdir()
        (tmp_path / year / "report.txt").write_text(text, encoding="utf-8")
    items = articles(read_path(tmp_path))
    assert [a.title for a in items] == ["Titre", "Title"]
    assert items[0].id != items[1].id


def test_ingest_samples_folder_ids() -> None:
    from kg import resources

    items = list(read_inputs([str(resources.samples_dir())]))
    # samples.jsonl repeats four of the files word for word: those lines are skipped as duplicates
    assert [p for p in problems(items) if not p.skipped] == []
    assert sum(p.skipped for p in problems(items)) == 4
    assert {a.id for a in items if not isinstance(a, IngestProblem)} == {"en-biden-kyiv-visit", "en-kim-putin-vostochny", "fr-erdogan-sissi-ankara",
                                     "fr-kim-poutine-vostotchny", "fr-ue-sanctions-iran"}


@pytest.mark.parametrize("given, expected", [
    ("fr-kim-poutine", "fr-kim-poutine"),
    ("Corée du Nord/2023", "Coree-du-Nord-2023"),
    ("Pékin-Séoul", "Pekin-Seoul"),
    ("Kim visits Russia (2023)", "Kim-visits-Russia-2023"),
    ("../../etc/passwd", "etc-passwd"),
])
def test_ingest_article_id_given_made_safe(given: str, expected: str) -> None:
    assert article_id(FR_BODY, given) == expected


@pytest.mark.parametrize("body", [FR_BODY, EN_BODY])
def test_ingest_jsonl_id_same_for_nfc_and_nfd(body: str) -> None:
    text = body + " Réunion à Genève."
    lines = jsonl({"text": unicodedata.normalize("NFC", text)}, {"text": unicodedata.normalize("NFD", text)})
    a, b = list(read_jsonl(iter(lines), "x.jsonl"))
    assert a.text == b.text  # ingest makes the texts identical …
    assert a.id == b.id  # … so their ids must be too
