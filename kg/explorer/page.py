"""The explorer page: one self-contained HTML file (script, style and data inside it, no network).

The data travels as JSON in a `<script type="application/json">` element with `<`, `>`, `&` and
U+2028/U+2029 escaped, so no text from an article can close the element or start markup; the script
writes every text with `textContent` and sets links only to http(s) URLs. The Content-Security-Policy
allows only this page's own script and style (by hash): an injected inline handler would be refused
even if some day a text reached the DOM as markup.
"""
from __future__ import annotations

import base64
import hashlib
import html
import json
import re
from importlib import resources as importlib_resources
from pathlib import Path

from ..atomic import atomic_write
from . import data as d
from . import style
from .layout import force_layout


def _asset(name: str) -> str:
    return importlib_resources.files("kg.explorer").joinpath("assets", name).read_text(encoding="utf-8")


def payload(data: d.EventData, *, title: str, lang: str = "en", cut: d.Cut | None = None) -> dict:
    """The page's data: actors with their positions, events, sentences, articles, labels in `lang`."""
    if lang not in d.LANGS:
        raise ValueError(f"unknown language {lang!r}; expected one of {', '.join(d.LANGS)}")
    actor_ids = list(data.actors)
    index = {a: i for i, a in enumerate(actor_ids)}
    counts = data.event_counts()
    weights: dict[tuple[str, str], float] = {}
    for e in data.events:
        pair = (e.source, e.target) if e.source <= e.target else (e.target, e.source)
        weights[pair] = weights.get(pair, 0.0) + 1.0
    # repeated events pull harder, but not linearly: one busy pair should not crush the picture
    pos = force_layout(actor_ids, {p: 1.0 + 0.5 * (w - 1) ** 0.5 for p, w in weights.items()})
    articles: dict[str, int] = {}
    article_rows: list[dict] = []
    sentences: dict[tuple[str, str], int] = {}
    sentence_rows: list[dict] = []
    events = []
    for e in data.events:
        refs = []
        for ev in e.evidence:
            if ev.article not in articles:
                articles[ev.article] = len(article_rows)
                article_rows.append({"title": ev.title, "url": ev.url, "iri": ev.article})
            key = (ev.sentence, ev.article)
            if key not in sentences:
                sentences[key] = len(sentence_rows)
                sentence_rows.append({"text": ev.sentence, "article": articles[ev.article]})
            refs.append(sentences[key])
        events.append({
            "source": index[e.source], "target": index[e.target], "cameo": e.cameo, "root": e.root,
            "date": e.date, "published": e.published, "factuality": e.factuality,
            "reporter": data.name(e.reporter, lang) if e.reporter else "", "sentences": refs,
        })
    roots = sorted({e.root for e in data.events})
    codes = sorted({e.cameo for e in data.events})
    facts = sorted({e.factuality for e in data.events},
                   key=lambda f: (d.FACTUALITIES.index(f) if f in d.FACTUALITIES else 99, f))
    types = sorted({a.type for a in data.actors.values()},
                   key=lambda t: (d.TYPES.index(t) if t in d.TYPES else 99, t))
    return {
        "title": title,
        "lang": lang,
        "cut": None if cut is None else {
            "actorsTotal": cut.actors_total, "eventsTotal": cut.events_total, "actorsKept": cut.actors_kept,
            "eventsKept": cut.events_kept, "top": cut.top, "minEvents": cut.min_events},
        "types": [{"id": t, "label": style.TYPE_NAMES[lang].get(t, t), "colour": style.type_colour(t)}
                  for t in types],
        "roots": [{"code": r, "label": d.cameo_label(r, lang), "colour": style.root_colour(r)} for r in roots],
        "codes": {c: d.cameo_label(c, lang) for c in codes},
        "factualities": [{"id": f, "label": style.FACTUALITY_NAMES[lang].get(f, f)} for f in facts],
        "actors": [{"label": a.name(lang), "type": a.type, "wikidata": a.wikidata, "iri": a.iri,
                    "x": pos[a.iri][0], "y": pos[a.iri][1], "events": counts[a.iri]}
                   for a in data.actors.values()],
        "articles": article_rows,
        "sentences": sentence_rows,
        "events": events,
    }


def script_json(obj) -> str:
    """JSON safe inside a <script> element: nothing in it can close the element or open a comment."""
    text = json.dumps(obj, ensure_ascii=False, separators=(",", ":"))
    return (text.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e")
            .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))


def _sha256(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii") + "'"


def render(pay: dict) -> str:
    script, css = _asset("explorer.js"), _asset("explorer.css")
    csp = (f"default-src 'none'; script-src {_sha256(script)}; style-src {_sha256(css)}; "
           "img-src 'none'; base-uri 'none'; form-action 'none'")
    fields = {"title": html.escape(pay["title"]), "lang": html.escape(pay["lang"]), "csp": html.escape(csp),
              "style": css, "script": script, "data": script_json(pay)}
    # one pass: a value is never searched for placeholders again
    return re.sub(r"\{\{(\w+)\}\}", lambda m: fields[m.group(1)], _asset("page.html"))


def write_explorer(data: d.EventData, path: str | Path, *, title: str, lang: str = "en",
                   cut: d.Cut | None = None) -> dict:
    """Write the page; returns its payload (what the page holds)."""
    pay = payload(data, title=title, lang=lang, cut=cut)
    page = render(pay)
    with atomic_write(path, "w", encoding="utf-8") as fh:
        fh.write(page)
    return pay
