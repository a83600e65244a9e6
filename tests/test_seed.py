"""End to end on the first real article (../shared/seeds): the facts a reader finds in it."""
from __future__ import annotations

import pytest

from kg.pipeline import BuildReport, build

NEWS_AGENCIES = {"Q130879", "Q40464", "Q40469", "Q815453"}


@pytest.fixture(scope="module")
def seed(shared_dir):
    seeds = sorted((shared_dir / "seeds").glob("*.txt"))
    if not seeds:
        pytest.skip(f"no seed article in {shared_dir / 'seeds'}")
    report = BuildReport()
    graphs = list(build([str(seeds[0])], report=report))
    assert report.failed == [] and len(graphs) == 1
    return graphs[0]


def sides(ag, key):
    """A person and the state they lead count as one side, as the annotators count them."""
    out = {key}
    for r in ag.relations:
        if r.subject == key and r.predicate == "leaderOf":
            out.add(r.object)
    ent = ag.entities.get(key)
    if ent is not None and ent.country:
        out.add(ent.country)
    return out


def events(ag, root, source=None, target=None):
    return [e for e in ag.events if e.root == root
            and (source is None or (e.source and source in sides(ag, e.source)))
            and (target is None or (e.target and target in sides(ag, e.target)))]


def test_seed_kim_visits_russia(seed):
    visits = [e for e in events(seed, "04", "Q423", "Q159") if e.cameo == "042"]
    assert visits, [(e.cameo, e.source, e.target) for e in seed.events]
    assert any(e.cameo == "043" and e.source == "Q159" and e.target == "Q56226" for e in seed.events)


def test_seed_planned_summit_kim_putin(seed):
    planned = [e for e in events(seed, "04", "Q56226", "Q7747") + events(seed, "03", "Q56226", "Q7747")
               if e.factuality == "future" or e.cameo == "036"]
    assert planned, [(e.cameo, e.source, e.target, e.factuality) for e in seed.events]


def test_seed_united_states_warns_and_criticises(seed):
    us = {"Q30", "Q789915"}  # the United States, its State Department
    warnings = [e for e in seed.events if e.source in us and (e.root == "13" or e.cameo == "110")]
    criticism = [e for e in seed.events if e.source in us and e.cameo == "111"]
    assert warnings and criticism, [(e.cameo, e.source, e.target) for e in seed.events]
    assert any(e.target in sides(seed, "Q7747") | {"Q7747"} for e in criticism)


def test_seed_russia_asks_north_korea_for_help_reported(seed):
    asks = [e for e in seed.events if e.root == "02" and e.source in {"Q7747", "Q159"}
            and e.target in {"Q56226", "Q423"}]
    assert asks and all(e.factuality == "reported" for e in asks), [(e.cameo, e.factuality) for e in asks]
    assert asks[0].reported_by == "Q789915"


def test_seed_north_korea_under_sanctions(seed):
    assert [e for e in seed.events if e.cameo == "163" and e.target == "Q423"]


def test_seed_relations(seed):
    rels = {(r.subject, r.predicate, r.object) for r in seed.relations}
    peskov = [r for r in seed.relations if r.predicate == "spokespersonOf" and r.object == "Q159"]
    assert peskov and "peskov" in peskov[0].subject.lower()
    assert ("Q10665", "parentOf", "Q56226") in rels
    assert ("Q56226", "leaderOf", "Q423") in rels


@pytest.mark.parametrize("qid", ["Q56226", "Q7747", "Q159", "Q423", "Q30", "Q212"])
def test_seed_wikidata_ids(seed, qid):
    assert qid in {e.qid for e in seed.entities.values()}


def test_seed_no_agency_date_or_disease_actor(seed):
    for e in seed.events:
        for key in (e.source, e.target):
            if key is None:
                continue
            ent = seed.entities[key]
            assert ent.type in ("Person", "Organization", "Country"), (ent, e)
            assert ent.qid not in NEWS_AGENCIES, e
            assert not any(w in ent.label.lower() for w in ("covid", "pandémie", "mardi", "lundi", "ria novosti"))
