"""Batteries: short texts written here in the ways wire copy phrases each family of events, each with the
events an annotator would list (SCHEMA.md conventions). They measure whether a rule generalises to new
phrasings before it is measured on annotated articles; a rule that fixes a battery text is worth a test.

Format of bench/batteries/<family>-<lang>.txt: `# roots: 01 11 12` (the roots the file scores), then
texts, one per line (` // ` separates paragraphs), each followed by its expected line
`# = 11 FR>RU; 01 Ethiopia>Sudan` (`# => …` too): events `ROOT SOURCE>TARGET` separated by `;` (or ` | `;
a comment in brackets is skipped), a root
or a side may list alternatives with `/` or `|` ("11/12", "Xi/China"), a side is an ISO2 code, a Q-id or words
of a label (either language; a person's state counts for them), `-` is no side; `none` or `-` alone: no
event of these roots. A text is right when every expected event is found and no other event of the
file's roots (or of a root the text expects) comes out of it.

    .venv/bin/python bench/battery.py                      # every battery: right / with a miss / with a false event
    .venv/bin/python bench/battery.py bench/batteries/force-fr.txt -v   # and each failing text
"""
from __future__ import annotations

import argparse
import logging
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from kg import gazetteer, model, pipeline  # noqa: E402
from kg.gazetteer import normalise  # noqa: E402

FOLDER = ROOT / "bench" / "batteries"


@dataclass
class Text:
    text: str
    expected: list[tuple[set[str], list[str], list[str]]] = field(default_factory=list)


@dataclass
class Battery:
    path: Path
    lang: str
    roots: set[str]
    texts: list[Text]


def read(path: Path) -> Battery:
    """A battery file; a malformed expected line is an error naming the file and the line."""
    lang = path.stem.rsplit("-", 1)[-1]
    if lang not in ("en", "fr"):
        raise SystemExit(f"{path}: the file name must end in -en or -fr (got {path.stem!r})")
    roots: set[str] = set()
    texts: list[Text] = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if line.startswith("# roots:"):
            roots = set(line.split(":", 1)[1].split())
        elif line.startswith(("# = ", "# => ")):
            if not texts:
                raise SystemExit(f"{path}:{n}: an expected line before any text")
            body = re.sub(r"\([^)]*\)", "", line.split("=", 1)[1].lstrip(">")).strip()  # (a comment in brackets)
            if body.startswith("none") or body in ("-", ""):
                continue
            for part in filter(None, (p.strip() for p in re.split(r";| \| ", body))):
                code, _, pair = part.partition(" ")
                src, sep, tgt = pair.partition(">")
                if not sep or not all(c[:2].isdigit() for c in code.split("/")):
                    raise SystemExit(f"{path}:{n}: event {part!r}; expected 'ROOT SOURCE>TARGET'")
                texts[-1].expected.append(({c[:2] for c in code.split("/")},
                                           [a.strip() for a in re.split(r"[/|]", src)], [a.strip() for a in re.split(r"[/|]", tgt)]))
        elif line.strip() and not line.startswith("#"):
            texts.append(Text(line.strip()))
    if not roots:
        roots = {r for t in texts for rs, _, _ in t.expected for r in rs}
    return Battery(path, lang, roots, texts)


def _names(ag: model.ArticleGraph, key: str | None, gz: gazetteer.Gazetteer) -> set[str]:
    """Every way a side may be written: its key, Q-id, ISO2, labels and aliases, and those of its state."""
    out: set[str] = set()
    for k in (key, getattr(ag.entities.get(key), "country", None)) if key else ():
        if k is None:
            continue
        ent = ag.entities.get(k) or gz.entities.get(k)
        if ent is None:
            out.add(normalise(k))
            continue
        out |= {normalise(k), normalise(ent.qid or "")} | {normalise(lab) for lab in (ent.label, *(l for _, l in ent.labels))}
        out |= {normalise(n.lstrip("~")) for n in gz.surface.get(k, ())}  # ("UE", "Cédéao": the gazetteer's aliases)
        out |= {normalise(iso) for iso, q in gz.iso2.items() if q == k and iso}
    return out


def _side_ok(alts: list[str], key: str | None, names: set[str]) -> bool:
    if key is None:
        return "-" in alts
    return any(a != "-" and (normalise(a) in names or any(len(a) > 2 and normalise(a) in n for n in names))
               for a in alts)


def score(battery: Battery, verbose: bool = False) -> tuple[int, int, int]:
    gz = gazetteer.default()
    arts = [model.Article(id=str(i), origin=f"{battery.path}:{i}", text=t.text.replace(" // ", "\n\n"),
                          lang=battery.lang) for i, t in enumerate(battery.texts)]
    graphs = {ag.article.id: ag for ag in pipeline.process(arts)}
    right = missed = false = 0
    for i, t in enumerate(battery.texts):
        ag = graphs.get(str(i))
        if ag is None:
            missed += bool(t.expected)
            if verbose:
                print(f"FAILED TO EXTRACT | {t.text}")
            continue
        side = {r.subject: r.object for r in ag.relations if r.predicate in ("leaderOf", "spokespersonOf", "memberOf")}
        got, seen = [], set()
        for e in ag.events:  # one event per root and sides, as kg evaluate counts them
            k = (e.root, side.get(e.source, e.source), side.get(e.target, e.target))
            if (e.root in battery.roots or any(e.root in rs for rs, _, _ in t.expected)) and k not in seen:
                seen.add(k)
                got.append(e)
        used: set[int] = set()
        miss = []
        for roots, src, tgt in t.expected:
            hit = next((j for j, e in enumerate(got) if j not in used and e.root in roots
                        and _side_ok(src, e.source, _names(ag, e.source, gz))
                        and _side_ok(tgt, e.target, _names(ag, e.target, gz))), None)
            if hit is None:
                miss.append(f"{'/'.join(sorted(roots))} {'/'.join(src)}>{'/'.join(tgt)}")
            else:
                used.add(hit)
        extra = [e for j, e in enumerate(got) if j not in used]
        right += not miss and not extra
        missed += bool(miss)
        false += bool(extra)
        if verbose and (miss or extra):
            label = lambda k: ag.entities[k].label if k in ag.entities else str(k)  # noqa: E731
            print(f"{t.text}\n    missed: {miss}\n    false:  {[f'{e.cameo} {label(e.source)}>{label(e.target)}' for e in extra]}")
    return right, missed, false


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("files", nargs="*", help="battery files (default: all of bench/batteries)")
    ap.add_argument("-v", "--verbose", action="store_true", help="print each text with a miss or a false event")
    args = ap.parse_args()
    logging.disable(logging.WARNING)
    files = [Path(f) for f in args.files] or sorted(FOLDER.glob("*.txt"))
    print(f"{'battery':28} {'texts':>5} {'right':>6} {'miss':>5} {'false':>6}")
    total = [0, 0, 0, 0]
    for path in files:
        b = read(path)
        r, m, f = score(b, args.verbose)
        print(f"{path.name:28} {len(b.texts):5} {r:6} {m:5} {f:6}")
        for j, v in enumerate((len(b.texts), r, m, f)):
            total[j] += v
    print(f"{'all':28} {total[0]:5} {total[1]:6} {total[2]:5} {total[3]:6}  ({total[1] / max(total[0], 1):.0%} right)")


if __name__ == "__main__":
    main()
