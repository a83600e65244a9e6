"""Append the future and conditional (third person) of every French -er trigger verb of verb-forms.tsv to
that table, each with the imperfect its present forms are parsed through (kg/verbforms.py).

    .venv/bin/python tools/make_future_forms.py        # rewrites kg/data/lexicons/fr/verb-forms.tsv

Probed in "La Russie {form} l'Ukraine mardi." and "Moscou {form} Kiev dans les prochains jours.": the
French model lost 54 of 616 such future and conditional verbs. Verbs in -yer (whose future writes
-ie-) are left out; -eler/-eter verbs double their consonant, other verbs in e + one consonant + er take è, those in é
+ one consonant + er are written both ways ("libérera", "libèrera").
"""
from __future__ import annotations

import re
from pathlib import Path

PATH = Path(__file__).resolve().parent.parent / "kg" / "data" / "lexicons" / "fr" / "verb-forms.tsv"
DOUBLING = {"appeler", "rappeler", "jeter", "rejeter", "interpeller"}


def stems(inf: str) -> list[str]:
    """The future stems of a first-group verb ("rencontrer" → "rencontrer", "mener" → "mèner", "libérer" →
    "libérer" and "libèrer": the press writes both)."""
    if inf.endswith("yer"):
        return []
    if inf in DOUBLING:
        return [inf[:-2] + inf[-3] + "er" if not inf.endswith("ller") else inf]
    m = re.search(r"[eé]([^aeiouyéèêx])er$", inf)
    if m and inf not in ("créer",):
        grave = inf[:m.start()] + "è" + m.group(1) + "er"
        return [inf, grave] if inf[m.start()] == "é" else [grave]
    return [inf]


def main() -> None:
    lines = PATH.read_text(encoding="utf-8").splitlines()
    rows = [ln.split("\t") for ln in lines if ln and not ln.startswith("#")]
    header, body = rows[0], rows[1:]
    if header[:3] != ["form", "substitute", "lemma"]:
        raise SystemExit(f"{PATH}: unexpected header {header}")
    present = [r for r in body if len(r) < 4 or r[3] in ("", "Pres")]
    forms = {r[0] for r in body}
    imperfect: dict[str, dict[str, str]] = {}
    for r in present:
        number = "Plur" if r[1].endswith("ent") else "Sing"
        imperfect.setdefault(r[2], {})[number] = r[1]
    new = []
    for lemma, subs in sorted(imperfect.items()):
        inf = lemma.split()[-1]
        if not inf.endswith("er") or "Sing" not in subs or "Plur" not in subs:
            continue
        for st in stems(inf):
            for ending, number, tense in (("a", "Sing", "Fut"), ("ont", "Plur", "Fut"),
                                          ("ait", "Sing", "Cnd"), ("aient", "Plur", "Cnd")):
                form = st + ending
                if form not in forms:
                    forms.add(form)
                    new.append([form, subs[number], lemma, tense])
    comments = [ln for ln in lines if ln.startswith("#")]
    out = comments + ["\t".join(["form", "substitute", "lemma", "tense"])]
    out += ["\t".join(r[:3] + [r[3] if len(r) > 3 else ""]).rstrip("\t") for r in body] + ["\t".join(r) for r in new]
    PATH.write_text("\n".join(out) + "\n", encoding="utf-8")
    print(f"{len(new)} future and conditional forms added to {PATH}")


if __name__ == "__main__":
    main()
