"""The extractor's speed caches must never answer for another document or another lexicon: each test
here fails if one of them leaks (kept across documents, left on a document, shared by two lexicons)."""
from __future__ import annotations

from dataclasses import replace

import pytest

from kg import gazetteer as gazetteer_mod
from kg import lexicon as lexicon_mod
from kg import nlp as nlp_mod
from kg.extract import syntax
from kg.extract.events import EventExtractor


@pytest.fixture(scope="module")
def nlp():
    return nlp_mod.load("en")


def test_reading_answers_as_spacy_and_leaves_nothing_behind(nlp):
    doc = nlp("Russia criticised Ukraine on Monday. Kyiv rejected the claims and accused Moscow of lying.")
    plain_sents = [tok.sent for tok in doc]
    plain_objects = [syntax.objects(tok) for tok in doc]
    with syntax.reading(doc):
        assert [tok.sent for tok in doc] == plain_sents
        assert [syntax.objects(tok) for tok in doc] == plain_objects
        syntax.objects(doc[1]).append(doc[0])  # a caller changing its list changes no later answer
        assert syntax.objects(doc[1]) == plain_objects[1]
    assert "sent" not in doc.user_token_hooks
    assert not any(str(k).startswith("kg_memo") for k in doc.user_data)
    with doc.retokenize() as retok:  # a document changed afterwards answers from its new parse
        retok.merge(doc[0:2])
    assert [tok.sent.start for tok in doc][:3] == [0, 0, 0]
    assert len(doc[0].sent) == len(plain_sents[0]) - 1


def test_per_token_answers_are_the_documents_own(nlp):
    first = nlp("Russia criticised Ukraine.")
    second = nlp("Iran warned Israel.")
    with syntax.reading(first):
        assert [t.text for t in syntax.objects(first[1])] == ["Ukraine"]
    with syntax.reading(second):
        assert [t.text for t in syntax.objects(second[1])] == ["Israel"]
        assert [t.text for t in syntax.subjects(second[1])] == ["Iran"]


def test_phrase_words_of_a_reused_extractor_are_the_current_documents(nlp):
    ex = EventExtractor(lexicon_mod.default("en"), gazetteer_mod.default())
    first = nlp("Russia sent weapons to Ukraine.")
    second = nlp("Japan sent aid to Ukraine.")
    assert "weapons" in ex._phrase_words(first[1])
    words = ex._phrase_words(second[1])  # the same token index in another document
    assert "weapons" not in words and "aid" in words
    assert words == EventExtractor(ex.lex, ex.gz)._phrase_words(second[1])


def test_values_derived_from_a_lexicon_belong_to_that_lexicon(nlp):
    lex = lexicon_mod.default("en")
    gz = gazetteer_mod.default()
    assert EventExtractor(lex, gz)._blame_trigger is not None
    other = replace(lex, triggers={})  # another lexicon object: its own derived values, not lex's
    assert EventExtractor(other, gz)._blame_trigger is None
    assert EventExtractor(lex, gz)._blame_trigger is not None
    tok = nlp("The zorglub spoke.")[1]
    assert not lex.is_head(tok, "state")
    assert replace(lex, heads={"zorglub": {"state"}}).is_head(tok, "state")
    assert not lex.is_head(tok, "state")
    assert lex.token_cue(tok) is None
    assert replace(lex, cues={"zorglub": "report"}).token_cue(tok) == "report"
    assert lex.token_cue(tok) is None


def test_a_parse_repaired_while_reading_is_read_anew():
    doc = nlp_mod.load("fr")("Washington a sanctionné l'Iran, qu'il accuse de fournir des drones à la Russie.")
    accuse = next(t for t in doc if t.text == "accuse")
    que = next(t for t in doc if t.text == "qu'")
    with syntax.reading(doc):
        before = [t.i for t in syntax.objects(accuse)]  # remembered before the repair
        syntax.repair_object_relatives(doc)  # (tells reading() through parse_changed)
        during = [t.i for t in syntax.objects(accuse)]
    assert during == [t.i for t in syntax.objects(accuse)] != before  # the repaired parse's own answer
    with syntax.reading(doc):
        syntax.objects(accuse)
        que.dep_ = "nsubj"
        syntax.parse_changed(doc)
        after = [t.i for t in syntax.objects(accuse)]
    assert after == [t.i for t in syntax.objects(accuse)] != during
