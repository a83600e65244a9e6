"""kg.stats and `kg stats`: counts, centrality, communities and pairs on graphs whose answer is known."""
from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from kg import stats
from kg.cli import main
from kg.explorer import data as d


def two_groups() -> d.EventData:
    """Two triangles (a1 a2 a3, b1 b2 b3) joined only through `bridge`; b1 is the target of many events."""
    names = ["a1", "a2", "a3", "bridge", "b1", "b2", "b3"]
    actors = {n: d.Actor(n, "Country" if n.startswith("b") and n != "bridge" else "Person", n.upper())
              for n in names}
    pairs = [("a1", "a2"), ("a2", "a3"), ("a3", "a1"), ("a1", "a2"),
             ("b2", "b1"), ("b3", "b1"), ("b2", "b1"), ("b3", "b1"), ("b2", "b3"), ("b2", "b1"),
             ("a1", "bridge"), ("bridge", "b1")]
    roots = ["04", "04", "11", "04", "13", "13", "13", "18", "04", "13", "03", "03"]
    events = [d.Event(f"e{i}", s, t, r + "0", r, "asserted" if i % 3 else "reported")
              for i, ((s, t), r) in enumerate(zip(pairs, roots))]
    return d.EventData(actors, events)


def test_stats_counts_centrality_communities_pairs() -> None:
    s = stats.compute(two_groups(), top=3)
    assert (s["actors"], s["events"], s["pairs"]) == (7, 12, 8)
    assert s["types"] == {"Person": 4, "Country": 3}
    assert {r["root"]: r["events"] for r in s["roots"]} == {"03": 2, "04": 4, "11": 1, "13": 4, "18": 1}
    assert s["factuality"] == {"asserted": 8, "reported": 4}
    central = s["central"]
    # B1 takes part in 6 events; PageRank favours the much-targeted B1; only the bridge joins the groups
    assert central["degree"][0] == {"actor": "B1", "iri": "b1", "type": "Country", "value": 6.0}
    assert central["pagerank"][0]["actor"] == "B1"
    assert central["betweenness"][0]["actor"] == "BRIDGE"
    assert [len(c) for c in central.values()] == [3, 3, 3]
    groups = [set(c["members"]) for c in s["communities"]]
    # each triangle is one community, the two are apart (the bridge may join either)
    (ga,) = [i for i, g in enumerate(groups) if {"A1", "A2", "A3"} <= g]
    (gb,) = [i for i, g in enumerate(groups) if {"B1", "B2", "B3"} <= g]
    assert ga != gb and sum(len(g) for g in groups) == 7
    assert s["modularity"] > 0.2
    top = s["strongest_pairs"][0]
    assert ({top["a"], top["b"]}, top["events"], top["roots"]) == ({"B1", "B2"}, 3, {"13": 3})
    assert top["a_to_b"] + top["b_to_a"] == 3


def test_stats_is_deterministic_and_tabulates() -> None:
    a, b = stats.compute(two_groups()), stats.compute(two_groups())
    assert a == b
    table = stats.to_table(a)
    for heading in ("## events by CAMEO root", "## most central actors", "## communities (Louvain",
                    "## strongest pairs"):
        assert heading in table
    assert "7 actors, 12 events, 8 pairs of actors" in table
    assert json.loads(stats.to_json(a)) == a


def test_stats_empty_graph() -> None:
    s = stats.compute(d.EventData({}, []))
    assert (s["actors"], s["events"], s["communities"], s["strongest_pairs"]) == (0, 0, [], [])
    assert "0 actors, 0 events" in stats.to_table(s)


def test_cli_stats_on_the_samples(sample_ttl: Path, sample_graph) -> None:
    runner = CliRunner()
    result = runner.invoke(main, ["stats", str(sample_ttl), "--format", "json", "--top", "5"])
    assert result.exit_code == 0, result.output
    s = json.loads(result.stdout)
    data = d.collect(sample_graph)
    assert (s["actors"], s["events"]) == (len(data.actors), len(data.events))
    assert sum(s["types"].values()) == s["actors"]
    assert sum(r["events"] for r in s["roots"]) == s["events"]
    assert len(s["central"]["degree"]) == 5
    counts = data.event_counts()
    assert s["central"]["degree"][0]["value"] == max(counts.values())
    result = runner.invoke(main, ["stats", str(sample_ttl)])
    assert result.exit_code == 0 and "## most central actors" in result.stdout
    result = runner.invoke(main, ["stats", "no-such-graph.ttl"])
    assert result.exit_code == 1 and "no-such-graph.ttl" in result.stderr


def test_stats_big_graph_estimates_betweenness_the_same_way_each_time() -> None:
    # a ring of 400 actors with one chord: beyond the exact limit, betweenness is sampled (seeded)
    n = 400
    actors = {f"a{i}": d.Actor(f"a{i}", "Person", f"A{i:03d}") for i in range(n)}
    events = [d.Event(f"e{i}", f"a{i}", f"a{(i + 1) % n}", "040", "04", "asserted") for i in range(n)]
    events.append(d.Event("chord", "a0", "a200", "040", "04", "asserted"))
    data = d.EventData(actors, events)
    a, b = stats.compute(data, top=3), stats.compute(data, top=3)
    assert a["betweenness_sampled"] and a == b
    assert "by betweenness (estimated)" in stats.to_table(a)
    # the chord's ends carry the most shortest paths
    assert {x["actor"] for x in a["central"]["betweenness"][:2]} == {"A000", "A200"}
