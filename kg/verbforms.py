"""Present-tense (and future) verbs the parser reads as something else, parsed again through an unambiguous form.

The French model reads a verb in the present tense as a noun, an adjective or an adverb when the
form is also one ("Le Kremlin dément toute implication", "Washington sanctionne des responsables",
"Biden visite Kiev"): the sentence then has no verb and no subject, and no event. Probed on every
French -er trigger verb in four wire-style sentences, 156 of 516 present-tense sentences lost their
verb; with the imperfect ("démentait", "sanctionnait") 10 of 516 did. So a sentence whose trigger
verb form was not read as a verb is parsed again with that form replaced by its imperfect, and the
new parse is copied onto the sentence when the replacement came out as a verb with a subject. The
text, the tokens and the named entities are the original's; the verb keeps its present tense.

A present form the model reads as a verb but lemmatises as another word's ("tue" → "taire") gets the
lemma the table gives. The same component gives back its verb to a past participle the model tagged a noun although it
has its tense auxiliary ("Erdogan a téléphoné à Poutine"; 9 of 152 passé composé probes, 6 after).

The table also lists the future and conditional of the first-group trigger verbs ("sanctionnera",
"visiterait": 54 of 616 such probes lost their verb), parsed through the same imperfect and given back
their own tense and mood (tools/make_future_forms.py writes those rows).

The forms are data, one file per language (kg/data/lexicons/<lang>/verb-forms.tsv); a language
without one is parsed as its model parses it.
"""
from __future__ import annotations

from pathlib import Path

from spacy.attrs import DEP, HEAD
from spacy.tokens import Doc, Span, Token

from . import resources
from .errors import DataFileError
from .extract.syntax import feature
from .lexicon import _read
from .insertions import upstream

FILE = "verb-forms.tsv"
ENDINGS = "tense-endings.tsv"
COMPONENT = "kg_verb_forms"


def table(lang: str, base: Path | None = None) -> dict[str, tuple[str, str, str]]:
    """form -> (unambiguous form to parse instead, lemma, tense: Pres, Fut or Cnd) for `lang`; empty if it
    has no table."""
    path = (base or resources.lexicon(lang, "")) / FILE
    if not path.exists():
        return {}
    return {r["form"].lower(): (r["substitute"], r["lemma"], r["tense"] or "Pres")
            for _, r in _read(path, ["form", "substitute", "lemma", "tense"])}


def endings(lang: str, base: Path | None = None) -> tuple[tuple[str, str, str], ...]:
    """(ending, tense, number) of the finite forms whose ending tells their tense, longest first; empty if the
    language has no such file."""
    path = (base or resources.lexicon(lang, "")) / ENDINGS
    if not path.exists():
        return ()
    rows = []
    for n, r in _read(path, ["ending", "tense", "number"]):
        if not r["ending"] or r["tense"] not in MORPH or r["number"] not in ("Sing", "Plur"):
            raise DataFileError(str(path), n, f"row {r['ending']!r} {r['tense']!r} {r['number']!r}: needs an ending, "
                                f"a tense of {sorted(MORPH)} and a number of ['Plur', 'Sing']")
        rows.append((r["ending"].lower(), r["tense"], r["number"]))
    return tuple(sorted(rows, key=lambda r: -len(r[0])))


MORPH = {"Pres": "Mood=Ind|Number={}|Person=3|Tense=Pres|VerbForm=Fin",
         "Fut": "Mood=Ind|Number={}|Person=3|Tense=Fut|VerbForm=Fin",
         "Cnd": "Mood=Cnd|Number={}|Person=3|Tense=Pres|VerbForm=Fin"}


# where a verb the parser took for a modifier of the noun before it hangs ("Pékin expulse Moscou" read as
# "Pékin [expulsé] Moscou"); a verb in a coordination or a clause of its own keeps its parse
MISREAD_AS = {"NOUN", "PROPN", "ADJ", "ADV", "X", "VERB"}
NOMINAL_DEPS = {"amod", "acl", "nmod", "obj", "obl", "appos", "flat", "compound", "dep", "nsubj"}


def _misread(tok: Token) -> bool:
    """A verb form the parser took for another part of speech, or for a modifier, in a verb's place: no
    determiner or preposition before it ("la menace", "de critique" are the nouns) and no determiner of
    its own."""
    if tok.pos_ not in MISREAD_AS:
        return False  # ("entre" the preposition is no "entrer")
    if tok.pos_ == "VERB" and (tok.dep_.split(":")[0] not in NOMINAL_DEPS or any(
            c.dep_.startswith("nsubj") for c in tok.children)):
        return False
    if tok.i > tok.sent.start and tok.doc[tok.i - 1].pos_ in ("DET", "ADP"):
        return False
    return not any(c.dep_ == "det" for c in tok.children)


class VerbFormRepair:
    """The spaCy component (last in the pipeline): see the module's docstring."""

    def __init__(self, nlp, forms: dict[str, tuple[str, str, str]],
                 tense_endings: tuple[tuple[str, str, str], ...] = ()):
        self.nlp = nlp
        self.forms = forms
        self.endings = tense_endings

    def __call__(self, doc: Doc) -> Doc:
        if not self.forms:
            return doc
        for sent in list(doc.sents):
            hits = [t for t in sent if t.lower_ in self.forms and _misread(t)]
            if hits:
                self._reparse(doc, sent, hits)
        for tok in doc:
            if tok.pos_ == "VERB" and tok.lower_ in self.forms:
                # a present form read as a verb but lemmatised as another word ("tue" → "taire", "tire" →
                # "tire"): the table knows whose form it is
                sub, tok.lemma_, tense = self.forms[tok.lower_]
                if tense != "Pres":  # ("visiterait" read as an imperfect: the table knows its mood)
                    tok.set_morph(MORPH[tense].format("Plur" if sub.endswith("ent") else "Sing"))
            elif tok.pos_ in ("VERB", "AUX") and self.endings and not any(c.dep_.startswith("aux") for c in tok.children):
                self._tense_from_ending(tok)
            if tok.pos_ in MISREAD_AS and tok.pos_ != "VERB" and any(c.dep_ == "aux:tense" for c in tok.children) \
                    and not any(c.dep_ in ("cop", "det") for c in tok.children):
                # "Erdogan a téléphoné à Poutine" with "téléphoné" tagged a noun: a word with a tense auxiliary
                # and no copula or determiner ("a été président" is a noun) is a past participle
                tok.pos_ = "VERB"
                tok.set_morph("Tense=Past|VerbForm=Part")
        return doc

    def _tense_from_ending(self, tok: Token) -> None:
        """A verb whose ending belongs to one tense gets that tense where the tagger gave another ("n'hésiteront
        pas" read as a present, "signera" as a participle)."""
        low = tok.lower_
        for ending, tense, number in self.endings:
            if low.endswith(ending) and len(low) > len(ending) + 1:
                if tense not in feature(tok, "Tense") or "Fin" not in feature(tok, "VerbForm"):
                    tok.set_morph(MORPH[tense].format(number))
                return

    def _reparse(self, doc: Doc, sent: Span, hits: list[Token]) -> None:
        words, at = [t.text for t in sent], {t.i - sent.start for t in hits}
        for k in at:
            sub = self.forms[words[k].lower()][0]
            words[k] = sub[:1].upper() + sub[1:] if words[k][:1].isupper() else sub
        again = upstream(self.nlp, Doc(doc.vocab, words=words, spaces=[bool(t.whitespace_) for t in sent]), COMPONENT)
        if len(list(again.sents)) != 1 or not all(
                again[k].pos_ == "VERB" and any(c.dep_.startswith("nsubj") for c in again[k].children) for k in at):
            return  # the unambiguous form did not give the sentence a verb with a subject either: left as parsed
        starts = [s.start for s in doc.sents]
        before = doc.to_array([HEAD, DEP])
        arr = before.copy()
        for k, tok in enumerate(again):
            arr[sent.start + k, 0] = (tok.head.i - k) & 0xFFFFFFFFFFFFFFFF  # (relative, as spaCy stores it)
            arr[sent.start + k, 1] = tok.dep
        doc.from_array([HEAD, DEP], arr)
        if [s.start for s in doc.sents] != starts:
            doc.from_array([HEAD, DEP], before)  # (a parse that moves a sentence boundary is not taken)
            return
        for k, tok in enumerate(again):
            mine = doc[sent.start + k]
            mine.pos, mine.tag = tok.pos, tok.tag
            if k in at:
                # the form's own features (the model may take an imperfect in -ait for a conditional)
                sub, mine.lemma_, tense = self.forms[mine.lower_]
                number = "Plur" if sub.endswith("ent") else "Sing"
                mine.set_morph(MORPH[tense].format(number))
            else:
                mine.lemma_ = tok.lemma_
                mine.set_morph(tok.morph)
