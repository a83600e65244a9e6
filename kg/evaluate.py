"""Score the extractor against hand-annotated articles (the format of shared/dev-set, see its SCHEMA.md).

An extracted event matches a gold event when the CAMEO root is equal and its source and target each
resolve to one of the gold's acceptable ids — through the entity's Wikidata id or, failing that, a
normalised label match against that gold entity's names (casefolded, accents and a leading definite article
dropped: "the Israeli air force" is "Israeli air force"). Events are deduplicated per article on
(root, source, target) and matched one-to-one.
"""
from __future__ import annotations

import json
import re
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from .errors import InputError
from .gazetteer import normalise
from .model import Article, ArticleGraph, Event

ACTOR_TYPES = {"Person", "Organization", "Country"}


@dataclass
class Gold:
    article: Article
    entities: list[dict]
    events: list[dict]
    relations: list[dict]
    path: str


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, other: "Counts") -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class ArticleScore:
    id: str
    lang: str
    events: Counts = field(default_factory=Counts)
    by_root: dict[str, Counts] = field(default_factory=lambda: defaultdict(Counts))
    entities_found: int = 0
    entities_gold: int = 0
    links_correct: int = 0
    links_given: int = 0
    misses: list[dict] = field(default_factory=list)
    false: list[dict] = field(default_factory=list)
    missed_entities: list[str] = field(default_factory=list)
    wrong_links: list[str] = field(default_factory=list)


def read_gold(path: Path) -> Gold:
    try:
        d = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as e:
        raise InputError(str(path), f"not a readable gold file: {e}") from None
    for key in ("id", "lang", "text", "entities", "events"):
        if key not in d:
            raise InputError(str(path), f"gold file lacks '{key}'")
    published = None
    if d.get("published") and len(d["published"]) == 10:
        published = date.fromisoformat(d["published"])
    art = Article(id=d["id"], text=d["text"], title=d.get("title"), published=published,
                  lang=d["lang"], source=d.get("source"), origin=str(path))
    return Gold(art, d["entities"], d["events"], d.get("relations", []), str(path))


def gold_files(paths: list[str]) -> list[Path]:
    out: list[Path] = []
    for p in map(Path, paths):
        if p.is_dir():
            out += sorted(p.rglob("*.json"))
        elif p.is_file():
            out.append(p)
        else:
            raise InputError(str(p), "no such gold file or folder")
    return out


# a name's leading definite article is no part of it: gold files list "the Israeli air force", "la Maison
# Blanche" where the text's mention is "Israeli air force", "Maison Blanche"
_ARTICLE = re.compile(r"^(?:the|le|la|les)\s+|^l'\s*")


def name_key(name: str) -> str:
    """The form two names are compared in: normalised (gazetteer.normalise), without a leading definite article."""
    return _ARTICLE.sub("", normalise(name)) or normalise(name)


class _Resolver:
    """Which gold ids a system entity may stand for: its Wikidata id, or a name match."""

    def __init__(self, gold: Gold, ag: ArticleGraph):
        self.names: dict[str, set[str]] = defaultdict(set)  # normalised gold name -> gold ids
        for e in gold.entities:
            for n in e.get("names", []):
                self.names[name_key(n)].add(e["id"])
        self.surface: dict[str, set[str]] = defaultdict(set)  # system key -> its names in this article
        for m in ag.mentions:
            self.surface[m.entity].add(name_key(m.text))
        for key, ent in ag.entities.items():
            self.surface[key].add(name_key(ent.label))
            for _, label in ent.labels:
                self.surface[key].add(name_key(label))
        self.ag = ag

    def ids(self, key: str | None) -> set[str]:
        if key is None:
            return set()
        ent = self.ag.entities.get(key)
        out = {ent.qid} if ent and ent.qid else set()
        if ent and ent.country and ent.type == "Organization":
            # an organisation of a state acts for it ("the state/org they act for", SCHEMA.md)
            state = self.ag.entities.get(ent.country)
            out |= {state.qid} if state and state.qid else {ent.country}
        for n in self.surface.get(key, ()):
            out |= self.names.get(n, set())
        return out


def score_article(gold: Gold, ag: ArticleGraph) -> ArticleScore:
    s = ArticleScore(gold.article.id, gold.article.lang)
    res = _Resolver(gold, ag)
    # system events, one per (root, source side, target side): a person and the state they lead
    # are one side, as the annotators merge them
    side = {r.subject: r.object for r in ag.relations if r.predicate in ("leaderOf", "spokespersonOf", "memberOf")}
    for key, ent in ag.entities.items():
        if ent.type in ("Person", "Organization") and ent.country:
            side.setdefault(key, ent.country)
    groups: dict[tuple, list[Event]] = {}
    for e in ag.events:
        groups.setdefault((e.root, side.get(e.source, e.source), side.get(e.target, e.target)), []).append(e)
    unmatched = list(range(len(gold.events)))
    for members in groups.values():
        # one system event per group; it matches when any of its mentions' actors do (the gold may name the
        # person alone where another mention names the state)
        hit, e = None, members[0]
        for m in members:
            src, tgt = res.ids(m.source), res.ids(m.target)
            for gi in unmatched:
                g = gold.events[gi]
                if g["cameo_root"] != m.root:
                    continue
                if (src & set(g["source"]) if g["source"] else m.source is None) and \
                   (tgt & set(g["target"]) if g["target"] else m.target is None):
                    hit, e = gi, m
                    break
            if hit is not None:
                break
        if hit is None:
            s.events.fp += 1
            s.by_root[e.root].fp += 1
            s.false.append({"cameo": e.cameo, "source": _label(ag, e.source), "target": _label(ag, e.target),
                            "sentence": e.sentence.text, "pattern": e.pattern})
        else:
            unmatched.remove(hit)
            s.events.tp += 1
            s.by_root[e.root].tp += 1
    for gi in unmatched:
        g = gold.events[gi]
        s.events.fn += 1
        s.by_root[g["cameo_root"]].fn += 1
        s.misses.append({"cameo": g["cameo"], "source": g["source"], "target": g["target"],
                         "sentence": g.get("evidence", "")})
    # entity recall over gold people, organisations and countries
    system_names = set().union(*res.surface.values()) if res.surface else set()
    system_qids = {e.qid for e in ag.entities.values() if e.qid}
    for e in gold.entities:
        if e.get("type") not in ACTOR_TYPES:
            continue
        s.entities_gold += 1
        if e["id"] in system_qids or any(name_key(n) in system_names for n in e.get("names", [])):
            s.entities_found += 1
        else:
            s.missed_entities.append(f"{e['id']} {e.get('names', [])[:2]}")
    # link precision: Wikidata ids we gave to entities the annotators identified with a Wikidata id
    for key, ent in ag.entities.items():
        if not ent.qid:
            continue
        gold_ids = {gid for n in res.surface.get(key, ()) for gid in res.names.get(n, ())}
        gold_q = {g for g in gold_ids if g.startswith("Q")}
        if not gold_q:
            continue
        s.links_given += 1
        if ent.qid in gold_q:
            s.links_correct += 1
        else:
            s.wrong_links.append(f"{ent.label}: {ent.qid}, gold {sorted(gold_q)}")
    return s


def _label(ag: ArticleGraph, key: str | None) -> str | None:
    if key is None:
        return None
    ent = ag.entities.get(key)
    return f"{ent.label} ({ent.qid})" if ent and ent.qid else (ent.label if ent else key)


def evaluate(paths: list[str]) -> list[ArticleScore]:
    from .pipeline import BuildReport, process

    golds = [read_gold(p) for p in gold_files(paths)]
    report = BuildReport()
    by_id = {g.article.id: g for g in golds}
    scores = []
    for ag in process([g.article for g in golds], report=report):
        scores.append(score_article(by_id[ag.article.id], ag))
    for origin, why in report.failed + report.skipped:
        raise InputError(origin, why)
    return scores


def summary(scores: list[ArticleScore]) -> dict:
    """Totals overall, per language and per CAMEO root."""
    def block(items: list[ArticleScore]) -> dict:
        c = Counts()
        for s in items:
            c.add(s.events)
        ef = sum(s.entities_found for s in items)
        eg = sum(s.entities_gold for s in items)
        lc = sum(s.links_correct for s in items)
        lg = sum(s.links_given for s in items)
        return {"articles": len(items), "events_gold": c.tp + c.fn, "events_found": c.tp + c.fp, "tp": c.tp,
                "precision": round(c.precision, 3), "recall": round(c.recall, 3), "f1": round(c.f1, 3),
                "entity_recall": round(ef / eg, 3) if eg else None, "entities": f"{ef}/{eg}",
                "link_precision": round(lc / lg, 3) if lg else None, "links": f"{lc}/{lg}"}
    out = {"all": block(scores)}
    for lang in sorted({s.lang for s in scores}):
        out[lang] = block([s for s in scores if s.lang == lang])
    roots: dict[str, Counts] = defaultdict(Counts)
    for s in scores:
        for r, c in s.by_root.items():
            roots[r].add(c)
    out["by_root"] = {r: {"tp": c.tp, "fp": c.fp, "fn": c.fn, "f1": round(c.f1, 3)} for r, c in sorted(roots.items())}
    return out


def render(scores: list[ArticleScore], details: bool = True) -> str:
    summ = summary(scores)
    lines = []
    if details:
        for s in scores:
            lines.append(f"== {s.id} ({s.lang}): tp {s.events.tp}, fp {s.events.fp}, fn {s.events.fn}")
            for m in s.misses:
                lines.append(f"  MISS  {m['cameo']:5} {m['source']} → {m['target']}  | {m['sentence'][:150]}")
            for f in s.false:
                lines.append(f"  FALSE {f['cameo']:5} {f['source']} → {f['target']}  | {f['sentence'][:150]}  [{f['pattern']}]")
            for e in s.missed_entities:
                lines.append(f"  MISSED ENTITY {e}")
            for w in s.wrong_links:
                lines.append(f"  WRONG LINK {w}")
        lines.append("")
    lines.append(f"{'set':6} {'articles':>8} {'gold':>5} {'found':>5} {'tp':>4} {'P':>6} {'R':>6} {'F1':>6} "
                 f"{'ent.recall':>10} {'link.prec':>9}")
    for key in ["all"] + [k for k in summ if k not in ("all", "by_root")]:
        b = summ[key]
        lines.append(f"{key:6} {b['articles']:>8} {b['events_gold']:>5} {b['events_found']:>5} {b['tp']:>4} "
                     f"{b['precision']:>6.3f} {b['recall']:>6.3f} {b['f1']:>6.3f} "
                     f"{_fmt(b['entity_recall']):>10} {_fmt(b['link_precision']):>9}")
    lines.append("per CAMEO root: " + ", ".join(f"{r}: F1 {c['f1']:.2f} (tp {c['tp']} fp {c['fp']} fn {c['fn']})"
                                               for r, c in summ["by_root"].items()))
    return "\n".join(lines)


def _fmt(v: float | None) -> str:
    return "-" if v is None else f"{v:.3f}"
