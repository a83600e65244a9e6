"""Entity mentions: gazetteer names, spaCy NER, in-article aliases and titles ("le président russe").

The result is an `EntityIndex`: every mention with the entity it denotes, and a token → mention map
that the event and relation extractors use to turn syntactic arguments into actors.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from datetime import date

from spacy.attrs import NORM, ORTH
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token

from ..gazetteer import Gazetteer, RoleHolder, normalise, slug, strip_accents
from ..lexicon import Lexicon
from ..model import Entity, Mention
from .syntax import (DEMONYM_DEPS, coordinated, feature, is_reflexive, parse_changed, preposition, repair_dative_clitics,
                     repair_between, repair_coordinated_names, repair_de_lists, repair_a_lists, repair_conjunct_after_passive_clause, repair_list_head, repair_neighbouring, repair_object_conjuncts, repair_objects_after_dates, repair_date_objects, repair_infinitive_subjects, repair_object_relatives, repair_quoted_objects, repair_second_subjects, repair_subject_after_subject, repair_object_on_predicate, repair_circumstance_on_object,
                     sentence_before, window_start)

NER_TYPES = {"PER": "Person", "PERSON": "Person", "ORG": "Organization", "GPE": "Place", "LOC": "Place"}
# roles a title names; "leader"-like titles accept any of the top offices
LEADER_ROLES = {"head_of_state", "head_of_government", "leader"}
ROLE_FAMILY = {
    "leader": LEADER_ROLES, "counterpart": LEADER_ROLES | {"foreign_minister", "defence_minister"},
    "head_of_state": {"head_of_state", "leader"}, "head_of_government": {"head_of_government"},
    "foreign_minister": {"foreign_minister"}, "defence_minister": {"defence_minister"},
    "spokesperson": {"spokesperson"}, "secretary_general": {"secretary_general"},
}
# titles of people who serve a state without leading it ("US envoy Amos Hochstein"): they act for it,
# and no "leader" or "président" of it later is them
SERVING_ROLES = {"envoy", "ambassador", "adviser", "negotiator", "speaker", "official", "commander"}
_HAS_UPPER = re.compile(r"[A-ZÀ-Ý]")
_matchers: dict[int, PhraseMatcher] = {}


@dataclass
class EntityIndex:
    entities: dict[str, Entity] = field(default_factory=dict)
    mentions: list[Mention] = field(default_factory=list)
    by_token: dict[int, Mention] = field(default_factory=dict)  # token index -> mention covering it
    demonym_tokens: dict[int, str] = field(default_factory=dict)  # token index -> country key
    roles: list[RoleHolder] = field(default_factory=list)  # roles stated in this article
    naming: list[tuple[int, int, str, str, str | None]] = field(default_factory=list)  # title naming a person
    groups: dict[int, list[str]] = field(default_factory=dict)  # token -> entities ("les deux dirigeants")
    ordered: bool = False  # mentions kept in text order (once the gazetteer and NER passes are done)

    def add(self, doc: Doc, start: int, end: int, entity: Entity, via: str) -> Mention:
        span = doc[start:end]
        self.entities.setdefault(entity.key, entity)
        m = Mention(span.start_char, span.end_char, span.text, entity.key, via)
        if self.mentions and self.mentions[-1].start > m.start and self.ordered:
            bisect.insort(self.mentions, m, key=lambda x: x.start)  # a pronoun resolved late keeps text order
        else:
            self.mentions.append(m)
        for i in range(start, end):
            self.by_token[i] = m
        return m

    def entity_at(self, token: Token) -> Entity | None:
        m = self.by_token.get(token.i)
        return self.entities[m.entity] if m else None


def _matcher(nlp_vocab, gz: Gazetteer, make_doc) -> PhraseMatcher:
    key = id(nlp_vocab)
    if key not in _matchers:
        # matched on NORM, which find_mentions sets to the accent-free, casefolded form of each word
        matcher = PhraseMatcher(nlp_vocab, attr="NORM")
        patterns = []
        for n in sorted(set(gz.surface_names()) | set(gz.demonyms) | gz.blocked):
            d = make_doc(n)
            for t in d:
                t.norm_ = normalise(t.text)
            patterns.append(d)
        matcher.add("GZ", patterns)
        _matchers[key] = matcher
    return _matchers[key]


def _case_ok(span: Span, gz: Gazetteer) -> bool:
    """A word capitalised in the gazetteer only matches capitalised text ("Turkey", not "turkey");
    acronyms match only as written ("UN" is not "Un", "US" not "us"); demonyms match in any case."""
    n = normalise(span.text)
    raw = gz.raw_form(n)
    text = span.text.replace("’", "'")
    if raw is None or n in gz.demonyms or text in gz.spellings.get(n, ()) \
            or strip_accents(text) in gz.spellings.get(n, ()):
        return True  # (any spelling the data gives: "OTAN" and "Otan", and "Cédéao" as French typography accents it)
    letters = [c for c in raw if c.isalpha()]
    if letters and all(c.isupper() for c in letters):
        return span.text.replace("’", "'") == raw
    words = span.text.split()
    if len(words) > 1:  # "le département d'Etat", "l'Union européenne": one capital suffices
        return any(c.isupper() for c in span.text) or not any(c.isupper() for c in raw)
    return all(not w[:1].isupper() or t[:1].isupper() for w, t in zip(raw.split(), words))


def _strip_honorifics(span: Span, lex: Lexicon) -> Span:
    start = span.start
    while start < span.end - 1 and (normalise(span.doc[start].text).rstrip(".") in lex.honorifics
                                    or normalise(span.doc[start].text) in lex.honorifics
                                    or normalise(span.doc[start].text) in lex.titles):
        start += 1
    return span.doc[start:span.end]


_NORMS: dict[int, tuple[object, dict[int, int]]] = {}  # id(vocab) → (vocab, word hash → its NORM hash)


def _set_norms(doc: Doc) -> None:
    """Each token's NORM set to normalise(text), which the gazetteer matcher compares, in one array:
    a word's normal form is found once per vocabulary (setting norm_ token by token, with a string
    added to the vocabulary at each, cost three times as much)."""
    vocab, strings = doc.vocab, doc.vocab.strings
    entry = _NORMS.get(id(vocab))
    if entry is None or entry[0] is not vocab:
        entry = _NORMS[id(vocab)] = (vocab, {})
    known = entry[1]
    hashes = doc.to_array(ORTH)  # (a uint64 array, rewritten in place with the NORM hashes)
    norms = []
    for orth in hashes.tolist():
        h = known.get(orth)
        if h is None or h not in strings:
            h = known[orth] = strings.add(normalise(strings[orth]))
        norms.append(h)
    if norms:
        hashes[:] = norms
        doc.from_array([NORM], hashes)


# the words a name of the form "Conseil de paix et de sécurité de l'Union africaine" is cut after
DANGLING = {"de", "d'", "d’", "l'", "l’", "la", "le", "les", "du", "des", "of", "the"}


def _join_cut_names(doc: Doc) -> None:
    """"Conseil de paix et de sécurité de l'" and "Union africaine": the French NER cuts an
    organisation's name before the organisation or the state it belongs to; the two spans, the first
    ending on a preposition or an article, are one name."""
    ents = list(doc.ents)
    out, k, joined = [], 0, False
    while k < len(ents):
        e = ents[k]
        nxt = ents[k + 1] if k + 1 < len(ents) else None
        if e.label_ == "ORG" and nxt is not None and nxt.start == e.end and len(e) > 1 \
                and doc[e.end - 1].lower_ in DANGLING and nxt.label_ in ("ORG", "GPE", "LOC"):
            out.append(Span(doc, e.start, nxt.end, label="ORG"))
            k, joined = k + 2, True
            continue
        out.append(e)
        k += 1
    if joined:
        doc.ents = out


# "the Saudi-led coalition", "Iran-backed militias", "Russian-backed separatists": a group named by who leads or backs it
LED_BY = {"led", "backed", "supported", "sponsored", "funded", "armed", "aligned", "allied"}


def _led_group(doc: Doc, end: int) -> tuple[int, str] | None:
    """After a name ending at `end`: "-led", "-backed"… and the noun of the group it names, within a
    few modifiers ("Iran-backed militant groups"): that noun's index and the verb."""
    if end + 2 >= len(doc) or doc[end].text not in ("-", "‑", "–") or doc[end + 1].lower_ not in LED_BY:
        return None
    for j in range(end + 2, min(end + 6, len(doc))):
        t = doc[j]
        if t.pos_ == "NOUN" and not (j + 1 < len(doc) and doc[j + 1].pos_ == "NOUN" and doc[j + 1].head == t.head
                                     and t.dep_ == "compound"):
            return j, doc[end + 1].text
        if t.pos_ not in ("ADJ", "NOUN", "PROPN") and t.text not in ("-",):
            return None
    return None


def _inside_coordinated_name(doc: Doc, start: int, gz: Gazetteer) -> bool:
    """"the Peace and Security Council", "the Justice and Development Party": a name that begins after
    "and" with an article and one capitalised word before it is the end of a longer name (unless that
    word is a name of its own: "the Russia and China talks"; "Gulf Cooperation Council and European
    Union" names two)."""
    if start < 3 or doc[start - 1].lower_ not in ("and", "&", "et") \
            or doc[start - 3].lower_ not in ("the", "le", "la", "les", "l'", "l’"):
        return False
    before = doc[start - 2]
    return before.text[:1].isupper() and gz.lookup(before.text) is None and normalise(before.text) not in gz.demonyms


def find_mentions(doc: Doc, gz: Gazetteer, lex: Lexicon, published: date | None, make_doc) -> EntityIndex:
    idx = EntityIndex()
    taken: set[int] = set()
    _set_norms(doc)
    if lex.lang == "fr":
        repair_dative_clitics(doc)
        repair_object_relatives(doc)
        repair_quoted_objects(doc)
        repair_second_subjects(doc)
        repair_subject_after_subject(doc)
        repair_object_on_predicate(doc)
        repair_circumstance_on_object(doc, lambda t: lex.is_head(t, "time"))
        repair_date_objects(doc, lambda t: lex.is_head(t, "time"))
        repair_infinitive_subjects(doc)
        repair_objects_after_dates(doc, lambda t: lex.is_head(t, "time"))
        repair_de_lists(doc)
        repair_a_lists(doc)
    else:
        repair_neighbouring(doc)
        repair_coordinated_names(doc)
        repair_conjunct_after_passive_clause(doc)
    repair_between(doc, lambda lemma: lex.cue_is(lemma, "occur"))
    repair_object_conjuncts(doc)
    repair_list_head(doc)
    _join_cut_names(doc)
    # 1. gazetteer names, longest first — except a state named inside a longer organisation name
    # ("White House National Security Council", "Bank of England"): that is the organisation's
    # (only spans that could be names: "ministre turc de la Défense" tagged ORG is a title)
    ents = doc.ents  # (spaCy builds the spans anew at each .ents: once here)
    # ("the Indian Navy": the NER's span keeps a lower-case article, the name starts after it)
    orgs = [(e.start, e.end) for e in ents if e.label_ == "ORG" and _plausible_name(_undetermined(e))]
    named = [(e.start, e.end) for e in ents if e.label_ in ("ORG", "PER", "PERSON", "NORP", "MISC")
             and _plausible_name(_undetermined(e))]
    persons = [(e.start, e.end) for e in ents if e.label_ in ("PER", "PERSON") and len(e) >= 2 and _plausible_name(e)]
    org_country: dict[tuple[int, int], str] = {}
    undecided: list[tuple[int, int, str]] = []
    matches = sorted(_matcher(doc.vocab, gz, make_doc)(doc), key=lambda m: (m[1] - m[2], m[1]))
    for _, start, end in matches:
        if any(i in taken for i in range(start, end)):
            continue
        span = doc[start:end]
        n = normalise(span.text)
        if n in gz.blocked:
            taken.update(range(start, end))
            continue
        if not _case_ok(span, gz):
            continue
        if any(s < start and end <= e for s, e in persons) and doc[start - 1].pos_ == "PROPN" and (
                gz.lookup(span.text) is None or gz.entities[gz.lookup(span.text)].type in ("Country", "Place")):
            continue  # "François Hollande": a surname that also names a place is the person's ("Abdallah de Jordanie" is not)
        led = _led_group(doc, end)
        if led is not None:
            # "the Saudi-led coalition" acts for Saudi Arabia; "Iran-backed militias" are no Iran
            head, verb = led
            if normalise(verb) != "led" and start > 0 and doc[start - 1].lower_ == "the":
                # "the Iran-backed rebels" after "the Houthis": the group named before (group heads), not Iran
                taken.update(range(start, end + 2))
                continue
            state = gz.lookup(span.text) or gz.demonyms.get(n)
            state = state if state and gz.entities[state].type == "Country" else None
            label = doc[start:head + 1].text
            group = Entity(key=f"Organization:{slug(label)}", type="Organization", label=label,
                           country=state if normalise(verb) == "led" else None)
            idx.add(doc, start, head + 1, group, "ner")
            taken.update(range(start, head + 1))
            continue
        key = gz.lookup(span.text)
        if key and gz.entities[key].type == "Organization" and _inside_coordinated_name(doc, start, gz):
            taken.update(range(start, end))  # "the Peace and Security Council": no UN Security Council
            continue
        # (a longer span counts only if its extra words name something: "Union européenne de l'annexion
        # russe" is the NER running on, "Banque centrale de Russie" is a name)
        outer = [(s, e) for s, e in orgs if s <= start and end <= e and (e - s) >= (end - start) + 2
                 and any(t.text[:1].isupper() for t in list(doc[s:start]) + list(doc[end:e]) if t.pos_ != "DET")]
        if key and gz.entities[key].type == "Place" and not gz.entities[key].qid:
            # a town inside a longer name ("Azov Battalion", "Donetsk People's Republic") is that name's
            outer = outer or [(s, e) for s, e in named if s <= start and end <= e and (e - s) > (end - start)]
        if outer and (key is None or gz.entities[key].type != "Person"):
            if key and gz.entities[key].type == "Country":
                org_country[outer[0]] = key
            elif key and gz.entities[key].country:
                org_country.setdefault(outer[0], gz.entities[key].country)
            elif key and gz.entities[key].type == "Organization":
                # "Conseil de paix et de sécurité de l'Union africaine": an organ acts for its organisation
                org_country.setdefault(outer[0], key)
            elif key is None and n in gz.demonyms:
                # "Forces de défense rwandaises", "Gabonese Armed Forces": a demonym in the name is its state
                org_country.setdefault(outer[0], gz.demonyms[n])
            continue
        if n in gz.demonyms and gz.lookup(span.text) is None:
            root = span.root
            if span.text[:1].isupper() and root.pos_ in ("NOUN", "PROPN") and root.dep_ in (
                    "nsubj", "nsubj:pass", "nsubjpass", "obj", "dobj", "pobj", "obl", "obl:arg", "conj") \
                    and (lex.lang == "fr" or span.text.endswith("s") or (
                        span.text.endswith(("ese", "ish", "ch", "ss")) and start > 0 and doc[start - 1].lower_ == "the")):
                # "les Russes", "the Israelis", "the British", "the Chinese": the people, standing for their state
                idx.add(doc, start, end, gz.entities[gz.demonyms[n]], "demonym")
                taken.update(range(start, end))
                continue
            if span.text[:1].isupper() and lex.lang == "fr" and start > 0 and not doc[start - 1].is_punct:
                continue  # a capitalised French demonym that is no subject or object: leave it
            for i in range(start, end):
                idx.demonym_tokens[i] = gz.demonyms[n]
            taken.update(range(start, end))
            continue
        key = gz.lookup(span.text)
        if key is None:
            taken.update(range(start, end))  # an ambiguous name is known, and blocks NER guesses
            if gz.candidates.get(n):  # (one state of that name may still be decided by the article)
                undecided.append((start, end, n))
            continue
        idx.add(doc, start, end, gz.entities[key], "gazetteer")
        taken.update(range(start, end))
    _decide_by_article(doc, idx, gz, undecided, lex)
    taken.update(_bracketed_acronyms(doc, idx))
    # 2. NER spans the gazetteer did not cover
    pending: list[Span] = []
    for ent in ents:
        etype = NER_TYPES.get(ent.label_)
        if etype is None and ent.label_ == "MISC":
            ent, etype = _name_in_titled_span(doc, ent, lex)
        if etype is None or any(i in taken for i in range(ent.start, ent.end)):
            continue
        span = _strip_honorifics(ent, lex)
        while len(span) > 1 and span[0].pos_ == "DET":
            span = span[1:]  # "The Rapid Support Forces" at a sentence start: the name has no article
        while len(span) > 1 and span[-1].text in ("'s", "’s", "'", "’"):
            span = span[:-1]  # "Nancy Pelosi’s trip": the model's span holds the possessive mark, the name does not
        if not _plausible_name(span) or (len(span) == 1 and (normalise(span.text) in lex.heads
                                                             or normalise(span.lemma_) in lex.heads)):
            continue  # a capitalised common noun ("l'État sénégalais") is no name
        if etype == "Organization" and _portfolio(span, lex):
            continue
        if len(span) == 3 and span[1].text in ("-", "–") and all(
                normalise(t.text) in gz.demonyms or gz.combining.get(normalise(t.text)) or gz.lookup(t.text)
                for t in (span[0], span[2])):
            continue  # "a Kazakh-Uzbek border agreement", "Sino-Indian talks": two states' pair adjective, no organisation
        if lex.is_head(span[0], "hazard") or (span.start > 0 and lex.is_head(doc[span.start - 1], "hazard")):
            taken.update(range(ent.start, ent.end))
            continue  # "hit by cyclone Idai", "Hurricane Irma": a storm's name, no actor
        key = gz.lookup(span.text) or gz.lookup(span.text.replace("-", " "))
        if key:
            idx.add(doc, span.start, span.end, gz.entities[key], "gazetteer")
        else:
            if etype == "Organization" and any(lex.is_head(t, "venue") for t in (*span[:2], span[-1])):
                etype = "Place"  # "l'Université FPT", "the Golden-Domed Cathedral": visited, never an actor
            pending.append((span, etype, org_country.get((ent.start, ent.end))))
        taken.update(range(ent.start, ent.end))
    pending = _retype_titled(doc, pending, lex)
    _resolve_pending(doc, idx, pending, gz, lex)
    # in text order from here: "the last person named" is read as mentions[-1] (they were added by
    # source — gazetteer, then NER)
    idx.mentions.sort(key=lambda m: m.start)
    idx.ordered = True
    _names_read_as_verbs(doc, idx)
    _demonyms_read_as_nouns(doc, idx)
    _resolve_titles(doc, idx, gz, lex, published)
    _capitals_as_states(doc, idx, gz, lex)
    _communities(doc, idx, gz)
    _state_bodies(doc, idx, gz, lex)
    _groups(doc, idx, gz, lex)
    _person_descriptions(doc, idx, gz, lex)
    _resolve_references(doc, idx, gz, lex)
    idx.mentions.sort(key=lambda m: m.start)
    return idx


def _bracketed_acronyms(doc: Doc, idx: EntityIndex) -> set[int]:
    """"le Cadre stratégique permanent (CSP)", "Forces armées de la RDC (FARDC)": a capitalised name
    followed by the acronym of its words is an organisation, whether the NER saw it or not. Returns
    the tokens taken."""
    taken: set[int] = set()
    texts = [t.text for t in doc]  # (read once: most documents have no bracket at all)
    for i in range(1, len(doc) - 2):
        acr = texts[i + 1]
        if texts[i] != "(" or texts[i + 2] != ")" or not (2 <= len(acr) <= 8 and acr.isalpha() and acr.isupper()):
            continue
        letters = ""
        for k in range(i - 1, max(doc[i].sent.start, i - 16) - 1, -1):
            t = doc[k]
            if t.pos_ in ("VERB", "AUX") or t.text in (",", ";", ":", "(", ")"):
                break
            if t.pos_ in ("NOUN", "PROPN", "ADJ") and t.is_alpha:
                letters = t.text[0].upper() + letters
            elif t.text[:1].isupper() and t.pos_ not in ("DET", "ADP"):
                letters = t.text[0].upper() + letters
            if letters == acr and t.text[:1].isupper():
                held = [doc[j] for j in range(k, i + 2) if j in idx.by_token]
                if any(idx.entity_at(h).type in ("Organization", "Person") for h in held):
                    break  # a name the gazetteer knows; its acronym is handled with it
                for m in {idx.by_token[h.i] for h in held}:  # "la RDC" inside "Forces armées de la RDC"
                    idx.mentions.remove(m)
                    for j in [j for j, held_m in idx.by_token.items() if held_m is m]:
                        del idx.by_token[j]
                label = doc[k:i].text
                ent = Entity(key=f"Organization:{slug(label)}", type="Organization", label=label)
                idx.add(doc, k, i, ent, "ner")
                idx.add(doc, i + 1, i + 2, ent, "alias")
                taken.update(range(k, i + 2))
                break
            if len(letters) > len(acr):
                break
    return taken


def demonym_mentions(doc: Doc, idx: EntityIndex) -> list[Mention]:
    """Demonyms ("Thai farm workers", "les soldats ukrainiens") as mentions of their state, for the
    graph and its provenance — added once extraction is done, so no pronoun, title or "its" resolution
    takes an adjective for a state the text named."""
    out: list[Mention] = []
    run: list[int] = []
    for i in sorted(idx.demonym_tokens) + [-2]:
        if run and (i != run[-1] + 1 or idx.demonym_tokens.get(i) != idx.demonym_tokens[run[0]]):
            if not any(j in idx.by_token for j in run):
                span = doc[run[0]:run[-1] + 1]
                out.append(Mention(span.start_char, span.end_char, span.text, idx.demonym_tokens[run[0]], "demonym"))
            run = []
        if i >= 0:
            run.append(i)
    return out


def _demonyms_read_as_nouns(doc: Doc, idx: EntityIndex) -> None:
    """"le président érythréen Isaias Afwerki": the French model reads a demonym it rarely saw as a noun in
    apposition to the title before it, or as part of the name after it, and the title then has no state; or as a
    verb ("les diplomates lettons", "letter"). A lower-case demonym right after a noun qualifies it."""
    changed = False
    for i in idx.demonym_tokens:
        tok = doc[i]
        if tok.dep_ in ("appos", "flat:name") and tok.head.i == i - 1 and tok.head.pos_ == "NOUN" \
                and tok.text[:1].islower():
            tok.pos_, tok.dep_ = "ADJ", "amod"
            changed = True
        elif tok.pos_ == "VERB" and tok.dep_ != "ROOT" and i > 0 and doc[i - 1].pos_ == "NOUN" and tok.text[:1].islower() \
                and not any(c.dep_.startswith(("nsubj", "obj", "aux")) for c in tok.children):
            # ("l'expulsion de tous les diplomates lettons": "lettons" read as the verb "letter")
            for c in list(tok.children):
                c.head = tok.head
            tok.pos_, tok.dep_, tok.head = "ADJ", "amod", doc[i - 1]
            changed = True
    if changed:
        parse_changed(doc)


def _names_read_as_verbs(doc: Doc, idx: EntityIndex) -> None:
    """"a accueilli Narendra Modi à Londres": the French model reads a first name ending like a verb as one
    ("Narendra" an infinitive's xcomp), and the verb is left with no object. A person's name is a noun; one
    hung on a verb as its clause, with no object there, is that verb's object."""
    changed = False
    for m in idx.mentions:
        if idx.entities[m.entity].type not in ("Person", "Country", "Organization"):
            continue
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None:
            continue
        first = span[0]
        if first.pos_ != "VERB":
            continue
        first.pos_ = "PROPN"
        changed = True
        nxt = doc[span.end] if span.end < len(doc) else None
        if first.dep_ == "ROOT" and len(span) == 1 and nxt is not None and nxt.pos_ == "VERB" and nxt.head != nxt \
                and first.is_ancestor(nxt):
            # "ECOWAS imposed sanctions on Mali" parsed with "ECOWAS" the root verb and "imposed" an adjective
            # of its object: the verb after the name is the root, the name its subject
            for c in list(first.children):
                if c != nxt:
                    c.head = nxt
            nxt.head, nxt.dep_ = nxt, "ROOT"
            first.head, first.dep_ = nxt, "nsubj"
            continue
        if idx.entities[m.entity].type != "Person":
            continue
        verb = first.head
        if first.dep_ in ("xcomp", "ccomp", "advcl") and verb.pos_ in ("VERB", "AUX") and verb.i < first.i \
                and not any(c.dep_ in ("obj", "dobj") for c in verb.children):
            first.dep_ = "obj" if doc.lang_ == "fr" else "dobj"
    if changed:
        parse_changed(doc)


def _decide_by_article(doc: Doc, idx: EntityIndex, gz: Gazetteer, undecided: list[tuple[int, int, str]],
                       lex: Lexicon) -> None:
    """A name shared by several states ("Congo", "congolais", "Corée") names the one of them the
    article names unambiguously, when it names exactly one ("la RDC … l'armée congolaise"); a
    name of one state and of other things ("Jordan") names it after a place preposition or when
    the article uses its demonym."""
    named = {m.entity for m in idx.mentions} | set(idx.demonym_tokens.values())
    for start, end, n in undecided:
        chosen = gz.candidates[n] & named
        j = start - 1
        while j > 0 and (doc[j].pos_ in ("ADJ", "PROPN") and doc[j].lower_ != n or doc[j].text == "-"
                         or lex.is_head(doc[j], "direction")) and start - j < 5:
            j -= 1  # "in north-eastern Jordan", "dans le sud de la Jordanie"
        if j > 0 and doc[j].pos_ == "DET" and normalise(doc[j].text) in ("la", "le", "l'", "l’", "les", "the"):
            j -= 1  # "de la Guinée", "of the Congo": the preposition before the article
        if not chosen and len(gz.candidates[n]) == 1 and n not in gz.candidate_demonyms and j >= 0 \
                and normalise(doc[j].text) in LOCATIVE | {"from", "of", "de", "du"} \
                and (end == len(doc) or not doc[end].text[:1].isupper()):
            # "a base in north-eastern Jordan", "en Géorgie": the one state of that name, as a place
            chosen = set(gz.candidates[n])
        if len(chosen) != 1:
            continue
        key = next(iter(chosen))
        if n in gz.candidate_demonyms:
            for i in range(start, end):
                idx.demonym_tokens[i] = key
        else:
            idx.add(doc, start, end, gz.entities[key], "gazetteer")


LOCATIVE = {normalise(p) for p in ("à", "en", "au", "aux", "dans", "vers", "in", "at", "to", "into", "near",
                                      "across", "outside")}


def _capitals_as_states(doc: Doc, idx: EntityIndex, gz: Gazetteer, lex: Lexicon) -> None:
    """A capital acting ("Moscou a averti", "Washington said") names its state; a capital as a
    place ("à Moscou", "in Kyiv") stays the city; a dateline is no mention at all. A locative
    preposition that introduces an event's target ("livrer des armes à Kiev", "reproche à Paris",
    "deliveries to Kyiv") or a source ("according to Berlin", "selon Moscou") names the state."""
    datelines: list[int] = []  # (and other mentions that are no reference to a place: dropped)
    for n, m in enumerate(idx.mentions):
        ent = idx.entities[m.entity]
        if ent.type != "Place" or not ent.country or ent.country not in gz.entities:
            continue
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if _dateline(span):
            datelines.append(n)  # "SEOUL, Dec 20 — North Korea…": where the story was filed, no actor
            continue
        tok = span.root
        prep = preposition(tok)
        topic = span.start == span.sent.start and span.end < len(doc) and doc[span.end].text == ","
        named_for = tok.dep_ in ("compound", "amod") or prep in ("de", "of", "du")  # (an accord *with* Seoul is Seoul's)
        if named_for and (tok.head.pos_ in ("NOUN", "PROPN") and lex.is_head(tok.head, "document") and tok.dep_ in (
                "compound", "nmod", "amod") or (tok.dep_ == "pobj" and tok.head.head.pos_ in ("NOUN", "PROPN")
                                                and lex.is_head(tok.head.head, "document"))):
            datelines.append(n)  # "the Vienna Convention", "les accords de Minsk": part of a name, no place
            continue
        if (prep in LOCATIVE or tok.head.lower_ == "à" or (
                tok.dep_ in ("obl:mod", "npadvmod") and prep is None and not topic)) \
                and not _addressed(tok, prep, lex):
            # (but "Pour Alger, …", "avec Pékin", "Kigali, de son côté, nie…" are the state)
            continue
        state = gz.entities[gz.metonyms.get(normalise(m.text), ent.country)]
        idx.entities.setdefault(state.key, state)
        new = Mention(m.start, m.end, m.text, state.key, "metonym")
        idx.mentions[n] = new
        for j in range(span.start, span.end):
            idx.by_token[j] = new
    for n in reversed(datelines):
        m = idx.mentions.pop(n)
        for j, held in list(idx.by_token.items()):
            if held is m:
                del idx.by_token[j]


IN_PLACE = {normalise(p) for p in ("in", "en", "dans", "into", "near", "près", "inside", "within")}


def _addressed(tok: Token, prep: str | None, lex: Lexicon) -> bool:
    """Whether a place phrase is the target of the word it hangs on — a trigger that takes its
    target after that preposition, not one of visiting or meeting — or the source of a report."""
    if prep is None or prep in IN_PLACE:
        return False  # ("the war in Gaza", "la guerre en Ukraine": a place the event is in)
    marker = next((c for c in tok.children if c.dep_ == "case"), None) if tok.head.pos_ != "ADP" else tok.head
    if marker is not None and marker.i > 0 and lex.cues.get(normalise(f"{doc_word(marker, -1)} {marker.text}")) == "attribution":
        return True  # "according to Berlin"
    head = tok.head.head if tok.head.pos_ == "ADP" else tok.head
    pos = {"VERB": "VERB", "NOUN": "NOUN"}.get(head.pos_)
    if pos is None:
        return False
    lemma = normalise(head.lemma_)
    # ("reproche" left unlemmatised by the tagger: the infinitive its form gives)
    for trig in lex.triggers.get((lemma, pos), ()) or lex.triggers.get((lemma + "r", pos), ()):
        if trig.frame not in ("visit", "host", "meet") and prep in trig.preps:
            return True
    return lex.cues.get(normalise(head.lemma_)) == "report" and prep in (normalise("à"), "to")  # "adressée à Belgrade"


def doc_word(tok: Token, offset: int) -> str:
    return tok.doc[tok.i + offset].text


DASHES = {"—", "–", "-", "--"}


def _dateline(span: Span) -> bool:
    """A place that opens a sentence and is followed, before any verb, by a dash: the wire dateline
    ("SEOUL, Dec 20 —", "NEW DELHI/ISLAMABAD, May 7 —", "PARIS (AFP) -")."""
    doc = span.doc
    if span.start != span.sent.start and not (span.start > 0 and doc[span.start - 1].text == "/"):
        return False
    if len(span.text) > 2 and span.text.isupper() and span.end < len(doc) and doc[span.end].text in ("(", ","):
        return True  # "DOHA (Reuters)The United States…", "KYIV, Ukraine": a capitalised place, the story's filing place
    for t in doc[span.end: min(len(doc), span.end + 10)]:
        if t.text in DASHES or (t.text == ":" and doc[t.i - 1].text == ")"):  # "Baghdad, Jun 16 (IANS): …"
            return True
        if t.pos_ in ("VERB", "AUX"):
            return False
    return False


def _communities(doc: Doc, idx: EntityIndex, gz: Gazetteer) -> None:
    """"les Serbes du Kosovo", "Kurds in Syria": a people named with a land of another state is a
    community living there, not the state its name comes from."""
    for m in [m for m in idx.mentions if m.via == "demonym"]:
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None:
            continue
        root = span.root
        for c in root.children:
            if c.i < root.i or c.dep_ not in ("nmod", "prep", "obl", "acl"):
                continue
            nominal = c if c.dep_ != "prep" else next((p for p in c.children if p.dep_ == "pobj"), None)
            if nominal is None or preposition(nominal) not in ("de", "of", "in", "en", "dans"):
                continue
            land = None
            for t in nominal.subtree:  # "du nord du Kosovo": the land may sit a word deeper
                ent = idx.entity_at(t)
                if ent is not None and ent.type in ("Country", "Place"):
                    land = ent.key if ent.type == "Country" else ent.country
                    break
            if land is None or land == m.entity:
                continue
            end = max(t.i for t in nominal.subtree) + 1
            label = doc[span.start:end].text
            group = Entity(key=f"Organization:{slug(label)}", type="Organization", label=label, country=land)
            for i in range(span.start, end):
                idx.by_token.pop(i, None)
            idx.mentions[:] = [x for x in idx.mentions if not (span.start_char <= x.start < doc[end - 1].idx + len(doc[end - 1]))]
            idx.add(doc, span.start, end, group, "group")
            break


def _state_bodies(doc: Doc, idx: EntityIndex, gz: Gazetteer, lex: Lexicon) -> None:
    """"le ministère taïwanais de la Défense", "l'armée azerbaïdjanaise", "Russia's defence ministry":
    an organisation of a state, named by its kind and its country; it acts for that state. A bare
    "the army", "l'armée" later is the one body of that kind the article named before."""
    named: dict[str, dict[str, str]] = {}  # head lemma -> country -> key of the last body of that kind
    unspecific: set[str] = set()  # bodies named by kind and country only ("l'armée soudanaise")
    for tok in doc:
        known = idx.entity_at(tok) if tok.i in idx.by_token else None
        if known is not None and known.type == "Organization" and known.country and lex.is_head(tok, "body") \
                and tok.text.islower():
            # "the Russian foreign ministry" the gazetteer knows: a later bare "the ministry" is it too
            named.setdefault(normalise(tok.lemma_), {})[known.country] = known.key
            unspecific.add(known.key)
        if tok.i in idx.by_token or not (tok.pos_ == "NOUN" or (tok.pos_ == "PROPN" and tok.text.islower())) \
                or not (lex.is_head(tok, "body") or lex.is_head(tok, "body_demonym")):
            continue  # (a lower-case "ministry" the tagger calls a proper noun is still a noun)
        if any(c.dep_ == "case" and c.lower_ == "en" for c in tok.children) and not any(
                c.dep_ in ("det", "poss", "nummod") for c in tok.children):
            continue  # "mettre en garde Pékin": a bare noun after "en" is an idiom, no body
        if _two_states_named(tok, idx):
            continue  # "Serbian and Kosovar negotiators": two states' people, each acting for its state (events.actors)
        head = normalise(tok.lemma_)
        pool = named.get(head) or ({k: v for h in named if h in lex.heads and "armed" in lex.heads[h]
                                    for k, v in named[h].items()} if lex.is_head(tok, "armed") else {})
        if len(pool) == 1 and all(
                (c.dep_ == "det" and c.lower_ in ("the", "le", "la", "l'", "l’"))
                or (c.dep_ in ("prep", "nmod", "acl", "relcl", "acl:relcl") and c.i > tok.i
                    and not any(t.i in idx.demonym_tokens or (t.i in idx.by_token and idx.entity_at(t).type != "Person")
                                for t in c.subtree))
                for c in tok.children) and any(c.dep_ == "det" for c in tok.children):
            # ("the army of bombing civilians" misparsed, "the army, led by General X": what follows names
            # no other state; "the military" after "Sudan's army": one armed force)
            ent = idx.entities[next(iter(pool.values()))]
            idx.add(doc, tok.i, tok.i + 1, ent, "anaphor")
            continue
        # troops are a state's by a demonym or a possessive ("Pakistani troops", "Russia's forces"):
        # "ses troupes de Syrie" are troops withdrawn from Syria
        if lex.is_head(tok, "body_demonym"):
            country = next((idx.demonym_tokens[c.i] for c in tok.children
                            if c.i in idx.demonym_tokens and c.dep_ in DEMONYM_DEPS), None)
        else:
            country = country_of(tok, idx, gz, lex)
        if country is None and tok.i + 1 in idx.demonym_tokens:
            country = idx.demonym_tokens[tok.i + 1]  # "l'armée guyanienne" with the demonym hung elsewhere
        if country is None and lex.is_head(tok, "body_demonym"):
            # "a Greek-flagged tanker", "un pétrolier battant pavillon grec": the flag's state
            for t in doc[max(0, tok.i - 4): min(len(doc), tok.i + 5)]:
                if normalise(t.lemma_) in ("flagged", "flag", "pavillon"):
                    near = [j for j in (t.i - 2, t.i - 1, t.i + 1) if j in idx.demonym_tokens]
                    if near:
                        country = idx.demonym_tokens[near[0]]
                        break
        left = [c for c in tok.lefts if c.dep_ in ("amod", "compound", "poss", "nmod") and
                (c.i in idx.demonym_tokens or idx.entity_at(c))]
        if country is None and left:
            owner = idx.entity_at(left[0])
            country = idx.demonym_tokens.get(left[0].i) or (owner.country if owner.type == "Person" else owner.key)
        if country is None and lex.is_head(tok, "body") and any(
                c.dep_ in ("det", "poss") and c.lower_ in ("son", "sa", "its") for c in tok.children):
            # "Son ministère des Affaires étrangères a critiqué…", "its defence ministry": the state
            # the text named last as a subject, else last (a singular possessive: one owner)
            window = _window_start(tok)
            states = [m for m in idx.mentions if window <= m.start < tok.idx
                      and (gz.entities.get(m.entity) or idx.entities[m.entity]).type == "Country"]
            subj = [m for m in states if (doc.char_span(m.start, m.end, alignment_mode="expand").root.dep_
                                          in ("nsubj", "nsubj:pass", "nsubjpass"))]
            country = (subj or states)[-1].entity if states else None
            possessed = True
        else:
            possessed = False
        state = (gz.entities.get(country) or idx.entities.get(country)) if country else None
        if state is None or state.type != "Country":
            continue
        start = min([tok.i] + [c.left_edge.i for c in left] +
                    [c.i for c in tok.lefts if possessed and c.dep_ in ("amod", "compound")])  # "its foreign ministry"
        end = tok.i + 2 if tok.i + 1 in idx.demonym_tokens else tok.i + 1
        end = _name_end(tok, end, idx, lex, country)  # its demonym and "de la Défense"
        if any(i in idx.by_token and idx.entity_at(doc[i]).type == "Person" for i in range(start, end)):
            continue
        span = doc[start:end]
        while span and span[0].pos_ in ("DET", "ADP"):
            span = span[1:]
        label = span.text
        # a body named without its country ("son ministère…") is keyed with it: two states' ministries stay two
        key = f"Organization:{slug(label)}" + (f"-{slug(state.label)}" if possessed else "")
        ent = Entity(key=key, type="Organization", label=label, country=country)
        specific = any(c.dep_ == "nmod" and c.i < end for c in tok.rights)  # "ministère … de la Défense"
        earlier = named.get(head, {}).get(country)
        if not specific and earlier is not None and earlier in unspecific:
            ent = idx.entities[earlier]  # "Sudan's army" … "the Sudanese army": one army
        named.setdefault(head, {})[country] = ent.key
        if not specific:
            unspecific.add(ent.key)
        for i in range(span.start, span.end):
            idx.by_token.pop(i, None)
        idx.mentions[:] = [m for m in idx.mentions if not (span.start_char <= m.start < span.end_char)]
        idx.add(doc, span.start, span.end, ent, "body")


def _groups(doc: Doc, idx: EntityIndex, gz: Gazetteer, lex: Lexicon) -> None:
    """Collective actors that are no state body ("la junte nigérienne", "Armenian separatists",
    "des milliers de manifestants"): one local organisation per kind and country in the article,
    so a later bare "la junte" is the junta named before."""
    seen: dict[str, Entity] = {}  # head lemma -> the group it last named
    bindings = _descriptions(doc, idx, lex)
    described: dict[str, Entity] = {}  # organisations the article described with a group word so far
    for tok in doc:
        while bindings and bindings[0][0] <= tok.i:
            _, word, ent = bindings.pop(0)
            seen[word] = ent  # "the paramilitary Rapid Support Forces" … "the paramilitaries"
            described[ent.key] = ent
        if tok.i in idx.by_token or tok.pos_ not in ("NOUN", "PROPN") or not lex.is_head(tok, "group"):
            continue
        if any(c.dep_ == "case" and c.lower_ == "en" for c in tok.children) and not any(c.dep_ in ("det", "poss", "nummod") for c in tok.children):
            continue  # "mettre en garde", "en colère": a bare noun after a preposition is an idiom, no group
        head = normalise(tok.lemma_)
        country = country_of(tok, idx, gz, lex)
        if country is None:
            for c in tok.children:  # "la junte au pouvoir à Niamey", "protesters in Yerevan"
                place = idx.entity_at(c)
                if place and place.type in ("Place", "Country") and c.dep_ in ("nmod", "pobj", "obl") \
                        and any(normalise(g.text) in LOCATIVE for g in c.children if g.dep_ == "case"):
                    country = place.key if place.type == "Country" else place.country
            for t in tok.subtree:  # "la junte au pouvoir à Niamey": a place a few words on, not in a clause
                place = idx.entity_at(t)
                if country is None and place and place.type in ("Place", "Country") and 0 < t.i - tok.i <= 8 \
                        and (not any(v.pos_ in ("VERB", "AUX") and v.lower_ not in ("pouvoir", "power")
                                     for v in doc[tok.i:t.i]) or any(normalise(v.lemma_) in ("pouvoir", "power")
                                                                     and v.pos_ == "NOUN" for v in doc[tok.i:t.i])) \
                        and any(normalise(g.text) in LOCATIVE for g in t.children if g.dep_ == "case"):
                    country = place.key if place.type == "Country" else place.country
            for p_ in (c for c in tok.children if c.dep_ == "prep" and normalise(c.text) in LOCATIVE):
                for o in p_.children:
                    place = idx.entity_at(o)
                    if place and place.type in ("Place", "Country"):
                        country = place.key if place.type == "Country" else place.country
        if country is None and head in seen:
            ent = seen[head]
            idx.add(doc, tok.i, tok.i + 1, ent, "anaphor")
            continue
        if country is None and head not in seen and lex.is_head(tok, "armed_group") \
                and any(c.dep_ == "det" and normalise(c.text) in ("the", "les", "le", "la", "l'") for c in tok.children):
            # "The Houthis fired at a ship … the Iran-backed rebels": the one armed group the article
            # named before (actors.tsv role armed_group)
            armed = {m.entity for m in idx.mentions if m.start < tok.idx and gz.org_roles.get(m.entity) == "armed_group"}
            if len(armed) == 1:
                idx.add(doc, tok.i, tok.i + 1, idx.entities.get(next(iter(armed))) or gz.entities[next(iter(armed))], "anaphor")
                continue
        if country is None and len(described) == 1 and not any(c.dep_ in ("nmod", "compound", "amod", "appos")
                                                               for c in tok.children):
            # "la rébellion du M23" … "les rebelles": the one organisation described by a group word
            idx.add(doc, tok.i, tok.i + 1, next(iter(described.values())), "anaphor")
            continue
        start, end = tok.i, tok.i + 1
        for c in tok.lefts:
            if c.dep_ in ("amod", "compound") and (c.i in idx.demonym_tokens or idx.entity_at(c)):
                start = min(start, c.left_edge.i)
        end = _name_end(tok, end, idx, lex, None)  # its demonym and "du Haut-Karabakh"
        span = doc[start:end]
        if any(i in idx.by_token and idx.entity_at(doc[i]).type == "Person" for i in range(start, end)):
            continue
        state = (gz.entities.get(country) or idx.entities.get(country)) if country else None
        if state is None or state.type != "Country":
            state = country = None
        label = span.text
        if state is not None and not any(i in idx.demonym_tokens or idx.entity_at(doc[i]) for i in range(start, end)):
            label = f"{label} ({state.label})"  # "junte (Niger)": a graph node says whose it is
        ent = Entity(key=f"Organization:{slug(label)}", type="Organization", label=label, country=country)
        for i in range(span.start, span.end):
            idx.by_token.pop(i, None)
        idx.mentions[:] = [m for m in idx.mentions if not (span.start_char <= m.start < span.end_char)]
        idx.add(doc, span.start, span.end, ent, "group")
        seen[head] = ent


def _two_states_named(tok: Token, idx: EntityIndex) -> bool:
    """A noun whose modifiers coordinate two states ("US and Iranian negotiators", "les négociateurs serbes
    et kosovars"): no one body of one state ("les troupes françaises du Tchad" are France's)."""
    state = lambda d: d.i in idx.demonym_tokens or (idx.entity_at(d) is not None  # noqa: E731
                                                    and idx.entity_at(d).type == "Country")
    for c in tok.children:
        if c.dep_ in DEMONYM_DEPS and preposition(c) is None and state(c) \
                and any(d.dep_ == "conj" and state(d) for d in c.children):
            return True
    demonyms = [c for c in tok.children if c.i in idx.demonym_tokens]
    return len(demonyms) >= 2 and any(c.dep_ == "conj" for c in demonyms)  # ("turc et grec", the second a conjunct)


def _name_end(tok: Token, end: int, idx: EntityIndex, lex: Lexicon, country: str | None) -> int:
    """Where the name of a body or group headed by `tok` ends: its demonym and its "de"/"of"
    complements a few words on, not a relative clause, a time ("les rebelles vendredi") nor another
    state than its own ("le retrait des troupes françaises du Tchad": where, not whose)."""
    for c in tok.rights:
        if country is not None and c.dep_ == "nmod" and any(
                idx.entity_at(t) is not None and idx.entity_at(t).type == "Country" and idx.entity_at(t).key != country
                for t in c.subtree):
            break
        if (c.dep_ in ("amod", "nmod", "compound", "flat") or c.i in idx.demonym_tokens) and c.right_edge.i - tok.i <= 5 \
                and c.pos_ != "VERB" and not lex.is_head(c, "time") \
                and not (c.dep_ == "nmod" and preposition(c) not in (None, "de", "of")):  # "l'armée arménienne aux forces…"
            end = max(end, c.right_edge.i + 1)
        else:
            break
    return end


def _descriptions(doc: Doc, idx: EntityIndex, lex: Lexicon) -> list[tuple[int, str, Entity]]:
    """Group words an article uses to describe an organisation it names: "the paramilitary Rapid
    Support Forces", "le M23, une rébellion…", "les rebelles du M23", "M23 rebels". A later bare "the
    paramilitaries", "les rebelles" is that organisation. (position, word, organisation), in order."""
    out: list[tuple[int, str, Entity]] = []
    for m in list(idx.mentions):  # (a copy: descriptions are added on the way)
        ent = idx.entities[m.entity]
        if ent.type != "Organization":
            continue
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None:
            continue
        root = span.root
        near = [doc[span.start - 1]] if span.start > 0 else []  # "the paramilitary RSF", "the rebel M23"
        near += [c for c in root.children if c.dep_ == "appos" and c.i >= span.end]  # "le M23, une rébellion"
        if root.dep_ in ("nmod", "compound") or (root.dep_ == "pobj" and root.head.dep_ == "prep"):
            near.append(root.head if root.dep_ != "pobj" else root.head.head)  # "les rebelles du M23", "M23 rebels"
        out += [(t.i, normalise(t.lemma_), ent) for t in span if lex.is_head(t, "group")]  # "rebelles du M23" as a name
        for t in near:
            if t.i not in idx.by_token and t.pos_ in ("NOUN", "ADJ", "PROPN") and lex.is_head(t, "group"):
                out.append((t.i, normalise(t.lemma_), ent))
                if t.pos_ != "ADJ" and t.i not in idx.by_token:
                    idx.add(doc, t.i, t.i + 1, ent, "description")
    return sorted(out, key=lambda b: b[0])


def home_country(key: str, idx: EntityIndex, gz: Gazetteer) -> str | None:
    ent = idx.entities.get(key) or gz.entities.get(key)
    if ent is None:
        return None
    if ent.type == "Country":
        return ent.key
    if ent.country:
        return ent.country
    for r in idx.roles:
        if r.entity == key and r.country:
            return r.country
    return None


def _salient(idx: EntityIndex, before: int, types: set[str], gz: Gazetteer) -> list[str]:
    """Entities of the given types mentioned before a character offset, most mentioned first."""
    counts: dict[str, int] = {}
    first: dict[str, int] = {}
    for m in idx.mentions:
        if m.start >= before:
            continue
        ent = idx.entities[m.entity]
        if ent.type in types:
            counts[m.entity] = counts.get(m.entity, 0) + 1
            first.setdefault(m.entity, m.start)
    return sorted(counts, key=lambda k: (-counts[k], first[k]))


def _pair(idx: EntityIndex, before: int, kind: str, gz: Gazetteer, sent_start: int | None = None) -> list[str] | None:
    """The two protagonists of a bilateral story ("les deux dirigeants", "the two countries"):
    the two most mentioned people, or their states; None when no clear pair stands out."""
    # "Lavrov a reçu son homologue nigérien, et les deux pays ont signé…": the two sides of the
    # sentence itself when it names exactly two
    here = [m for m in idx.mentions if sent_start <= m.start < before] if sent_start is not None else []
    if kind == "pair_person":
        local = list(dict.fromkeys(m.entity for m in here if idx.entities[m.entity].type == "Person"))
        if len(local) == 2:
            return local
    else:
        local = list(dict.fromkeys(home_country(m.entity, idx, gz) or m.entity for m in here
                                   if idx.entities[m.entity].type in ("Person", "Country")))
        local = [k for k in local if (idx.entities.get(k) or gz.entities.get(k)) is not None
                 and (idx.entities.get(k) or gz.entities.get(k)).type == "Country"]
        if len(local) == 2:
            return local
    people = _salient(idx, before, {"Person"}, gz)
    if kind == "pair_person":
        return people[:2] if len(people) >= 2 else None
    if len(people) >= 2:
        states = [home_country(k, idx, gz) for k in people[:2]]
        if all(states) and states[0] != states[1]:
            return states
    countries = _salient(idx, before, {"Country"}, gz)
    return countries[:2] if len(countries) >= 2 else None


def _age_description(tok: Token) -> bool:
    """"The 70-year-old" standing alone as a noun phrase (not "a 70-year-old man")."""
    return tok.lower_ == "old" and tok.dep_ not in ("amod", "acomp") and any(
        c.lemma_ == "year" and any(g.dep_ == "nummod" for g in c.children) for c in tok.children)


def _person_descriptions(doc: Doc, idx: EntityIndex, gz: Gazetteer, lex: Lexicon) -> None:
    """"The 70-year-old", "le dirigeant socialiste", "the Iranian minister": a definite singular
    description of a person (heads.tsv kind prev_person, or an age) no title rule resolved
    takes up the one person named in its sentence or the one before, of its country when it names one;
    when two people fit ("Biden met Lula. The president…") it stays no one."""
    from .syntax import POSSESSIVES, subjects

    for tok in doc:
        if tok.i in idx.by_token or tok.i in idx.groups or tok.pos_ not in ("NOUN", "PROPN", "ADJ") \
                or not tok.text[:1].islower() or tok.dep_ in ("amod", "compound", "flat:name", "flat", "det"):
            continue
        if not (lex.is_head(tok, "prev_person") or _age_description(tok)):
            continue
        if not any(c.dep_ == "det" and c.lower_ in ("le", "la", "l'", "l’", "the") for c in tok.children) \
                or "Plur" in feature(tok, "Number") \
                or any(c.dep_ in ("nummod", "poss", "appos", "relcl", "acl:relcl", "nmod", "prep", "flat:name")
                       or c.lower_ in POSSESSIVES for c in tok.children):
            continue  # ("the two leaders", "son dirigeant", "le général X", "le président du Congrès": someone else)
        if any(idx.entity_at(t) is not None and idx.entity_at(t).type == "Person"
               for t in doc[tok.i + 1:min(len(doc), tok.i + 4)]) or _former(doc, tok.i, tok.i + 1, lex):
            continue  # "le dirigeant nord-coréen Kim Jong Un": named right there; "the former president": not the one named
        country = next((idx.demonym_tokens[c.i] for c in tok.children if c.i in idx.demonym_tokens), None) \
            or country_of(tok, idx, gz, lex)
        acting = {idx.entity_at(s_).key for s_ in subjects(tok.head) if s_ != tok and idx.entity_at(s_)}
        window = _window_start(tok)
        people = list(dict.fromkeys(m.entity for m in idx.mentions if window <= m.start < tok.idx
                                    and idx.entities[m.entity].type == "Person" and m.entity not in acting))
        if country is not None:
            people = [k for k in people if home_country(k, idx, gz) == country]
        if len(people) == 1:
            idx.add(doc, tok.i, tok.i + 1, idx.entities[people[0]], "description")


def _reporting_owner(verb: Token, idx: EntityIndex) -> Entity | None:
    """The state owning the subject of a verb of saying when that subject is no actor itself ("Iran's state
    media", "the Russian news agency"); else None."""
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None and verb.i > 0 and verb.dep_ == "advcl" and verb.doc[verb.i - 1].pos_ == "NOUN":
        subj = verb.doc[verb.i - 1]  # ("after Russia's news agency said it…": the parser hangs "said" apart)
    if subj is None or subj.pos_ != "NOUN" or (idx.entity_at(subj) is not None and idx.entity_at(subj).type != "Media"):
        return None
    for c in subj.children:
        ent = idx.entity_at(c) if c.dep_ in ("poss", "nmod:poss") else None
        if ent is None and c.dep_ in ("amod", "compound") and c.i in idx.demonym_tokens:
            ent = idx.entities.get(idx.demonym_tokens[c.i])
        if ent is not None and ent.type == "Country":
            return ent
    return None


def _resolve_references(doc: Doc, idx: EntityIndex, gz: Gazetteer, lex: Lexicon) -> None:
    """Pronouns, "les deux dirigeants", "son homologue" and "son pays" resolved when unambiguous."""
    from .syntax import POSSESSIVES, RELATIVE_PRONOUNS, subjects

    pronouns = {"il", "elle", "he", "she"}
    unsaid: list[Token] = []  # "I", "nous" in a quote whose speaker is a pronoun resolved further on
    for tok in doc:
        if tok.i in idx.by_token:
            continue
        low = tok.lower_.lstrip("-")  # (« a-t-il déclaré »: the inverted pronoun is tokenized "-il")
        if low in FIRST_PERSON and _in_quote(tok):
            if not _first_person(tok, idx, gz, lex):
                unsaid.append(tok)
            continue
        if _the_latter(tok, lex):
            # « ce dernier », "the latter": the actor named last before it (this sentence or the one before)
            window = _window_start(tok)
            prev = [m for m in idx.mentions if window <= m.start < tok.idx
                    and idx.entities[m.entity].type in ("Person", "Country", "Organization")]
            if prev:
                idx.add(doc, tok.i, tok.i + 1, idx.entities[prev[-1].entity], "anaphor")
            continue
        if low in STATE_PRONOUNS and tok.dep_ in ("nsubj", "nsubj:pass", "nsubjpass") and tok.head.dep_ == "ccomp":
            # "Iran's state media said it had hit…": a clause reported by a state's media or agency (no actor)
            # is about that state
            owner = _reporting_owner(tok.head.head, idx)
            speaker = next((idx.entity_at(c) for c in tok.head.head.children if c.dep_ == "nsubj"), None)
            if owner is None and low == "it" and speaker is not None and speaker.type == "Person" and speaker.country \
                    and lex.cue_is(tok.head.head.lemma_, "report") and normalise(tok.head.lemma_) not in ("be", "etre") \
                    and not any(c.dep_ == "cop" for c in tok.head.children):  # ("said it was a violation": the act)
                # "Iran's foreign minister said it hit militants": "it" of the one who speaks for a state is that state
                owner = gz.entities.get(speaker.country)
            if owner is not None:
                idx.add(doc, tok.i, tok.i + 1, owner, "pronoun")
                continue
        if low in STATE_PRONOUNS and tok.dep_ in ("nsubj", "nsubj:pass", "nsubjpass", "expl:subj"):
            # "it" / "elle" after a state acting: the last state or organisation that was a subject
            window = _window_start(tok)  # (not once per mention)
            prev = [m for m in idx.mentions if m.start < tok.idx and m.start >= window
                    and idx.entities[m.entity].type in ("Country", "Organization") and _is_subject(doc, m)
                    and (low == "it" or (_masculine_state(doc, m, idx) or _own_government(doc, m, idx, tok, lex) if low == "il"
                                         else _feminine(doc, m)))]
            people = [m for m in idx.mentions if tok.idx > m.start >= window
                      and idx.entities[m.entity].type == "Person" and _is_subject(doc, m)]
            if prev and (low == "it" or not people or people[-1].start < prev[-1].start) \
                    and not (low == "il" and _impersonal(tok, lex)):
                idx.add(doc, tok.i, tok.i + 1, idx.entities[prev[-1].entity], "pronoun")
                continue
        if tok.pos_ == "PRON" and tok.dep_ in ("nsubj", "nsubj:pass", "nsubjpass") and not _in_quote(tok) and (
                low == "both" or (low == "deux" and tok.i > 0 and tok.doc[tok.i - 1].lower_ in ("tous", "toutes", "les"))):
            # "Serbia and Kosovo blamed each other, and both rejected…", "et tous deux ont rejeté…"
            group = _coordinated_group(tok, idx)
            if group:
                idx.groups[tok.i] = group
            continue
        if low in PLURAL_PRONOUNS and tok.dep_ in ("nsubj", "nsubj:pass", "nsubjpass") and not _in_quote(tok):
            # "Les combattants du CSP … Ils accusent l'armée…", "the colonels … They expelled…": the last
            # plural subject that is or names a state or an organisation
            group = _coordinated_group(tok, idx)
            if group:  # "Xi and Lula held talks. They signed…": both
                idx.groups[tok.i] = group
                continue
            ent = _plural_subject(tok, idx)
            if ent is not None:
                idx.add(doc, tok.i, tok.i + 1, ent, "pronoun")
            continue
        if low in PLURAL_OBJECTS and tok.pos_ == "PRON" and not tok.dep_.startswith("nsubj") and not _in_quote(tok):
            # "Cambodia and Thailand accuse each other… Malaysia invited them", "les a reçus", "entre eux"
            group = _coordinated_group(tok, idx, obj=True)
            if group:
                idx.groups[tok.i] = group
            continue
        if low in OBJECT_CLITICS and tok.pos_ == "PRON" and tok.dep_ in ("obj", "dobj", "iobj", "dative", "obl:arg") \
                and not _in_quote(tok):
            # "Pékin voit en M. Lai un séparatiste et l'accuse…", "Biden called him": the last person
            # named before, unless that is the verb's own subject
            subj = [tok.head.head if s_.lower_ in RELATIVE_PRONOUNS and tok.head.dep_ in ("acl:relcl", "relcl")
                    else s_ for s_ in subjects(tok.head)]  # ("X a reçu Y, qui l'a exhorté": Y exhorts, X is "l'")
            subj_keys = {idx.entity_at(t).key for s_ in subj  # ("M. Duda lui a demandé": the name
                         for t in [s_, *(c for c in s_.children if c.dep_ in ("flat:name", "flat", "appos"))]
                         if idx.entity_at(t)}  # hangs under "M.")
            window = _window_start(tok)
            unlike = {"le": "Fem", "him": "Fem", "la": "Masc", "her": "Masc"}.get(low)  # ("l'", "lui": either)
            genders = _genders(doc, idx, lex) if unlike else {}
            prev = [m for m in idx.mentions if window <= m.start < tok.idx
                    and idx.entities[m.entity].type in ("Person", "Country", "Organization")
                    and m.entity not in subj_keys and (unlike is None or genders.get(m.entity) != unlike)]
            if prev and idx.entities[prev[-1].entity].type == "Person":
                idx.add(doc, tok.i, tok.i + 1, idx.entities[prev[-1].entity], "pronoun")
            continue
        if low in pronouns and tok.dep_ in ("nsubj", "nsubj:pass", "nsubjpass", "expl:subj"):
            if _impersonal(tok, lex):
                continue  # "il s'agit de", "il faut", "il y a", "il est urgent de": no one
            people = [m for m in idx.mentions if m.start < tok.idx and idx.entities[m.entity].type == "Person"
                      and doc.char_span(m.start, m.end, alignment_mode="expand") is not None]
            other_gender = "Fem" if low in ("il", "he") else "Masc"  # "La ministre … Baerbock a reçu le ministre libyen. Elle…"
            genders = _genders(doc, idx, lex)
            people = [m for m in people if genders.get(m.entity) != other_gender]
            subj_people = [m for m in people if _is_subject(doc, m)]
            # "le ministre turc…, qu'il accuse…": a title the article resolved to its state is a he/she too
            sent_start = tok.sent.start_char  # (not once per mention)
            titled = [m for m in idx.mentions if m.via == "description" and sent_start <= m.start < tok.idx
                      and _is_subject(doc, m) and genders.get(m.entity) != other_gender]
            same_sentence = sorted([m for m in subj_people if m.start >= sent_start] + titled,
                                   key=lambda m: m.start)
            before = sentence_before(tok.sent)
            if not same_sentence and before is not None and any(
                    s_.pos_ == "NOUN" and lex.is_head(s_, "office") and not any(t.i in idx.by_token for t in s_.subtree)
                    for s_ in subjects(before.root)):
                # "The foreign ministry spokesperson did not mention… She said…": the unnamed official just
                # before, not a person named further back
                continue
            if not same_sentence and before is not None:
                # "Le chef de la diplomatie américaine est arrivé à Pékin. Il doit rencontrer…": the title
                # subject of the sentence before, when no person was the subject since
                prev_start = before.start_char
                last = [m for m in idx.mentions if m.via == "description" and prev_start <= m.start < sent_start
                        and _is_subject(doc, m)]
                if last and not [m for m in subj_people if m.start > last[-1].start]:
                    same_sentence = last[-1:]
            pick = (same_sentence or subj_people or people)
            if pick:
                ent = idx.entities[pick[-1].entity]
                idx.add(doc, tok.i, tok.i + 1, ent, "pronoun")
            continue
        if tok.pos_ not in ("NOUN", "PROPN") or not (tok.text[:1].islower() or (
                tok.pos_ == "NOUN" and tok.i > tok.sent.start and lex.is_head(tok, "prev_org")
                and not any(c.dep_ in ("nmod", "compound", "flat:name", "appos", "prep") for c in tok.children))):
            continue  # a lower-case word the model calls a proper noun ("l'île") is a noun; "l'Alliance" alone is one
        if lex.is_head(tok, "prev_government") and tok.dep_ in ("nsubj", "nsubj:pass", "nsubjpass") \
                and any(c.dep_ == "det" and c.lower_ in ("le", "la", "l'", "l’", "les", "the") for c in tok.children) \
                and not any(c.dep_ in ("nmod", "compound", "poss", "flat:name", "appos", "amod", "prep")
                            or c.i in idx.demonym_tokens for c in tok.children):
            # "New Delhi rejected the allegation. The government also expelled…": the one state that was a
            # subject in this sentence or the one before
            window = _window_start(tok)
            acting = {m.entity for m in idx.mentions if window <= m.start < tok.idx
                      and idx.entities[m.entity].type == "Country" and _is_subject(doc, m)}
            if len(acting) == 1:
                idx.add(doc, tok.i, tok.i + 1, idx.entities[acting.pop()], "anaphor")
                continue
        if lex.is_head(tok, "prev_state") and any(c.dep_ == "det" and c.lower_ in ("le", "la", "l'", "l’", "the")
                                                   for c in tok.children) \
                and not any(c.dep_ in ("nmod", "compound", "poss", "flat:name", "appos") or c.i in idx.demonym_tokens
                            for c in tok.children) \
                and not any(c.lower_ in ("two", "deux", "both") for c in tok.children):
            # ("Ethiopia and Egypt failed… the two countries": the pair, below; never one state)
            # "retirer les militaires déployés dans le pays", "the island": the state last named,
            # other than the one acting in this clause
            acting: set[str] = set()  # the sides acting in the clauses above the word
            for verb in (t for t in tok.ancestors if t.pos_ in ("VERB", "AUX")):
                for s_ in subjects(verb):
                    ent = idx.entity_at(s_) or next((idx.entity_at(c) for c in s_.subtree if idx.entity_at(c)
                                                     and idx.entity_at(c).type == "Person"), None)
                    if ent:
                        acting.add(home_country(ent.key, idx, gz) or ent.key)
            window = _window_start(tok)
            states = [m for m in idx.mentions if window <= m.start < tok.idx
                      and idx.entities[m.entity].type == "Country" and m.entity not in acting]
            if tok.dep_ in ("nsubj", "nsubj:pass", "nsubjpass"):
                # "Saudi Arabia cut ties with Canada. The kingdom condemned…": a subject takes up a subject
                states = [m for m in states if _is_subject(doc, m)] or states
            if states:
                idx.add(doc, tok.i, tok.i + 1, idx.entities[states[-1].entity], "anaphor")
                continue
        if lex.is_head(tok, "prev_org") and any(c.dep_ == "det" and c.lower_ in ("le", "la", "l'", "l’", "the")
                                                 for c in tok.children) \
                and not any(c.i in idx.demonym_tokens for c in tok.children) \
                and "Plur" not in feature(tok, "Number"):  # ("the groups" are several)
            # "l'organisation régionale", "the bloc": the organisation last named
            orgs = [m for m in idx.mentions if m.start < tok.idx and idx.entities[m.entity].type == "Organization"
                    and m.via == "gazetteer"]
            described = idx.entity_at(tok.head) if tok.dep_ == "appos" else None
            j = tok.left_edge.i if doc[tok.left_edge.i].text == "," else tok.left_edge.i - 1
            # ("le Cadre stratégique permanent (CSP), l'alliance…" parsed as a conjunct)
            if described is None and j >= 2 and doc[j].text == ",":
                before = doc[j - 2] if doc[j - 1].text == ")" else doc[j - 1]
                described = idx.entity_at(before)
            if described is not None and described.type == "Organization":
                # "le CSP, l'alliance de groupes armés…": the apposition describes the name it follows
                idx.add(doc, tok.i, tok.i + 1, described, "description")
            elif orgs:
                idx.add(doc, tok.i, tok.i + 1, idx.entities[orgs[-1].entity], "anaphor")
            continue
        has_two = any(c.lower_ in ("deux", "two", "both") for c in tok.children)
        for kind in ("pair_person", "pair_country"):
            group = _coordinated_group(tok, idx) if has_two and lex.is_head(tok, kind) else None
            if group and len(group) == 2:
                # "Ethiopia and Egypt failed… The two countries blamed each other": the two the subject coordinated
                idx.groups[tok.i] = [home_country(k, idx, gz) or k for k in group] if kind == "pair_country" else group
                break
            if has_two and lex.is_head(tok, kind):
                pair = _pair(idx, tok.idx, kind, gz, tok.sent.start_char)
                if pair:
                    idx.groups[tok.i] = pair
                break
        if tok.i not in idx.groups and "Plur" in feature(tok, "Number") and any(
                c.dep_ in ("det", "poss") and c.lower_ in ("their", "leurs", "leur") for c in tok.children) \
                and any(lex.is_head(tok, k) for k in ("pair_person", "diplomat", "pair_side")):
            # "Japan and South Korea agreed… Their foreign ministers met": the states of the coordinated subject
            group = _coordinated_group(tok, idx)
            if group:
                idx.groups[tok.i] = list(dict.fromkeys(home_country(k, idx, gz) or k for k in group))
        poss = [c for c in tok.children if c.dep_ in ("det", "poss") and c.lower_ in POSSESSIVES]
        if poss and lex.is_head(tok, "other_person") and not any(c.i in idx.demonym_tokens for c in tok.children):
            pair = _pair(idx, tok.idx, "pair_person", gz)
            owner = _owner(tok, idx)
            if pair and owner in pair:
                other = pair[1 - pair.index(owner)]
                idx.add(doc, tok.i, tok.i + 1, idx.entities[other], "counterpart")
        elif poss and lex.is_head(tok, "other_state") and not any(c.i in idx.demonym_tokens for c in tok.children):
            # "Armenia accused Azerbaijan… Its neighbour denied", "la Russie menace son voisin": of the two
            # states the passage names, the one that is not the owner
            other = _other_state(doc, tok, idx, gz)
            if other is not None:
                idx.add(doc, tok.i, tok.i + 1, other, "counterpart")
        elif poss and lex.is_head(tok, "own_country"):
            owner = _owner(tok, idx)
            state = home_country(owner, idx, gz) if owner else None
            if state and state in gz.entities:
                idx.add(doc, tok.i, tok.i + 1, gz.entities[state], "possessive")
    for tok in unsaid:  # ("We condemn… This must stop," he said.)
        _first_person(tok, idx, gz, lex)


def _the_latter(tok: Token, lex: Lexicon) -> bool:
    """« ce dernier », « cette dernière », "the latter" (cues.tsv kind latter): one actor named just before."""
    if tok.i == 0 or tok.dep_ == "amod" or (tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].pos_ == "NOUN"):
        return False  # (« cette dernière décision »: an adjective, no one)
    return lex.cue_is(tok.doc[tok.i - 1:tok.i + 1].text, "latter")


def _first_person(tok: Token, idx: EntityIndex, gz: Gazetteer, lex: Lexicon) -> bool:
    """"I", "we", « nous » in a quotation: its speaker ("we" the speaker's state), named in the sentence,
    or for a quotation of several sentences where it ends or else where it begins."""
    speaker = _speaker(tok.sent, idx, lex)
    if speaker is None and (around := _quote_around(tok)) is not None:
        speaker = next((k for sent in (tok.doc[i].sent for i in reversed(around)) if sent != tok.sent
                        for k in [_speaker(sent, idx, lex)] if k), None)
    if speaker is None:
        return False
    if tok.lower_ in FIRST_PERSON_PLURAL:
        speaker = home_country(speaker, idx, gz) or speaker
    ent = idx.entities.get(speaker) or gz.entities.get(speaker)
    if ent:
        idx.add(tok.doc, tok.i, tok.i + 1, ent, "speaker")
    return ent is not None


def _other_state(doc: Doc, tok: Token, idx: EntityIndex, gz: Gazetteer) -> Entity | None:
    """The state "its neighbour" / "son rival" stands for: the passage (this sentence and the one before)
    names exactly two states, one of them the owner — the subject of the clause, or, when the word is
    itself the subject, the last state that was one."""
    window = _window_start(tok)
    mentions = [m for m in idx.mentions if window <= m.start < tok.idx]
    states = list(dict.fromkeys(k for k in (home_country(m.entity, idx, gz) for m in mentions) if k))
    if len(states) != 2:
        return None
    if tok.dep_ in ("nsubj", "nsubj:pass", "nsubjpass"):
        subj = [m for m in mentions if _is_subject(doc, m) and home_country(m.entity, idx, gz)]
        owner = home_country(subj[-1].entity, idx, gz) if subj else None
    else:
        owner = _owner(tok, idx)
        owner = home_country(owner, idx, gz) if owner else None
    if owner not in states:
        return None
    other = states[1 - states.index(owner)]
    return idx.entities.get(other) or gz.entities.get(other)


STATE_PRONOUNS = {"it", "elle", "il"}  # ("il" for "le Japon" when no person was the subject since)
OBJECT_CLITICS = {"l'", "l’", "le", "la", "lui", "him", "her"}


PLURAL_PRONOUNS = {"ils", "elles", "they"}
PLURAL_OBJECTS = {"them", "les", "leur", "eux"}


def _plural_subject(tok: Token, idx: EntityIndex) -> Entity | None:
    """The last plural subject before a plural pronoun, in its sentence or the one before, when it is
    a state or an organisation or names one ("les combattants du CSP")."""
    doc = tok.doc
    start = window_start(tok)
    for s_ in reversed(doc[start:tok.i]):
        if s_.dep_ not in ("nsubj", "nsubj:pass", "nsubjpass") or s_.pos_ not in ("NOUN", "PROPN") or not (
                "Plur" in feature(s_, "Number") or _plural_verb(s_.head)):
            continue  # ("The Houthis have attacked": a name the tagger calls singular, its verb plural)
        ent = idx.entity_at(s_)
        if ent is None:  # "les combattants du CSP": the organisation the subject names
            ent = next((idx.entity_at(c) for c in s_.children if c.dep_ in ("nmod", "prep", "pobj")
                        for c in [c] + [p for p in c.children if p.dep_ == "pobj"] if idx.entity_at(c)), None)
        if ent is not None and ent.type in ("Country", "Organization"):
            return ent
        if ent is not None:
            return None  # the last plural subject is people: not a state's doing
    return None


def _coordinated_group(tok: Token, idx: EntityIndex, obj: bool = False) -> list[str] | None:
    """The actors of the last subject before a plural word, in its sentence or the one before, when that
    subject coordinates two actors or more ("Xi and Lula held talks. They signed…", "les négociateurs
    russes et ukrainiens… leurs délégations"); else None (the plural is read as before)."""
    doc = tok.doc
    for s_ in reversed(doc[window_start(tok):tok.i]):
        if s_.dep_ not in ("nsubj", "nsubj:pass", "nsubjpass") or s_.pos_ not in ("NOUN", "PROPN"):
            continue
        if len(idx.groups.get(s_.i, ())) >= 2:
            return list(idx.groups[s_.i])  # "The two leaders flew to Kyiv, where they met…": the group it named
        keys: list[str] = []
        for t in coordinated(s_):
            ent = idx.entity_at(t)
            named: list[str] = []  # "Russian and Ukrainian negotiators", "US and Chinese officials": the states named
            for c in t.children:
                if (c.dep_ in DEMONYM_DEPS or c.dep_ == "conj") and (
                        c.i in idx.demonym_tokens or (idx.entity_at(c) is not None and c.i < t.i)):
                    # ("les ministres turc et grec": the second demonym parsed as a conjunct of the noun)
                    for d in [c, *(d for d in c.children if d.dep_ == "conj")]:
                        if d.i in idx.demonym_tokens:
                            named.append(idx.demonym_tokens[d.i])
                        elif idx.entity_at(d) is not None and idx.entity_at(d).type == "Country":
                            named.append(idx.entity_at(d).key)
            if ent is not None:  # ("les dirigeants thaïlandais et cambodgien", a title read as the first state)
                own = {ent.key, ent.country}
                named = [ent.key] + ([k for k in named if k not in own] if len(set(named)) >= 2 else []) \
                    if ent.type in ("Person", "Country", "Organization") else []
            elif len(set(named)) < 2:  # a title and its name: "President Xi" Jinping, "le président turc Recep…"
                ent = next((idx.entity_at(c) for c in t.children if (c.dep_ in ("compound", "flat", "flat:name", "appos")
                            or (c.dep_ == "nmod" and preposition(c) is None)) and idx.entity_at(c) is not None), None)
                named = [ent.key] if ent is not None and ent.type in ("Person", "Country", "Organization") else named
            keys += named
        keys = list(dict.fromkeys(keys))
        if len(keys) < 2 and obj and s_.sent == tok.sent:
            continue  # "Malaysia invited them": an object is not its own clause's subject
        return keys if len(keys) >= 2 else None
    return None


def _plural_verb(verb: Token) -> bool:
    """A verb (or its auxiliary) in a plural form only: "have", "are", "were", "ont", "sont"."""
    return any("Plur" in feature(t, "Number") or t.tag_ == "VBP" and t.lower_ in ("have", "are")
               or t.lower_ == "were" for t in [verb, *(c for c in verb.children if c.dep_.startswith("aux"))])


def _window_start(tok: Token) -> int:
    """Where a pronoun's antecedent may be: this sentence and the one before it."""
    return tok.doc[window_start(tok)].idx


FEMININE_HONORIFICS = {"mme", "mrs", "mrs.", "ms", "ms.", "madame"}
MASCULINE_HONORIFICS = {"m.", "mr", "mr.", "monsieur"}


def _genders(doc: Doc, idx: EntityIndex, lex: Lexicon) -> dict[str, str]:
    """The gender the text gives each person it names, where it does: an honorific ("Mme", "Mr") or a
    French title above or before the name ("la ministre … Annalena Baerbock", "le dirigeant libyen Ahmed
    Ali"). "he"/"she" then skip the people of the other gender. Read once per document (every pronoun asks)."""
    key = ("kg_genders", lex.lang)
    if key in doc.user_data:
        return doc.user_data[key]
    out: dict[str, str] = {}
    doc.user_data[key] = out
    for m in idx.mentions:
        if idx.entities[m.entity].type != "Person" or m.entity in out:
            continue
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None:
            continue
        near = [doc[span.start - 1]] if span.start > 0 else []
        root = span.root
        if root.dep_ in ("appos", "nmod", "flat:name", "flat", "compound") and root.head.i < span.start:
            near.append(root.head)  # "La ministre allemande des Affaires étrangères Annalena Baerbock"
        for t in near:
            low = t.lower_
            gender = "Fem" if low in FEMININE_HONORIFICS else "Masc" if low in MASCULINE_HONORIFICS else None
            if gender is None and t.pos_ == "NOUN" and (normalise(t.lemma_) in lex.titles or normalise(t.text) in lex.titles
                                                         or lex.is_head(t, "prev_person")):  # (a title, not "sa tenue")
                dets = [c for c in t.children if c.dep_ == "det"]
                marks = [*feature(t, "Gender"), *(g for d in dets for g in feature(d, "Gender"))]
                gender = marks[0] if len(set(marks)) == 1 and marks[0] in ("Fem", "Masc") else None
            if gender:
                out[m.entity] = gender
                break
    return out


def _masculine_state(doc: Doc, m: Mention, idx: EntityIndex) -> bool:
    """"le Japon", "le Niger": a state whose name takes "il". (Not a body or a group: "le ministère…
    Il" measured as more often a person's "il" there.)"""
    if idx.entities[m.entity].type != "Country":
        return False
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    before = doc[span.start - 1] if span is not None and span.start > 0 else None
    if before is None:
        return False
    return before.lower_ in ("le", "du", "au") or (before.pos_ == "DET" and "Masc" in feature(before, "Gender")) or \
        (before.lower_ in ("l'", "l’") and "Masc" in feature(span.root, "Gender"))


def _own_government(doc: Doc, m: Mention, idx: EntityIndex, pron: Token, lex: Lexicon) -> bool:
    """"Le gouvernement mexicain a annoncé qu'il rompait ses relations…": a state's government subject of the
    verb whose clause the "il" begins takes it up (in a later sentence "il" is more often a person's)."""
    ent = idx.entities[m.entity]
    if ent.type != "Organization" or not ent.country:
        return False
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    if span is None or not lex.is_head(span.root, "government") or span.sent != pron.sent:
        return False
    clause = pron.head
    if clause.dep_ not in ("ccomp", "xcomp") or span.root.dep_ != "nsubj":
        return False
    said = clause.head
    while said.dep_ in ("advcl", "xcomp", "conj") and said.head != said:
        said = said.head  # ("a exprimé sa colère en annonçant qu'il…": the gerund's subject is the verb's)
    return said == span.root.head


def _feminine(doc: Doc, m: Mention) -> bool:
    """"la Russie", "l'Ukraine" (feminine names take "elle"); "le Japon" does not."""
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    before = doc[span.start - 1] if span.start > 0 else None
    if before is None:
        return False
    return before.lower_ == "la" or "Fem" in feature(before, "Gender") or \
        (before.lower_ in ("l'", "l’") and "Fem" in feature(span.root, "Gender"))


FIRST_PERSON_SINGULAR = {"je", "j'", "j’", "me", "moi", "mon", "ma", "mes", "i", "my", "me"}
FIRST_PERSON_PLURAL = {"nous", "notre", "nos", "we", "our", "us"}
FIRST_PERSON = FIRST_PERSON_SINGULAR | FIRST_PERSON_PLURAL
OPEN_QUOTES, CLOSE_QUOTES = {"«", "“"}, {"»", "”"}


def _in_quote(tok: Token) -> bool:
    """Whether a word stands inside quotation marks: a quotation closed in its paragraph (_quotes), or a
    mark left open before it in its sentence."""
    quotes = _quotes(tok.doc)
    if any(start < tok.i < end for start, end in quotes):
        return True
    paired = {i for pair in quotes for i in pair}
    depth, straight = 0, 0
    for t in tok.sent:
        if t.i >= tok.i:
            break
        if t.i in paired:
            continue  # ("…stop," Macron told reporters: the closing mark of a quotation begun a sentence before)
        if t.text in OPEN_QUOTES:
            depth += 1
        elif t.text in CLOSE_QUOTES:
            depth -= 1
        elif t.text == '"':
            straight += 1
    return depth > 0 or straight % 2 == 1


def _quote_around(tok: Token) -> tuple[int, int] | None:
    """The quotation (its opening and closing marks' token indices) a word stands in, when it runs over
    more than one sentence of a paragraph; None otherwise."""
    for start, end in _quotes(tok.doc):
        if start < tok.i < end:
            return (start, end) if tok.doc[start].sent != tok.doc[end].sent else None
    return None


def _quotes(doc: Doc) -> list[tuple[int, int]]:
    """Every quotation of the document as (opening mark, closing mark) token indices. A quotation never
    runs over a paragraph break: a mark left open there is dropped. Read once per document."""
    found = doc.user_data.get("news-kg:quotes")
    if found is not None:
        return found
    found, opened, straight = [], None, None
    for t in [*doc, None]:
        if t is None or "\n" in t.text:
            if opened is not None and straight is not None and straight > opened:
                found.append((opened, straight))  # (“…," he said: a curly mark closed by a straight one)
            opened = straight = None
        elif t.text in OPEN_QUOTES and opened is None:
            opened = t.i
        elif t.text in CLOSE_QUOTES and opened is not None:
            found.append((opened, t.i))
            opened = None
        elif t.text in CLOSE_QUOTES and straight is not None:
            found.append((straight, t.i))  # ("…” he said: a straight mark closed by a curly one)
            straight = None
        elif t.text == '"':
            if straight is None:
                straight = t.i
            else:
                found.append((straight, t.i))
                straight = None
    doc.user_data["news-kg:quotes"] = found
    return found


def _speaker(sent: Span, idx: EntityIndex, lex: Lexicon) -> str | None:
    """Who says the quoted words: the actor subject (or inverted subject) of a verb of saying."""
    from .syntax import noun_phrase, objects, subjects

    for tok in sent:
        if not lex.cue_is(tok.lemma_, "report") or _in_quote(tok):
            continue
        for arg in subjects(tok) + [o for o in objects(tok) if o.i > tok.i]:
            for t in [arg, *arg.children]:
                ent = idx.entity_at(t)
                if ent and ent.type in ("Person", "Country", "Organization"):
                    return ent.key
            # (« a réagi le chef de la diplomatie de l'UE, Josep Borrell »: the name hung deeper, on the
            # title's complement; the person before the body they serve)
            ents = [e for t in noun_phrase(arg) if (e := idx.entity_at(t)) and e.type in ("Person", "Country", "Organization")]
            pick = next((e for e in ents if e.type == "Person"), ents[0] if ents else None)
            if pick is not None:
                return pick.key
    return None


def _impersonal(pron: Token, lex: Lexicon) -> bool:
    """An impersonal subject pronoun: "il" of a verb that takes no one ("il s'agit", "il faut", cues.tsv
    kind impersonal), of "il y a", or of a predicate whose real subject is a clause ("il est urgent de…")."""
    verb = pron.head
    if pron.lower_.lstrip("-") != "il" or verb == pron:
        return False
    lemma = f"s'{verb.lemma_}" if is_reflexive(verb) else verb.lemma_  # ("il s'agit" is no one, "il a agi" is)
    if lex.cue_is(lemma, "impersonal") or any(c.lower_ == "y" for c in verb.children if c.i < verb.i):
        return True
    return any(c.dep_ == "cop" for c in verb.children) and verb.pos_ == "ADJ" and any(
        c.dep_ in ("csubj", "ccomp", "xcomp", "advcl") and c.i > verb.i for c in verb.children)


def _is_subject(doc: Doc, m: Mention) -> bool:
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    root = span.root
    while root.dep_ in ("appos", "flat:name", "flat", "compound") and root.head != root:
        root = root.head
    return root.dep_ in ("nsubj", "nsubj:pass", "nsubjpass") or root.head.dep_ in ("nsubj",) and root.dep_ == "appos"


def _owner(tok: Token, idx: EntityIndex) -> str | None:
    """Whose "son homologue" / "his country": the subject of the clause the noun belongs to."""
    from .syntax import subjects

    cur = tok
    for _ in range(5):
        head = cur.head
        if head == cur:
            break
        if head.pos_ in ("VERB", "AUX") or any(c.dep_ == "cop" for c in head.children):
            for s in subjects(head):
                if s != tok and s.i in idx.by_token:
                    return idx.by_token[s.i].entity
                for c in s.children:
                    if c.dep_ in ("appos", "flat:name") and c.i in idx.by_token:
                        return idx.by_token[c.i].entity
        cur = head
    people = [m for m in idx.mentions if m.start < tok.idx and idx.entities[m.entity].type == "Person"]
    return people[-1].entity if people else None


PORTFOLIO_LINKS = {"de", "du", "des", "d'", "d’", "la", "l'", "l’", "les", "of", "the", "for", "and", "et", ","}


def _portfolio(span: Span, lex: Lexicon) -> bool:
    """"le ministre de la Communication, de la Culture, des Arts et du Tourisme": the capitalised words of a
    minister's list of portfolios are no organisation (the NER takes "Arts et du Tourisme" for one)."""
    doc = span.doc
    i = span.start - 1
    if i < span.sent.start or doc[i].lower_ not in PORTFOLIO_LINKS or doc[i].text == ",":
        return False  # ("le ministre des Affaires étrangères, Gedion Timotheos": a name after the comma)
    while i >= max(span.sent.start, span.start - 16):
        tok = doc[i]
        if lex.is_head(tok, "minister"):  # (heads.tsv kind minister)
            return True
        if tok.pos_ in ("VERB", "AUX") or tok.lower_ not in PORTFOLIO_LINKS and not tok.text[:1].isupper() \
                and tok.pos_ != "ADJ":
            return False
        i -= 1
    return False


def _undetermined(span: Span) -> Span:
    """The name after a lower-case article ("the Indian Navy"); a span that pairs two names with a hyphen
    ("the Eritrean-Ethiopian War", "the Eritrea-Ethiopia Boundary Commission") is about both, and is left
    with its article (so no name)."""
    if any(t.text in ("-", "–") for t in span):
        return span
    while len(span) > 1 and span[0].pos_ == "DET":
        span = span[1:]
    return span


def _plausible_name(span: Span) -> bool:
    text = span.text.strip()
    if len(text) < 2 or len(span) > 8 or not _HAS_UPPER.search(text[:1]):
        return False
    if any(t.text == "," for t in span):
        return False  # "Mali, Burkina Faso" tagged as one: a list, no name
    return not any(ch.isdigit() for ch in text)


def _name_in_titled_span(doc: Doc, ent: Span, lex: Lexicon) -> tuple[Span, str | None]:
    """"le Premier ministre Manasseh Sogavare" tagged MISC as a whole: a title (titles.tsv), maybe its
    nationality, then two or more capitalised proper nouns is a title and a person's name; the name is the
    person (the French model tags a capitalised "Premier ministre" with the name after it as one unit)."""
    for start, end, _ in _title_span(doc, lex):
        if start == ent.start and ent.start < end < ent.end:
            j = end
            while j < ent.end and doc[j].pos_ == "ADJ" and doc[j].text[:1].islower():
                j += 1  # "salomonais"
            name = doc[j:ent.end]
            if len(name) >= 2 and all(t.pos_ == "PROPN" and t.text[:1].isupper() for t in name):
                return name, "Person"
    return ent, None


def _retype_titled(doc: Doc, pending: list, lex: Lexicon) -> list:
    """A name the NER called a place or an organisation is a person when a title stands right
    before it or in apposition after it ("la visite de Nancy Pelosi, alors présidente de…",
    "the president, Joe Biden,"); a capitalised word that begins a title is no name at all."""
    titles = _title_span(doc, lex)
    ends = {end for _, end, _ in titles}
    starts = {start for start, _, _ in titles}
    out = []
    for span, etype, country in pending:
        if len(span) == 1 and span.start in starts and any(end > span.end for start, end, _ in titles if start == span.start):
            continue  # "le Haut représentant de l'UE": the first word of a title is no name
        if etype in ("Place", "Organization") and len(span) > 1:
            j = span.end
            if j < len(doc) and doc[j].text == ",":
                j += 1
                while j < len(doc) and j - span.end < 4 and (doc[j].pos_ in ("ADV", "DET") or doc[j].text == ","):
                    j += 1
            if (j > span.end and j in starts) or span.start in ends:
                etype = "Person"
        out.append((span, etype, country))
    return out


def _resolve_pending(doc: Doc, idx: EntityIndex, pending: list, gz: Gazetteer, lex: Lexicon) -> None:
    """Unknown names: a short name that ends or starts a longer person's name in the article is that
    person — the one named in full before it when several fit ("Kim" after "Kim Jong Un")."""
    full_names: list[tuple[list[str], Entity, int]] = []  # (words, entity, first character offset)
    for m in idx.mentions:
        ent = idx.entities[m.entity]
        if ent.type == "Person":
            for n in gz.surface.get(ent.key, set()) | {m.text}:
                full_names.append((normalise(n).split(), ent, m.start))
    for span, etype, _ in pending:
        if etype == "Person" and len(span) > 1:
            ent = Entity(key=f"Person:{slug(span.text)}", type="Person", label=span.text,
                         country=_title_country(doc, span, idx, gz, lex))
            full_names.append((normalise(span.text).split(), ent, span.start_char))
    for span, etype, country in pending:
        ent = None
        words = normalise(span.text).split()
        if etype in ("Place", "Organization") and len(span) == 1:
            # "La visite de Kim en Russie" with "Kim" taken for a place: a word of a person's name given
            # before it is that person (the gazetteer's places and states were matched before the NER)
            named = {e.key: e for toks, e, at in full_names if at < span.start_char and len(toks) > 1
                     and words[0] in (toks[0], toks[-1])}
            if len(named) == 1:
                etype, ent = "Person", next(iter(named.values()))
        if etype == "Person" and ent is None:
            same = [e for toks, e, _ in full_names if toks == words]
            fits = [(e, at) for toks, e, at in full_names
                    if len(toks) > len(words) and (toks[-len(words):] == words or toks[: len(words)] == words)]
            before = {e.key: e for e, at in fits if at < span.start_char}
            every = {e.key: e for e, _ in fits}
            if same:
                ent = same[0]
            elif len(before) == 1:
                ent = next(iter(before.values()))
            elif not before and len(every) == 1:
                ent = next(iter(every.values()))
            elif every:
                continue  # "Kim" with two Kims and no way to choose: left alone
        if ent is None and etype == "Organization" and len(span) == 1 and not _is_acronym(span.text):
            # "the Commission" after "the European Commission": the one organisation with that head word
            owners = {m.entity for m in idx.mentions if m.start < span.start_char
                      and idx.entities[m.entity].type == "Organization" and len(m.text.split()) > 1
                      and span.text in (m.text.split()[0], m.text.split()[-1])}
            ent = idx.entities[owners.pop()] if len(owners) == 1 else None
        if ent is None and etype == "Organization" and _is_acronym(span.text):
            # "the Rapid Support Forces" … "the RSF": an acronym of an organisation named before
            ent = next((idx.entities[m.entity] for m in reversed(idx.mentions) if m.start < span.start_char
                        and idx.entities[m.entity].type == "Organization" and _initials(m.text) == span.text), None)
        via = "ner" if ent is None else None
        if ent is None:
            label = span.text
            if etype == "Organization" and country is None:
                owner = _possessor_state(doc, span, idx)
                if owner is not None:
                    # "China's Defense Ministry": the state's, named with it (one "Defense Ministry" per state)
                    country, label = owner.key, f"{doc[span.start - 2].text}{doc[span.start - 1].text} {span.text}"
                else:
                    country = _seated_in(span, idx, gz, lex)
            ent = Entity(key=f"{etype}:{slug(label)}", type=etype, label=label, country=country)
        idx.add(doc, span.start, span.end, ent, via or ("ner" if ent.label == span.text else "alias"))
    _repeat_names(doc, idx, gz)


def _title_country(doc: Doc, span: Span, idx: EntityIndex, gz: Gazetteer, lex: Lexicon) -> str | None:
    """The state in the title written right before a person's name ("le secrétaire au Trésor américain Steven
    Mnuchin", "Nicaraguan Attorney General Ana Julia Guido De Romero") or in apposition right after it ("Liu He,
    le vice-Premier ministre chinois,"): the one state named there, if the phrase holds a title."""
    titles = _title_span(doc, lex)
    def scan(toks) -> str | None:
        found, titled = set(), False
        for t in toks:
            if t.is_punct and t.text not in ("-", "'", "’") or t.pos_ in ("VERB", "AUX", "PRON", "NUM", "CCONJ"):
                break  # ("Farouq Said, and the Moroccan minister": another's title)
            titled = titled or any(a <= t.i < b for a, b, _ in titles) or lex.is_head(t, "office")
            ent = idx.entity_at(t)
            if t.i in idx.demonym_tokens:
                found.add(idx.demonym_tokens[t.i])
            elif ent is not None and ent.type == "Country":
                found.add(ent.key)
            elif ent is not None and ent.type == "Person":
                break
        return next(iter(found)) if titled and len(found) == 1 else None
    before = scan(reversed(doc[max(span.sent.start, span.start - 8):span.start]))
    if before is None and span.start - 2 > span.sent.start and doc[span.start - 1].text == "," \
            and (span.end >= span.sent.end - 1 or doc[span.end].text in (",", ")")):
        # "his Argentinean counterpart, Hector Timerman,", « son homologue argentin, Hector Timerman, »: the
        # title the name is set off after (the parser hangs it anywhere)
        head = doc[span.start - 2]
        if head.i in idx.demonym_tokens and head.dep_ in ("amod", "nmod"):
            head = head.head
        if head.pos_ == "NOUN" and (lex.is_head(head, "office") or lex.is_head(head, "other_person")
                                    or any(a <= head.i < b for a, b, _ in titles)):
            states = {idx.demonym_tokens[c.i] for c in head.children if c.i in idx.demonym_tokens}
            before = states.pop() if len(states) == 1 else None
    if before is not None or span.end >= span.sent.end - 1 or doc[span.end].text != ",":
        return before
    return scan(doc[span.end + 1:min(span.sent.end, span.end + 9)])


def _possessor_state(doc: Doc, span: Span, idx: EntityIndex) -> Entity | None:
    """The state named in the possessive right before an organisation's name ("China's Defense Ministry")."""
    if span.start < 2 or doc[span.start - 1].text not in ("'s", "’s"):
        return None
    ent = idx.entity_at(doc[span.start - 2])
    return ent if ent is not None and ent.type == "Country" else None


def _is_acronym(text: str) -> bool:
    return 2 <= len(text) <= 6 and text.isalpha() and text.isupper()


def _initials(name: str) -> str:
    words = name.split()
    if words and normalise(words[0]) in ("the", "le", "la", "les", "l'"):
        words = words[1:]
    return "".join(w[0] for w in words if w[:1].isupper())


def _repeat_names(doc: Doc, idx: EntityIndex, gz: Gazetteer) -> None:
    """A name the NER found once is that entity wherever else it is written ("RSF commanders" after
    "the RSF"): the article's own organisation and person names of two words or more, and acronyms."""
    names: dict[tuple[str, ...], Entity] = {}
    for m in list(idx.mentions):
        ent = idx.entities[m.entity]
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if ent.type == "Organization" and span is not None and span.end + 2 < len(doc) \
                and doc[span.end].text == "(" and doc[span.end + 2].text == ")" \
                and doc[span.end + 1].text == _initials(m.text) and span.end + 1 not in idx.by_token:
            # "the Rapid Support Forces (RSF)": the acronym given in brackets is the same organisation
            acr = idx.add(doc, span.end + 1, span.end + 2, ent, "alias")
            names.setdefault((acr.text,), ent)
        if m.via in ("ner", "alias", "gazetteer") and ent.type in ("Organization", "Person"):
            words = tuple(m.text.split())
            if len(words) > 1 or _is_acronym(m.text):
                names.setdefault(words, ent)
    # "the Commission" after "the European Commission", "la Commission" after "la Commission européenne":
    # the head word of one organisation's name, when no other organisation of the article has it
    heads: dict[str, set[str]] = {}
    for m in idx.mentions:
        ent = idx.entities[m.entity]
        words = m.text.split()
        if ent.type == "Organization" and len(words) > 1:
            for w in (words[0], words[-1]):
                if w[:1].isupper() and w.isalpha() and len(w) > 3 and normalise(w) not in gz.demonyms:
                    heads.setdefault(w, set()).add(ent.key)
    for tok in doc:
        keys = heads.get(tok.text)
        if keys and len(keys) == 1 and tok.i not in idx.by_token and tok.i > 0 \
                and doc[tok.i - 1].lower_ in ("the", "la", "le", "l'", "l’") \
                and not (tok.i + 1 < len(doc) and doc[tok.i + 1].text[:1].isupper()):
            idx.add(doc, tok.i, tok.i + 1, idx.entities[next(iter(keys))], "alias")
    _repeat_surnames(doc, idx)
    if not names:
        return
    firsts = {w[0] for w in names}
    for tok in doc:
        if tok.text not in firsts or tok.i in idx.by_token:
            continue
        for words, ent in names.items():
            end = tok.i + len(words)
            if words[0] == tok.text and end <= len(doc) and tuple(t.text for t in doc[tok.i:end]) == words \
                    and not any(i in idx.by_token for i in range(tok.i, end)):
                idx.add(doc, tok.i, end, ent, "alias")
                break


def _repeat_surnames(doc: Doc, idx: EntityIndex) -> None:
    """"General Stephen Townsend" … "Townsend met with…" with the later surname the NER left untagged: the one person
    of the article whose full name ends with that word, wherever the tagger reads it as a name standing alone."""
    owners: dict[str, set[str]] = {}
    first_at: dict[str, int] = {}
    for m in idx.mentions:
        ent = idx.entities[m.entity]
        words = m.text.split()
        if ent.type == "Person" and len(words) > 1 and m.via in ("ner", "gazetteer", "alias"):
            last = words[-1]
            if len(last) > 2 and last[:1].isupper() and last.replace("-", "").isalpha():
                owners.setdefault(last, set()).add(ent.key)
                first_at[last] = min(first_at.get(last, m.start), m.start)
    for tok in doc:
        keys = owners.get(tok.text)
        if not keys or len(keys) != 1 or tok.i in idx.by_token or tok.idx < first_at[tok.text] or tok.pos_ != "PROPN" \
                or tok.ent_type_ not in ("", "PERSON", "PER"):
            continue
        if (tok.i > 0 and doc[tok.i - 1].pos_ == "PROPN" and doc[tok.i - 1].text[:1].isupper()) or (
                tok.i + 1 < len(doc) and doc[tok.i + 1].pos_ == "PROPN" and doc[tok.i + 1].text[:1].isupper()):
            continue  # (part of another name: "Townsend Street", "Kate Townsend")
        idx.add(doc, tok.i, tok.i + 1, idx.entities[next(iter(keys))], "alias")


_PREFIXES: dict[int, tuple[dict, set[str]]] = {}


def _title_prefixes(lex: Lexicon) -> set[str]:
    """Every prefix of every title of the lexicon (computed once per lexicon)."""
    cached = _PREFIXES.get(id(lex.titles))
    if cached is None or cached[0] is not lex.titles:
        cached = _PREFIXES[id(lex.titles)] = (lex.titles, {t[:k] for t in lex.titles for k in range(len(t) + 1)})
    return cached[1]


def _title_span(doc: Doc, lex: Lexicon) -> list[tuple[int, int, str]]:
    """Token ranges of titles ("président", "premier ministre", "secretary of state") with their role
    (found once per document: retyping names and resolving titles both ask)."""
    key = ("kg_titles", lex.lang)
    if key not in doc.user_data:
        doc.user_data[key] = _find_titles(doc, lex)
    return doc.user_data[key]


def _find_titles(doc: Doc, lex: Lexicon) -> list[tuple[int, int, str]]:
    out = []
    longest = max((len(t.split()) for t in lex.titles), default=1)
    # each token's text and lemma read once (slicing the Doc for every n-gram was the hot spot)
    with_ws, texts, lemmas = [], [], []
    for t in doc:
        with_ws.append(t.text_with_ws)
        texts.append(t.text)
        lemmas.append(normalise(t.lemma_))
    starts = _title_prefixes(lex)
    i = 0
    while i < len(doc):
        if normalise(texts[i]) not in starts and lemmas[i] not in starts:
            i += 1  # no title begins with this word (a phrase's normal form begins with its first word's)
            continue
        for n in range(min(longest, len(doc) - i), 0, -1):
            phrase = normalise("".join(with_ws[i:i + n - 1]) + texts[i + n - 1])  # = doc[i:i + n].text
            lemma_phrase = " ".join(lemmas[i:i + n])
            role = lex.titles.get(phrase) or lex.titles.get(lemma_phrase)
            if role:
                out.append((i, i + n, role))
                i += n - 1
                break
        else:
            if i + 2 < len(doc) and doc[i + 1].pos_ == "ADJ":
                # "ministre turc de la Défense": a demonym inside the title
                for n in range(min(longest, len(doc) - i - 1), 1, -1):
                    ks = [i] + list(range(i + 2, i + n + 1))
                    phrase = normalise("".join(with_ws[k] for k in ks[:-1]) + texts[ks[-1]])
                    role = lex.titles.get(phrase) or lex.titles.get(" ".join(lemmas[k] for k in ks))
                    if role:
                        out.append((i, i + n + 1, role))
                        i += n
                        break
        i += 1
    return out


def _seated_in(span: Span, idx: EntityIndex, gz: Gazetteer, lex: Lexicon) -> str | None:
    """"the Commerce Ministry in Beijing", "le ministère à Moscou": a state body (heads.tsv kind body) named
    with a seat of power (metonyms.tsv) or a city of a state is that state's. (An embassy or an ambassador in
    Beijing is its sender's: they are no body.)"""
    root = span.root
    if not lex.is_head(root, "body"):
        return None
    for c in root.children:
        objs = [o for o in c.children if o.dep_ == "pobj"] if c.dep_ == "prep" and c.lower_ in ("in", "at") else \
            [c] if c.dep_ == "nmod" and preposition(c) in ("a", "à") else []
        for o in objs:
            place = idx.entity_at(o)
            if place is not None and normalise(o.text) in gz.metonyms:
                return gz.metonyms[normalise(o.text)]
            if place is not None and place.type == "Place" and place.country:
                return place.country
    return None


def country_of(token: Token, idx: EntityIndex, gz: Gazetteer, lex: Lexicon, depth: int = 0) -> str | None:
    """The state a noun phrase is about: a demonym, 'de la Russie', "Russia's", 'Kremlin leader' —
    also past one qualifying noun ("les autorités de transition du Burkina Faso", "the ministry of
    foreign affairs of Mali")."""
    found = _country_of(token, idx, gz, lex)
    if found is None and depth == 0:
        for child in token.children:
            if child.dep_ in ("nmod", "pobj") and child.pos_ == "NOUN" and idx.entity_at(child) is None and (
                    child.dep_ == "nmod" or child.head.lower_ == "of"):
                found = country_of(child, idx, gz, lex, 1)
                if found:
                    break
            elif child.dep_ == "prep" and child.lower_ == "of":
                for p in child.children:
                    if p.dep_ == "pobj" and p.pos_ == "NOUN" and idx.entity_at(p) is None:
                        found = found or country_of(p, idx, gz, lex, 1)
    return found


def _country_of(token: Token, idx: EntityIndex, gz: Gazetteer, lex: Lexicon) -> str | None:
    for child in token.children:
        if child.i in idx.demonym_tokens and child.dep_ in DEMONYM_DEPS:
            return idx.demonym_tokens[child.i]
        ent = idx.entity_at(child)
        if ent and child.i > token.i + 1 and any(lex.is_head(t, "water") for t in token.doc[token.i + 1: child.i]):
            continue  # "un missile en mer du Japon" is not Japan's
        if ent and child.dep_ == "nmod" and preposition(child) not in (None, "de", "of") and lex.is_head(token, "troops"):
            continue  # "l'envoi de soldats au Mozambique": soldiers sent there, not Mozambique's ("le ministère à Moscou" is Russia's)
        if ent and child.dep_ in ("nmod", "poss", "compound", "amod") and child.i != token.i:
            if ent.type == "Country":
                return ent.key
            if ent.country and ent.type in ("Place", "Organization"):
                return ent.country
            if ent.type == "Person" and child.dep_ == "poss" and ent.country:
                return ent.country  # "Modi's government"
        if child.dep_ == "prep" and child.lower_ in ("of", "from") and child.i == token.i + 1:
            # "senior officials from Seoul", "the government of Sudan"
            for p in child.children:
                ent = idx.entity_at(p) if p.dep_ == "pobj" else None
                if ent is not None and ent.type == "Country":
                    return ent.key
                if ent is not None and ent.type == "Place" and ent.country:
                    return ent.country
    return None


POSTED_AT = {normalise(w) for w in ("à", "au", "aux", "auprès", "to", "at")}


def _resolve_titles(doc: Doc, idx: EntityIndex, gz: Gazetteer, lex: Lexicon, published: date | None) -> None:
    """Titles naming a person ("le président russe Vladimir Poutine") state a role; titles alone
    ("le président russe") denote the one person in the article holding it, else the state."""
    for start, end, role in _title_span(doc, lex):
        if any(i in idx.by_token for i in range(start, end)):
            continue
        head = doc[start:end].root
        org = next((idx.entity_at(c) for c in head.children if c.dep_ in ("compound", "nmod", "poss")
                    and idx.entity_at(c) is not None and idx.entity_at(c).type == "Organization"
                    and preposition(c) not in POSTED_AT), None)
        # ("l'ambassadeur d'Iran aux Nations unies": the body one is posted at is not the one served)
        if org is not None and ("Plur" in feature(head, "Number") or normalise(head.text).endswith("s")
                                or role in SERVING_ROLES and _named_person(doc, start, end, idx, lex) is None):
            # "Hamas leaders", "des dirigeants du Hamas", "un commandant du Hezbollah", "a Hamas
            # official": the organisation's people stand for it, not for the state it is of
            idx.add(doc, start, end, org, "description")
            continue
        country = None
        for t in doc[start:end]:
            country = country or country_of(t, idx, gz, lex)
        for j in (start - 1, start - 2):  # "Russian President Vladimir Putin", "U.S. Secretary of State"
            if country is None and j >= 0 and doc[j].sent == doc[start].sent:
                if j in idx.demonym_tokens:
                    country = idx.demonym_tokens[j]
                elif idx.entity_at(doc[j]) and idx.entity_at(doc[j]).type == "Country":
                    country = idx.entity_at(doc[j]).key
                elif not (doc[j].pos_ in ("DET", "PART") or doc[j].text in ("'s", "’s")):
                    break
        if country is None and org is not None and not org.country:
            # "NATO Secretary General Mark Rutte", "Hamas leader Ismail Haniyeh": the office is in the
            # organisation, whatever post the gazetteer also knows the person by
            country = org.key
        if country is None:
            named = _named_person(doc, start, end, idx, lex)  # "President Joe Biden": the person's own country
            country = named.country if named is not None and named.country else None
        if country is None:
            # "le chef de l'État", "the prime minister" with no country: the one holder of that office
            # the article named before, if there is exactly one
            if role in ("head_of_state", "head_of_government", "foreign_minister", "defence_minister") \
                    and named is None:
                family = ROLE_FAMILY.get(role, {role})
                before = {m.entity for m in idx.mentions if m.start < doc[start].idx}
                people = {r.entity for r in idx.roles if r.role in family and r.entity in before}
                people |= {r.entity for r in gz.holders(family, None) if r.entity in before
                           and (r.covers(published) if published else r.end is None)}
                if len(people) == 1:
                    key = next(iter(people))
                    idx.add(doc, start, end, idx.entities[key], "description")
            elif named is None and role != "counterpart" and "Plur" not in feature(head, "Number") \
                    and not normalise(head.text).endswith("s"):  # ("les deux dirigeants" are two)
                # "le ministre de l'Intérieur" again: the one person the article named with that title
                people = {n[2] for n in idx.naming if n[2] and n[3] == role and n[0] < start}
                if len(people) == 1:
                    idx.add(doc, start, end, idx.entities[next(iter(people))], "description")
            continue
        named = _named_person(doc, start, end, idx, lex)
        if named is None and head.dep_ == "appos" and idx.entity_at(head.head) \
                and idx.entity_at(head.head).type == "Person":
            named = idx.entity_at(head.head)  # "Vladimir Poutine, le président russe, …"
        family = ROLE_FAMILY.get(role, {role})
        if named is not None and _former(doc, start, end, lex):
            continue  # "l'ancien ministre bolivien Carlos Mesa", "former president X": no office of the state's now
        if named is not None:
            actual = role if role in ("head_of_state", "head_of_government", "spokesperson") \
                or role.endswith("_minister") or role in SERVING_ROLES else "leader"
            idx.roles.append(RoleHolder(named.key, actual, country, None, None))
            idx.naming.append((start, end, named.key, role, country))
            name_at = next((t for t in doc[end:min(end + 9, len(doc))] if idx.entity_at(t) is named), None)
            if name_at is not None and not head.is_ancestor(name_at) and not name_at.is_ancestor(head) \
                    and doc[name_at.i - 1].text == "," and head.dep_ in ("obj", "dobj", "obl", "obl:arg", "pobj", "nsubj"):
                # "a reçu lundi son homologue kényan, William Ruto" with the name hung on the verb: the
                # title is that person, where the parser left it
                idx.add(doc, head.i, head.i + 1, named, "description")
            continue
        if role == "counterpart" and country is None:
            continue
        if _former(doc, start, end, lex):
            continue  # a former office holder is not the one the gazetteer knows for the article's date
        idx.naming.append((start, end, "", role, country))
    # second pass: titles without a name, now that every naming in the article is known
    for start, end, person, role, country in list(idx.naming):
        if person:
            continue
        family = ROLE_FAMILY.get(role, {role})
        # roles the article states win; else office holders the gazetteer knows for the article's
        # date (the current ones when the date is unknown) who are named in the article
        people = {r.entity for r in idx.roles if r.country == country and r.role in family}
        if len(people) != 1:
            people |= {r.entity for r in gz.holders(family, country) if r.entity in idx.entities
                       and (r.covers(published) if published else r.end is None)}
        span_end = end
        while span_end < len(doc) and (span_end in idx.demonym_tokens or doc[span_end].dep_ == "amod"):
            span_end += 1
        if len(people) == 1:
            key = next(iter(people))
            idx.add(doc, start, span_end, idx.entities[key], "description")
        elif not people:
            # "le ministre turc de la Défense" whom the article never names acts for his state
            idx.add(doc, start, span_end, gz.entities.get(country) or idx.entities[country], "description")
    idx.naming[:] = [n for n in idx.naming if n[2]]


def _named_person(doc: Doc, start: int, end: int, idx: EntityIndex, lex: Lexicon | None = None) -> Entity | None:
    """A person named right after a title, skipping its adjectives, commas and complements
    ("le porte-parole du Kremlin, Dmitri Peskov", "le président de l'époque, Moon Jae-in")."""
    crossed = False
    for j in range(end, min(end + 9, len(doc))):
        tok = doc[j]
        ent = idx.entity_at(tok)
        if ent is not None and ent.type == "Person":
            name = tok
            while name.dep_ in ("flat:name", "flat", "compound") and name.head != name:
                name = name.head
            title = doc[start:end].root
            if crossed and name.dep_.startswith("nsubj") and not name.is_ancestor(title) and (
                    title.dep_ == "pobj" or any(c.dep_ == "case" for c in title.children)):
                # "Pour montrer sa proximité avec son homologue ukrainien, Emmanuel Macron le tutoie": the name
                # after the comma begins the main clause, the title is someone else in the clause before it
                return None
            return ent
        crossed = crossed or tok.text == ","
        if ent is not None or j in idx.demonym_tokens or tok.dep_ in ("amod", "case", "det") or tok.text == "," \
                or (lex is not None and lex.is_head(tok, "former")):
            continue
        return None
    return None


def _former(doc: Doc, start: int, end: int, lex: Lexicon) -> bool:
    """"the former president", "l'ancien Premier ministre", "le président de l'époque": not the
    office holder at the article's date."""
    near = list(doc[max(0, start - 2):start]) + list(doc[end:min(len(doc), end + 4)])
    return any(lex.is_head(t, "former") for t in near)
