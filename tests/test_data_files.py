"""Every shipped data file loads and is consistent: lexicons, CAMEO table, gazetteers, ontology.

Broken user data files fail with DataFileError naming `file:line`.
"""
from __future__ import annotations

import csv
import re
import shutil
import subprocess
import sys
from collections import defaultdict
from pathlib import Path

import pytest
from rdflib import Graph, URIRef

from kg import gazetteer, lexicon, resources
from kg.errors import DataFileError
from kg.namespaces import KG

REPO = Path(__file__).resolve().parents[1]
QID = re.compile(r"^Q[1-9][0-9]*$")


def tsv_rows(path: Path):
    """(line number, row dict) of a TSV data file, skipping comment and blank lines."""
    with path.open(encoding="utf-8", newline="") as fh:
        lines = [(n, ln) for n, ln in enumerate(fh, 1) if ln.strip() and not ln.startswith("#")]
    reader = csv.reader((ln for _, ln in lines), delimiter="\t", quoting=csv.QUOTE_NONE)
    header = next(reader)
    for (n, _), row in zip(lines[1:], reader):
        yield n, dict(zip(header, row))


def cameo_codes() -> set[str]:
    return {r["code"] for _, r in tsv_rows(resources.data_dir() / "lexicons" / "cameo.tsv")}


def all_triggers(lex: lexicon.Lexicon) -> list[lexicon.Trigger]:
    return [t for ts in lex.triggers.values() for t in ts] + list(lex.multiword)


# ---- lexicons ----

def test_data_files_languages_are_fr_and_en() -> None:
    assert resources.languages() == ["en", "fr"]


@pytest.mark.parametrize("lang, lemma, pos, cameo, frame", [
    ("fr", "visiter", "VERB", "042", "visit"),
    ("en", "visit", "VERB", "042", "visit"),
    ("fr", "sanctionner", "VERB", "163", "act"),
    ("en", "sanction", "VERB", "163", "act"),
])
def test_data_files_lexicon_loads(lang: str, lemma: str, pos: str, cameo: str, frame: str) -> None:
    assert lang in resources.languages()
    lex = lexicon.load(lang)
    assert lex.lang == lang
    found = [(t.cameo, t.frame) for t in lex.triggers[(lemma, pos)]]
    assert (cameo, frame) in found
    assert lex.titles and lex.cues and lex.heads


@pytest.mark.parametrize("lang", resources.languages())
def test_data_files_every_language_folder_loads(lang: str) -> None:
    lex = lexicon.load(lang)
    triggers = all_triggers(lex)
    assert len(triggers) >= 50
    assert {t.frame for t in triggers} <= lexicon.FRAMES
    assert set(lex.cues.values()) <= lexicon.CUE_KINDS
    # trigger ids are unique and name the language folder
    ids = [t.id for t in triggers]
    assert len(ids) == len(set(ids))
    assert all(i.startswith(f"{lang}.") for i in ids)


@pytest.mark.parametrize("lang", resources.languages())
def test_data_files_trigger_line_numbers_are_file_lines(lang: str) -> None:
    lines = resources.lexicon(lang, "triggers.tsv").read_text(encoding="utf-8").splitlines()
    for t in all_triggers(lexicon.load(lang)):
        fields = lines[t.line - 1].split("\t")
        assert (fields[1], fields[2]) == (t.pos, t.cameo), f"{t.id}: line {t.line} is {lines[t.line - 1]!r}"


def test_data_files_french_reflexive_trigger() -> None:
    lex = lexicon.load("fr")
    (trig,) = [t for t in lex.triggers[("rendre", "VERB")] if t.cameo == "042"]
    assert trig.reflexive is True
    assert "en" in trig.preps and gazetteer.normalise("à") in trig.preps  # prepositions are compared accent-free


@pytest.mark.parametrize("lang", resources.languages())
def test_data_files_trigger_codes_exist_in_cameo_table(lang: str) -> None:
    known = cameo_codes()
    lex = lexicon.load(lang)
    unknown = []
    for t in all_triggers(lex):
        used = [("cameo", t.cameo)] + ([("alt", t.alt)] if t.alt else []) + [("refine", c) for _, c in t.refine]
        unknown += [f"{t.id} {where}={code}" for where, code in used if code not in known]
    assert unknown == []


def test_data_files_cameo_table_is_consistent() -> None:
    rows = list(tsv_rows(resources.data_dir() / "lexicons" / "cameo.tsv"))
    codes = [r["code"] for _, r in rows]
    assert len(codes) == len(set(codes))
    by_code = {r["code"]: r for _, r in rows}
    for code in ("042", "043", "163", "130", "051"):
        assert code in by_code
    assert by_code["042"]["root"] == "04" and by_code["042"]["broader"] == "04"
    for _, r in rows:
        assert r["root"] == r["code"][:2]
        assert r["label_en"] and r["label_fr"], r


def _lexicon_copy(tmp_path: Path, lang: str, keep_comments: bool) -> Path:
    folder = tmp_path / lang
    shutil.copytree(resources.lexicon(lang, ""), folder)
    if not keep_comments:  # a minimal triggers.tsv: header and one good row
        (folder / "triggers.tsv").write_text(
            "lemma\tpos\tcameo\tframe\tpreps\talt\trefine\tnote\n"
            "visit\tVERB\t042\tvisit\t\t\t\t\n", encoding="utf-8")
    return folder


BAD_TRIGGER_ROWS = [
    pytest.param("fr", "visiter\tVERB\t999\tvisit\t\t\t\t", "unknown CAMEO code '999'", id="fr-cameo-999"),
    pytest.param("en", "visit\tVERB\t999\tvisit\tto\t\t\t", "unknown CAMEO code '999'", id="en-cameo-999"),
    pytest.param("fr", "visiter\tVERB\tvisite\tvisit\t\t\t\t", "unknown CAMEO code 'visite'", id="fr-cameo-word"),
    pytest.param("en", "visit\tVERB\t21\tvisit\t\t\t\t", "unknown CAMEO code '21'", id="en-cameo-21"),
    pytest.param("fr", "visiter\tVERB\t042\tvoyage\t\t\t\t", "frame 'voyage'", id="fr-frame"),
    pytest.param("en", "visit\tVERB\t042\ttravel\t\t\t\t", "frame 'travel'", id="en-frame"),
    pytest.param("fr", "avertir\tVERB\t130\tact\t\t2x\t\t", "unknown CAMEO code '2x'", id="fr-alt"),
    pytest.param("en", "meet\tVERB\t040\tmeet\twith\t\tphone:04a\t", "unknown CAMEO code '04a'", id="en-refine"),
    pytest.param("fr", "visiter\tVERB\t049\tvisit\t\t\t\t", "unknown CAMEO code '049'", id="fr-cameo-049"),
    pytest.param("en", "visit\tVERB\t049\tvisit\t\t\t\t", "unknown CAMEO code '049'", id="en-cameo-049"),
]


@pytest.mark.parametrize("keep_comments", [
    pytest.param(False, id="minimal"),
    pytest.param(True, id="shipped-with-comments"),
])
@pytest.mark.parametrize("lang, row, problem", BAD_TRIGGER_ROWS)
def test_data_files_bad_trigger_names_file_and_line(tmp_path: Path, lang: str, row: str, problem: str,
                                                    keep_comments: bool) -> None:
    folder = _lexicon_copy(tmp_path, lang, keep_comments)
    tpath = folder / "triggers.tsv"
    with tpath.open("a", encoding="utf-8") as fh:
        fh.write(row + "\n")
    line = len(tpath.read_text(encoding="utf-8").splitlines())
    with pytest.raises(DataFileError) as err:
        lexicon.load(lang, folder)
    assert f"triggers.tsv:{line}:" in str(err.value)
    assert problem in str(err.value)


@pytest.mark.parametrize("lang", resources.languages())
def test_data_files_a_cue_with_two_rows_has_both_kinds(tmp_path: Path, lang: str) -> None:
    folder = _lexicon_copy(tmp_path, lang, keep_comments=True)
    with (folder / "cues.tsv").open("a", encoding="utf-8") as fh:
        fh.write("zorglub\treport\nzorglub\tlight\n")
    lex = lexicon.load(lang, folder)
    assert lex.cues["zorglub"] == "report"  # the first row is its reading in general
    assert lex.cue_is("Zorglub", "report") and lex.cue_is("zorglub", "light")
    assert not lex.cue_is("zorglub", "future")


@pytest.mark.parametrize("lang", resources.languages())
def test_data_files_missing_lexicon_file(tmp_path: Path, lang: str) -> None:
    folder = _lexicon_copy(tmp_path, lang, keep_comments=True)
    (folder / "cues.tsv").unlink()
    with pytest.raises(DataFileError, match=r"cues\.tsv: missing lexicon file"):
        lexicon.load(lang, folder)


# ---- gazetteer ----

@pytest.fixture(scope="module")
def gz() -> gazetteer.Gazetteer:
    return gazetteer.load()


def test_data_files_gazetteer_qids_valid(gz: gazetteer.Gazetteer) -> None:
    bad = [(k, e.qid) for k, e in gz.entities.items() if e.qid is not None and not QID.match(e.qid)]
    assert bad == []
    bad_keys = [k for k in gz.entities if k.startswith("Q") and not QID.match(k)]
    assert bad_keys == []
    # known anchors
    assert gz.entities["Q7747"].type == "Person" and gz.entities["Q7747"].label == "Vladimir Putin"
    assert gz.entities["Q159"].type == "Country"
    assert gz.entities["Q649"].type == "Place" and gz.entities["Q649"].country == "Q159"


def test_data_files_gazetteer_qid_has_one_type() -> None:
    base = resources.data_dir() / "gazetteers"
    types: dict[str, set[str]] = defaultdict(set)
    where: dict[str, list[str]] = defaultdict(list)
    for n, r in tsv_rows(base / "countries.tsv"):
        for qid, kind in ((r["qid"], "Country"), (r["capital_qid"], "Place")):
            if qid:
                assert QID.match(qid), f"countries.tsv:{n}: {qid!r}"
                types[qid].add(kind)
                where[qid].append(f"countries.tsv:{n}")
    for n, r in tsv_rows(base / "actors.tsv"):
        if r["qid"]:
            assert QID.match(r["qid"]), f"actors.tsv:{n}: {r['qid']!r}"
            types[r["qid"]].add(r["type"])
            where[r["qid"]].append(f"actors.tsv:{n}")
    clashes = {q: (sorted(t), where[q]) for q, t in types.items() if len(t) > 1}
    assert clashes == {}


def test_data_files_gazetteer_person_rows_agree_and_ids_have_evidence() -> None:
    """All term rows of one person carry the same id (a row with and one without would make the person
    two entities and their name ambiguous), one id names one person, and every id of actors.tsv has its
    line in actors-evidence.md (where it was read)."""
    base = resources.data_dir() / "gazetteers"
    ids_of: dict[tuple[str, str], set[str]] = defaultdict(set)
    names_of: dict[str, set[str]] = defaultdict(set)
    for n, r in tsv_rows(base / "actors.tsv"):
        if r["type"] == "Person":
            ids_of[(r["name_en"], r["country"])].add(r["qid"])
            if r["qid"]:
                names_of[r["qid"]].add(r["name_en"])
    assert {k: sorted(v) for k, v in ids_of.items() if len(v) > 1} == {}
    assert {q: sorted(v) for q, v in names_of.items() if len(v) > 1} == {}
    evidence = (base / "actors-evidence.md").read_text(encoding="utf-8")
    listed = set(re.findall(r"^\| (Q[1-9][0-9]*) \|", evidence, flags=re.M))
    qids = {r["qid"] for _, r in tsv_rows(base / "actors.tsv") if r["qid"]}
    assert sorted(qids - listed) == []


def test_data_files_gazetteer_country_names_resolve(gz: gazetteer.Gazetteer) -> None:
    unresolved = []
    for n, r in tsv_rows(resources.data_dir() / "gazetteers" / "countries.tsv"):
        own = [r["name_en"], r["name_fr"], *gazetteer._split(r["aliases"]), *gazetteer._split(r["seats"])]
        capitals = gazetteer._split(r["capital_en"]) + gazetteer._split(r["capital_fr"])
        for name in own + capitals:
            if name.startswith(gazetteer.AMBIGUOUS):
                if gazetteer.normalise(name[1:]) not in gz.ambiguous:
                    unresolved.append((n, name, "marked ambiguous but linkable"))
                continue
            key = gz.lookup(name)
            if key is None:
                if gazetteer.normalise(name) not in gz.ambiguous:
                    unresolved.append((n, name, "unknown"))
                continue
            assert key in gz.entities
            # a country's own names denote it; a capital denotes itself, or the state it is named like
            # ("Luxembourg", "Mexico")
            allowed = {r["qid"]} if name in own else {r["qid"], r["capital_qid"] or key}
            if key not in allowed:
                unresolved.append((n, name, f"resolves to {key} {gz.entities[key].label}"))
    assert unresolved == []


@pytest.mark.parametrize("name, key", [
    ("Russie", "Q159"), ("Russia", "Q159"), ("Kremlin", "Q159"), ("États-Unis", "Q30"), ("U.S.", "Q30"),
    ("Maison-Blanche", "Q30"), ("White House", "Q30"), ("Poutine", "Q7747"), ("Putin", "Q7747"),
    ("Corée du Nord", "Q423"), ("North Korea", "Q423"),
    # Ethiopian and Eritrean names are patronymic: the press writes the given name alone
    ("Abiy", "Q50365049"), ("Isaias", "Q57348"),
])
def test_data_files_gazetteer_lookup(gz: gazetteer.Gazetteer, name: str, key: str) -> None:
    assert gz.lookup(name) == key


COUNTRY_HEADER = "\t".join(gazetteer.COUNTRY_COLUMNS)
ACTOR_HEADER = "\t".join(gazetteer.ACTOR_COLUMNS)
GOOD_COUNTRY = "Q159\tRU\tRussia\tRussie\t\tRussian\trusse\tQ649\tMoscow\tMoscou\tKremlin"
GOOD_ACTOR = "Q7747\tPerson\tRU\thead_of_state\t2000\t\tVladimir Putin\tVladimir Poutine\tPutin|Poutine\t"


@pytest.mark.parametrize("file, lines, line, problem", [
    ("countries.tsv", [COUNTRY_HEADER, GOOD_COUNTRY, "Q-1\tFR\tFrance\tFrance\t\t\t\t\t\t\t"], 3, "bad Wikidata id 'Q-1'"),
    ("countries.tsv", [COUNTRY_HEADER, "# a comment", GOOD_COUNTRY, "q142\tFR\tFrance\tFrance\t\t\t\t\t\t\t"],
     4, "bad Wikidata id 'q142'"),
    ("countries.tsv", [COUNTRY_HEADER, "Q142\tFR\tFrance"], 2, "3 fields, expected 11"),
    ("countries.tsv", ["qid\tname", GOOD_COUNTRY], 1, "header"),
    ("actors.tsv", [ACTOR_HEADER, GOOD_ACTOR, "Q07747\tPerson\t\t\t\t\tX\tX\t\t"], 3, "bad Wikidata id 'Q07747'"),
    ("actors.tsv", [ACTOR_HEADER, "# note", GOOD_ACTOR, "Q1\tRobot\t\t\t\t\tX\tX\t\t"], 4, "type 'Robot'"),
    ("actors.tsv", [ACTOR_HEADER, "Q2\tPerson\t\tminister\t2020-13\t\tX\tX\t\t"], 2, "bad date '2020-13'"),
])
def test_data_files_bad_gazetteer_names_file_and_line(tmp_path: Path, file: str, lines: list[str], line: int,
                                                      problem: str) -> None:
    (tmp_path / file).write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(DataFileError) as err:
        gazetteer.load(tmp_path)
    assert f"{file}:{line}:" in str(err.value)
    assert problem in str(err.value)


def test_data_files_combining_form_names_one_country(tmp_path: Path) -> None:
    """combining-forms.tsv names countries, not ids: a name the gazetteer cannot resolve is an error at its line."""
    (tmp_path / "countries.tsv").write_text(f"{COUNTRY_HEADER}\n{GOOD_COUNTRY}\n", encoding="utf-8")
    (tmp_path / "combining-forms.tsv").write_text("form\tcountry\tnote\nrusso\tRussie\t\nfranco\tFrancia\t\n",
                                                 encoding="utf-8")
    with pytest.raises(DataFileError) as err:
        gazetteer.load(tmp_path)
    assert "combining-forms.tsv:3:" in str(err.value) and "'Francia'" in str(err.value)
    (tmp_path / "combining-forms.tsv").write_text("form\tcountry\tnote\nrusso\tRussie\t\n", encoding="utf-8")
    assert gazetteer.load(tmp_path).combining == {"russo": "Q159"}


# ---- CAMEO SKOS file and ontology ----

def test_data_files_cameo_ttl_up_to_date() -> None:
    proc = subprocess.run([sys.executable, str(REPO / "tools" / "make_cameo_ttl.py"), "--check"],
                          capture_output=True, text=True, timeout=300, cwd=REPO)
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_data_files_kg_namespace_matches_ontology() -> None:
    onto = Graph().parse(resources.ontology_dir() / "news-kg.ttl", format="turtle")
    ns = str(KG._NS)
    defined = {s for s in onto.subjects() if isinstance(s, URIRef) and str(s).startswith(ns)}
    declared = {URIRef(ns + name) for name in KG.__annotations__}
    assert sorted(declared - defined) == [], "declared in kg/namespaces.py but not defined in the ontology"
    assert sorted(defined - declared) == [], "defined in the ontology but not declared in kg/namespaces.py"


def test_data_files_ontology_and_shapes_parse() -> None:
    for name in ("news-kg.ttl", "shapes.ttl", "cameo.ttl"):
        g = Graph().parse(resources.ontology_dir() / name, format="turtle")
        assert len(g) > 50, name
