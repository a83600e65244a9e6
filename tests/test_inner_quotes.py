"""Quotation marks inside a verb group ("a « fermement condamné » les frappes"): the sentence parsed again
without them (kg/quotes.py). Sentences written for this file, none from an annotated article."""
from __future__ import annotations

import pytest

from kg import nlp, quotes
from test_triggers import assert_event, case  # (tests/ is on sys.path under pytest)

FR, RU, ML = "Q142", "Q159", "Q912"

CASES = [
    case("fr-11-a-guillemets-fermement-condamne", "fr",
         "La France a « fermement condamné » les frappes russes contre l'Ukraine.", "11", FR, RU),
    case("fr-11-a-guillemets-droits-fermement-condamne", "fr",
         'Paris a "fermement condamné" les frappes russes contre Odessa.', "11", FR, RU),
    case("fr-01-a-guillemets-rejete-categoriquement", "fr",
         "Le Mali a « rejeté catégoriquement » les accusations de la France.", "01", ML, FR),
]


@pytest.mark.parametrize("lang, sentence, root, sources, targets", CASES)
def test_inner_quotes_event(lang: str, sentence: str, root: str, sources: frozenset, targets: frozenset) -> None:
    assert_event(lang, sentence, root, sources, targets)


def _parse(doc) -> list[tuple]:
    return [(t.pos_, t.lemma_, t.dep_, t.head.i) for t in doc]


def test_the_quoted_verb_gets_its_clause_and_the_marks_hang_on_it() -> None:
    text = 'Paris a "fermement condamné" les frappes russes.'
    doc = nlp.load("fr")(text)
    assert doc.text == text  # the text and the tokens are the article's
    verb = next(t for t in doc if t.text == "condamné")
    assert {c.dep_.split(":")[0] for c in verb.children} >= {"nsubj", "obj", "aux"}, _parse(doc)
    assert [(t.dep_, t.head.text) for t in doc if t.text == '"'] == [("punct", "condamné")] * 2


@pytest.mark.parametrize("text", [
    "La Chine a dénoncé une « provocation » des Philippines.",  # a quoted noun: no verb group
    "« Nous condamnons cette attaque », a déclaré le ministre.",  # a quoted sentence, at the start
    "Le ministre a évoqué l'opération « Bouclier du désert » lancée en 1991.",
])
def test_inner_quotes_leave_other_sentences_as_parsed(text: str) -> None:
    pipe = nlp.load("fr")
    with pipe.select_pipes(disable=[quotes.COMPONENT]):
        plain = _parse(pipe(text))
    assert _parse(pipe(text)) == plain


def test_the_quoted_verb_gets_its_object_and_the_other_verbs_keep_theirs() -> None:
    doc = nlp.load("fr")("Washington a sanctionné le 14 octobre les ministres turcs, Donald Trump ayant menacé de "
                         "« détruire complètement » l'économie turque si Ankara dépassait les bornes.")
    objects = {t.head.text: t.text for t in doc if t.dep_ == "obj"}
    assert objects.get("sanctionné") == "ministres" and objects.get("détruire") == "économie", objects


def test_quoted_pairs_pair_in_order() -> None:
    doc = nlp.load("fr")('Il a « salué » puis "dénoncé" la décision.')
    sent = next(iter(doc.sents))
    assert [(doc[o].text, doc[c].text) for o, c in quotes.quoted_pairs(sent)] == [("«", "»"), ('"', '"')]
