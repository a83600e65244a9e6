"""Words set inside a verb group — quotation marks, an adverbial between auxiliary and participle — parsed
again without them.

French wire copy quotes the words of a statement inside the verb that reports it ("Paris a « fermement
condamné » les frappes", "Bamako a « rejeté catégoriquement » les accusations") and sets adverbials between
the auxiliary and the participle ("le Koweït avait par la suite réduit ses liens", "l'Iran a lundi soir
condamné", "Paris a d'ores et déjà annoncé"). The French model reads the quote marks as the edge of a clause
and the adverbial as the verb's complement: the participle loses its auxiliary or its subject, its object
becomes an adverbial or a conjunct, and the event is lost (or aimed at the wrong side).

So a short quotation (at most eight words, no sentence end inside) holding a verb or opening right after an
auxiliary, and an adverbial of at most four words between an auxiliary and a participle (told by the words
of kg/data/lexicons/<lang>/insertions.tsv; a language without that file has its quotations handled only),
are taken out of
the sentence, the sentence is parsed again, and the new parse is copied onto the original tokens when it
gives the verb concerned a subject or an object it lacked, takes none from another verb and keeps the
sentence's main verb. The words taken out hang on that verb (quote marks on the head of the words they
quote). Text, tokens and named entities stay the original's.
"""
from __future__ import annotations

from pathlib import Path

from spacy.attrs import DEP, HEAD
from spacy.tokens import Doc, Span, Token

from . import resources
from .errors import DataFileError
from .lexicon import _read

COMPONENT = "kg_insertions"
FILE = "insertions.tsv"
KINDS = ("auxiliary", "opening", "inside", "ending")
OPENING, CLOSING, EITHER = {"«", "“", "„"}, {"»", "”"}, {'"'}
MAX_QUOTED = 8
MAX_ADVERBIAL = 4
SENTENCE_END = {".", "!", "?", "…"}
DASHES = {"—", "–", "-", "--"}
MAX_DATELINE = 12
ROOT = -1  # a removed word that hangs on the re-parse's main verb
ARGUMENTS = ("nsubj", "nsubjpass", "obj", "dobj")


def table(lang: str, base: Path | None = None) -> dict[str, frozenset[str]]:
    """kind -> words of the language's adverbial table (kg/data/lexicons/<lang>/insertions.tsv); empty for a
    language without one, whose adverbials are left as parsed (quotation marks are handled all the same)."""
    path = (base or resources.lexicon(lang, "")) / FILE
    if not path.exists():
        return {}
    words: dict[str, set[str]] = {k: set() for k in KINDS}
    for n, r in _read(path, ["word", "kind"]):
        if r["kind"] not in KINDS:
            raise DataFileError(str(path), n, f"kind {r['kind']!r}; expected one of {list(KINDS)}")
        words[r["kind"]].add(r["word"].lower())
    return {k: frozenset(v) for k, v in words.items()}


def upstream(nlp, doc: Doc, stop: str) -> Doc:
    """`doc` through the components of `nlp` before `stop`, named entities left out: a re-parse keeps the
    original's names and copies only tags, lemmas and the tree."""
    for name, proc in nlp.pipeline:
        if name == stop:
            break
        if name != "ner":
            doc = proc(doc)
    return doc


def quoted_pairs(sent: Span) -> list[tuple[int, int]]:
    """(opening, closing) token indices of the quotations of `sent`, paired in order."""
    pairs, open_at = [], None
    for tok in sent:
        if tok.text in OPENING or tok.text in EITHER and open_at is None:
            open_at = tok.i
        elif (tok.text in CLOSING or tok.text in EITHER) and open_at is not None:
            pairs.append((open_at, tok.i))
            open_at = None
    return pairs


def _inside_a_verb_group(doc: Doc, sent: Span, opening: int, closing: int) -> bool:
    words = doc[opening + 1:closing]
    if not 0 < len(words) <= MAX_QUOTED or opening == sent.start or any(t.text in SENTENCE_END for t in words):
        return False
    return doc[opening - 1].pos_ == "AUX" or any(t.pos_ in ("VERB", "AUX") for t in words)


def dateline(sent: Span) -> list[int]:
    """The token indices of a wire dateline opening `sent`, up to and with its dash ("PARIS (Reuters) -",
    "LA HAVANE, Cuba -", "SEOUL, Dec 20 —"): a capitalised place, no verb, a spaced dash; else []."""
    words = list(sent[:MAX_DATELINE])
    for k, tok in enumerate(words):
        if k >= 3 and (tok.text in DASHES or tok.text == ":") and words[0].is_title and k + 1 < len(sent) and (
                words[k - 1].text == ")" or words[k - 1].text == "." and words[k - 2].text == ")") \
                and not any(t.pos_ in ("VERB", "AUX") and t.is_lower for t in words[:k]):
            # "La Havane, 3 avril, (RHC).- Le président…", "Baghdad, Jun 16 (IANS): The ministry…": a place, a date
            # and the agency's bracket close the dateline (its dash glued, or a colon)
            return [t.i for t in words[:k + 1]]
        if tok.text in DASHES and k > 0:
            place = [t for t in words[:k] if t.is_alpha and t.text.isupper()]
            first = words[0]
            # ("US - China talks": two letters are an abbreviation, not a city)
            if first in place and sum(len(t.text) for t in place[:3]) > 2 and words[k - 1].whitespace_ \
                    and not any(t.pos_ in ("VERB", "AUX") and not t.text.isupper() for t in words[:k]) \
                    and k + 1 < len(sent):
                return [t.i for t in words[:k + 1]]
            if k <= 3 and k + 1 < len(sent) and words[k - 1].whitespace_ and words[k].whitespace_ \
                    and all(t.pos_ in ("PROPN", "NOUN") and (t.is_title or t.text.isupper()) for t in words[:k]) \
                    and first.is_title and sent[k + 1].is_title:
                # "Caracas — Le Venezuela a annoncé…", "Washington DC - President Trump…": a name in title case
                # before a spaced dash and a capitalised word opens the story as its filing place
                return [t.i for t in words[:k + 1]]
            return []
    return []


def _participle(tok: Token, endings: frozenset[str]) -> bool:
    return "Part" in tok.morph.get("VerbForm") or tok.pos_ == "VERB" and tok.lower_.endswith(tuple(endings))


def adverbials(sent: Span, words: dict[str, frozenset[str]]) -> list[tuple[list[int], int]]:
    """(the words, the participle after them) of each adverbial between an auxiliary and its participle, as the
    language's table (`table`) tells them; none without a table."""
    if not words:
        return []
    out = []
    doc = sent.doc
    for aux in sent:
        if aux.lower_ not in words["auxiliary"] or aux.i + 2 >= sent.end:
            continue
        first = doc[aux.i + 1]
        if not (first.pos_ in ("ADV", "ADP") or first.lower_ in words["opening"]):
            continue
        for n in range(1, MAX_ADVERBIAL + 1):
            end = aux.i + 1 + n
            word = doc[end - 1]
            if end >= sent.end or word.is_punct or word.pos_ in ("VERB", "AUX", "SCONJ", "CCONJ") \
                    and word.lower_ not in words["opening"] | words["inside"]:
                break
            if _participle(doc[end], words["ending"]):
                out.append((list(range(aux.i + 1, end)), end))
                break
    return out


def _clause(tok: Token) -> set[str]:
    """What the parse gives a verb of its clause: a subject, an object."""
    if tok.pos_ != "VERB":
        return set()
    return {d for d in (c.dep_.split(":")[0] for c in tok.children) if d in ("nsubj", "obj", "dobj")}


def _mended(sent: Span, again: Doc, at: dict[int, int], focus: set[int]) -> bool:
    """Whether the re-parse gives a verb concerned more of its clause and takes nothing from another verb
    (the re-parse of a sentence alone may read another clause of it otherwise)."""
    doc = sent.doc
    gained = 0
    for k, tok in enumerate(again):
        first, second = _clause(doc[at[k]]), _clause(tok)
        if tok.pos_ == "AUX" or tok.dep_.startswith("aux"):
            continue  # ("La France a par ailleurs condamné": the auxiliary read as the verb gives its subject back)
        if at[k] in focus:
            gained += len(second) - len(first)
        elif not first <= second:
            return False
    return gained > 0


def _same_root(sent: Span, root: int, removed: set[int], auxiliaries: frozenset[str]) -> bool:
    """Whether a re-parse rooted at `root` keeps the sentence's main clause: a re-parse may mend the verb
    group, not move the sentence's main verb elsewhere. The first parse's root may go where it was no verb,
    an auxiliary ("Paris a d'ores et déjà annoncé" read with "a" the verb), one of the words taken out or
    inside the quotes."""
    first = sent.root
    if first.i == root or first.pos_ != "VERB" or first.i in removed or first.lower_ in auxiliaries:
        return True
    return any(o < first.i < c for o, c in quoted_pairs(sent) if o in removed)


class InsertionRepair:
    """The spaCy component (after the parser, before the verb-form repair): see the module's docstring."""

    def __init__(self, nlp, words: dict[str, frozenset[str]]):
        self.nlp = nlp
        self.words = words

    def __call__(self, doc: Doc) -> Doc:
        for sent in list(doc.sents):
            removed: dict[int, int | None] = {}  # a word taken out -> the word it hangs on (None: found later)
            focus: set[int] = set()
            for o, c in quoted_pairs(sent):
                if _inside_a_verb_group(doc, sent, o, c):
                    removed[o] = removed[c] = None
                    focus.update(range(o + 1, c))
            for words, participle in adverbials(sent, self.words):
                if not removed.keys() & set(words):
                    removed.update({i: participle for i in words})
                    focus.add(participle)
            opening = dateline(sent)
            if opening and not removed.keys() & set(opening) and any(
                    doc[i].dep_.split(":")[0] in ARGUMENTS and doc[i].head.i not in opening for i in opening):
                # the parser read the place of filing as a verb's subject or object ("LA HAVANE, Cuba - Le
                # gouvernement américain a retiré…"): parsed without it, whatever the new parse gives
                removed.update({i: ROOT for i in opening})
                focus.update(t.i for t in sent if t.pos_ == "VERB" and t.i not in removed)
            if removed:
                self._reparse(doc, sent, removed, focus)
        return doc

    def _reparse(self, doc: Doc, sent: Span, removed: dict[int, int | None], focus: set[int]) -> None:
        kept = [t for t in sent if t.i not in removed]
        spaces = []
        for k, tok in enumerate(kept):
            # a removed word's space goes to the word before it ("had “intruded” into" → "had intruded into")
            nxt = kept[k + 1].i if k + 1 < len(kept) else sent.end
            spaces.append(any(doc[j].whitespace_ for j in range(tok.i, nxt)))
        again = upstream(self.nlp, Doc(doc.vocab, words=[t.text for t in kept], spaces=spaces), COMPONENT)
        at = {k: tok.i for k, tok in enumerate(kept)}  # the re-parse's index -> the document's
        if len(list(again.sents)) != 1 or not (_mended(sent, again, at, focus) or ROOT in removed.values()) or (
                ROOT not in removed.values() and not _same_root(
                sent, at[next(iter(again.sents)).root.i], set(removed), self.words.get("auxiliary", frozenset()))):
            return  # (a sentence opened by a dateline was parsed from a wrong start: its root may move)
        root = at[next(iter(again.sents)).root.i]
        starts = [s.start for s in doc.sents]
        before = doc.to_array([HEAD, DEP])
        arr = before.copy()
        for k, tok in enumerate(again):
            arr[at[k], 0] = (at[tok.head.i] - at[k]) & 0xFFFFFFFFFFFFFFFF  # (relative, as spaCy stores it)
            arr[at[k], 1] = tok.dep
        strings = doc.vocab.strings
        for i, head in removed.items():
            tok = doc[i]
            if head is None:  # a quote mark: on the head of the words it quotes
                head, dep = _quoted_head(doc, again, at, i), "punct"
            elif head == ROOT:  # a dateline: on the main verb, as no argument of it
                head, dep = root, ("punct" if tok.is_punct else "dep")
            elif tok.head.i in removed and tok.head != tok:
                head, dep = tok.head.i, tok.dep_  # (inside the adverbial, as it was parsed)
            else:
                dep = "obl:mod" if tok.pos_ in ("NOUN", "PROPN") else "advmod"
            arr[i, 0] = (head - i) & 0xFFFFFFFFFFFFFFFF
            arr[i, 1] = strings.add(dep)
        doc.from_array([HEAD, DEP], arr)
        if [s.start for s in doc.sents] != starts:
            doc.from_array([HEAD, DEP], before)  # (a parse that moves a sentence boundary is not taken)
            return
        for k, tok in enumerate(again):
            mine = doc[at[k]]
            mine.pos, mine.tag, mine.lemma_ = tok.pos, tok.tag, tok.lemma_
            mine.set_morph(tok.morph)


def _quoted_head(doc: Doc, again: Doc, at: dict[int, int], mark: int) -> int:
    """The document index of the head of the words a quote mark encloses (the word of the quotation whose
    head, in the re-parse, lies outside it); the nearest word if the mark encloses nothing known."""
    back = {i: k for k, i in at.items()}
    for pair in quoted_pairs(doc[mark].sent):
        if mark in pair:
            inside = [back[i] for i in range(pair[0] + 1, pair[1]) if i in back]
            for k in inside:
                if not inside[0] <= again[k].head.i <= inside[-1] or again[k].head.i == k:
                    return at[k]
    return min(at.values(), key=lambda i: abs(i - mark))
