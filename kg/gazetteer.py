"""The offline gazetteer: countries, capitals, seats of power, people, organisations and media.

Loaded from the TSV files in kg/data/gazetteers/ (see the README's "Gazetteer" section).
Names marked with a leading `~` in the data are ambiguous: they are known but never linked alone.
"""
from __future__ import annotations

import csv
import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from pathlib import Path

from . import resources
from .errors import DataFileError
from .model import Entity

QID = re.compile(r"^Q[1-9][0-9]*$")
COUNTRY_COLUMNS = ["qid", "iso2", "name_en", "name_fr", "aliases", "demonyms_en", "demonyms_fr",
                   "capital_qid", "capital_en", "capital_fr", "seats"]
ACTOR_COLUMNS = ["qid", "type", "country", "role", "start", "end", "name_en", "name_fr", "aliases", "note"]
ACTOR_TYPES = {"Person", "Organization", "Media"}
AMBIGUOUS = "~"


@lru_cache(maxsize=1 << 16)  # the extractor asks again for every token and trigger: 4M calls per 100 articles
def normalise(name: str) -> str:
    """Key for name lookup: unified apostrophes and dashes, single spaces, casefolded, and without
    accents — French news writes "Etat" and "État", "Egypte" and "Égypte" for the same thing."""
    name = unicodedata.normalize("NFD", name.replace("’", "'").replace("‘", "'"))
    name = "".join(c for c in name if not unicodedata.combining(c))
    name = name.replace("‐", "-").replace("‑", "-").replace("–", "-")
    return " ".join(unicodedata.normalize("NFC", name).split()).casefold()


def strip_accents(text: str) -> str:
    return unicodedata.normalize("NFC", "".join(c for c in unicodedata.normalize("NFD", text)
                                                if not unicodedata.combining(c)))


def slug(text: str) -> str:
    """ASCII slug of a name, used in IRIs of entities without a Wikidata id."""
    ascii_ = unicodedata.normalize("NFKD", normalise(text)).encode("ascii", "ignore").decode()
    s = re.sub(r"[^a-z0-9]+", "-", ascii_).strip("-")
    if s:
        return s[:80]
    # no Latin letters or digits ("北京", "Ελλάδα"): a digest of the normalised name. Not hash(): it
    # changes from one process to the next, and the same name must mint the same IRI in every run.
    import hashlib

    return "x" + hashlib.sha256(normalise(text).encode("utf-8", "surrogatepass")).hexdigest()[:12]


@dataclass(frozen=True)
class RoleHolder:
    entity: str  # Entity.key of the person
    role: str
    country: str | None  # Entity.key of the country
    start: date | None
    end: date | None

    def covers(self, when: date | None) -> bool:
        if when is None:
            return True
        return (self.start is None or self.start <= when) and (self.end is None or when <= self.end)


@dataclass
class Gazetteer:
    entities: dict[str, Entity] = field(default_factory=dict)
    names: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))  # normalised name -> keys
    ambiguous: set[str] = field(default_factory=set)  # normalised names never linked alone
    # ambiguous name -> the states it may name ("congolais": both Congos); an article naming only one of
    # them decides ("la RDC … l'armée congolaise")
    candidates: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    candidate_demonyms: set[str] = field(default_factory=set)  # those of them that are adjectives
    demonyms: dict[str, str] = field(default_factory=dict)  # normalised adjective -> country key
    blocked: set[str] = field(default_factory=set)  # phrases that hide a demonym inside them ("Latin American")
    roles: list[RoleHolder] = field(default_factory=list)
    org_roles: dict[str, str] = field(default_factory=dict)  # organisation key -> its role ("armed_group")
    iso2: dict[str, str] = field(default_factory=dict)  # ISO code -> country key
    surface: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))  # key -> raw names
    metonyms: dict[str, str] = field(default_factory=dict)  # normalised place name -> acting entity
    combining: dict[str, str] = field(default_factory=dict)  # "russo" (of "russo-ukrainien") -> country key
    raw: dict[str, str] = field(default_factory=dict)  # normalised name -> a raw spelling
    spellings: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))  # every spelling given ("OTAN", "Otan")

    def add_name(self, name: str, key: str) -> None:
        name = name.strip()
        if not name:
            return
        if name.startswith(AMBIGUOUS):
            self.ambiguous.add(normalise(name[1:]))
            self.candidates[normalise(name[1:])].add(key)
            self.raw.setdefault(normalise(name[1:]), name[1:])
            self.surface[key].add(name[1:])
            return
        self.names[normalise(name)].add(key)
        self.surface[key].add(name)
        self.raw.setdefault(normalise(name), name)
        self.spellings[normalise(name)].add(name)

    def surface_names(self) -> list[str]:
        return list(self.raw.values())

    def raw_form(self, normalised: str) -> str | None:
        return self.raw.get(normalised)

    def lookup(self, name: str) -> str | None:
        """The one entity a name denotes, or None when unknown or ambiguous."""
        n = normalise(name)
        if n in self.ambiguous:
            return None
        keys = self.names.get(n)
        if keys and len(keys) == 1:
            return next(iter(keys))
        return None

    def holders(self, role_kinds: set[str], country: str | None) -> list[RoleHolder]:
        by_role = self._roles_by_kind()
        found = sorted(i for kind in role_kinds for i in by_role.get(kind, ()))  # (in the roles' order)
        return [self.roles[i] for i in found if country is None or self.roles[i].country == country]

    def _roles_by_kind(self) -> dict[str, list[int]]:
        """Positions in `roles` of each role kind, made again whenever roles grew (holders() is asked
        for every title of every article; reading all roles each time was 1 % of the extraction)."""
        index = getattr(self, "_role_index", None)
        if index is None or index[0] != len(self.roles):
            by_role: dict[str, list[int]] = {}
            for i, r in enumerate(self.roles):
                by_role.setdefault(r.role, []).append(i)
            index = self._role_index = (len(self.roles), by_role)
        return index[1]


def _split(value: str | None) -> list[str]:
    return [v.strip() for v in (value or "").split("|") if v.strip()]


def _date(value: str, path: Path, line: int) -> date | None:
    value = (value or "").strip()
    if not value:
        return None
    try:
        if len(value) == 4:
            return date(int(value), 1, 1)
        if len(value) == 7:
            return date(int(value[:4]), int(value[5:7]), 1)
        return date.fromisoformat(value)
    except ValueError:
        raise DataFileError(str(path), line, f"bad date {value!r}; expected YYYY, YYYY-MM or YYYY-MM-DD") from None


def _rows(path: Path, columns: list[str]):
    if not path.exists():
        return
    with path.open(encoding="utf-8", newline="") as fh:
        reader = csv.reader((line for line in fh), delimiter="\t", quoting=csv.QUOTE_NONE)
        header = next(reader, None)
        while header is not None and header and header[0].startswith("#"):
            header = next(reader, None)
        if header != columns:
            raise DataFileError(str(path), 1, f"header {header} differs from expected {columns}")
        for n, row in enumerate(reader, 2):
            if not row or row[0].startswith("#"):
                continue
            if len(row) != len(columns):
                raise DataFileError(str(path), n, f"{len(row)} fields, expected {len(columns)}")
            rec = dict(zip(columns, row))
            if rec.get("qid") and not QID.match(rec["qid"]):
                raise DataFileError(str(path), n, f"bad Wikidata id {rec['qid']!r}; expected Q followed by digits")
            yield n, rec


def load(directory: Path | None = None) -> Gazetteer:
    base = directory or resources.data_dir() / "gazetteers"
    gz = Gazetteer()
    cpath = base / "countries.tsv"
    for _, r in _rows(cpath, COUNTRY_COLUMNS):
        key = r["qid"] or f"Country:{slug(r['name_en'])}"
        gz.entities[key] = Entity(key=key, type="Country", label=r["name_en"], qid=r["qid"] or None,
                                  labels=(("en", r["name_en"]), ("fr", r["name_fr"])))
        gz.iso2[r["iso2"]] = key
        for name in [r["name_en"], r["name_fr"], *_split(r["aliases"]), *_split(r["seats"])]:
            gz.add_name(name, key)
        for dem in _split(r["demonyms_en"]) + _split(r["demonyms_fr"]):
            if dem.startswith(AMBIGUOUS):
                gz.candidates[normalise(dem[1:])].add(key)
                gz.candidate_demonyms.add(normalise(dem[1:]))
                continue
            gz.demonyms[normalise(dem)] = key
        cap_en, cap_fr = _split(r["capital_en"]), _split(r["capital_fr"])
        if cap_en or cap_fr:
            ckey = r["capital_qid"] or f"Place:{slug((cap_en or cap_fr)[0])}"
            gz.entities[ckey] = Entity(key=ckey, type="Place", label=(cap_en or cap_fr)[0],
                                       qid=r["capital_qid"] or None, country=key,
                                       labels=tuple([("en", cap_en[0])] if cap_en else []) +
                                       tuple([("fr", cap_fr[0])] if cap_fr else []))
            for name in cap_en + cap_fr:
                gz.add_name(name, ckey)
    apath = base / "actors.tsv"
    for n, r in _rows(apath, ACTOR_COLUMNS):
        if r["type"] not in ACTOR_TYPES:
            raise DataFileError(str(apath), n, f"type {r['type']!r}; expected one of {sorted(ACTOR_TYPES)}")
        label = r["name_en"] or r["name_fr"]
        key = r["qid"] or f"{r['type']}:{slug(label)}"
        country = gz.iso2.get(r["country"]) if r["country"] else None
        if key not in gz.entities:
            labels = tuple((lang, r[f"name_{lang}"]) for lang in ("en", "fr") if r[f"name_{lang}"])
            gz.entities[key] = Entity(key=key, type=r["type"], label=label, qid=r["qid"] or None,
                                      labels=labels, country=country)
        for name in [r["name_en"], r["name_fr"], *_split(r["aliases"])]:
            gz.add_name(name, key)
            if r["type"] != "Person" and len(name) >= 4 and name.isalpha() and name.isupper():
                # French typography writes an acronym read as a word with one capital: "l'Otan", "l'Unesco", "l'Opep"
                gz.add_name(name.capitalize(), key)
        if r["type"] == "Organization" and r["role"]:
            gz.org_roles[key] = r["role"]
        if r["type"] == "Person" and r["role"]:
            gz.roles.append(RoleHolder(key, r["role"], country, _date(r["start"], apath, n),
                                       _date(r["end"], apath, n)))
    ppath = base / "places.tsv"
    for n, r in _rows(ppath, ["name_en", "name_fr", "aliases", "country", "qid", "note"]):
        country = gz.iso2.get(r["country"]) if r["country"] else None  # (a sea or strait between states has none)
        if country is None and r["country"]:
            raise DataFileError(str(ppath), n, f"unknown country code {r['country']!r}; expected an iso2 of countries.tsv or none")
        label = r["name_en"] or r["name_fr"]
        key = r["qid"] or f"Place:{slug(label)}"
        if key not in gz.entities:
            labels = tuple((lang, r[f"name_{lang}"]) for lang in ("en", "fr") if r[f"name_{lang}"])
            gz.entities[key] = Entity(key=key, type="Place", label=label, qid=r["qid"] or None, labels=labels,
                                      country=country)
        for name in [r["name_en"], r["name_fr"], *_split(r["aliases"])]:
            if normalise(name.lstrip(AMBIGUOUS)) not in gz.names:  # countries and capitals come first
                gz.add_name(name, key)
    mpath = base / "metonyms.tsv"
    for n, r in _rows(mpath, ["name", "qid", "note"]):
        if r["qid"] not in gz.entities:
            raise DataFileError(str(mpath), n, f"{r['qid']!r} is not an entity of the gazetteer")
        gz.metonyms[normalise(r["name"])] = r["qid"]
    dpath = base / "demonyms.tsv"
    if dpath.exists():  # adjectives of actors that are no country ("sanctions européennes" → the EU)
        for n, r in _rows(dpath, ["demonym", "qid", "note"]):
            if not r["qid"]:  # "Latin American" names no one: it only keeps "American" from matching
                gz.blocked.add(normalise(r["demonym"]))
                continue
            if r["qid"] not in gz.entities:
                raise DataFileError(str(dpath), n, f"{r['qid']!r} is not an entity of the gazetteer; expected a qid of actors.tsv, or none to block the phrase")
            gz.demonyms.setdefault(normalise(r["demonym"]), r["qid"])
    cpath = base / "combining-forms.tsv"
    if cpath.exists():
        for n, r in _rows(cpath, ["form", "country", "note"]):
            key = gz.lookup(r["country"])
            if key is None or gz.entities[key].type != "Country":
                raise DataFileError(str(cpath), n, f"{r['country']!r} names no one country of the gazetteer")
            gz.combining[normalise(r["form"])] = key
    for name, keys in gz.names.items():
        # A seat of power named like an institution of the same state ("Kremlin") stands for the
        # state, as annotators and readers take it; any other name given twice is ambiguous.
        countries = {k for k in keys if gz.entities[k].type == "Country"}
        if len(countries) == 1 and all(gz.entities[k].country in countries for k in keys - countries):
            keys.intersection_update(countries)
        elif len(keys) > 1:
            gz.ambiguous.add(name)
            gz.candidates[name] |= countries
    return gz


@lru_cache(maxsize=1)
def default() -> Gazetteer:
    return load(resources.data_dir() / "gazetteers")
