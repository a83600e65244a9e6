"""spaCy pipelines per language, resolved from a preference list and loaded once."""
from __future__ import annotations

import importlib.util
import logging
from functools import lru_cache

from . import insertions, verbforms
from .config import DEFAULT_MODELS
from .errors import ModelError

log = logging.getLogger(__name__)


def resolve_model(lang: str, preferences: tuple[str, ...] | None = None) -> str:
    """The first installed model of the preference list for `lang`."""
    prefs = preferences or DEFAULT_MODELS.get(lang)
    if not prefs:
        raise ModelError(f"no spaCy model known for language '{lang}'; supported: {sorted(DEFAULT_MODELS)}")
    for name in prefs:
        if importlib.util.find_spec(name) is not None:
            return name
    raise ModelError(
        f"no spaCy model installed for '{lang}'; install one of: {', '.join(prefs)} "
        f"(e.g. pip install {prefs[0]})"
    )


def _register_components() -> None:
    from spacy.language import Language

    if "kg_sentences" in Language.factories:
        return

    @Language.factory(verbforms.COMPONENT, default_config={"lang": ""},
                      assigns=["token.pos", "token.tag", "token.lemma", "token.morph", "token.dep", "token.head"])
    def verb_forms(nlp, name, lang):
        return verbforms.VerbFormRepair(nlp, verbforms.table(lang), verbforms.endings(lang))

    @Language.factory(insertions.COMPONENT, default_config={"lang": ""},
                      assigns=["token.pos", "token.tag", "token.lemma", "token.morph", "token.dep", "token.head"])
    def insertions_repair(nlp, name, lang):
        return insertions.InsertionRepair(nlp, insertions.table(lang))

    @Language.component("kg_sentences", assigns=["token.is_sent_start"])
    def sentences(doc):
        # Sentences end at a blank line and at a sentence-final punctuation token ("." is a token of
        # its own only at a sentence end: "M." and "U.S." keep theirs); the parser may not split
        # elsewhere. The models' own splits wander mid-sentence on news text.
        starts = {0}
        for tok in doc[:-1]:
            nxt = doc[tok.i + 1]
            if tok.is_space and tok.text.count("\n") >= 2 or tok.whitespace_.count("\n") >= 2:
                starts.add(tok.i + 1)
            elif tok.text in (".", "!", "?", "…", "?!") and not nxt.is_punct and not _abbreviated(doc, tok) \
                    or tok.text in ("»", "”", '"') and tok.i > 0 and doc[tok.i - 1].text in (".", "!", "?", "…"):
                starts.add(tok.i + 1)
        for tok in doc:
            tok.is_sent_start = tok.i in starts
        return doc


def _abbreviated(doc, point) -> bool:
    """"Ferdinand Marcos Jr. a rencontré…": the French tokenizer cuts the point off a short capitalised
    abbreviation; with a lower-case word after it, the sentence goes on."""
    if point.text != "." or point.i == 0 or point.i + 1 >= len(doc):
        return False
    word, nxt = doc[point.i - 1], doc[point.i + 1]
    return not point.whitespace_ == "" and not word.whitespace_ and word.is_alpha and len(word) <= 3 \
        and word.text.istitle() and nxt.text[:1].islower()


def load(lang: str, preferences: tuple[str, ...] | None = None):
    """The pipeline of the first installed model of `preferences` (or the defaults) for `lang`."""
    return _load(lang, resolve_model(lang, preferences))


# Cached by the model resolved, not by how it was asked for: load("fr") and
# load("fr", DEFAULT_MODELS["fr"]) are the same pipeline, never a second copy of the model.
@lru_cache(maxsize=None)
def _load(lang: str, name: str):
    import spacy

    log.info("loading spaCy model %s for '%s'", name, lang)
    nlp = spacy.load(name)
    _register_components()
    if "parser" in nlp.pipe_names:
        nlp.add_pipe("kg_sentences", before="parser")
        nlp.add_pipe(insertions.COMPONENT, last=True, config={"lang": lang})
        if verbforms.table(lang):
            nlp.add_pipe(verbforms.COMPONENT, last=True, config={"lang": lang})
    _keep_hyphenated_names(nlp)
    _split_glued_brackets(nlp)
    return nlp


def _split_glued_brackets(nlp) -> None:
    """"l'Alliance des Etats du Sahel(AES)": a bracketed acronym glued to the name before it is a token of its
    own, as it is after a space (the name, then its acronym). « a qualifié d'"inhumain" »: an elided word
    before a quotation mark is cut from it, as it is before a letter."""
    from spacy.util import compile_infix_regex

    extra = [r"(?<=[^\W\d_])\((?=[A-Z]{2,})"]
    # a wire dateline's agency glued to what closes it ("(RHC).- Le président", "(IANS): The ministry"): the
    # bracket, the stop and the dash each a token, as they are when spaced ("):" is no sad face in the news)
    extra += [r"(?<=[^\W\d_])\)(?=[.:])", r"(?<=\))[.:](?=[-–—])", r"(?<=\.)[-–—]$"]
    nlp.tokenizer.rules = {k: v for k, v in nlp.tokenizer.rules.items() if not k.startswith(")")}
    if nlp.lang == "fr":
        extra += [r"(?<=\b[cdjlmnstCDJLMNST]['’])[\"«“]", r"(?<=\b[qQ]u['’])[\"«“]"]
    nlp.tokenizer.infix_finditer = compile_infix_regex(list(nlp.Defaults.infixes) + extra).finditer


def _keep_hyphenated_names(nlp) -> None:
    """The French tokenizer cuts "Royaume-Uni" and "Jong-un" at the hyphen, and the parser then reads
    "Royaume - Uni et la France" as a coordination gone wrong; the gazetteer's hyphenated names
    ("Royaume-Uni", "Nouvelle-Zélande", "al-Assad") stay one token, as "États-Unis" already is."""
    if nlp.lang != "fr":
        return
    from spacy.symbols import ORTH

    from .gazetteer import default

    for name in default().surface_names():
        for chunk in name.split():
            if "-" in chunk.strip("-") and any(c.isupper() for c in chunk) and len(nlp.tokenizer(chunk)) > 1 \
                    and all(part[:1].isalpha() for part in chunk.split("-")):
                nlp.tokenizer.add_special_case(chunk, [{ORTH: chunk}])
