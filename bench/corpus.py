"""A synthetic news corpus for the throughput and memory benchmarks: N articles in French and English
written from sentence templates and the names of kg/data/gazetteers (heads of state and government,
ministers, countries, capitals, cities), so the extractor does the work it does on real news:
visits, meetings, talks, aid, sanctions, attacks, condemnations, reported speech, dates.

    .venv/bin/python bench/corpus.py 1000 -o /tmp/corpus-1k.jsonl            # JSON Lines
    .venv/bin/python bench/corpus.py 1000 -o /tmp/corpus-1k --folder          # one .txt per article

Deterministic for a given --seed. Half the articles are French, half English (--fr-share).
"""
from __future__ import annotations

import argparse
import csv
import json
import random
import sys
from datetime import date, timedelta
from pathlib import Path

GAZ = Path(__file__).resolve().parents[1] / "kg" / "data" / "gazetteers"

EN_TITLES = ["{a} visits {city} for talks with {b}", "{a} and {b} agree to deepen cooperation",
             "{state} condemns {state2} over border incident", "{a} pledges aid to {state2}",
             "{state} imposes new sanctions on {state2}"]
FR_TITLES = ["{a} en visite à {city} pour rencontrer {b}", "{a} et {b} veulent renforcer leur coopération",
             "{state} condamne {state2} après un incident à la frontière", "{a} promet une aide à {state2}",
             "{state} impose de nouvelles sanctions à {state2}"]

EN = [
    "{a} arrived in {city} on {day} for a two-day visit and met {b} at the presidential palace.",
    "{a} and {b} discussed trade, energy and security during talks that lasted more than three hours.",
    "{state} will provide {n} million dollars in humanitarian aid to {state2}, {a} announced on {day}.",
    "The foreign minister of {state} condemned the attack, calling it a violation of international law.",
    "{a} said that {state} was ready to negotiate with {state2} but would not accept new conditions.",
    "{state} imposed sanctions on {n} officials of {state2} accused of supporting the armed groups.",
    "Troops of {state2} shelled villages near {city2} overnight, killing {n} civilians, officials said.",
    "{b} thanked {a} for the support and invited him to visit {state2} later this year.",
    "According to the agency, {a} will travel to {city2} next month to meet {c}.",
    "Speaking to reporters in {city}, {c} accused {state} of threatening its neighbours.",
    "The two leaders signed an agreement on the supply of grain and fertiliser on {day}.",
    "{state} recalled its ambassador from {state2} in protest against the decision.",
    "{a} called on {state2} to release the detained journalists without delay.",
    "Negotiators from {state} and {state2} will meet again in {city2} on {day}, a spokesman said.",
]
FR = [
    "{a} est arrivé à {city} {day} pour une visite de deux jours et a rencontré {b} au palais présidentiel.",
    "{a} et {b} ont discuté de commerce, d'énergie et de sécurité lors d'entretiens de plus de trois heures.",
    "{state} versera {n} millions d'euros d'aide humanitaire à {state2}, a annoncé {a} {day}.",
    "Le ministre des affaires étrangères de {state} a condamné l'attaque, une violation du droit international.",
    "{a} a déclaré que {state} était prêt à négocier avec {state2} mais n'accepterait pas de conditions.",
    "{state} a imposé des sanctions à {n} responsables de {state2} accusés de soutenir les groupes armés.",
    "Les troupes de {state2} ont bombardé des villages près de {city2} dans la nuit, tuant {n} civils.",
    "{b} a remercié {a} pour son soutien et l'a invité à se rendre en {state2} plus tard cette année.",
    "Selon l'agence, {a} se rendra à {city2} le mois prochain pour rencontrer {c}.",
    "Devant la presse à {city}, {c} a accusé {state} de menacer ses voisins.",
    "Les deux dirigeants ont signé {day} un accord sur la livraison de céréales et d'engrais.",
    "{state} a rappelé son ambassadeur en {state2} pour protester contre cette décision.",
    "{a} a appelé {state2} à libérer sans délai les journalistes détenus.",
    "Les négociateurs de {state} et de {state2} se retrouveront à {city2} {day}, a indiqué un porte-parole.",
]
EN_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
FR_DAYS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]


def _rows(name: str) -> list[dict]:
    with (GAZ / name).open(encoding="utf-8") as fh:
        return list(csv.DictReader((ln for ln in fh if not ln.startswith("#")), delimiter="\t"))


def gazetteer() -> dict:
    """Leaders by country (name_en, name_fr), countries with their capitals, cities by country."""
    countries = {r["iso2"]: r for r in _rows("countries.tsv") if r.get("iso2")}
    leaders: dict[str, list[tuple[str, str]]] = {}
    for r in _rows("actors.tsv"):
        if r["type"] == "Person" and r["country"] in countries and r["name_en"] and not r["end"]:
            leaders.setdefault(r["country"], []).append((r["name_en"], r["name_fr"] or r["name_en"]))
    cities: dict[str, list[tuple[str, str]]] = {}
    for r in _rows("places.tsv"):
        if r["country"] in countries:
            cities.setdefault(r["country"], []).append((r["name_en"], r["name_fr"] or r["name_en"]))
    usable = sorted(c for c in leaders if countries[c]["capital_en"])
    return {"countries": countries, "leaders": leaders, "cities": cities, "usable": usable}


def article(i: int, rng: random.Random, gz: dict, lang: str, start: date) -> dict:
    c1, c2 = rng.sample(gz["usable"], 2)
    k = 0 if lang == "en" else 1
    co1, co2 = gz["countries"][c1], gz["countries"][c2]
    a = rng.choice(gz["leaders"][c1])[k]
    b = rng.choice(gz["leaders"][c2])[k]
    c = rng.choice(gz["leaders"][rng.choice(gz["usable"])])[k]
    cap = lambda co: (co["capital_en"] if k == 0 else co["capital_fr"] or co["capital_en"]).split("|")[0]  # noqa: E731
    city2 = rng.choice(gz["cities"].get(c2, [(cap(co2), cap(co2))]))[k]
    slots = {"a": a, "b": b, "c": c, "city": cap(co2), "city2": city2,
             "state": co1["name_en" if k == 0 else "name_fr"], "state2": co2["name_en" if k == 0 else "name_fr"]}
    day_names = EN_DAYS if k == 0 else FR_DAYS
    sentences = EN if k == 0 else FR
    paragraphs = []
    for _ in range(rng.randint(5, 8)):
        picked = rng.sample(sentences, 2)
        paragraphs.append(" ".join(s.format(**slots, n=rng.randint(2, 900), day=rng.choice(day_names)) for s in picked))
    title = rng.choice(EN_TITLES if k == 0 else FR_TITLES).format(**slots)
    published = start + timedelta(days=rng.randint(0, 364))
    return {"id": f"bench-{i:06d}", "title": title, "text": "\n\n".join(paragraphs),
            "published": published.isoformat(), "lang": lang, "source": "bench"}


def generate(n: int, seed: int = 7, fr_share: float = 0.5):
    rng = random.Random(seed)
    gz = gazetteer()
    for i in range(n):
        yield article(i, rng, gz, "fr" if rng.random() < fr_share else "en", date(2023, 1, 1))


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("n", type=int, help="articles (e.g. 100, 1000, 10000)")
    ap.add_argument("-o", "--output", required=True, help="a .jsonl file, or a folder with --folder")
    ap.add_argument("--folder", action="store_true", help="one .txt file per article instead of JSON Lines")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--fr-share", type=float, default=0.5)
    args = ap.parse_args(argv)
    out = Path(args.output)
    words = 0
    if args.folder:
        out.mkdir(parents=True, exist_ok=True)
        for rec in generate(args.n, args.seed, args.fr_share):
            (out / f"{rec['id']}.txt").write_text(f"{rec['title']}\n\n{rec['text']}\n", encoding="utf-8")
            words += len(rec["title"].split()) + len(rec["text"].split())
    else:
        with out.open("w", encoding="utf-8") as fh:
            for rec in generate(args.n, args.seed, args.fr_share):
                fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
                words += len(rec["title"].split()) + len(rec["text"].split())
    print(f"{args.n} articles, {words} words → {out}", file=sys.stderr)


if __name__ == "__main__":
    main()
