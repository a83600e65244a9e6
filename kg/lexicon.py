"""Per-language lexicons (trigger words, titles, cues, actor heads) read from TSV data files.

A language is a folder `kg/data/lexicons/<lang>/`; every file there has a header row and
`#` comment lines. The loaders check each row and fail with `file:line: problem`.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from pathlib import Path

from . import resources
from .errors import DataFileError
from .gazetteer import normalise

CODE = re.compile(r"^(0[1-9]|1[0-9]|20)[0-9]{0,2}$")
FRAMES = {"act", "visit", "host", "meet", "receive", "say", "accept", "judge", "aim", "list", "ultimatum", "withdraw", "demand", "phone",
          "enter", "answered", "provoke", "posture", "reason"}
POS = {"VERB", "NOUN", "ADJ", "COP"}  # ADJ: "préoccupé", "concerned"; COP: "X était à Paris"
CUE_KINDS = {"grant", "deadline", "belong", "report", "attribution", "hypothetical", "negation", "future", "question", "fear", "modal", "end", "threat", "light", "intransitive", "oppose", "negative", "verb_ending", "block", "order",
             "threat_if_made", "causative", "price", "naming",
             "warning", "own_side", "obligation", "fact", "consider", "answer", "elicit", "blame", "hold", "attempt", "impersonal",
             "lead", "reciprocal", "mutual", "seal", "signing", "joint", "member", "bond", "measure", "occur", "idiom", "protest", "scheduled", "judging", "intent", "wrongdoing", "toll", "status", "latter",
             "retaliation_verb", "firm", "join", "failure", "reprimand", "topic"}


@dataclass(frozen=True)
class Trigger:
    lemma: str
    pos: str
    cameo: str
    frame: str
    preps: tuple[str, ...]  # prepositions that introduce the target
    alt: str  # code used when no target is found ("" = no event without a target)
    refine: tuple[tuple[tuple[str, ...], str], ...]  # (words in the trigger's phrase, finer code)
    line: int
    path: str
    reflexive: bool = False  # French pronominal verbs: "se rendre", "s'entretenir"

    @cached_property  # (asked for every event; frozen fields, so computed once)
    def id(self) -> str:
        return f"{Path(self.path).parent.name}.{self.lemma}.{self.pos.lower()}:{self.line}"


@dataclass
class Lexicon:
    lang: str
    triggers: dict[tuple[str, str], list[Trigger]] = field(default_factory=dict)
    multiword: list[Trigger] = field(default_factory=list)  # triggers whose lemma has spaces
    titles: dict[str, str] = field(default_factory=dict)  # normalised title phrase -> role
    cues: dict[str, str] = field(default_factory=dict)  # normalised cue -> kind (its first row)
    more_cues: dict[str, set[str]] = field(default_factory=dict)  # normalised cue -> kinds of its later rows
    verb_endings: list[tuple[str, str]] = field(default_factory=list)  # (ending, infinitive ending), longest first
    heads: dict[str, set[str]] = field(default_factory=dict)  # noun lemma -> actor kinds
    honorifics: set[str] = field(default_factory=set)
    # a word's head kinds by the (lemma, form) hashes of its token: the rules ask is_head of the same
    # words again and again (100,000 times per 300 articles), and reading a token's strings costs more
    _head_kinds: dict[tuple[int, int], frozenset[str]] = field(default_factory=dict, init=False, repr=False,
                                                               compare=False)
    _cue_of: dict[tuple[int, int], str | None] = field(default_factory=dict, init=False, repr=False, compare=False)

    def is_head(self, token, kind: str) -> bool:
        """Whether a token's lemma or form is listed in heads.tsv with this kind."""
        key = (token.lemma, token.orth)
        kinds = self._head_kinds.get(key)
        if kinds is None:
            if len(self._head_kinds) > 200_000:  # (a bound for a long-running process)
                self._head_kinds.clear()
            kinds = self._head_kinds[key] = frozenset(self.heads.get(normalise(token.lemma_), ())) | frozenset(
                self.heads.get(normalise(token.text), ()))
        return kind in kinds

    def token_cue(self, token) -> str | None:
        """The cue kind of a token's lemma, else of its form (cues.tsv first rows), remembered by their
        hashes as is_head's kinds are (factuality asks of every word around every trigger)."""
        key = (token.lemma, token.orth)
        if key not in self._cue_of:
            if len(self._cue_of) > 200_000:  # (a bound for a long-running process)
                self._cue_of.clear()
            self._cue_of[key] = self.cues.get(normalise(token.lemma_)) or self.cues.get(normalise(token.text))
        return self._cue_of[key]

    def glued_cue(self, token) -> str | None:
        """The cue kind of a hyphenated word the tokenizer cut, asked of its last piece ("counter-measures",
        "counter-productive": "counter", "-", "measures"), else None."""
        doc, i = token.doc, token.i
        if i >= 2 and doc[i - 1].text == "-" and not doc[i - 2].whitespace_ and not doc[i - 1].whitespace_:
            return self.cues.get(normalise(doc[i - 2:i + 1].text))
        return None

    def cue_is(self, word: str, kind: str) -> bool:
        """Whether a word is listed in cues.tsv with this kind ("claim" reports and, of an attack,
        is its author's light verb: two rows)."""
        w = normalise(word)
        return self.cues.get(w) == kind or kind in self.more_cues.get(w, ())


def _read(path: Path, columns: list[str]):
    """Rows of a TSV data file as (physical line number, dict); `#` lines are comments."""
    if not path.exists():
        raise DataFileError(str(path), None, "missing lexicon file")
    header = None
    with path.open(encoding="utf-8", newline="") as fh:
        for n, line in enumerate(fh, 1):
            line = line.rstrip("\r\n")
            if not line.strip() or line.startswith("#"):
                continue
            row = [c.strip() for c in line.split("\t")]
            if header is None:
                header = row
                if header[: len(columns)] != columns:
                    raise DataFileError(str(path), n, f"header {header} differs from expected {columns}")
                continue
            row = row + [""] * (len(columns) - len(row))
            yield n, dict(zip(columns, row))


@lru_cache(maxsize=1)
def cameo_codes() -> frozenset[str]:
    """Every CAMEO code news-kg knows (kg/data/lexicons/cameo.tsv)."""
    path = resources.data_dir() / "lexicons" / "cameo.tsv"
    return frozenset(r["code"] for _, r in _read(path, ["code"]))


def _code(value: str, path: Path, n: int) -> str:
    if not CODE.match(value) or value not in cameo_codes():
        raise DataFileError(str(path), n, f"unknown CAMEO code {value!r}; expected a code of "
                            "kg/data/lexicons/cameo.tsv (01–20 followed by up to two digits)")
    return value


def _refine(value: str, path: Path, n: int) -> tuple[tuple[tuple[str, ...], str], ...]:
    out = []
    for part in filter(None, (p.strip() for p in value.split(";"))):
        words, _, code = part.rpartition(":")
        if not words:
            raise DataFileError(str(path), n, f"refine entry {part!r}; expected word|word:code")
        out.append((tuple(normalise(w) for w in words.split("|")), _code(code, path, n)))
    return tuple(out)


def load(lang: str, base: Path | None = None) -> Lexicon:
    folder = base or resources.lexicon(lang, "")
    lex = Lexicon(lang=lang)
    tpath = folder / "triggers.tsv"
    for n, r in _read(tpath, ["lemma", "pos", "cameo", "frame", "preps", "alt", "refine", "note"]):
        if r["pos"] not in POS:
            raise DataFileError(str(tpath), n, f"pos {r['pos']!r}; expected one of {sorted(POS)}")
        if r["frame"] not in FRAMES:
            raise DataFileError(str(tpath), n, f"frame {r['frame']!r}; expected one of {sorted(FRAMES)}")
        lemma, reflexive = normalise(r["lemma"]), False
        for prefix in ("se ", "s'"):
            if lemma.startswith(prefix):
                lemma, reflexive = lemma[len(prefix):], True
        trig = Trigger(
            lemma=lemma, reflexive=reflexive, pos=r["pos"], cameo=_code(r["cameo"], tpath, n), frame=r["frame"],
            preps=tuple(normalise(p) for p in r["preps"].split("|") if p),
            alt=_code(r["alt"], tpath, n) if r["alt"] else "",
            refine=_refine(r["refine"], tpath, n), line=n, path=str(tpath),
        )
        if " " in trig.lemma:
            lex.multiword.append(trig)
        else:
            lex.triggers.setdefault((trig.lemma, trig.pos), []).append(trig)
    for n, r in _read(folder / "titles.tsv", ["phrase", "role"]):
        lex.titles[normalise(r["phrase"])] = r["role"]
    cpath = folder / "cues.tsv"
    for n, r in _read(cpath, ["cue", "kind"]):
        if r["kind"] not in CUE_KINDS:
            raise DataFileError(str(cpath), n, f"cue kind {r['kind']!r}; expected one of {sorted(CUE_KINDS)}")
        if r["kind"] == "verb_ending":  # "ent>er": a form the lemmatiser left alone, to its infinitive
            end, _, inf = r["cue"].partition(">")
            lex.verb_endings.append((normalise(end), normalise(inf)))
            lex.verb_endings.sort(key=lambda e: -len(e[0]))
            continue
        if normalise(r["cue"]) in lex.cues:
            lex.more_cues.setdefault(normalise(r["cue"]), set()).add(r["kind"])
        else:
            lex.cues[normalise(r["cue"])] = r["kind"]
    for n, r in _read(folder / "heads.tsv", ["lemma", "kind"]):
        if r["kind"] == "honorific":
            lex.honorifics.add(normalise(r["lemma"]))
        else:
            lex.heads.setdefault(normalise(r["lemma"]), set()).add(r["kind"])
    return lex


@lru_cache(maxsize=None)
def default(lang: str) -> Lexicon:
    return load(lang)
