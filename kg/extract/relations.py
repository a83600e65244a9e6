"""Relations between entities stated in the text: leaderOf, spokespersonOf and memberOf from titles
naming a person ("le porte-parole du Kremlin, Dmitri Peskov", "US envoy Amos Hochstein"), parentOf and affiliatedWith from kinship and
affiliation nouns in apposition ("Kim Jong Il, père de…"), locatedIn for places the gazetteer knows."""
from __future__ import annotations

import csv
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from .. import resources
from ..gazetteer import Gazetteer, normalise
from ..model import Relation, Sentence
from .entities import SERVING_ROLES, EntityIndex

LEADER_ROLES = {"head_of_state", "head_of_government", "leader", "counterpart"}


@lru_cache(maxsize=None)
def kinship(lang: str) -> dict[str, tuple[str, str]]:
    path = resources.lexicon(lang, "kinship.tsv")
    with path.open(encoding="utf-8") as fh:
        rows = list(csv.reader((ln for ln in fh if not ln.startswith("#")), delimiter="\t"))
    return {normalise(r[0]): (r[1], r[2]) for r in rows[1:] if len(r) == 3}


_KIN_OF: dict[int, tuple[dict, dict[tuple[int, int], tuple[str, str] | None]]] = {}


def _kin_entry(kin: dict[str, tuple[str, str]], tok: Token) -> tuple[str, str] | None:
    """kin's entry for the token's lemma or form, remembered by their hashes: every token of every
    article is asked, mostly the same words (normalising both strings at each was 1 % of extraction)."""
    entry = _KIN_OF.get(id(kin))
    if entry is None or entry[0] is not kin:
        entry = _KIN_OF[id(kin)] = (kin, {})
    seen, key = entry[1], (tok.lemma, tok.orth)
    if key not in seen:
        if len(seen) > 200_000:  # (a bound for a long-running process)
            seen.clear()
        seen[key] = kin.get(normalise(tok.lemma_)) or kin.get(normalise(tok.text))
    return seen[key]


def _sentence_of(doc: Doc, i: int, sentences: list[tuple[Span, Sentence]]) -> Sentence | None:
    for span, s in sentences:
        if span.start <= i < span.end:
            return s
    return None


def _person_near(tok: Token, idx: EntityIndex) -> str | None:
    """The person a noun is in apposition to, or whose description it is."""
    for cand in (tok.head, *[c for c in tok.children if c.dep_ in ("appos", "flat:name", "nsubj")]):
        ent = idx.entity_at(cand)
        if ent and ent.type == "Person":
            return ent.key
    return None


def _object_of(tok: Token, idx: EntityIndex, types: set[str]) -> str | None:
    """The entity after the noun's preposition ("père de X", "researcher at Y"), also through
    a coordinated noun ("père et prédécesseur de X")."""
    nouns = [tok, *[c for c in tok.children if c.dep_ == "conj"]]
    for n in nouns:
        for c in n.subtree:
            if c.i <= tok.i:
                continue
            ent = idx.entity_at(c)
            if ent and ent.type in types:
                return ent.key
            if c.dep_ == "poss" and ent and ent.type in types:
                return ent.key
    return None


def extract_relations(doc: Doc, sentences, idx: EntityIndex, gz: Gazetteer, lang: str) -> list[Relation]:
    out: list[Relation] = []
    for start, _end, person, role, country in idx.naming:
        sent = _sentence_of(doc, start, sentences)
        if sent is None or country is None:
            continue
        if role in LEADER_ROLES or role == "secretary_general":
            out.append(Relation(person, "leaderOf", country, sent, f"{lang}.title.{role}"))
        elif role == "spokesperson":
            out.append(Relation(person, "spokespersonOf", country, sent, f"{lang}.title.spokesperson"))
        elif role.endswith("_minister") or role in SERVING_ROLES:
            # ("interior_minister", "finance_minister"… from titles.tsv; "US envoy X", "l'ambassadeur russe, X")
            out.append(Relation(person, "memberOf", country, sent, f"{lang}.title.{role}"))
    kin = kinship(lang)
    for span, sent in sentences:
        for tok in span:
            entry = _kin_entry(kin, tok)
            if not entry or tok.pos_ != "NOUN":
                continue
            relation, direction = entry
            subject = _person_near(tok, idx)
            if subject is None:
                continue
            if relation == "parentOf":
                other = _object_of(tok, idx, {"Person"})
                if other and other != subject:
                    pair = (subject, other) if direction == "parent" else (other, subject)
                    out.append(Relation(pair[0], "parentOf", pair[1], sent, f"{lang}.kin.{tok.lemma_}"))
            else:
                org = _object_of(tok, idx, {"Organization"})
                if org:
                    out.append(Relation(subject, relation, org, sent, f"{lang}.affiliation.{tok.lemma_}"))
    # places the gazetteer locates, stated where they are mentioned
    for m in idx.mentions:
        ent = idx.entities[m.entity]
        if ent.type == "Place" and ent.country and ent.country in gz.entities:
            sent = next((s for sp, s in sentences if s.start <= m.start < s.end), None)
            if sent:
                out.append(Relation(ent.key, "locatedIn", ent.country, sent, "gazetteer.capital"))
    seen, unique = set(), []
    for r in out:
        if (r.subject, r.predicate, r.object) not in seen:
            seen.add((r.subject, r.predicate, r.object))
            unique.append(r)
    return unique
