"""A French and an English article on the same event give the same CAMEO codes, so one question
answers both."""
from __future__ import annotations

import pytest

from kg import query

FR = "https://w3id.org/news-kg/id/article/fr-kim-poutine-vostotchny"
EN = "https://w3id.org/news-kg/id/article/en-kim-putin-vostochny"


@pytest.mark.parametrize("name", ["visits", "warnings"])
def test_crosslingual_one_question_answers_both(sample_graph, name):
    res = query.run_local(sample_graph, query.resolve(name))
    articles = {str(r["article"]) for r in res.rows}
    assert {FR, EN} <= articles, articles


def test_crosslingual_same_codes_for_kim_putin(sample_graph):
    q = query.parse_header("codes", """
        PREFIX kg: <https://w3id.org/news-kg/ontology#>
        SELECT ?article ?cameo WHERE { ?e kg:cameoCode ?cameo ; kg:evidence/kg:article ?article }""")
    res = query.run_local(sample_graph, q)
    codes = {a: {str(r["cameo"]) for r in res.rows if str(r["article"]) == a} for a in (FR, EN)}
    shared = codes[FR] & codes[EN]
    assert {"042", "043", "130"} <= shared, codes
