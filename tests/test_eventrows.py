"""kg.eventrows: the event rows kept beside each article graph give the lean queries' rows exactly (so
events, network and viz_events answer as from the triples), follow every write to the store (add,
rebuild, remove, bulk load, merged-event rewrite), stay out of what the store shows as its data, and a
store without them (built before) is answered from the triples."""
from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
from rdflib import RDF, Literal

from kg import eventrows, rdf, sparqltsv, storejoin
from kg import query as q
from kg.namespaces import KG
from kg.store import OxigraphStore, file_quads
from test_storejoin import dataset, rows_of

ROWS_PLANS = [n for n, p in storejoin.PLANS.items() if p.event_rows]


def as_terms(res: q.Result) -> Counter:
    """Rows of cells as rows of terms (a cell may escape a control character or not: the same term)."""
    terms = sparqltsv.Terms()
    return Counter(tuple(terms(c).n3() if c else None for c in row) for row in res.rows)


def from_rows(st: OxigraphStore, name: str) -> Counter | None:
    subjects = eventrows.read(st._store)
    if subjects is None:
        return None
    res = eventrows.lean(subjects, storejoin.PLANS[name].lean_vars)
    return None if res is None else as_terms(res)


def from_triples(st: OxigraphStore, name: str) -> Counter:
    plan = storejoin.PLANS[name]
    res = q.Result(*sparqltsv.read_cells(st._tsv_here(plan.main, name, False)))
    assert res.vars == plan.lean_vars
    return as_terms(res)


def assert_rows_match(st: OxigraphStore) -> None:
    for name in ROWS_PLANS:
        expected = from_triples(st, name)
        assert expected, name
        assert from_rows(st, name) == expected, name


def rows_graphs(st: OxigraphStore) -> set[str]:
    return {g.value for g in st._store.named_graphs() if eventrows.is_rows_graph(g.value)}


def test_event_rows_cover_the_three_questions_only() -> None:
    assert sorted(ROWS_PLANS) == ["events", "network", "viz_events"]


@pytest.mark.parametrize("kind", ["plain", "labels", "awkward"])
def test_event_rows_give_the_lean_rows(tmp_path: Path, kind: str) -> None:
    ds = dataset(kind)
    if kind == "awkward":
        g0, g2, g3 = (ds.graph(rdf.article_iri(f"t-{i}")) for i in (0, 2, 3))
        ev = next(g0.objects(sorted(g0.subjects(RDF.type, KG.Event))[2], KG.evidence))
        g2.add((ev, KG.article, rdf.article_iri("t-2")))  # only an article here: a mention's fields
        event = sorted(g3.subjects(RDF.type, KG.Event))[0]
        ev3 = next(g3.objects(event, KG.evidence))
        g3.set((ev3, KG.sentence, Literal('tab\tnewline\n US\x1f quote " back\\slash é')))
        g3.add((event, KG.factuality, KG.reported))  # two factualities, two rows
    st = OxigraphStore(tmp_path / "st")
    st.add_dataset(ds)
    assert rows_graphs(st) == {eventrows.graph_of(a) for a in st.articles()}
    assert_rows_match(st)
    for name in ROWS_PLANS:
        if kind == "awkward" and name != "network":
            continue  # values the engines order differently: the store runs the full query (test_storejoin)
        nq = q.named_queries()[name]
        assert Counter(rows_of(q.run_local(st, nq))) == Counter(rows_of(q.run_local(ds, nq)))
    st.close()


def test_event_rows_follow_rebuild_and_remove(tmp_path: Path) -> None:
    ds = dataset("awkward")
    st = OxigraphStore(tmp_path / "st")
    st.add_dataset(ds)
    g1 = ds.graph(rdf.article_iri("t-1"))
    event = sorted(g1.subjects(RDF.type, KG.Event))[1]
    g1.set((event, KG.cameoCode, Literal("999")))
    g1.remove((event, KG.date, None))
    st.add_article(g1)  # rebuilt
    assert_rows_match(st)
    assert any('"999"' in row for row in from_rows(st, "network"))  # the new code, not the old one
    assert st.remove("t-0")
    assert eventrows.graph_of(str(rdf.article_iri("t-0"))) not in rows_graphs(st)
    assert_rows_match(st)
    st.close()


def test_event_rows_follow_a_merged_event_rewrite(tmp_path: Path) -> None:
    st = OxigraphStore(tmp_path / "st")
    st.add_dataset(dataset("plain"))
    name = str(rdf.article_iri("t-2"))
    event = next(q for q in st.article_quads(name) if q.predicate.value == str(RDF.type)
                 and q.object.value == str(KG.Event)).subject
    added = f'{event} <{KG.source}> <{rdf.entity_iri("Q999")}> .'
    st.update_article(name, f"INSERT DATA {{ GRAPH <{name}> {{ {added} }} {added} }}")
    assert_rows_match(st)
    assert any(f"<{rdf.entity_iri('Q999')}>" in row for row in from_rows(st, "events"))
    st.close()


def test_event_rows_written_by_the_bulk_loader(tmp_path: Path) -> None:
    ds = dataset("labels")
    path = tmp_path / "in.nq"
    ds.serialize(path, format="nquads")
    st = OxigraphStore(tmp_path / "st")
    st.load_quads(lambda: file_quads(path))
    assert rows_graphs(st) == {eventrows.graph_of(a) for a in st.articles()}
    assert_rows_match(st)
    st.close()


def test_event_rows_hidden_from_the_store_data(tmp_path: Path) -> None:
    ds = dataset("plain")
    st = OxigraphStore(tmp_path / "st")
    st.add_dataset(ds)
    assert st.articles() == sorted(str(g.identifier) for g in ds.graphs() if len(g))
    assert not any(eventrows.is_rows_graph(quad.graph_name.value) for quad in st.quads())
    assert not any(quad.predicate.value in eventrows.PREDICATES for quad in st.quads())
    named = sum(1 for _ in st.quads())
    assert len(st) == named + len(st.union_graph())
    st.close()


def test_store_without_event_rows_answers_from_the_triples(tmp_path: Path, monkeypatch) -> None:
    """A store built before the event rows (or by a writer that does not know them): some article has
    none, so the questions read the triples; the answers are the same."""
    ds = dataset("plain")
    st = OxigraphStore(tmp_path / "st")
    st.add_dataset(ds)
    st.update(f"DROP GRAPH <{eventrows.graph_of(str(rdf.article_iri('t-1')))}>")
    assert eventrows.read(st._store) is None
    lean_calls = []
    monkeypatch.setattr(eventrows, "lean", lambda *a: lean_calls.append(a))
    for name in ROWS_PLANS:
        nq = q.named_queries()[name]
        assert rows_of(q.run_local(st, nq)) == rows_of(q.run_local(ds, nq))
    assert lean_calls == []
    st.update(f"INSERT DATA {{ GRAPH <{eventrows.PREFIX}urn:x:gone> {{ <urn:x:a> <urn:x:b> 1 }} }}")
    st.write_event_rows(st.articles())  # rows again for every article, but one for an article not there
    assert eventrows.read(st._store) is None
    st.close()


def test_event_rows_used_when_present(tmp_path: Path, monkeypatch) -> None:
    ds = dataset("plain")
    st = OxigraphStore(tmp_path / "st")
    st.add_dataset(ds)
    texts = []
    real = OxigraphStore._tsv_here
    monkeypatch.setattr(OxigraphStore, "_tsv_here", lambda self, t, *a: texts.append(t) or real(self, t, *a))
    for name in ROWS_PLANS:
        nq = q.named_queries()[name]
        assert rows_of(q.run_local(st, nq)) == rows_of(q.run_local(ds, nq))
    assert texts and not any(storejoin.PLANS[n].main in texts for n in ROWS_PLANS)  # lookups only
    st.close()


def test_cells_are_the_tsv_cells() -> None:
    import pyoxigraph as ox

    for t in [ox.NamedNode("https://w3id.org/news-kg/id/é"), ox.Literal("x"), ox.Literal("é", language="fr"),
              ox.Literal("2024-01-02", datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#date"))]:
        st = ox.Store()
        st.add(ox.Quad(ox.NamedNode("urn:s"), ox.NamedNode("urn:p"), t, ox.DefaultGraph()))
        tsv = st.query("SELECT ?o WHERE { ?s ?p ?o }").serialize(format=ox.QueryResultsFormat.TSV)
        assert tsv.decode().split("\n")[1] == eventrows.cell(t)
    assert "\t" not in eventrows.cell(ox.Literal("a\tb\x1fc")) and "\x1f" not in eventrows.cell(ox.Literal("\x1f"))
    assert sparqltsv.term(eventrows.cell(ox.Literal("a\tb\x1fc\nd"))) == Literal("a\tb\x1fc\nd")


def test_blank_nodes_leave_the_rows_unused(tmp_path: Path) -> None:
    """The store gives blank nodes labels of its own, which rows written beside it cannot know."""
    from rdflib import BNode

    ds = dataset("plain")
    g = ds.graph(rdf.article_iri("t-1"))
    event = sorted(g.subjects(RDF.type, KG.Event))[0]
    g.add((event, KG.place, BNode()))
    st = OxigraphStore(tmp_path / "st")
    st.add_dataset(ds)
    assert eventrows.read(st._store) is None
    nq = q.named_queries()["network"]
    assert rows_of(q.run_local(st, nq)) == rows_of(q.run_local(ds, nq))
    st.close()
