"""The relation graph: actors as nodes, events as directed edges source → target.

`network()` projects the RDF graph to a networkx MultiDiGraph through the `network` query (for
GraphML export); `write_picture()` draws the actors and events of `kg.explorer.data` with matplotlib
(PNG or SVG). The interactive page is `kg.explorer`.
"""
from __future__ import annotations

import math
from pathlib import Path

import networkx as nx

from .atomic import atomic_write
from .explorer import data as d
from .explorer.layout import force_layout
from .explorer.style import FACTUALITY_NAMES, ROOT_COLOURS, TYPE_COLOURS, TYPE_NAMES, root_colour, type_colour
from .query import Result

__all__ = ["network", "write_picture", "plain", "ROOT_COLOURS", "TYPE_COLOURS", "FACTUALITY_NAMES"]


def network(result: Result) -> nx.MultiDiGraph:
    g = nx.MultiDiGraph()
    for row in result.rows:
        s, t = str(row["source"]), str(row["target"])
        for node, kind in ((s, "source"), (t, "target")):
            if node not in g:
                g.add_node(node, label=str(row.get(f"{kind}Label", node.rsplit("/", 1)[-1])),
                           type=str(row.get(f"{kind}Type", "")), wikidata=str(row.get(f"{kind}Wikidata", "")))
        g.add_edge(s, t, key=str(row["event"]), cameo=str(row["cameo"]), root=str(row["root"]),
                   date=str(row.get("date", "")), factuality=str(row.get("factuality", "")),
                   reporter=str(row.get("reporterLabel", "")), sentence=str(row.get("sentence", "")),
                   title=str(row.get("title", "")), url=str(row.get("url", "")))
    return g


def plain(text: str) -> str:
    """Text matplotlib draws as it is: "$" would start mathtext."""
    return text.replace("$", r"\$")


def write_picture(data: d.EventData, path: str | Path, title: str = "news-kg relation graph", *,
                  lang: str = "en", cut: d.Cut | None = None) -> None:
    """The relation graph as a PNG or SVG: one arrow per pair of actors, as wide as it has events and
    coloured by their commonest CAMEO root; actors sized by their events; a legend."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    from matplotlib.lines import Line2D

    path = Path(path)
    counts = data.event_counts()
    pairs: dict[tuple[str, str], dict[str, int]] = {}
    for e in data.events:
        by_root = pairs.setdefault((e.source, e.target), {})
        by_root[e.root] = by_root.get(e.root, 0) + 1
    g = nx.DiGraph()
    g.add_nodes_from(data.actors)
    for (s, t), by_root in pairs.items():
        g.add_edge(s, t, n=sum(by_root.values()), root=min(by_root, key=lambda r: (-by_root[r], r)))
    undirected: dict[tuple[str, str], float] = {}
    for s, t, a in g.edges(data=True):
        key = (s, t) if s <= t else (t, s)
        undirected[key] = undirected.get(key, 0.0) + a["n"]
    pos = force_layout(list(data.actors), {p: 1.0 + 0.5 * (w - 1) ** 0.5 for p, w in undirected.items()})
    pos = {k: (x, 1.0 - y) for k, (x, y) in pos.items()}  # screen y grows downwards, matplotlib's up

    n = len(data.actors)
    side = min(16.0, 9.0 + n / 12)
    fig, ax = plt.subplots(figsize=(side + 4, side * 0.75), dpi=110)
    busiest = max(counts.values(), default=1) or 1
    sizes = {a: 150 + 1100 * (counts[a] / busiest) ** 0.5 for a in data.actors}  # area grows with events
    nodes = list(g.nodes)
    nx.draw_networkx_nodes(g, pos, ax=ax, nodelist=nodes, node_color=[type_colour(data.actors[a].type) for a in nodes],
                           node_size=[sizes[a] for a in nodes], edgecolors="white", linewidths=1.2)
    for s, t, a in g.edges(data=True):
        if s == t:
            continue
        rad = 0.15 if g.has_edge(t, s) else 0.0
        nx.draw_networkx_edges(g, pos, ax=ax, edgelist=[(s, t)], edge_color=root_colour(a["root"]),
                               width=1.0 + 1.6 * math.log2(a["n"]) if a["n"] > 1 else 1.0, arrows=True,
                               arrowsize=12, alpha=0.85, connectionstyle=f"arc3,rad={rad}",
                               node_size=[sizes[s], sizes[t]], nodelist=[s, t])
    # names of the busiest actors (all of them in a small graph), above their dot on a white box
    named = sorted(data.actors, key=lambda a: (-counts[a], data.actors[a].label))[:40]
    for a in named:
        x, y = pos[a]
        ax.annotate(plain(data.actors[a].name(lang)), (x, y), xytext=(0, 7 + sizes[a] ** 0.5 / 2),
                    textcoords="offset points", ha="center", va="bottom", fontsize=9,
                    bbox={"boxstyle": "round,pad=0.15", "fc": "white", "ec": "none", "alpha": 0.75})
    roots = sorted({a["root"] for _, _, a in g.edges(data=True)})
    handles = [Line2D([0], [0], color=root_colour(r), lw=3, label=f"{r} {d.cameo_label(r, lang)}") for r in roots]
    types = [t for t in d.TYPES if any(a.type == t for a in data.actors.values())]
    handles += [Line2D([0], [0], marker="o", color="w", markerfacecolor=type_colour(t), markersize=10,
                       label=TYPE_NAMES[lang].get(t, t)) for t in types]
    if handles:
        ax.legend(handles=handles, loc="upper left", bbox_to_anchor=(1.0, 1.0), fontsize=9, frameon=False)
    subtitle = (f"{len(data.actors)} actors, {len(data.events)} events; arrows source → target, wider with more "
                "events" if lang == "en" else
                f"{len(data.actors)} acteurs, {len(data.events)} événements ; flèches source → cible, plus larges "
                "avec plus d'événements")
    if cut is not None:
        subtitle += "\n" + cut.message()
    ax.set_title(plain(title), fontsize=13, pad=8 + 13 * (subtitle.count("\n") + 1))
    ax.text(0.5, 1.0, plain(subtitle), transform=ax.transAxes, ha="center", va="bottom", fontsize=9, color="#555")
    ax.margins(0.08)
    ax.axis("off")
    fig.tight_layout()
    fmt = path.suffix.lstrip(".").lower()
    # SVG text stays text (searchable, selectable, small) rather than outlines
    with plt.rc_context({"svg.fonttype": "none"}), atomic_write(path, "wb") as fh:
        fig.savefig(fh, format=fmt, bbox_inches="tight")
    plt.close(fig)
