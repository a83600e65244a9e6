"""Dependency-parse helpers shared by the extractors: who is the subject, object, prepositional
object of a word, across the label sets of the French (UD) and English (ClearNLP) models."""
from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from functools import wraps

from spacy.tokens import Doc, Span, Token

from ..gazetteer import normalise

SUBJ = {"nsubj", "csubj"}
PASS_SUBJ = {"nsubj:pass", "nsubjpass"}
OBJ = {"obj", "dobj", "iobj", "dative"}
OBLIQUE = {"obl", "obl:arg", "obl:mod", "obl:agent", "nmod", "prep", "iobj", "advmod", "acl"}
CLAUSAL = {"ccomp", "xcomp", "advcl", "acl", "acl:relcl", "relcl", "parataxis", "conj"}
RELATIVE_PRONOUNS = {"qui", "que", "qu'", "qu’", "lequel", "laquelle", "who", "whom", "which", "that", "dont"}
POSSESSIVES = {"son", "sa", "ses", "leur", "leurs", "his", "her", "its", "their", "notre", "nos", "our", "mon", "ma", "mes", "my"}
INSTRUMENTAL = {"use", "employ", "utiliser", "employer", "servir"}  # verbs whose object is a means
TARGETING = {"visant", "ciblant", "targeting", "concernant", "regarding"}
# how a demonym hangs on its noun; "dep": a rare demonym the tagger does not know ("l'armée guyanienne" as X)
DEMONYM_DEPS = {"amod", "compound", "nmod", "flat", "npadvmod", "dep", "acl"}
PLURAL_POSSESSIVES = {"leur", "leurs", "their", "notre", "nos", "our"}
SINGULAR_POSSESSIVES = {"son", "sa", "ses", "his", "her", "its"}  # one owner (of one thing or several)


_FEATURES: dict[tuple[int, str], tuple[str, ...]] = {}


def feature(tok: Token, name: str) -> tuple[str, ...]:
    """The values of one morphological feature of a token (tok.morph.get(name)), remembered by the
    token's analysis: spaCy parses the analysis string at every get (2 µs, asked hundreds of times
    per article, of a few hundred distinct analyses)."""
    morph = tok.morph
    key = (morph.key, name)
    found = _FEATURES.get(key)
    if found is None:
        if len(_FEATURES) > 100_000:  # (a bound for a long-running process)
            _FEATURES.clear()
        found = _FEATURES[key] = tuple(morph.get(name))
    return found


_MEMO = "kg_memo"  # doc.user_data key of the per-token answers, there only while reading() lasts


@contextmanager
def reading(doc: Doc) -> Iterator[None]:
    """While the extractors read a document (pipeline.analyse): Token.sent answered from one index
    of its sentences, and the parse helpers marked @per_token remember their answer for each token.
    spaCy finds a token's sentence by scanning the sentence starts around it at every call (3 µs,
    about 100 calls per article); the rules ask for a verb's objects or subjects several times.
    Both are removed afterwards, so a document changed later (retokenised) never answers from them;
    a repair of the parse while reading (repair_dative_clitics…) calls parse_changed(), which
    forgets them (the index is made again at the next .sent)."""
    hooks = doc.user_token_hooks
    if "sent" in hooks or _MEMO in doc.user_data:  # (someone else's hook, or a read already going on)
        yield
        return
    memo: dict = {}

    def sent_of(tok: Token) -> Span:
        index = memo.get(_SENTENCES)
        if index is None:
            sents = list(tok.doc.sents)
            of = [0] * len(tok.doc)
            for k, sent in enumerate(sents):
                of[sent.start:sent.end] = [k] * (sent.end - sent.start)
            index = memo[_SENTENCES] = (sents, of)
        return index[0][index[1][tok.i]]

    hooks["sent"] = sent_of
    doc.user_data[_MEMO] = memo
    try:
        yield
    finally:
        del hooks["sent"]
        del doc.user_data[_MEMO]


_SENTENCES = ("sentences",)  # the memo's key of the sentence index (no (name, i) key of a helper)


def parse_changed(doc: Doc) -> None:
    """Forget what reading() remembered of the document: its parse was just changed."""
    memo = doc.user_data.get(_MEMO)
    if memo is not None:
        memo.clear()


def per_token(copy):
    """fn(tok) remembered per token while reading() its document (the parse does not change
    meanwhile), handed out through `copy` (list, iter, or None for an immutable answer) so a caller
    that changes its list changes no other's. Outside reading(), fn itself."""
    def wrap(fn):
        name = fn.__name__

        @wraps(fn)
        def remembered(tok: Token):
            memo = tok.doc.user_data.get(_MEMO)
            if memo is None:
                return fn(tok)
            key = (name, tok.i)
            found = memo.get(key, memo)  # (memo itself: not asked yet; None is an answer)
            if found is memo:
                found = fn(tok)
                if copy is not None:
                    found = tuple(found)
                memo[key] = found
            return found if copy is None else copy(found)
        return remembered
    return wrap


def sentence_before(sent: Span) -> Span | None:
    """The sentence before this one, past blank lines: to spaCy a paragraph break ("\n\n") is a
    sentence of its own, and the sentence before a paragraph's first one would be that blank."""
    doc, i = sent.doc, sent.start - 1
    while i >= 0:
        prev = doc[i].sent
        if not all(t.is_space for t in prev):  # (stops at the first word: no text built)
            return prev
        i = prev.start - 1
    return None


def window_start(tok: Token) -> int:
    """The first token of the sentence before the token's (its own sentence's first if none)."""
    prev = sentence_before(tok.sent)
    return prev.start if prev is not None else tok.sent.start


def children(tok: Token, deps: set[str]) -> list[Token]:
    return [c for c in tok.children if c.dep_ in deps]


def is_reflexive(verb: Token) -> bool:
    return any(c.lower_ in ("se", "s'", "s’") or (c.dep_.startswith("expl") and c.lower_ in ("se", "s'", "s’"))
               for c in verb.children)


@per_token(None)
def preposition(tok: Token) -> str | None:
    """The preposition introducing a nominal ("de la Russie" → "de"; "auprès du chef" → "auprès")."""
    if tok.dep_ == "pobj" and tok.head.dep_ in ("prep", "agent", "dative"):
        return normalise(tok.head.lemma_ if tok.head.dep_ != "agent" else "by")
    # a noun labelled "case" is mostly a misparse ("vendredi"), except the nouns of compound
    # prepositions ("face à", "suite à", "grâce à")
    cases = [c for c in tok.children if c.dep_ in ("case", "mark") and c.i < tok.i and
             (c.pos_ not in ("NOUN", "PROPN") or c.lower_ in ("face", "suite", "grâce", "lors", "faute"))]
    if cases:
        first = normalise(cases[0].text)
        # "du", "des", "au", "aux" are contracted prepositions
        return normalise({"du": "de", "des": "de", "d'": "de", "au": "à", "aux": "à"}.get(first, first))
    if tok.head.pos_ == "ADV" and tok.head.i < tok.i:
        return normalise(tok.head.lower_)
    return None


@per_token(iter)
def prep_objects(tok: Token) -> Iterator[tuple[str, Token]]:
    """(preposition, nominal) pairs attached to a word, in both label schemes."""
    for c in tok.children:
        if c.dep_ in ("prep", "agent", "dative") and c.pos_ == "ADP":
            for p in c.children:
                if p.dep_ == "pobj":
                    yield (normalise(c.lemma_ if c.dep_ != "agent" else "by"), p)
        elif c.dep_ in OBLIQUE and c.pos_ in ("NOUN", "PROPN", "PRON", "NUM", "ADJ", "X"):
            # (X: a foreign name the tagger did not know, "entre Xi Jinping et…")
            prep = preposition(c)
            if prep:
                yield (prep, c)
        elif c.pos_ == "VERB" and c.dep_ in ("acl", "advcl") and normalise(c.text) in TARGETING:
            # "les sanctions visant le secteur pétrolier", "sanctions targeting Iran": a participle
            # that works as a preposition
            for o in c.children:
                if o.dep_ in ("obj", "dobj", "obl:arg", "obl") and o.pos_ in ("NOUN", "PROPN") and o.i > c.i:
                    yield (normalise(c.text), o)
        if c.dep_ in ("obl:mod", "npadvmod", "obl:tmod", "nmod:tmod") and c.pos_ == "NOUN" and c.i > tok.i \
                and not any(d.dep_ == "case" for d in c.children):
            # « s'était rendu mi-avril aux Comores », "fin mars en Chine": a bare time noun the parser hung the
            # verb's own phrase on
            for p in c.children:
                prep = preposition(p) if p.dep_ == "nmod" and p.i > c.i else None
                if prep in ("a", "au", "aux", "en", "dans", "in", "to"):  # (where: not "depuis le 12 janvier")
                    yield (prep, p)
        if c.pos_ == "ADV" and c.dep_ in ("advmod", "obl", "obl:mod", "dep"):
            # "auprès du dirigeant", "autour de Taïwan", "près de la frontière": adverbs as prepositions
            for p in c.children:
                if p.pos_ in ("NOUN", "PROPN") and p.i > c.i:
                    yield (normalise(c.lower_), p)


@per_token(list)
def subjects(verb: Token) -> list[Token]:
    """Active subjects of a verb, looking through control, coordination and relative clauses."""
    seen = 0
    tok = verb
    while seen < 6:
        seen += 1
        subj = children(tok, SUBJ | {"expl:subj"}) or _active_pass_subjects(tok)
        if len(subj) > 1:
            # "Niger : les militaires américains auront quitté le pays": a headline's topic is no subject
            subj = [s_ for s_ in subj if not (s_.i == s_.sent.start and s_.i + 1 < len(s_.doc)
                                              and s_.doc[s_.i + 1].text == ":")] or subj
        if subj:
            return subj
        if tok.dep_ in ("conj", "acl") and tok.pos_ == "VERB" and tok.head.pos_ in ("NOUN", "PROPN") \
                and tok.head.head != tok.head and tok.head.dep_ in OBJ and any(c.dep_ == "cc" for c in tok.children):
            tok = tok.head.head  # "a rejeté ces accusations et accusé Manille": a verb hung on the first one's object
            continue
        if tok.dep_ == "advcl" and tok.head != tok and any(m.dep_ == "mark" and m.lower_ == "pour" for m in tok.children) \
                and any(c.dep_.startswith("aux") and "Inf" in feature(c, "VerbForm") for c in tok.children) and objects(tok.head):
            return objects(tok.head)  # « a critiqué Tunis pour avoir invité X », « a remercié la France pour avoir soutenu… »
        if tok.dep_ == "advcl" and tok.head != tok and tok.head.dep_ == "acl" and tok.head.head.pos_ == "NOUN" \
                and any(c.dep_ == "mark" and c.lower_ == "en" for c in tok.children) and tok.head.head.head != tok.head.head:
            # « a souligné la volonté de rétablir le dialogue, en accueillant son homologue »: a gerund hung on a
            # noun's infinitive speaks for the clause above the noun
            tok = tok.head.head.head
            continue
        if tok.dep_ in ("xcomp", "advcl") and tok.head != tok and normalise(tok.head.lemma_) in INSTRUMENTAL:
            tok = tok.head  # "Russia used Iranian drones to strike…": the user strikes, not the drones
            continue
        if tok.dep_ == "xcomp" and tok.head != tok and objects(tok.head):
            return objects(tok.head)  # object control: "invited Putin to visit"
        if tok.dep_ == "xcomp" and tok.head != tok and any(c.dep_ == "auxpass" for c in tok.head.children):
            # English raising and control: "X is expected to meet Y", "X was urged to withdraw". The French
            # model's aux:pass + xcomp is mostly a misparse (measured: held-out 04 fp +4, no tp), so not there
            raised = children(tok.head, {"nsubjpass"})
            if raised:
                return raised
        if tok.dep_ == "xcomp" and tok.head != tok and any(m.lower_ in ("de", "d'", "d’") for m in tok.children
                                                           if m.dep_ == "mark") \
                and children(tok.head, PASS_SUBJ) and any(c.dep_ == "obl:agent" for c in tok.head.children):
            return children(tok.head, PASS_SUBJ)  # "Téhéran a été accusé par Washington de livrer…": Téhéran livre
        if tok.dep_ == "xcomp" and tok.head != tok and any(m.lower_ in ("de", "d'", "d’") for m in tok.children
                                                           if m.dep_ == "mark"):
            dative = [c for c in tok.head.children if (c.dep_ in ("obl:arg", "obl", "iobj") or (
                c.dep_ == "obl:mod" and c.pos_ == "PROPN")) and preposition(c) == normalise("à")]
            # ("reproche à Paris d'armer l'Arménie": a named à-object the parser calls an adjunct)
            if dative:
                return dative[:1]  # "proposer à X de rompre…": X is the one who would break
        if _bare_participle(tok):
            prev = tok.doc[tok.i - 2] if tok.i >= 2 and tok.doc[tok.i - 1].text == "," else None
            if prev is not None and prev.pos_ in ("NOUN", "PROPN"):
                return [prev]  # "…contre l'Iran, accusé de livrer…": the noun before the comma
        if tok.dep_ == "acl" and any(c.dep_ == "mark" for c in tok.children) and tok.head != tok:
            # "en visite à Ankara pour renforcer…": the purpose clause shares the subject of its noun
            noun = tok.head
            owner = [c for c in noun.children if c.dep_ == "nmod" and c.pos_ == "PROPN" and c.i < tok.i
                     and preposition(c) == "de"] if any(m.dep_ == "mark" and m.lower_ in ("de", "d'", "d’")
                                                         for m in tok.children) else []
            if owner and noun.pos_ == "NOUN":
                return owner[:1]  # « la décision de la Russie d'accorder l'asile à X »: Russia grants it
            if noun.dep_ in OBJ and noun.head != noun and any(m.dep_ == "mark" and normalise(m.lower_) in ("pour", "afin")
                                                              for m in tok.children) and subjects(noun.head):
                # « a convoqué l'ambassadeur japonais pour protester contre… »: a purpose hung on the object is the
                # subject's (the one summoned protests nothing)
                return subjects(noun.head)
            if noun.pos_ == "PROPN" or noun.dep_ in OBJ:
                return [noun]  # object control: "a invité M. Poutine à se rendre…"
            if noun.pos_ == "VERB" and noun.dep_ == "acl" and noun.head != noun:
                return [noun.head]  # "l'Iran, accusé de livrer…": the participle's noun
            subj = [c for c in noun.children if c.dep_ in SUBJ | {"expl:subj"}]
            if subj:
                return subj
            tok = noun
            if tok.head == tok:
                break
            tok = tok.head
            continue
        if _detached_present_participle(tok) and tok.head.dep_ in OBJ and tok.head.head != tok.head \
                and tok.head.head.pos_ in ("VERB", "AUX"):
            # "Paris a salué l'accord, saluant le rôle du Qatar", "recalled its envoy, accusing…": hung by the
            # parser on the object, a present participle after a comma speaks for the clause's subject
            tok = tok.head.head
            continue
        if tok.dep_ in ("relcl", "acl") and tok.head != tok and tok.head.dep_ == "attr" \
                and (tok.head.lower_ in RANKS or any(c.lower_ in RANKS for c in tok.head.children if c.dep_ == "amod")) \
                and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children) and children(tok.head.head, SUBJ):
            return children(tok.head.head, SUBJ)  # "X is the latest to warn India", "X became the first leader to visit"
        if tok.dep_ in ("acl:relcl", "relcl", "acl") and tok.head != tok:
            return [tok.head]  # "Poutine, qui a accueilli…" / "le président reçu à…"
        if tok.dep_ == "parataxis" and tok.i > 1 and tok.doc[tok.i - 1].dep_.startswith("aux") \
                and tok.doc[tok.i - 2].text in (",", "»", '"', "”"):
            inverted = [c for c in tok.children if c.dep_ in OBJ and c.i > tok.i and c.pos_ in ("NOUN", "PROPN")]
            if inverted:
                return inverted[:1]  # "« … », a réagi le ministre, en dénonçant…": the incise's subject follows it
        if tok.dep_ == "conj" and any(c.dep_ == "auxpass" for c in tok.children):
            # "X took control of the field and was widely condemned": X is the one condemned. English only: the
            # French model's passive auxiliary is too often an "être" of tense (never-read French −2 right)
            break
        if tok.dep_ in ("xcomp", "conj", "advcl", "acomp") and tok.head != tok:
            tok = tok.head
            continue
        if tok.dep_ == "pcomp" and tok.head.pos_ == "ADP" and tok.head.lower_ in ("of", "for") \
                and tok.head.head.pos_ == "VERB" and children(tok.head.head, PASS_SUBJ):
            return children(tok.head.head, PASS_SUBJ)  # "Tehran was accused by Washington of supplying…": Tehran does it
        if tok.dep_ == "pcomp" and tok.head.pos_ == "ADP" and tok.head.lower_ in ("of", "for") \
                and tok.head.head.pos_ == "VERB" and objects(tok.head.head):
            return objects(tok.head.head)  # "accused Beijing of arming Moscow": the one accused does it
        if tok.dep_ == "pcomp" and tok.head.pos_ == "ADP" and tok.head.head != tok.head:
            tok = tok.head.head  # "Islamabad retaliated by suspending all trade": the one retaliating
            if tok.pos_ == "NOUN" and tok.dep_ in ("npadvmod", "nmod:tmod", "obl:mod") and tok.head != tok:
                tok = tok.head  # "met X on Tuesday, a day after holding talks with Y"
            continue
        break
    return _topic(verb)


def _topic(verb: Token) -> list[Token]:
    """"Kigali, de son côté, nie toute implication": a name opening the sentence, set off by a comma
    and hung by the parser on the verb as an adjunct (or holding the verb as its conjunct), is the
    subject of the clause it opens."""
    sent = verb.sent
    lead = sent[0]
    if "Part" in feature(lead, "VerbForm") and verb.head == lead and verb.dep_ in ("advcl", "conj", "parataxis") \
            and lead.i < verb.i:
        # "Réunie au Caire, la Ligue arabe a condamné…": the parser makes the opening participle the root and
        # hangs the clause's subject on it; the first name after its comma, hung there, is the verb's subject
        comma = next((t for t in sent if t.text == "," and lead.i < t.i < verb.i), None)
        named = [t for t in sent if comma is not None and comma.i < t.i < verb.i and t.head == lead
                 and t.pos_ in ("NOUN", "PROPN") and t.dep_ in ("obl:mod", "obl", "obl:arg", "nsubj", "nmod")]
        if named and all(t.i < named[0].i or t.head.i >= named[0].i or t.head == lead
                         for t in sent if comma.i < t.i < named[0].i):
            return named[:1]
    first = sent[0] if sent[0].pos_ != "DET" or len(sent) < 2 else sent[1]
    if first.pos_ != "PROPN" or first.i >= verb.i:
        return []
    end = first.i
    while end + 1 < verb.i and verb.doc[end + 1].pos_ == "PROPN":
        end += 1
    if verb.doc[end + 1].text != ",":
        return []
    if (first.head == verb and first.dep_ in ("obl:mod", "obl", "nmod", "dislocated", "npadvmod", "advmod")) or (
            verb.head == first and verb.dep_ == "conj" and first.dep_ == "ROOT"):
        return [first]
    return []


def _bare_participle(tok: Token) -> bool:
    """A past participle with no auxiliary, detached by a comma: it describes the noun before it."""
    return ("Part" in feature(tok, "VerbForm") and "Past" in feature(tok, "Tense")
            and tok.dep_ in ("advcl", "acl") and not any(c.dep_.startswith("aux") for c in tok.children))


def _detached_present_participle(tok: Token) -> bool:
    """"…, saluant…", "…, accusing…": a present participle (French -ant, English -ing) hung on a noun
    right after a comma."""
    present = ("Part" in feature(tok, "VerbForm") and "Pres" in feature(tok, "Tense")) or tok.tag_ == "VBG"
    return present and tok.dep_ == "acl" and tok.i > 0 and tok.doc[tok.i - 1].text == "," and tok.head.i < tok.i


@per_token(list)
def passive_subjects(verb: Token) -> list[Token]:
    if _active_pass_subjects(verb):
        return []
    own = children(verb, PASS_SUBJ)
    if not own and verb.dep_ == "conj" and _passive(verb) and verb.head != verb and verb.head.pos_ in ("VERB", "AUX") \
            and not children(verb, SUBJ):
        own = children(verb.head, SUBJ | PASS_SUBJ)  # "X took control of the field and was widely condemned"
    return own


def _passive(verb: Token) -> bool:
    """A passive for sure: English "was condemned"; French "a été condamné" or one with its "par X" (the French
    model also tags the "être" of "s'est rendu", "est arrivé" as a passive auxiliary)."""
    return any(c.dep_ == "auxpass" or (c.dep_ == "aux:pass" and normalise(c.text) == normalise("été"))
               for c in verb.children) or (any(c.dep_ == "aux:pass" for c in verb.children)
                                            and any(c.dep_ == "obl:agent" for c in verb.children))


def _active_pass_subjects(verb: Token) -> list[Token]:
    """"des accusations que le régime a toujours rejetées": a participle agreeing with its object
    is tagged passive, but "avoir" and no "être" make its subject active (a word that is no auxiliary tagged
    as the passive's — « ont tous rejeté » — is no "être")."""
    if any(c.dep_ in ("aux:pass", "auxpass") and c.pos_ == "AUX" for c in verb.children):
        return []
    if not any(c.dep_ in ("aux:tense", "aux") and normalise(c.lemma_) == "avoir" for c in verb.children):
        return []
    return children(verb, PASS_SUBJ)


@per_token(list)
def agents(verb: Token) -> list[Token]:
    """The agent of a passive: "par X" (obl:agent) or "by X" (agent → pobj)."""
    out = []
    for c in verb.children:
        if c.dep_ == "obl:agent" or (c.dep_ in ("obl", "obl:mod", "obl:arg") and preposition(c) == "par" and (
                c.pos_ == "PROPN" or any(d.dep_ == "flat:name" and d.pos_ == "PROPN" for d in c.children))):
            # ("reçu vendredi à Budapest par M. Orban": "M." heads the name)
            out.append(c)  # (a named "par X" the parser left as an oblique: "reçu à Berlin par Scholz")
        elif c.dep_ == "agent":
            out.extend(p for p in c.children if p.dep_ == "pobj")
        elif c.dep_ in ("obl:mod", "nmod", "npadvmod") and c.i > verb.i:
            # "annoncées vendredi par le Trésor": an agent the parser hung on the date before it is the verb's
            out.extend(d for d in c.children if d.dep_ == "obl:agent")
    return out


@per_token(list)
def noun_phrase(noun: Token) -> list[Token]:
    """A noun and the words hung on it, without a clause hung on it (« au ministère … de convoquer X », "the
    minister, who met X": X is no part of the phrase)."""
    return [noun] + [t for c in noun.children if c.pos_ not in ("VERB", "AUX") for t in c.subtree]


def objects(verb: Token) -> list[Token]:
    """Direct objects, and obliques with no preposition (the French model's mislabelled objects)."""
    # (« a averti mardi les États-Unis »: a name right after a date, with no preposition, that the French model calls
    # a modifier like the date)
    found = [c for c in verb.children if c.dep_ in OBJ or (
        c.dep_ in ("obl:arg", "obl") and c.i > verb.i and c.pos_ in ("NOUN", "PROPN") and preposition(c) is None) or (
        c.dep_ == "obl:mod" and c.i > verb.i and c.pos_ == "PROPN" and preposition(c) is None
        and not any(t.is_punct for t in verb.doc[verb.i + 1:c.i]))]  # (not a name set off by commas further on)
    if not found and not any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children):
        # "Macron called Putin on Tuesday" parsed as "called him a liar": an object predicate with no object
        # before it is the object
        found = [c for c in verb.children if c.dep_ == "oprd" and c.pos_ == "PROPN"]
    if not found and verb.pos_ == "VERB":
        # « a convoqué le chargé d'affaires ougandais »: a determined noun the French model calls a predicate
        # (xcomp) of a verb with no object is its object (not « considéré comme une menace »: a preposition)
        found = [c for c in verb.children if c.dep_ == "xcomp" and c.pos_ == "NOUN" and c.i > verb.i
                 and any(d.dep_ == "det" and d.i < c.i for d in c.children)
                 and not any(d.dep_ in ("case", "mark") for d in c.children)]
    if not found:
        # « a imposé vendredi des sanctions à… »: the object after a bare date, its partitive article read as a
        # preposition and the noun hung on the date
        found = [d for c in verb.children if c.dep_ in ("obl:mod", "obl") and c.pos_ == "NOUN" and c.i > verb.i
                 and not any(x.dep_ == "case" for x in c.children)
                 for d in c.children if d.dep_ == "nmod" and any(
                     x.dep_ == "case" and x.lower_ in ("des", "du") and x.i == c.i + 1 for x in d.children)]
    if found:
        # "visited Mali on Monday and Burkina Faso on Tuesday": the second object, parsed as a conjunct of the
        # first one's date, has its own date phrase with the same preposition right after it
        preps = [c for c in verb.children if c.dep_ == "prep" and c.i > found[0].i]
        for p_ in preps:
            for d in (d for d in p_.children if d.dep_ == "pobj"):
                for c in (c for c in d.children if c.dep_ == "conj" and c.pos_ == "PROPN"):
                    after = c.right_edge.i + 1
                    if any(q.i == after and q.lower_ == p_.lower_ for q in preps):
                        found.append(c)
    return found


@per_token(list)
def coordinated(tok: Token) -> list[Token]:
    """A word and the words coordinated with it ("Kim et Poutine", "the US and South Korea")."""
    out = [tok]
    for c in tok.children:
        if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN", "PRON"):
            out.extend(coordinated(c))
    return out


def governing_verb(tok: Token) -> Token | None:
    """The verb a noun hangs from, through prepositions and nominal chains ("during a visit")."""
    cur = tok
    for _ in range(4):
        head = cur.head
        if head == cur:
            return None
        if head.pos_ in ("VERB", "AUX") or any(c.dep_ == "cop" for c in head.children):
            return head  # a verb, or a copular predicate ("était à Paris aux côtés de…")
        if head.pos_ == "ADP":
            cur = head
            continue
        if head.pos_ in ("NOUN", "PROPN", "NUM") and cur.dep_ in ("nmod", "pobj", "prep", "obl"):
            # ("announced $5 million in assistance": the amount hangs from the verb)
            cur = head
            continue
        if head.pos_ == "NOUN" and cur.pos_ == "NOUN" and cur.dep_ == "conj" and head.dep_ in ("dobj", "obj") \
                and _determined(cur) == _determined(head):
            # "expressed support for Manila and concern over Beijing's actions", « son soutien… et sa préoccupation »:
            # both objects of the verb (not "a rappelé son ambassadeur et demande…", a verb the tagger took for a noun)
            cur = head
            continue
        if cur.pos_ == "NOUN" and cur.dep_ == "conj" and head.pos_ == "PROPN" and head.dep_ in ("pobj", "nmod"):
            # "expressed support for Kyiv and concern over…", « son soutien à l'Ukraine et sa préoccupation… »: the second
            # object hung on the first one's name
            obj = head.head.head if head.dep_ == "pobj" else head.head
            if obj.pos_ == "NOUN" and obj.dep_ in ("dobj", "obj") and _determined(cur) == _determined(obj):
                cur = obj
                continue
        return None
    return None


def _determined(noun: Token) -> bool:
    return any(c.dep_ in ("det", "poss", "nmod:poss") for c in noun.children)


def clause_verb(tok: Token) -> Token:
    """The nearest verb at or above a word."""
    cur = tok
    for _ in range(8):
        if cur.pos_ in ("VERB", "AUX") or cur.head == cur:
            return cur
        cur = cur.head
    return cur


DATIVE_CLITICS = {"lui", "leur"}
CONJUNCTIONS = {"et", "mais", "puis", "ou", "ni"}


def repair_dative_clitics(doc: Doc) -> None:
    """"Macron a appelé Poutine et lui a demandé de…": the French model takes a dative clitic after a
    conjunction for the subject of the second verb, which then has no subject of its own to inherit and no
    one it is addressed to. A "lui"/"leur" between a conjunction and its verb is that verb's indirect object
    ("Lui a toujours refusé", with no conjunction, stays the subject)."""
    for tok in doc:
        if tok.lower_ in DATIVE_CLITICS and tok.dep_ == "nsubj" and 0 < tok.i < len(doc) - 1 \
                and doc[tok.i - 1].lower_ in CONJUNCTIONS and doc[tok.i + 1].pos_ in ("AUX", "VERB"):
            tok.dep_ = "iobj"
    parse_changed(doc)


TIME_NOUNS = {"lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "janvier", "février", "mars",
              "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre", "matin",
              "soir", "jour", "semaine", "mois", "an", "année", "veille", "lendemain", "hier"}


def repair_object_relatives(doc: Doc) -> None:
    """"Washington a sanctionné l'Iran, qu'il accuse de fournir des drones": after a comma the French model
    reads "qu'" as a complementiser and the clause as the main verb's complement, so the accused is no one
    and the drones are Washington's. A "que" right after a comma that follows a name or a noun, opening a
    clause with a subject and no object, is a relative pronoun: the clause's object, the clause hangs on
    that noun (an argument of the sentence: "a répété mardi, que…" is left alone)."""
    for tok in doc:
        if tok.lower_ not in ("que", "qu'", "qu’") or tok.dep_ != "mark" or tok.i < 2 or doc[tok.i - 1].text != ",":
            continue
        verb, noun = tok.head, doc[tok.i - 2]
        if verb.dep_ != "ccomp" or verb.i <= tok.i or noun.pos_ not in ("NOUN", "PROPN") or noun.lower_ in TIME_NOUNS \
                or noun.dep_ not in ("obj", "nsubj", "nsubj:pass", "nmod", "obl:arg", "iobj", "appos", "conj", "flat:name") \
                or not any(c.dep_.startswith("nsubj") for c in verb.children) \
                or any(c.dep_ in ("obj", "dobj") for c in verb.children):
            continue
        while noun.dep_ in ("flat:name", "flat") and noun.head.i < noun.i:
            noun = noun.head  # ("l'ambassadeur Sylvain Itté, qu'il…": the name's first word)
        if verb.is_ancestor(noun):
            continue  # (the noun hangs inside the clause: re-hanging would make a cycle spaCy does not refuse)
        tok.dep_ = "obj"
        verb.head, verb.dep_ = noun, "acl:relcl"
    parse_changed(doc)


def repair_second_subjects(doc: Doc) -> None:
    """"Alors que l'Équateur a pris d'assaut l'ambassade, pour arrêter l'ancien vice-président Jorge Glas, qui
    avait demandé l'asile, le gouvernement mexicain a exprimé sa colère": in a long French sentence the model
    may take the object of an infinitive before a comma for a subject of the main verb, which then has two.
    The subject right before the verb is its own; an earlier one that begins right after a verb with no object
    is that verb's object."""
    changed = False
    for verb in doc:
        subj = [c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i]
        if len(subj) < 2:
            continue
        mine = subj[-1]
        for other in subj[:-1]:
            if not any(t.text == "," for t in doc[other.i:mine.left_edge.i]):
                continue
            before = doc[other.left_edge.i - 1] if other.left_edge.i > 0 else None
            if before is None or before.pos_ != "VERB" or before.i < verb.sent.start or before.is_ancestor(verb) \
                    or any(c.dep_ in ("obj", "dobj") for c in before.children) or other.is_ancestor(before):
                continue
            other.head, other.dep_ = before, "obj"
            changed = True
    if changed:
        parse_changed(doc)


def repair_subject_after_subject(doc: Doc) -> None:
    """"L'Iran a arrêté le chercheur suédois Ahmadreza Djalali": the French model may read the object of a verb
    that already has its subject as a second subject. A verb has one subject: a noun after it, with no object of
    the verb, when another subject comes before it, is the verb's object."""
    changed = False
    for verb in doc:
        if verb.pos_ != "VERB":
            continue
        subj = [c for c in verb.children if c.dep_ == "nsubj"]
        before, after = [c for c in subj if c.i < verb.i], [c for c in subj if c.i > verb.i]
        if len(before) != 1 or len(after) != 1 or any(c.dep_ in ("obj", "dobj") for c in verb.children):
            continue
        if after[0].pos_ in ("NOUN", "PROPN") and not any(t.text in (",", "«", "»", '"') for t in doc[verb.i:after[0].i]):
            after[0].dep_ = "obj"
            changed = True
    if changed:
        parse_changed(doc)


def repair_list_head(doc: Doc) -> None:
    """"Les Émirats arabes unis, l'Arabie saoudite, Bahreïn et l'Égypte ont coupé…": the French model may hang the
    first item of a list of subjects on the verb as an adjunct and begin the subject at the second. A noun with no
    preposition, right before the subject with only a comma between them, when the subject goes on as a list, is
    the list's first item."""
    changed = False
    for t in doc:
        verb = t.head
        if t.dep_ not in ("obl:mod", "obl", "nmod", "npadvmod", "dep") or t.pos_ not in ("NOUN", "PROPN") \
                or preposition(t) is not None or verb.pos_ not in ("VERB", "AUX") or t.i > verb.i:
            continue
        subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubj:pass", "nsubjpass") and c.i > t.i), None)
        if subj is None or not any(c.dep_ == "conj" for c in subj.children):
            continue
        between = doc[t.right_edge.i + 1:subj.left_edge.i]
        if len(between) == 1 and between[0].text == ",":
            t.head, t.dep_ = subj, "conj"
            changed = True
    if changed:
        parse_changed(doc)


def repair_object_on_predicate(doc: Doc) -> None:
    """"a qualifié de « regrettable » la décision de Trump": with the predicate before the object, the French model
    hangs the object on the predicate adjective. An object of an adjective that is the verb's complement, when the
    verb has none, is the verb's."""
    changed = False
    for o in doc:
        adj = o.head
        if o.dep_ != "obj" or adj.pos_ != "ADJ" or adj.dep_ != "xcomp" or adj.head.pos_ != "VERB" or o.i < adj.i:
            continue
        if any(c.dep_ in ("obj", "dobj") for c in adj.head.children):
            continue
        o.head = adj.head
        changed = True
    if changed:
        parse_changed(doc)


CIRCUMSTANCE = {normalise(w) for w in ("après", "avant", "pendant", "durant", "lors")}


def repair_circumstance_on_object(doc: Doc, is_time) -> None:
    """"La France a expulsé l'ambassadeur syrien après des consultations avec le Royaume-Uni": the French model
    hangs a phrase of time ("après", "avant", "pendant", "lors de") after the verb's object on the object, so the
    consultations seem the ambassador's. On an object that is no time noun (`is_time`), it is the verb's."""
    changed = False
    for n in doc:
        obj = n.head
        if n.dep_ != "nmod" or obj.dep_ != "obj" or obj.head.pos_ != "VERB" or n.i < obj.i or is_time(obj):
            continue
        if preposition(n) not in CIRCUMSTANCE or n.pos_ != "NOUN":
            continue
        n.head, n.dep_ = obj.head, "obl:mod"
        changed = True
    if changed:
        parse_changed(doc)


def repair_object_conjuncts(doc: Doc) -> None:
    """"Guterres a remercié la Russie et l'Ukraine d'avoir…": the model may hang the second of two coordinated
    objects on the verb as its conjunct, as if it began a clause. A noun conjunct of a verb with no verb,
    subject or auxiliary of its own, joined by "et"/"and" right after the verb's object, is that object's."""
    changed = False
    for t in doc:
        verb = t.head
        if t.dep_ != "conj" or t.pos_ not in ("PROPN", "NOUN") or verb.pos_ != "VERB" or verb.i > t.i:
            continue
        if any(c.dep_.startswith(("nsubj", "aux", "cop")) for c in t.children) or not any(c.dep_ == "cc" for c in t.children):
            continue
        objs = [o for o in verb.children if o.dep_ in OBJ and o.i < t.i]
        if not objs:
            continue
        o = objs[-1]
        between = doc[o.right_edge.i + 1:t.left_edge.i]
        if o.pos_ in ("PROPN", "NOUN") and all(x.is_punct for x in between):
            t.head = o
            changed = True
    if changed:
        parse_changed(doc)


def _before_separator(doc: Doc, case: Token) -> Token | None:
    """The word before the comma or "et"/"ou" (and article) that opens a list item with the preposition `case`."""
    j = case.i - 1
    while j >= 0 and doc[j].pos_ == "DET":
        j -= 1
    k = j
    while j >= 0 and (doc[j].text == "," or doc[j].lower_ in ("et", "ou")):
        j -= 1
    return doc[j] if 0 <= j != k else None


def repair_de_lists(doc: Doc) -> None:
    """"l'expulsion des ambassadeurs d'Argentine, du Chili, du Costa Rica et de l'Uruguay": the French model may hang
    the items after the first of a list of "de" phrases on the verb, as if each began a phrase of its own. A name
    with its own "de", right after a comma or "et"/"ou" that follows a "de" name of a noun (or an item already
    joined to it), is that name's conjunct."""
    changed = False
    for t in doc:
        case = next((c for c in t.children if c.dep_ == "case" and c.i < t.i
                     and normalise(c.text) in ("de", "du", "des", "d'", "d’")), None)
        if case is None or not (t.pos_ == "PROPN" or (t.pos_ == "NOUN" and t.is_title)) \
                or t.dep_ not in ("obl:mod", "obl", "obl:arg", "conj", "nmod", "dep"):
            continue  # ("de la République dominicaine": a name the tagger calls a noun)
        prev = _before_separator(doc, case)
        if prev is None:
            continue
        # the item before the comma, or the list's first item it is joined to
        item = next((a for a in [prev, *prev.ancestors] if a.i < t.i and a.head.pos_ == "NOUN" and a.dep_ == "nmod"
                     and (a.pos_ == "PROPN" or a.is_title)), None)
        item = next((a for a in [prev, *prev.ancestors] if a.dep_ == "conj" and a.head.dep_ == "nmod"
                     and a.head.i < t.i and a.head.head.pos_ == "NOUN"), None) or item
        if item is None:
            continue
        first = item.head if item.dep_ == "conj" else item
        if t.head == first or t.is_ancestor(first):
            continue
        t.head, t.dep_ = first, "conj"
        changed = True
    if changed:
        parse_changed(doc)


def _a_case(tok: Token) -> Token | None:
    return next((c for c in tok.children if c.dep_ == "case" and c.i < tok.i and normalise(c.text) in ("a", "au", "aux")), None)


def repair_a_lists(doc: Doc) -> None:
    """« fournira des céréales au Burkina Faso, au Zimbabwe, au Mali et à la Somalie », « des sanctions à la Russie, à
    la Biélorussie et à l'Iran »: the French model hangs the items after the first of a list of "à" names on the first
    as a modifier, or on the verb. A name with its own "à", right after a comma or "et"/"ou" that follows an item of the
    list, is the first item's conjunct."""
    changed = False
    for t in doc:
        case = _a_case(t)
        if case is None or t.pos_ != "PROPN" or t.dep_ not in ("obl:mod", "obl", "obl:arg", "conj", "nmod", "iobj", "dep"):
            continue
        prev = _before_separator(doc, case)
        if prev is None:
            continue
        item = next((a for a in [prev, *prev.ancestors] if a.i < t.i and a.pos_ == "PROPN" and _a_case(a) is not None), None)
        if item is None:
            continue
        first = item
        while first.dep_ == "conj" and first.head.i < first.i and first.head.pos_ == "PROPN":
            first = first.head  # (the list's first item)
        if (t.head == first and t.dep_ == "conj") or t.is_ancestor(first):
            continue
        t.head, t.dep_ = first, "conj"
        if first.head.pos_ == "ADV" and first.head.head.pos_ == "VERB":
            first.head = first.head.head  # ("fournir… gratuitement au Burkina Faso, au Mali…": an adverb takes no object)
        changed = True
    if changed:
        parse_changed(doc)


def repair_conjunct_after_passive_clause(doc: Doc) -> None:
    """"Nepal protested that the road was constructed in its territory and summoned the Indian ambassador": the English
    model may hang an active verb with an object, coordinated after a passive "that" clause, on the clause's verb; a
    passive verb and an active one with an object share no subject, so the second is the main verb's conjunct."""
    changed = False
    for v in doc:
        head = v.head
        if v.dep_ != "conj" or v.pos_ != "VERB" or head.dep_ != "ccomp" or head.head == head or head.head.pos_ != "VERB":
            continue
        if not any(c.dep_ == "auxpass" for c in head.children) or any(
                c.dep_ in ("nsubj", "nsubjpass", "auxpass") for c in v.children) or not any(c.dep_ == "dobj" for c in v.children):
            continue
        v.head = head.head
        changed = True
    if changed:
        parse_changed(doc)


def repair_coordinated_names(doc: Doc) -> None:
    """"Blinken and Chinese Foreign Minister Wang Yi spoke by phone", "when Biden and Chinese President Xi
    Jinping met": the English model may read the first name as a modifier of the second person's name and
    the title before it as the first name's conjunct, so the verb's subject is the second person alone. A
    name hung as a modifier on a later name, coordinated by "and" with a word inside that later name, heads
    the coordination: it takes the later name's place and the later name becomes its conjunct."""
    changed = False
    for a in doc:
        head = a.head
        if a.dep_ not in ("nmod", "compound") or a.pos_ != "PROPN" or head.pos_ != "PROPN" or a.i > head.i:
            continue
        cc = [c for c in a.children if c.dep_ == "cc" and c.lower_ == "and"]
        conj = [c for c in a.children if c.dep_ == "conj" and c.i < head.i]
        if not cc or len(conj) != 1 or head.dep_ in ("compound", "nmod", "conj"):
            continue
        title = conj[0]
        # the words from the conjunction to the later name are that name's: adjectives, titles, names
        if any(t.pos_ not in ("PROPN", "ADJ", "NOUN", "PUNCT", "DET") for t in doc[cc[0].i + 1:head.i]):
            continue
        a.head, a.dep_ = (head.head if head.head != head else a), head.dep_
        head.head, head.dep_ = a, "conj"
        title.head, title.dep_ = head, "compound"
        changed = True
    if changed:
        parse_changed(doc)


def repair_objects_after_dates(doc: Doc, is_time) -> None:
    """"ont annoncé dimanche 21 avril un soutien financier au Soudan", "a rejeté vendredi le plan": the French
    model hangs the object after a date on the date, as if it qualified it. A determined noun with no
    preposition hung inside a date (a time noun of heads.tsv, its numbers and month) that follows the verb and
    the verb has no object of its own is the verb's object."""
    changed = False
    for date in doc:
        verb = date.head
        if date.dep_ != "obl:mod" or verb.pos_ != "VERB" or date.i < verb.i or not is_time(date) \
                or any(c.dep_ in OBJ for c in verb.children):
            continue
        inside = {t.i for t in date.subtree}
        for n in date.subtree:
            if n.dep_ == "nmod" and n.pos_ in ("NOUN", "PROPN") and n.head.i in inside and n.head.i < n.i \
                    and (is_time(n.head) or n.head.pos_ == "NUM" or n.head == date) and preposition(n) is None \
                    and (any(c.dep_ == "det" and c.i < n.i for c in n.children) or n.pos_ == "PROPN") and not is_time(n):
                # (a name needs no determiner: "a accusé dimanche Israël de…")
                n.head, n.dep_ = verb, "obj"
                changed = True
                break
    if changed:
        parse_changed(doc)


def repair_date_objects(doc: Doc, is_time) -> None:
    """"La France a décidé mardi de rappeler son ambassadeur": the French model reads a bare weekday right
    after the verb as its object, so the infinitive takes the weekday for its subject (object control). A time
    noun with no determiner right after the verb is a time adjunct."""
    changed = False
    for t in doc:
        if t.dep_ in OBJ and t.head.pos_ == "VERB" and 0 < t.i - t.head.i <= 2 and is_time(t) \
                and not any(c.dep_ in ("det", "nummod", "amod") for c in t.children):
            t.dep_ = "obl:mod"
            changed = True
    if changed:
        parse_changed(doc)


def repair_infinitive_subjects(doc: Doc) -> None:
    """« pour avoir invité Brahim Ghali »: the French model reads the name after a (perfect) infinitive as its
    subject; an infinitive has none, a name after it is its object."""
    changed = False
    for t in doc:
        verb = t.head
        if t.dep_ in ("nsubj", "nsubj:pass") and t.i > verb.i and verb.pos_ == "VERB" and not any(
                c.dep_ == "obj" for c in verb.children) and (
                "Inf" in feature(verb, "VerbForm") or any(c.dep_.startswith("aux") and "Inf" in feature(c, "VerbForm")
                                                          for c in verb.children)):
            t.dep_ = "obj"
            changed = True
    if changed:
        parse_changed(doc)


def repair_neighbouring(doc: Doc) -> None:
    """"Pakistan recalled its ambassador from neighbouring Iran": the English model reads "neighbouring" as
    a verb whose object is the state, so the preposition has no object and the recall no target. Before a
    name, it qualifies the name."""
    changed = False
    for tok in doc:
        if tok.lower_ not in ("neighbouring", "neighboring") or tok.pos_ != "VERB" or tok.i + 1 >= len(doc):
            continue
        name = doc[tok.i + 1]
        if name.head != tok or name.pos_ != "PROPN" or name.dep_ not in ("dobj", "obj") or tok.head == tok:
            continue
        name.head, name.dep_ = tok.head, {"pcomp": "pobj", "ROOT": "ROOT"}.get(tok.dep_, tok.dep_)
        tok.head, tok.dep_, tok.pos_ = name, "amod", "ADJ"
        changed = True
    if changed:
        parse_changed(doc)


BETWEEN = {"between", "entre"}


def repair_between(doc: Doc, occurs) -> None:
    """"Clashes erupted between Thai and Cambodian forces", "des affrontements ont éclaté entre le Maroc et
    l'Algérie": the parser hangs "between X and Y" on the verb of occurring, and the clashes have no sides.
    With a noun subject and a verb that says it happened (`occurs(lemma)`, cues.tsv kind occur), the phrase
    is the noun's."""
    changed = False
    for tok in doc:
        if tok.lower_ not in BETWEEN:
            continue
        if tok.dep_ == "prep":  # English: the preposition heads the phrase
            phrase, dep = tok, "prep"
        elif tok.dep_ == "case" and tok.head.dep_.startswith("obl"):  # French: the noun does
            phrase, dep = tok.head, "nmod"
        else:
            continue
        verb = phrase.head
        if verb.pos_ not in ("VERB", "AUX") or not occurs(verb.lemma_):
            continue
        noun = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubj:pass") and c.pos_ == "NOUN"
                     and c.i < phrase.i), None)
        if noun is None or phrase.is_ancestor(noun):
            continue
        phrase.head, phrase.dep_ = noun, dep
        changed = True
    if changed:
        parse_changed(doc)


CLOSING_QUOTES = {"»", '"', "”", "’’"}
# words that rank a subject among others doing the act ("the latest to warn", "the first leader to visit");
# "the largest supplier … to help Ukraine" names a role, not the act
RANKS = {"first", "second", "third", "last", "latest", "only", "next", "sole"}
OF = {"de", "d'", "d’", "du", "des"}


def repair_quoted_objects(doc: Doc) -> None:
    """"a fustigé « l'attitude condescendante » de la délégation américaine": after a closing quote the
    French model hangs the "de X" that completes the quoted object on the verb, as if the verb took it, so
    the object has no owner. A "de" phrase right after the quote that closes the verb's object is that
    object's complement."""
    for tok in doc:
        if tok.dep_ not in ("obl:arg", "obl:mod", "obl") or tok.head.pos_ != "VERB" or tok.pos_ not in ("NOUN", "PROPN"):
            continue
        first = tok.left_edge
        if first.i < 2 or first.lower_ not in OF or doc[first.i - 1].text not in CLOSING_QUOTES:
            continue
        verb = tok.head
        obj = next((o for o in verb.children if o.dep_ == "obj" and o.i < first.i - 1 and o.pos_ in ("NOUN", "PROPN")), None)
        if obj is None or obj.right_edge.i != first.i - 2 and doc[obj.right_edge.i + 1].text not in CLOSING_QUOTES:
            continue
        if tok.is_ancestor(obj):
            continue
        tok.head, tok.dep_ = obj, "nmod"
    parse_changed(doc)
