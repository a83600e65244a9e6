"""Pictures for reports (`kg plot`): events per day by CAMEO root, the most active actors, and the
actor-to-actor event matrix; PNG or SVG, drawn with matplotlib from `kg.explorer.data`.
"""
from __future__ import annotations

import datetime as dt
from collections import Counter
from pathlib import Path

from .atomic import atomic_write
from .errors import KgError
from .explorer import data as d
from .explorer.style import TYPE_NAMES, root_colour, type_colour
from .viz import plain

KINDS = ("timeline", "actors", "matrix")
WORDS = {
    "en": {"events": "events", "day": "day", "week": "week of", "month": "month", "undated": "undated events not shown",
           "source": "as source", "target": "as target", "from": "source (rows)", "to": "target (columns)",
           "timeline": "Events per {unit} by type", "actors": "The {n} most active actors",
           "matrix": "Events between the {n} most active actors", "none": "no dated event"},
    "fr": {"events": "événements", "day": "jour", "week": "semaine du", "month": "mois",
           "undated": "événements sans date non montrés", "source": "comme source", "target": "comme cible",
           "from": "source (lignes)", "to": "cible (colonnes)", "timeline": "Événements par {unit} et par type",
           "actors": "Les {n} acteurs les plus actifs", "matrix": "Événements entre les {n} acteurs les plus actifs",
           "none": "aucun événement daté"},
}


def _figure(path: Path, fig) -> None:
    import matplotlib.pyplot as plt

    fmt = path.suffix.lstrip(".").lower()
    # SVG text stays text (searchable, selectable, small) rather than outlines
    with plt.rc_context({"svg.fonttype": "none"}), atomic_write(path, "wb") as fh:
        fig.savefig(fh, format=fmt, bbox_inches="tight")
    plt.close(fig)


def _pyplot():
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    return plt


def day_bins(days: list[dt.date]) -> tuple[str, callable]:
    """The unit a timeline counts in: days up to four months, weeks up to two years, then months."""
    span = (max(days) - min(days)).days if days else 0
    if span <= 120:
        return "day", lambda x: x
    if span <= 730:
        return "week", lambda x: x - dt.timedelta(days=x.weekday())
    return "month", lambda x: x.replace(day=1)


def timeline_counts(data: d.EventData) -> tuple[str, dict[dt.date, Counter], int]:
    """(unit, {bin start: Counter(root → events)}, undated events)."""
    dated, undated = [], 0
    for e in data.events:
        try:
            dated.append((dt.date.fromisoformat(e.day[:10]), e.root))
        except ValueError:  # no date, or not a calendar date
            undated += 1
    unit, bin_of = day_bins([x for x, _ in dated])
    bins: dict[dt.date, Counter] = {}
    for day, root in dated:
        bins.setdefault(bin_of(day), Counter())[root] += 1
    return unit, dict(sorted(bins.items())), undated


def plot_timeline(data: d.EventData, path: Path, title: str | None, lang: str) -> None:
    plt = _pyplot()
    w = WORDS[lang]
    unit, bins, undated = timeline_counts(data)
    fig, ax = plt.subplots(figsize=(11, 4.5), dpi=110)
    roots = sorted({r for c in bins.values() for r in c})
    xs = list(bins)
    width = {"day": 0.8, "week": 5.6, "month": 24}[unit]
    bottom = [0] * len(xs)
    for r in roots:
        ys = [bins[x].get(r, 0) for x in xs]
        ax.bar(xs, ys, width=width, bottom=bottom, color=root_colour(r), label=plain(f"{r} {d.cameo_label(r, lang)}"))
        bottom = [b + y for b, y in zip(bottom, ys)]
    if not xs:
        ax.text(0.5, 0.5, w["none"], transform=ax.transAxes, ha="center", va="center", color="#777")
    elif len(xs) < 7:  # a few bars: some days around them, so a bar looks like a day
        lo, hi = min(xs), max(xs)
        pad = dt.timedelta(days=max(3, (7 - (hi - lo).days) // 2))
        ax.set_xlim(lo - pad, hi + pad)
    ax.set_ylabel(w["events"])
    ax.yaxis.get_major_locator().set_params(integer=True)
    unit_word = {"day": w["day"], "week": w["week"].split()[0], "month": w["month"]}[unit]
    ax.set_title(plain(title or w["timeline"].format(unit=unit_word)))
    if undated:
        ax.text(1.02, 0.0, f"+ {undated} {w['undated']}", transform=ax.transAxes, ha="left", va="bottom",
                fontsize=8, color="#555")
    if roots:
        ax.legend(loc="upper left", bbox_to_anchor=(1.0, 1.0), fontsize=8, frameon=False)
    fig.autofmt_xdate()
    ax.spines[["top", "right"]].set_visible(False)
    _figure(path, fig)


def plot_actors(data: d.EventData, path: Path, title: str | None, lang: str, top: int) -> None:
    plt = _pyplot()
    w = WORDS[lang]
    as_source, as_target = Counter(), Counter()
    for e in data.events:
        as_source[e.source] += 1
        if e.target != e.source:
            as_target[e.target] += 1
    total = {a: as_source[a] + as_target[a] for a in data.actors}
    order = sorted(total, key=lambda a: (-total[a], data.actors[a].name(lang), a))[:top][::-1]
    fig, ax = plt.subplots(figsize=(9, 1.2 + 0.32 * max(len(order), 1)), dpi=110)
    names = [plain(data.actors[a].name(lang)) for a in order]
    src = [as_source[a] for a in order]
    ax.barh(names, src, color="#4d4d4d", label=w["source"])
    ax.barh(names, [as_target[a] for a in order], left=src, color="#bdbdbd", label=w["target"])
    for tick, a in zip(ax.get_yticklabels(), order):  # the actor's kind in the colour of its dot
        tick.set_color(type_colour(data.actors[a].type))
    from matplotlib.lines import Line2D

    types = [t for t in d.TYPES if any(data.actors[a].type == t for a in order)]
    handles = ax.get_legend_handles_labels()[0] + [
        Line2D([0], [0], marker="o", color="w", markerfacecolor=type_colour(t), markersize=9,
               label=TYPE_NAMES[lang].get(t, t)) for t in types]
    ax.set_xlabel(w["events"])
    ax.xaxis.get_major_locator().set_params(integer=True)
    ax.set_title(plain(title or w["actors"].format(n=len(order))))
    ax.legend(handles=handles, loc="lower right", frameon=False)
    ax.spines[["top", "right"]].set_visible(False)
    _figure(path, fig)


def plot_matrix(data: d.EventData, path: Path, title: str | None, lang: str, top: int) -> None:
    plt = _pyplot()
    w = WORDS[lang]
    counts = data.event_counts()
    order = sorted(counts, key=lambda a: (-counts[a], data.actors[a].name(lang), a))[:top]
    index = {a: i for i, a in enumerate(order)}
    m = [[0] * len(order) for _ in order]
    for e in data.events:
        if e.source in index and e.target in index:
            m[index[e.source]][index[e.target]] += 1
    size = 2.5 + 0.42 * max(len(order), 1)
    fig, ax = plt.subplots(figsize=(size + 1.5, size), dpi=110)
    im = ax.imshow(m, cmap="Blues", vmin=0)
    names = [plain(data.actors[a].name(lang)) for a in order]
    ax.set_xticks(range(len(order)), names, rotation=60, ha="right", fontsize=8)
    ax.set_yticks(range(len(order)), names, fontsize=8)
    high = max((v for row in m for v in row), default=0)
    for i, row in enumerate(m):
        for j, v in enumerate(row):
            if v:
                ax.text(j, i, str(v), ha="center", va="center", fontsize=7,
                        color="white" if v > high * 0.6 else "#222")
    ax.set_xlabel(w["to"])
    ax.set_ylabel(w["from"])
    ax.set_title(plain(title or w["matrix"].format(n=len(order))))
    fig.colorbar(im, ax=ax, shrink=0.7, label=w["events"])
    _figure(path, fig)


def plot(data: d.EventData, kind: str, path: str | Path, *, title: str | None = None, lang: str = "en",
         top: int = 20) -> None:
    path = Path(path)
    if kind not in KINDS:
        raise KgError(f"unknown plot kind {kind!r}; expected one of {', '.join(KINDS)}")
    if path.suffix.lower() not in (".png", ".svg"):
        raise KgError(f"{path}: unknown picture format '{path.suffix}'; expected .png or .svg")
    if lang not in WORDS:
        raise KgError(f"unknown language {lang!r}; expected one of {', '.join(WORDS)}")
    if kind == "timeline":
        plot_timeline(data, path, title, lang)
    elif kind == "actors":
        plot_actors(data, path, title, lang, top)
    else:
        plot_matrix(data, path, title, lang, top)
