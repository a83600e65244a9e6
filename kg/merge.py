"""One event across articles: the same CAMEO code between the same source and target, on dates at
most a day apart, is one event whose evidence is every sentence, in every article, that reports it.

The merged event's description (date, factuality, confidence, trigger) is computed over all its
reports and written identically into each article's named graph, so the union of the graphs holds
one event with one value per property and one kg:evidence per report.
"""
from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import timedelta

from .model import ArticleGraph, Event

# the more certain statement wins when articles disagree on factuality
CERTAINTY = ["asserted", "reported", "future", "hypothetical", "negated"]


@dataclass(frozen=True)
class Merged:
    iri_key: str  # stable identity: code and hash of (code, source, target, first date)
    event: Event  # the merged description (first report's trigger and sentence)
    reports: int


def merge(graphs: list[ArticleGraph]) -> dict[tuple[str, int], Merged]:
    """(article id, event index) → its merged event, for every dated event with both actors that
    has at least two reports (in one article or several)."""
    return merge_reports((ag.article.id, n, e) for ag in graphs for n, e in enumerate(ag.events))


def mergeable(e: Event) -> bool:
    return bool(e.source and e.target and e.date)


def merge_reports(reports: Iterable[tuple[str, int, Event]]) -> dict[tuple[str, int], Merged]:
    """The same over (article id, event index, event) reports: a streaming build keeps only these
    (with the sentence text left out), not the articles."""
    groups: dict[tuple[str, str, str], list[tuple[str, int, Event]]] = {}
    for aid, n, e in reports:
        if mergeable(e):
            groups.setdefault((e.cameo, e.source, e.target), []).append((aid, n, e))
    out: dict[tuple[str, int], Merged] = {}
    for (code, src, tgt), members in groups.items():
        members.sort(key=lambda m: (m[2].date, m[0], m[1]))
        cluster: list[tuple[str, int, Event]] = []
        for m in members + [None]:
            if m is not None and cluster and m[2].date - cluster[0][2].date <= timedelta(days=1):
                cluster.append(m)
                continue
            if len(cluster) > 1:
                merged = _describe(code, src, tgt, cluster)
                for aid, n, _ in cluster:
                    out[(aid, n)] = merged
            cluster = [m] if m is not None else []
    return out


def _describe(code: str, src: str, tgt: str, cluster) -> Merged:
    events = [e for _, _, e in cluster]
    first = events[0]
    digest = hashlib.sha1(f"{code}|{src}|{tgt}|{first.date.isoformat()}".encode()).hexdigest()[:16]
    miss = 1.0
    for e in events:
        miss *= 1.0 - e.confidence
    factuality = min((e.factuality for e in events), key=CERTAINTY.index)
    place = next((e.place for e in events if e.place), None)
    reporter = next((e.reported_by for e in events if e.reported_by), None)
    description = replace(first, confidence=round(min(0.99, 1.0 - miss), 2), factuality=factuality,
                          place=place, reported_by=reporter)
    return Merged(f"{code}-{digest}", description, len(events))
