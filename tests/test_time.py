"""Dates: expressions found per language and normalised against the publication date."""
from __future__ import annotations

from datetime import date

import pytest

from kg.extract import time as timex

PUB = date(2023, 9, 13)  # a Wednesday


@pytest.mark.parametrize("lang, text, expected", [
    ("fr", "Le train est entré en Russie mardi.", date(2023, 9, 12)),
    ("en", "The train entered Russia on Tuesday.", date(2023, 9, 12)),
    ("fr", "Les deux dirigeants se sont rencontrés mercredi.", date(2023, 9, 13)),
    ("en", "The two leaders met on Wednesday.", date(2023, 9, 13)),
    ("fr", "Le ministre a parlé hier.", date(2023, 9, 12)),
    ("en", "The minister spoke yesterday.", date(2023, 9, 12)),
    ("fr", "Le sommet s'est tenu le 4 septembre 2023.", date(2023, 9, 4)),
    ("en", "The summit was held on September 4, 2023.", date(2023, 9, 4)),
])
def test_time_resolves_against_publication(lang, text, expected):
    (expr,) = timex.find(text, lang)
    assert timex.resolve(expr, lang, PUB) == expected


@pytest.mark.parametrize("lang, text, fragment", [
    ("fr", "Il n'avait plus quitté le pays depuis la pandémie de Covid-19.", "depuis la pandémie"),
    ("en", "He had not left the country since the pandemic.", "since the pandemic"),
    ("fr", "Ils s'étaient vus en 2019.", "en 2019"),
    ("en", "They last met in 2019.", "in 2019"),
    ("en", "Talks were held last week.", "last week"),
])
def test_time_vague_kept_as_text(lang, text, fragment):
    (expr,) = timex.find(text, lang)
    assert fragment in expr.text and expr.kind == "vague"
    assert timex.resolve(expr, lang, PUB) is None


@pytest.mark.parametrize("lang, text", [("fr", "Ils se verront jeudi."), ("en", "They will meet on Thursday.")])
def test_time_weekday_of_a_planned_event_is_ahead(lang, text):
    (expr,) = timex.find(text, lang)
    assert timex.resolve(expr, lang, PUB, future=True) == date(2023, 9, 14)


def test_time_no_publication_date_gives_no_weekday_date():
    (expr,) = timex.find("Il est arrivé mardi.", "fr")
    assert timex.resolve(expr, "fr", None) is None
