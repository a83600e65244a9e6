"""Words inside a verb group — quotation marks ("a « fermement condamné » les frappes"), an adverbial
between auxiliary and participle ("avait par la suite réduit") — the sentence parsed again without them
(kg/insertions.py). Sentences written for this file, none from an annotated article."""
from __future__ import annotations

import pytest

from kg import insertions, nlp
from kg.errors import DataFileError
from test_triggers import assert_event, case  # (tests/ is on sys.path under pytest)

FR, RU, ML, IR, IL = "Q142", "Q159", "Q912", "Q794", "Q801"

CASES = [
    case("fr-11-a-guillemets-fermement-condamne", "fr",
         "La France a « fermement condamné » les frappes russes contre l'Ukraine.", "11", FR, RU),
    case("fr-11-a-guillemets-droits-fermement-condamne", "fr",
         'Paris a "fermement condamné" les frappes russes contre Odessa.', "11", FR, RU),
    case("fr-01-a-guillemets-rejete-categoriquement", "fr",
         "Le Mali a « rejeté catégoriquement » les accusations de la France.", "01", ML, FR),
    # an adverbial between the auxiliary and the participle
    case("fr-11-a-par-ailleurs-condamne", "fr", "La France a par ailleurs condamné l'attaque russe contre l'Ukraine.",
         "11", FR, RU),
    case("fr-11-a-lundi-soir-condamne", "fr", "L'Iran a lundi soir condamné les frappes israéliennes.", "11", IR, IL),
    case("fr-16-a-d-ores-et-deja-annonce", "fr", "Paris a d'ores et déjà annoncé des sanctions contre Moscou.", "16", FR, RU),
]


@pytest.mark.parametrize("lang, sentence, root, sources, targets", CASES)
def test_insertions_event(lang: str, sentence: str, root: str, sources: frozenset, targets: frozenset) -> None:
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
    "La Chine a des relations tendues avec l'Inde depuis 2020.",  # an object, no adverbial
    "Il a été président de la commission pendant dix ans.",
])
def test_insertions_leave_other_sentences_as_parsed(text: str) -> None:
    pipe = nlp.load("fr")
    with pipe.select_pipes(disable=[insertions.COMPONENT]):
        plain = _parse(pipe(text))
    assert _parse(pipe(text)) == plain


def test_the_quoted_verb_gets_its_object_and_the_other_verbs_keep_theirs() -> None:
    doc = nlp.load("fr")("Washington a sanctionné le 14 octobre les ministres turcs, Donald Trump ayant menacé de "
                         "« détruire complètement » l'économie turque si Ankara dépassait les bornes.")
    objects = {t.head.text: t.text for t in doc if t.dep_ == "obj"}
    assert objects.get("sanctionné") == "ministres" and objects.get("détruire") == "économie", objects


def test_adverbials_between_auxiliary_and_participle() -> None:
    pipe = nlp.load("fr")
    with pipe.select_pipes(disable=[insertions.COMPONENT]):
        doc = pipe("Le Koweït avait par la suite réduit ses liens avec l'Iran.")
    assert [([doc[i].text for i in words], doc[p].text) for words, p in insertions.adverbials(next(iter(doc.sents)), insertions.table("fr"))] \
        == [(["par", "la", "suite"], "réduit")]
    doc = pipe("L'Iran a lundi soir condamné les frappes.")  # the repaired parse: the adverbial hangs on the verb
    verb = next(t for t in doc if t.text == "condamné")
    assert verb.dep_ == "ROOT" and doc[2].head == verb and doc[3].head.text in ("lundi", "condamné")


def test_adverbials_come_from_the_languages_table(tmp_path) -> None:
    """The words are data (kg/data/lexicons/<lang>/insertions.tsv): a language without the file finds none, a
    row of an unknown kind is refused with its file and line."""
    pipe = nlp.load("fr")
    with pipe.select_pipes(disable=[insertions.COMPONENT]):
        sent = next(iter(pipe("Le Koweït avait par la suite réduit ses liens avec l'Iran.").sents))
    assert insertions.table("xx", tmp_path) == {} and insertions.adverbials(sent, {}) == []
    assert {"a", "avait"} <= insertions.table("fr")["auxiliary"]
    (tmp_path / insertions.FILE).write_text("word\tkind\navait\tauxilliary\n", encoding="utf-8")
    with pytest.raises(DataFileError, match="auxilliary"):
        insertions.table("xx", tmp_path)


def test_quoted_pairs_pair_in_order() -> None:
    doc = nlp.load("fr")('Il a « salué » puis "dénoncé" la décision.')
    sent = next(iter(doc.sents))
    assert [(doc[o].text, doc[c].text) for o, c in insertions.quoted_pairs(sent)] == [("«", "»"), ('"', '"')]


@pytest.mark.parametrize("lang, text", [
    ("fr", "BEYROUTH, Liban - Israël a frappé des positions du Hezbollah dans le sud du pays."),
    ("fr", "ANKARA, Turquie - La Turquie a convoqué l'ambassadeur de Suède."),
    ("en", "BEIRUT, Lebanon - Israel struck Hezbollah positions in southern Lebanon on Monday."),
    ("en", "KYIV, Ukraine - Russia launched a new wave of missiles at Ukraine overnight."),
    # a place in title case before a spaced dash and a capitalised word
    ("fr", "Caracas — Le Venezuela, secoué par une grave crise, a annoncé mercredi son retrait de l'OEA."),
    ("en", "Nairobi — Kenya, shaken by the crisis, recalled its ambassador from Kampala on Monday."),
])
def test_a_dateline_is_no_argument_of_the_sentence_it_opens(lang: str, text: str) -> None:
    """The place a wire story was filed from, read by the parser as a verb's subject, is taken out and the
    sentence parsed again: the verb gets its real subject and the dateline hangs on it as no argument."""
    doc = nlp.load(lang)(text)
    opening = insertions.dateline(next(doc.sents))
    assert opening and doc[opening[-1]].text in insertions.DASHES
    assert not [doc[i].text for i in opening if doc[i].dep_.split(":")[0] in insertions.ARGUMENTS], _parse(doc)
    root = next(doc.sents).root
    assert root.pos_ == "VERB" and any(c.dep_.startswith("nsubj") and c.i > opening[-1] for c in root.children), _parse(doc)


@pytest.mark.parametrize("lang, text", [
    ("en", "US - China talks resumed in Geneva."),  # no place of filing: the first word's dash is unspaced or no dateline
    ("fr", "Le Mali - pays enclavé - a rompu avec la France."),
    ("en", "NATO said - again - that it would not send troops."),
    ("en", "Syria — a country torn by war — has asked Russia for help."),  # no capital after the dash
])
def test_no_dateline_without_a_capitalised_place_and_a_dash(lang: str, text: str) -> None:
    doc = nlp.load(lang)(text)
    assert insertions.dateline(next(doc.sents)) == []


@pytest.mark.parametrize("lang, text, agency, subject", [
    ("fr", "La Havane, 3 avril, (RHC).- Le président du Chili s'est rendu ce dimanche en Argentine.", "RHC", "président"),
    ("en", "Baghdad, Jun 16 (IANS): The Iraqi Foreign Ministry on Tuesday summoned the Turkish ambassador.", "IANS", "Ministry"),
])
def test_a_dateline_closed_by_its_agency_and_a_glued_dash_or_a_colon(lang: str, text: str, agency: str, subject: str) -> None:
    """"(RHC).-", "(IANS):": the agency's bracket, the stop and the dash (or the colon) are tokens of their own (no
    sad face), and what they close is the dateline; the verb's subject is the one after it."""
    doc = nlp.load(lang)(text)
    opening = insertions.dateline(next(doc.sents))
    assert opening and agency in [doc[i].text for i in opening] and doc[opening[-1]].text in insertions.DASHES | {":"}, _parse(doc)
    root = next(doc.sents).root
    assert any(c.dep_.startswith("nsubj") and c.text == subject for c in root.children), _parse(doc)
