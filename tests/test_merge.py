"""The same event in several articles (same code and actors, dates a day apart at most) is one event."""
from __future__ import annotations

from datetime import date

import pytest
from rdflib import Dataset

from kg import query, rdf
from kg.merge import merge
from kg.model import Article, ArticleGraph, Entity, Event, Sentence

PUTIN = Entity("Q7747", "Person", "Vladimir Putin", "Q7747", labels=(("en", "Vladimir Putin"),))
KIM = Entity("Q56226", "Person", "Kim Jong Un", "Q56226", labels=(("en", "Kim Jong Un"),))


def article(aid: str, lang: str, day: date | None, factuality: str = "asserted", confidence: float = 0.8):
    text = f"Putin met Kim ({aid})."
    s = Sentence(0, len(text), text)
    ev = Event("043", s, "met", 6, 9, source="Q7747", target="Q56226", date=day, factuality=factuality,
               confidence=confidence)
    return ArticleGraph(Article(aid, text, lang=lang), [s], {"Q7747": PUTIN, "Q56226": KIM}, [], [ev], [])


@pytest.mark.parametrize("second_day, merged", [(date(2023, 9, 13), True), (date(2023, 9, 14), True),
                                                (date(2023, 9, 16), False), (None, False)])
def test_merge_same_event_within_a_day(second_day, merged):
    graphs = [article("fr-a", "fr", date(2023, 9, 13)), article("en-b", "en", second_day, "reported", 0.5)]
    result = merge(graphs)
    assert (("fr-a", 0) in result and ("en-b", 0) in result) is merged
    if merged:
        one = result[("fr-a", 0)]
        assert one is result[("en-b", 0)] and one.reports == 2
        assert one.event.factuality == "asserted"  # the more certain report wins
        assert one.event.confidence == 0.9  # 1 - (1 - 0.8)(1 - 0.5)


def test_merge_graph_has_one_event_with_both_articles_as_evidence():
    graphs = [article("fr-a", "fr", date(2023, 9, 13)), article("en-b", "en", date(2023, 9, 14))]
    ds: Dataset = rdf.new_dataset()
    merged = merge(graphs)
    for ag in graphs:
        rdf.add_article(ds, ag, merged)
    res = query.run_local(ds, query.resolve("events"))
    assert len(res.rows) == 1
    q = query.parse_header("ev", """PREFIX kg: <https://w3id.org/news-kg/ontology#>
        SELECT ?article WHERE { ?e a kg:Event ; kg:evidence/kg:article ?article }""")
    arts = {str(r["article"]).rsplit("/", 1)[-1] for r in query.run_local(ds, q).rows}
    assert arts == {"fr-a", "en-b"}
    from kg.validate import validate
    assert validate(ds).conforms


@pytest.mark.parametrize("second_day", [date(2023, 9, 14), None])  # merged with the first, or not
def test_merge_streamed_nquads_are_what_oxigraph_writes(tmp_path, second_day):
    """A streaming build's .nq output is its temporary lines copied (the merged nodes swapped in),
    not parsed and written again: the same quads as the .trig written through Oxigraph, in
    Oxigraph's own N-Quads text."""
    import io

    import pyoxigraph as ox

    from kg import sinks
    from kg.parallel import to_result
    from kg.pipeline import Outcome

    graphs = [article("fr-a", "fr", date(2023, 9, 13)), article("en-b", "en", second_day, "reported", 0.5)]
    for suffix in (".nq", ".trig"):
        sink = sinks.FileSink(tmp_path / f"g{suffix}")
        for g in graphs:
            sink.write(to_result(Outcome(g.article.id, graph=g)))
        sink.finish()
    nq = (tmp_path / "g.nq").read_bytes()
    again = io.BytesIO()
    ox.serialize(ox.parse(nq, ox.RdfFormat.N_QUADS), again, ox.RdfFormat.N_QUADS)
    assert again.getvalue() == nq
    quads = set(ox.parse((tmp_path / "g.trig").read_bytes(), ox.RdfFormat.TRIG))
    assert set(ox.parse(nq, ox.RdfFormat.N_QUADS)) == quads
    merged = {q.subject.value for q in quads if q.subject.value.startswith(sinks.EVENT_PREFIX)}
    assert len(merged) == (1 if second_day else 0)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["g.nq", "g.trig"]  # no temporary file left
