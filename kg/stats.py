"""Analytics of the actor graph (`kg stats`): counts, the most central actors, communities, the
strongest pairs. networkx over the actors and events of `kg.explorer.data`.

Degree is the number of events an actor takes part in; PageRank runs on the directed graph weighted
by events (an actor many act upon ranks high); betweenness on the undirected graph of who dealt with
whom (exact up to 300 actors, estimated from 200 seeded samples above: exact takes minutes on
thousands); communities are Louvain's (seeded), on that graph weighted by events. Seeds make every
run give the same answer.
"""
from __future__ import annotations

import json
from collections import Counter

import networkx as nx

from .explorer import data as d

EXACT_BETWEENNESS = 300
BETWEENNESS_SAMPLES = 200


def actor_graphs(data: d.EventData) -> tuple[nx.DiGraph, nx.Graph]:
    """(directed, undirected) simple graphs of actors, weighted by their events; no self-loops."""
    directed, undirected = nx.DiGraph(), nx.Graph()
    directed.add_nodes_from(data.actors)
    undirected.add_nodes_from(data.actors)
    for e in data.events:
        if e.source == e.target:
            continue
        for g, (s, t) in ((directed, (e.source, e.target)), (undirected, (e.source, e.target))):
            if g.has_edge(s, t):
                g[s][t]["weight"] += 1
            else:
                g.add_edge(s, t, weight=1)
    return directed, undirected


def compute(data: d.EventData, top: int = 10, lang: str = "en", seed: int = 7) -> dict:
    actors = data.actors
    name = {a: actors[a].name(lang) for a in actors}
    directed, undirected = actor_graphs(data)
    events_of = data.event_counts()

    def ranked(values: dict[str, float], digits: int | None = None) -> list[dict]:
        order = sorted(values, key=lambda a: (-values[a], name[a], a))[:top]
        return [{"actor": name[a], "iri": a, "type": actors[a].type,
                 "value": round(values[a], digits) if digits is not None else values[a]} for a in order]

    pagerank = nx.pagerank(directed, weight="weight") if directed.number_of_edges() else dict.fromkeys(actors, 0.0)
    n = undirected.number_of_nodes()
    sampled = n > EXACT_BETWEENNESS
    between = nx.betweenness_centrality(undirected, k=BETWEENNESS_SAMPLES if sampled else None, seed=seed) if n else {}
    communities = (nx.community.louvain_communities(undirected, weight="weight", seed=seed)
                   if undirected.number_of_edges() else [])
    communities = [c for c in communities if len(c) > 1]
    communities.sort(key=lambda c: (-len(c), min(name[a] for a in c)))
    modularity = (nx.community.modularity(undirected, communities + [{a} for a in undirected
                                                                      if not any(a in c for c in communities)],
                                          weight="weight") if communities else 0.0)
    inside: list[int] = []
    member_of = {a: i for i, c in enumerate(communities) for a in c}
    inside = [0] * len(communities)
    for e in data.events:
        i = member_of.get(e.source)
        if i is not None and member_of.get(e.target) == i:
            inside[i] += 1

    pairs: dict[tuple[str, str], dict] = {}
    for e in data.events:
        a, b = sorted((e.source, e.target))
        p = pairs.setdefault((a, b), {"events": 0, "forward": 0, "backward": 0, "roots": Counter()})
        p["events"] += 1
        p["forward" if (e.source, e.target) == (a, b) else "backward"] += 1
        p["roots"][e.root] += 1
    strongest = sorted(pairs.items(), key=lambda kv: (-kv[1]["events"], name[kv[0][0]], name[kv[0][1]]))[:top]

    return {
        "actors": len(actors),
        "events": len(data.events),
        "pairs": len(pairs),
        "types": {t: c for t, c in sorted(Counter(a.type for a in actors.values()).items(),
                                          key=lambda kv: (d.TYPES.index(kv[0]) if kv[0] in d.TYPES else 99, kv[0]))},
        "roots": [{"root": r, "label": d.cameo_label(r, lang), "events": c}
                  for r, c in sorted(Counter(e.root for e in data.events).items())],
        "factuality": dict(sorted(Counter(e.factuality for e in data.events).items(),
                                  key=lambda kv: (d.FACTUALITIES.index(kv[0]) if kv[0] in d.FACTUALITIES else 99))),
        "central": {
            "degree": ranked({a: float(events_of[a]) for a in actors}, 0),
            "pagerank": ranked(pagerank, 4),
            "betweenness": ranked(between, 4),
        },
        "betweenness_sampled": sampled,
        "communities": [{"size": len(c), "events_inside": inside[i],
                         "members": [name[a] for a in sorted(c, key=lambda a: (-events_of[a], name[a], a))]}
                        for i, c in enumerate(communities)],
        "modularity": round(modularity, 4),
        "strongest_pairs": [{"a": name[a], "b": name[b], "events": p["events"], "a_to_b": p["forward"],
                             "b_to_a": p["backward"],
                             "roots": {r: c for r, c in sorted(p["roots"].items(), key=lambda kv: (-kv[1], kv[0]))}}
                            for (a, b), p in strongest],
    }


def to_json(stats: dict) -> str:
    return json.dumps(stats, ensure_ascii=False, indent=1)


def _table(header: list[str], rows: list[list[str]], right: set[int] = frozenset()) -> list[str]:
    widths = [max(len(str(x)) for x in col) for col in zip(header, *rows)] if rows else [len(h) for h in header]
    fmt = lambda r: "  ".join(str(x).rjust(w) if i in right else str(x).ljust(w)  # noqa: E731
                              for i, (x, w) in enumerate(zip(r, widths))).rstrip()
    return [fmt(header), fmt(["-" * w for w in widths])] + [fmt(r) for r in rows]


def to_table(stats: dict, members: int = 6) -> str:
    out = [f"{stats['actors']} actors, {stats['events']} events, {stats['pairs']} pairs of actors",
           "actors by type: " + ", ".join(f"{t} {n}" for t, n in stats["types"].items()),
           "events by factuality: " + ", ".join(f"{f} {n}" for f, n in stats["factuality"].items()), ""]
    out += ["## events by CAMEO root"]
    out += _table(["root", "event type", "events"], [[r["root"], r["label"], r["events"]] for r in stats["roots"]], {2})
    c = stats["central"]
    out += ["", "## most central actors"]
    rows = []
    for i in range(max(len(c["degree"]), len(c["pagerank"]), len(c["betweenness"]))):
        row = [str(i + 1)]
        for key, fmt in (("degree", "{:.0f}"), ("pagerank", "{:.3f}"), ("betweenness", "{:.3f}")):
            x = c[key][i] if i < len(c[key]) else None
            row += [x["actor"], fmt.format(x["value"])] if x else ["", ""]
        rows.append(row)
    bw = "by betweenness" + (" (estimated)" if stats["betweenness_sampled"] else "")
    out += _table(["#", "by events (degree)", "n", "by PageRank", "score", bw, "score"], rows, {0, 2, 4, 6})
    out += ["", f"## communities (Louvain, modularity {stats['modularity']:.3f})"]
    out += _table(["#", "actors", "events inside", "members (most active first)"],
                  [[str(i + 1), str(x["size"]), str(x["events_inside"]),
                    ", ".join(x["members"][:members]) + (f", … (+{x['size'] - members})" if x["size"] > members else "")]
                   for i, x in enumerate(stats["communities"])], {0, 1, 2})
    out += ["", "## strongest pairs"]
    out += _table(["actor A", "actor B", "events", "A→B", "B→A", "CAMEO roots"],
                  [[p["a"], p["b"], str(p["events"]), str(p["a_to_b"]), str(p["b_to_a"]),
                    " ".join(f"{r}×{n}" for r, n in p["roots"].items())] for p in stats["strongest_pairs"]],
                  {2, 3, 4})
    return "\n".join(out)
