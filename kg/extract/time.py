"""Dates of events: expressions found by per-language patterns, normalised against the article's
publication date (weekdays, "hier", "yesterday") with dateparser; vague ones are kept as text."""
from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import lru_cache

from .. import resources
from ..errors import DataFileError

WEEKDAYS = {
    "lundi": 0, "mardi": 1, "mercredi": 2, "jeudi": 3, "vendredi": 4, "samedi": 5, "dimanche": 6,
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6,
}
KINDS = {"absolute", "weekday", "relative", "vague"}


@dataclass(frozen=True)
class DateExpr:
    start: int  # character offsets in the text searched
    end: int
    text: str
    kind: str


@lru_cache(maxsize=None)
def patterns(lang: str) -> list[tuple[re.Pattern, str]]:
    path = resources.lexicon(lang, "dates.tsv")
    out = []
    with path.open(encoding="utf-8") as fh:
        rows = csv.reader((ln for ln in fh if not ln.startswith("#")), delimiter="\t", quoting=csv.QUOTE_NONE)
        next(rows, None)
        for n, row in enumerate(rows, 2):
            if len(row) != 2 or row[1] not in KINDS:
                raise DataFileError(str(path), n, f"expected 'pattern<TAB>kind' with kind in {sorted(KINDS)}")
            try:
                out.append((re.compile(row[0], re.IGNORECASE), row[1]))
            except re.error as e:
                raise DataFileError(str(path), n, f"bad regular expression: {e}") from None
    return out


def find(text: str, lang: str) -> list[DateExpr]:
    found: list[DateExpr] = []
    for rx, kind in patterns(lang):
        for m in rx.finditer(text):
            if any(f.start < m.end() and m.start() < f.end for f in found):
                continue
            found.append(DateExpr(m.start(), m.end(), m.group(0), kind))
    return sorted(found, key=lambda d: d.start)


def resolve(expr: DateExpr, lang: str, published: date | None, future: bool = False) -> date | None:
    """The calendar date an expression names, or None when it is vague or cannot be fixed."""
    if expr.kind == "vague":
        return None
    if expr.kind == "weekday":
        if published is None:
            return None
        wd = WEEKDAYS[expr.text.lower()]
        # news reports the past: the latest such day on or before publication, unless planned
        delta = (published.weekday() - wd) % 7
        return published + timedelta(days=(7 - delta) % 7) if future else published - timedelta(days=delta)
    import dateparser

    settings = {"PREFER_DATES_FROM": "future" if future else "past", "RETURN_AS_TIMEZONE_AWARE": False}
    if published is not None:
        settings["RELATIVE_BASE"] = datetime(published.year, published.month, published.day)
    elif expr.kind == "relative":
        return None
    parsed = dateparser.parse(expr.text, languages=[lang], settings=settings)
    if parsed is None:
        return None
    if expr.kind == "absolute" and not re.search(r"\d{4}", expr.text) and published is None:
        return None  # a day and month with no year to anchor them
    return parsed.date()
