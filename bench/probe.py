"""Probes: templates of the ways wire copy phrases one construction, filled with four pairs of states in each
language, each expected to give one event of its root from the first state to the second. A failing
template fails for a reason of its own (a parse, a missing row), not for one sentence's wording: the quick
way to find a systematic gap before writing a rule, and to check that the rule closes it everywhere.

Format of bench/probes/<family>.txt: `lang|root|template` per line (`#` comments), the template naming the
first state {A} and the second {B} (capitalised at the start of a sentence by this script; French
contractions "de le" → "du", "à les" → "aux", "de Israël" → "d'Israël" are made after filling).

    .venv/bin/python bench/probe.py                        # every probe file: right of total, per file
    .venv/bin/python bench/probe.py bench/probes/threats.txt -v   # and each failing sentence with its events
"""
from __future__ import annotations

import argparse
import logging
import re
from collections import Counter
from pathlib import Path

from kg.model import Article
from kg.pipeline import BuildReport, process

HERE = Path(__file__).resolve().parent / "probes"
PAIRS = {"en": [("Russia", "Q159", "Ukraine", "Q212"), ("China", "Q148", "the Philippines", "Q928"),
                ("Iran", "Q794", "Israel", "Q801"), ("Ethiopia", "Q115", "Egypt", "Q79")],
         "fr": [("la Russie", "Q159", "l'Ukraine", "Q212"), ("la Chine", "Q148", "les Philippines", "Q928"),
                ("l'Iran", "Q794", "Israël", "Q801"), ("l'Éthiopie", "Q115", "l'Égypte", "Q79")]}
_ELIDE = re.compile(r"\b(de|que|le|la) (?=[aeiouéèêAEIOUÉÈÊI])")


def fill(template: str, lang: str, a: str, b: str) -> str:
    text = template.replace("{A}", a).replace("{B}", b).replace("{a}", a).replace("{b}", b)
    if lang == "fr":
        for full, short in (("de les ", "des "), ("à les ", "aux "), ("de le ", "du "), ("à le ", "au ")):
            text = text.replace(full, short)
        text = _ELIDE.sub(lambda m: {"de": "d'", "que": "qu'", "le": "l'", "la": "l'"}[m.group(1)], text)
    return text[:1].upper() + text[1:]


def read(path: Path) -> list[tuple[str, str, str]]:
    out = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if line.strip() and not line.startswith("#"):
            lang, root, template = line.split("|", 2)
            if lang not in PAIRS or not re.fullmatch(r"\d\d", root):
                raise SystemExit(f"{path}:{n}: expected 'lang|root|template' with lang in {sorted(PAIRS)}, got {line!r}")
            out.append((lang, root, template))
    return out


def score(path: Path, verbose: bool = False) -> tuple[int, int, Counter]:
    cases = [(lang, root, t, qa, qb, fill(t, lang, a, b)) for lang, root, t in read(path)
             for a, qa, b, qb in PAIRS[lang]]
    arts = [Article(id=f"p{k}", text=c[5], lang=c[0]) for k, c in enumerate(cases)]
    right, failing = 0, Counter()
    for ag, (lang, root, t, qa, qb, text) in zip(process(arts, report=BuildReport()), cases):
        def sides(key):  # an organisation or person of a state counts for it
            ent = ag.entities.get(key)
            return {key, ent.country if ent else None}
        if any(e.root == root and qa in sides(e.source) and qb in sides(e.target) for e in ag.events):
            right += 1
            continue
        failing[(lang, root, t)] += 1
        if verbose:
            label = lambda k: ag.entities[k].label if k in ag.entities else str(k)  # noqa: E731
            print(f"  {root} {text}\n      got {[f'{e.cameo} {label(e.source)}>{label(e.target)}' for e in ag.events]}")
    return right, len(cases), failing


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("files", nargs="*", type=Path)
    ap.add_argument("-v", "--verbose", action="store_true", help="print each failing sentence")
    args = ap.parse_args()
    logging.disable(logging.WARNING)
    files = args.files or sorted(HERE.glob("*.txt"))
    total_right = total = 0
    print(f"{'probe':28} {'sentences':>9} {'right':>6}")
    for path in files:
        right, n, failing = score(path, args.verbose)
        total_right, total = total_right + right, total + n
        print(f"{path.name:28} {n:>9} {right:>6}")
        for (lang, root, t), k in sorted(failing.items()):
            print(f"    {k}/{len(PAIRS[lang])} {lang} {root} {t}")
    print(f"{'all':28} {total:>9} {total_right:>6}  ({100 * total_right // max(total, 1)}% right)")


if __name__ == "__main__":
    main()
