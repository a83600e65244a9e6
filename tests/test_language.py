"""kg.language.detect, and the pipeline skipping articles in languages news-kg has no lexicon for."""
from __future__ import annotations

import pytest

from kg.language import detect
from kg.model import Article
from kg.pipeline import BuildReport, process

FR = ("Le dirigeant nord-coréen Kim Jong Un et le président russe Vladimir Poutine se sont rencontrés "
      "mercredi au cosmodrome de Vostotchny, dans l'Extrême-Orient russe, lors d'un sommet suivi de près "
      "par les Occidentaux, qui craignent des livraisons d'armes.")
EN = ("North Korean leader Kim Jong Un and Russian President Vladimir Putin met on Wednesday at the "
      "Vostochny cosmodrome in the Russian Far East, at a summit closely watched by Western countries "
      "that fear arms deliveries.")
DE = ("Der nordkoreanische Machthaber Kim Jong Un und der russische Präsident Wladimir Putin haben sich am "
      "Mittwoch auf dem Weltraumbahnhof Wostotschny im Fernen Osten Russlands getroffen. Der Westen "
      "befürchtet, dass Nordkorea Waffen und Munition an Russland liefern könnte.")


@pytest.mark.parametrize("text, lang", [(FR, "fr"), (EN, "en"), (DE, "de")])
def test_language_detect(text: str, lang: str) -> None:
    code, prob = detect(text)
    assert code == lang
    assert 0.9 <= prob <= 1.0


@pytest.mark.parametrize("text, lang", [(FR, "fr"), (EN, "en")])
def test_language_detect_uses_only_the_start(text: str, lang: str) -> None:
    # A long article is classified from its first 5000 characters, whatever follows.
    code, _ = detect(text * 40 + " " + DE * 200)
    assert code == lang


def test_language_pipeline_skips_unsupported_language() -> None:
    german = Article(id="de-kim-putin", text=DE, title="Kim trifft Putin", origin="de-kim-putin.txt")
    report = BuildReport()
    graphs = list(process([german], report=report))
    assert graphs == []
    assert report.articles == 0 and report.events == 0
    assert report.failed == []
    assert len(report.skipped) == 1
    origin, reason = report.skipped[0]
    assert origin == "de-kim-putin.txt"
    assert "language 'de' is not supported" in reason
    assert "en" in reason and "fr" in reason


@pytest.mark.parametrize("lang", ["de", "es"])
def test_language_pipeline_skips_declared_unsupported_language(lang: str) -> None:
    # A language given in the input (JSON Lines 'lang') is trusted, not re-detected.
    art = Article(id="x", text=EN, lang=lang, origin=f"feed.jsonl:{3}")
    report = BuildReport()
    assert list(process([art], report=report)) == []
    assert report.skipped == [("feed.jsonl:3", f"language '{lang}' is not supported (supported: en, fr); skipped")]


def test_language_pipeline_too_large_document_skipped() -> None:
    from kg.config import Settings

    art = Article(id="big", text=EN * 10, origin="big.txt")
    report = BuildReport()
    assert list(process([art], settings=Settings(max_chars=100), report=report)) == []
    origin, reason = report.skipped[0]
    assert origin == "big.txt" and "document too large" in reason and "limit 100" in reason
