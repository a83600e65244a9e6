"""The relation graph: actors as nodes, events as directed edges source → target.

`network()` projects the RDF graph to a networkx MultiDiGraph through the `network` query;
`write_html()` draws it as one self-contained page (inline SVG and script, no CDN, every text
escaped); `write_image()` draws it with matplotlib (PNG or SVG).
"""
from __future__ import annotations

import html
import json
import math
from pathlib import Path

import networkx as nx

from .atomic import atomic_write
from .query import Result

TYPE_COLOURS = {"Person": "#1f77b4", "Organization": "#2ca02c", "Country": "#d62728", "Place": "#9467bd"}
ROOT_COLOURS = {
    "01": "#7f7f7f", "02": "#17becf", "03": "#2ca02c", "04": "#1f77b4", "05": "#98df8a", "06": "#006400",
    "07": "#bcbd22", "08": "#aec7e8", "09": "#c5b0d5", "10": "#ff9896", "11": "#ff7f0e", "12": "#e377c2",
    "13": "#d62728", "14": "#8c564b", "15": "#9467bd", "16": "#8b0000", "17": "#a0522d", "18": "#000000",
    "19": "#4b0000", "20": "#000000",
}
ROOT_NAMES = {
    "01": "Make public statement", "02": "Appeal", "03": "Express intent to cooperate", "04": "Consult",
    "05": "Diplomatic cooperation", "06": "Material cooperation", "07": "Provide aid", "08": "Yield",
    "09": "Investigate", "10": "Demand", "11": "Disapprove", "12": "Reject", "13": "Threaten", "14": "Protest",
    "15": "Exhibit force posture", "16": "Reduce relations", "17": "Coerce", "18": "Assault", "19": "Fight",
    "20": "Unconventional mass violence",
}


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


def layout(g: nx.MultiDiGraph) -> dict[str, tuple[float, float]]:
    if not g:
        return {}
    simple = nx.Graph(g.to_undirected())
    return nx.spring_layout(simple, seed=7, k=1.6 / math.sqrt(max(len(simple), 1)))


def write_html(g: nx.MultiDiGraph, path: str | Path, title: str = "news-kg relation graph") -> None:
    pos = layout(g)
    W, H, M = 1000, 700, 70
    xs = [p[0] for p in pos.values()] or [0]
    ys = [p[1] for p in pos.values()] or [0]
    def sx(x): return M + (x - min(xs)) / ((max(xs) - min(xs)) or 1) * (W - 2 * M)
    def sy(y): return M + (y - min(ys)) / ((max(ys) - min(ys)) or 1) * (H - 2 * M)
    esc = html.escape
    parts = []
    pairs: dict[tuple[str, str], list[dict]] = {}
    for s, t, data in g.edges(data=True):
        pairs.setdefault((s, t), []).append(data)
    events_json = []
    for n, ((s, t), evs) in enumerate(sorted(pairs.items())):
        x1, y1, x2, y2 = sx(pos[s][0]), sy(pos[s][1]), sx(pos[t][0]), sy(pos[t][1])
        bend = 25 if (t, s) in pairs else 0
        mx, my = (x1 + x2) / 2 - bend * (y2 - y1) / (math.hypot(x2 - x1, y2 - y1) or 1), \
                 (y1 + y2) / 2 + bend * (x2 - x1) / (math.hypot(x2 - x1, y2 - y1) or 1)
        root = evs[0]["root"]
        tip = "\n".join(f"[{e['cameo']}] {g.nodes[s]['label']} → {g.nodes[t]['label']} ({e['factuality']}"
                        f"{', ' + e['date'] if e['date'] else ''}): {e['sentence']}" for e in evs)
        parts.append(
            f'<path class="edge" data-edge="{n}" d="M{x1:.1f},{y1:.1f} Q{mx:.1f},{my:.1f} {x2:.1f},{y2:.1f}" '
            f'stroke="{ROOT_COLOURS.get(root, "#999")}" stroke-width="{1.5 + math.log2(len(evs)) * 1.5:.1f}" '
            f'fill="none" marker-end="url(#arrow)"><title>{esc(tip)}</title></path>')
        events_json.append([{"cameo": e["cameo"], "source": g.nodes[s]["label"], "target": g.nodes[t]["label"],
                             "date": e["date"], "factuality": e["factuality"], "reporter": e["reporter"],
                             "sentence": e["sentence"], "title": e["title"]} for e in evs])
    for node, data in g.nodes(data=True):
        x, y = sx(pos[node][0]), sy(pos[node][1])
        r = 6 + 3 * math.sqrt(g.degree(node))
        colour = TYPE_COLOURS.get(data["type"], "#777")
        wd = f"\n{data['wikidata']}" if data["wikidata"] else ""
        parts.append(f'<g class="node"><circle cx="{x:.1f}" cy="{y:.1f}" r="{r:.1f}" fill="{colour}">'
                     f'<title>{esc(data["label"])} ({esc(data["type"])}){esc(wd)}</title></circle>'
                     f'<text x="{x:.1f}" y="{y - r - 4:.1f}" text-anchor="middle">{esc(data["label"])}</text></g>')
    roots = sorted({d["root"] for _, _, d in g.edges(data=True)})
    legend = "".join(f'<li><span style="background:{ROOT_COLOURS.get(r, "#999")}"></span>{esc(r)} '
                     f'{esc(ROOT_NAMES.get(r, ""))}</li>' for r in roots)
    legend += "".join(f'<li><span class="dot" style="background:{c}"></span>{esc(t)}</li>'
                      for t, c in TYPE_COLOURS.items())
    # JSON inside <script>: "<", ">" and "&" escaped so that no data can close the element
    data_js = json.dumps(events_json, ensure_ascii=False).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    page = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'">
<title>{esc(title)}</title>
<style>
body{{font:14px system-ui,sans-serif;margin:0;display:flex}} svg{{flex:0 0 {W}px;height:{H}px;background:#fafafa}}
.edge{{cursor:pointer;opacity:.8}} .edge:hover{{opacity:1}} text{{font-size:12px;pointer-events:none}}
aside{{padding:12px;max-width:420px;overflow:auto;height:{H - 24}px}} ul{{list-style:none;padding:0}}
li span{{display:inline-block;width:18px;height:4px;margin-right:6px;vertical-align:middle}}
li span.dot{{width:10px;height:10px;border-radius:5px}} #detail p{{border-left:3px solid #ccc;padding-left:8px}}
</style></head><body>
<svg viewBox="0 0 {W} {H}" role="img" aria-label="{esc(title)}">
<defs><marker id="arrow" viewBox="0 0 10 10" refX="18" refY="5" markerWidth="6" markerHeight="6" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="#555"/></marker></defs>
{''.join(parts)}
</svg>
<aside><h2>{esc(title)}</h2><p>{g.number_of_nodes()} actors, {g.number_of_edges()} events. Point at or click an arrow to read its events.</p>
<div id="detail"></div><h3>Legend</h3><ul>{legend}</ul></aside>
<script>
const EVENTS = {data_js};
document.querySelectorAll('.edge').forEach(el => el.addEventListener('click', () => {{
  const box = document.getElementById('detail'); box.replaceChildren();
  for (const e of EVENTS[+el.dataset.edge]) {{
    const p = document.createElement('p');
    p.textContent = `[${{e.cameo}}] ${{e.source}} → ${{e.target}} · ${{e.factuality}}` +
      (e.date ? ` · ${{e.date}}` : '') + (e.reporter ? ` · reported by ${{e.reporter}}` : '') +
      ` — “${{e.sentence}}” (${{e.title}})`;
    box.appendChild(p);
  }}
}}));
</script></body></html>
"""
    with atomic_write(path, "w", encoding="utf-8") as fh:
        fh.write(page)


def write_image(g: nx.MultiDiGraph, path: str | Path, title: str = "news-kg relation graph") -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    from matplotlib.lines import Line2D

    path = Path(path)
    fig, ax = plt.subplots(figsize=(12, 8), dpi=110)
    pos = layout(g)
    simple = nx.DiGraph()
    simple.add_nodes_from(g.nodes(data=True))
    for s, t, d in g.edges(data=True):
        if simple.has_edge(s, t):
            simple[s][t]["n"] += 1
        else:
            simple.add_edge(s, t, n=1, root=d["root"], cameo=d["cameo"])
    nx.draw_networkx_nodes(simple, pos, ax=ax, node_color=[TYPE_COLOURS.get(d["type"], "#777") for _, d in simple.nodes(data=True)],
                           node_size=[200 + 120 * g.degree(n) for n in simple.nodes])
    nx.draw_networkx_edges(simple, pos, ax=ax, edge_color=[ROOT_COLOURS.get(d["root"], "#999") for _, _, d in simple.edges(data=True)],
                           width=[1 + d["n"] for _, _, d in simple.edges(data=True)], arrows=True, arrowsize=14,
                           connectionstyle="arc3,rad=0.12", node_size=600)
    # "$" would start matplotlib mathtext: labels come from text and are drawn literally
    nx.draw_networkx_labels(simple, pos, ax=ax, labels={n: d["label"].replace("$", r"\$") for n, d in simple.nodes(data=True)},
                            font_size=9)
    nx.draw_networkx_edge_labels(simple, pos, ax=ax, edge_labels={(s, t): d["cameo"] for s, t, d in simple.edges(data=True)},
                                 font_size=7, connectionstyle="arc3,rad=0.12")
    roots = sorted({d["root"] for _, _, d in simple.edges(data=True)})
    handles = [Line2D([0], [0], color=ROOT_COLOURS.get(r, "#999"), lw=3, label=f"{r} {ROOT_NAMES.get(r, '')}") for r in roots]
    handles += [Line2D([0], [0], marker="o", color="w", markerfacecolor=c, markersize=10, label=t) for t, c in TYPE_COLOURS.items()]
    ax.legend(handles=handles, loc="lower left", fontsize=8, framealpha=0.9)
    ax.set_title(title.replace("$", r"\$"))
    ax.axis("off")
    fig.tight_layout()
    with atomic_write(path, "wb") as fh:
        fig.savefig(fh, format=path.suffix.lstrip(".").lower())
    plt.close(fig)
