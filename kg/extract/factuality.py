"""Factuality and attribution of an event from cue words around its trigger.

asserted: stated by the journalist (including a speech act the journalist reports directly);
reported: attributed to someone ("selon X", "X a indiqué que…", "…, officials said");
hypothetical: conditional, feared, possible; negated; future: planned or announced.
"""
from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span, Token

from ..lexicon import Lexicon, normalise
from .syntax import feature, subjects

SPEECH_ROOTS = {"01", "02", "10", "11", "12", "13"}  # events that are themselves speech acts


@dataclass(frozen=True)
class Factuality:
    value: str
    reporter: tuple[Token, ...] | None = None  # the words naming who reported it


def _cue(tok: Token, lex: Lexicon) -> str | None:
    return lex.token_cue(tok)


def _clause_tokens(trigger: Token, children: list[Token] | None = None) -> list[Token]:
    """The trigger, its auxiliaries, modifiers and the verbs above it up to its clause head."""
    children = list(trigger.children) if children is None else children
    out = [trigger, *[c for c in children if c.dep_ in ("aux", "aux:tense", "aux:pass", "auxpass", "neg",
                                                        "advmod", "amod", "mark", "case")]]
    return out


def _sentence_cues(sent: Span, lex: Lexicon) -> tuple[bool, list[tuple[int, str]]]:
    """Whether the sentence is a question, and the indexes of its tokens with an attribution or a
    report cue, in order: worked out once per sentence and kept with the doc (every trigger of the
    sentence asks, and walking the sentence for each was most of the time spent here)."""
    key = ("kg_sentence_cues", lex.lang, sent.start, sent.end)
    found = sent.doc.user_data.get(key)
    if found is None:
        cues = [(tok.i, cue) for tok in sent if (cue := _cue(tok, lex)) in ("attribution", "report")]
        found = sent.doc.user_data[key] = (sent.text.rstrip().endswith("?"), cues)
    return found


def assess(trigger: Token, sent: Span, lex: Lexicon, cameo: str, is_title: bool) -> Factuality:
    root = cameo[:2]
    question, cued = _sentence_cues(sent, lex)
    # questions and headlines assert nothing
    if question:
        return Factuality("hypothetical")
    children = list(trigger.children)  # (a generator of new Token objects at each read)
    local = _clause_tokens(trigger, children)
    kinds = {_cue(t, lex) for t in local if not (t == trigger and _agreeing(t, lex) and not any(
        c.dep_ == "xcomp" for c in children))} - {None}  # ("agreed a ceasefire" is done; "agreed to meet" is to come)
    if any(c.dep_ == "neg" for c in children) or "negation" in {
        _cue(t, lex) for t in children if t.dep_ in ("advmod", "neg", "det")
    }:
        return Factuality("negated")
    if "Cnd" in feature(trigger, "Mood") or any("Cnd" in feature(a, "Mood") for a in children
                                                 if a.dep_.startswith("aux")):
        return Factuality("hypothetical")
    if "hypothetical" in kinds or "modal" in kinds:
        return Factuality("hypothetical")
    # climb the clauses above the trigger: "si…", "craignant que…", "doit se tenir", "X a dit que…"
    cur, future, reporter = trigger, bool(kinds & {"future", "intent"}) or "Fut" in feature(trigger, "Tense"), None
    relative = False
    if any(c.lower_ in ("will", "shall") for c in children):
        future = True
    for _ in range(6):
        if any(_cue(m, lex) == "hypothetical" for m in cur.children if m.dep_ == "mark"):
            return Factuality("hypothetical")
        head = cur.head
        if head == cur:
            break
        cue = _cue(head, lex)
        if cue in ("fear", "modal") and cur.dep_ in ("ccomp", "xcomp", "advcl", "acl"):
            return Factuality("hypothetical")
        if cur.dep_ in ("relcl", "acl:relcl"):
            relative = True  # "denied arming the RSF, which has been fighting the army": the fighting is not denied
        if cue == "negation" and head.pos_ == "VERB" and cur.dep_ in ("ccomp", "xcomp", "obj", "dobj", "advcl") \
                and not relative:
            return Factuality("negated")  # "The UAE denied arming the RSF", "a démenti avoir livré des armes"
        if cue in ("future", "intent") and cur.dep_ in ("xcomp", "ccomp", "obj", "amod", "acl"):
            future = True
        if cue == "future" and cur == trigger and cur.pos_ == "NOUN" and cur.dep_ in ("nsubj:pass", "nsubjpass") \
                and not any(c.dep_ == "xcomp" for c in head.children) and not _agreeing(head, lex):
            # "La visite du président à Alger est prévue le mois prochain", "the visit is planned for May" (not
            # "the visit is expected to boost ties": what it is expected to do; nor "a ceasefire was agreed": settled)
            future = True
        if cue == "report" and reporter is None and (cur.dep_ in ("ccomp", "parataxis", "xcomp", "advcl", "conj") or (
                cur.dep_ == "prep" and cur.lower_ in ("of", "for"))):  # "accused Beijing of arming Moscow"
            subj = subjects(head)
            reporter = tuple(subj) if subj else (head,)
        if "Fut" in feature(head, "Tense") and cur.dep_ in ("xcomp",):
            future = True
        if cur.dep_ in ("obj", "dobj") and cur.pos_ == "NOUN" and cur == trigger and (
                "Fut" in feature(head, "Tense") or any(c.lower_ in ("will", "shall") for c in head.children)):
            future = True  # "La France poursuivra son soutien", "will provide support": the noun's verb is to come
        if cur.dep_ == "xcomp" and any(c.dep_ == "aux" and _cue(c, lex) == "future" for c in head.children):
            future = True  # "will continue to cooperate", "would keep helping": the auxiliary is on the verb above
        cur = head
    # the reporting clause can also follow or embed the event ("…, officials said"; "selon X")
    for i, cue in cued:  # (a token with no such cue does nothing below)
        tok = sent.doc[i]
        if cue == "attribution" and reporter is None:
            obj = [c for c in tok.children if c.pos_ in ("NOUN", "PROPN")] or (
                [tok.head] if tok.head.pos_ in ("NOUN", "PROPN") else [])
            if not obj and tok.i + 1 < len(tok.doc):
                nxt = [t for t in tok.doc[tok.i + 1: min(tok.i + 6, sent.end)] if t.pos_ in ("NOUN", "PROPN")]
                obj = nxt[:1]
            reporter = (obj[0],) if obj else (tok,)
        elif tok.dep_ in ("ROOT",) and cue == "report" and tok != trigger and tok.i > trigger.i:
            if trigger in tok.subtree or trigger.head == tok:
                subj = subjects(tok)
                reporter = reporter or (tuple(subj) if subj else (tok,))
    if future:
        return Factuality("future", reporter)
    if reporter is not None and not (root in SPEECH_ROOTS and set(reporter) & set(subjects(trigger))):
        return Factuality("reported", reporter)
    return Factuality("asserted", reporter if reporter is not None and root not in SPEECH_ROOTS else None)


def _agreeing(verb: Token, lex: Lexicon) -> bool:
    """A verb of agreeing (a trigger row with the code of agreeing, 019: agree, convenir): what was agreed on is
    settled, not planned."""
    return any(t.cameo == "019" for t in lex.triggers.get((normalise(verb.lemma_), "VERB"), ()))
