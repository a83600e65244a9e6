"""Quotation marks inside a verb group, parsed again without them.

French wire copy quotes the words of a statement inside the verb that reports it: "Paris a « fermement
condamné » les frappes", "Bamako a « rejeté catégoriquement » les accusations". The French model reads
the quote marks as the edge of a clause: "condamné" loses its auxiliary or its subject, "les frappes"
becomes an adverbial or a conjunct, and the event is lost (or aimed at the wrong side). A short quotation
(at most eight words, no sentence end inside) holding a verb, or opening right after an auxiliary, is
taken out of the sentence, the sentence parsed again, and the new parse copied onto the original tokens
when it gives a quoted verb a subject or an object it lacked and takes none from another verb, and keeps
the sentence's main verb; each quote mark then hangs on the head of the words it quotes. Text, tokens and named entities stay the original's.
"""
from __future__ import annotations

from spacy.attrs import DEP, HEAD
from spacy.tokens import Doc, Span

COMPONENT = "kg_inner_quotes"
OPENING, CLOSING, EITHER = {"«", "“", "„"}, {"»", "”"}, {'"'}
MAX_WORDS = 8
SENTENCE_END = {".", "!", "?", "…"}


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
    if not 0 < len(words) <= MAX_WORDS or opening == sent.start or any(t.text in SENTENCE_END for t in words):
        return False
    return doc[opening - 1].pos_ == "AUX" or any(t.pos_ in ("VERB", "AUX") for t in words)


def _clause(tok) -> set[str]:
    """What the parse gives a verb of its clause: a subject, an object."""
    if tok.pos_ != "VERB":
        return set()
    return {d for d in (c.dep_.split(":")[0] for c in tok.children) if d in ("nsubj", "obj", "dobj")}


def _mended(sent: Span, again: Doc, at: dict[int, int], marks: set[int]) -> bool:
    """Whether the re-parse gives a quoted verb more of its clause and takes nothing from another verb
    (the re-parse of a sentence alone may read another clause of it otherwise)."""
    doc = sent.doc
    inside = {i for o, c in quoted_pairs(sent) if o in marks for i in range(o + 1, c)}
    gained = 0
    for k, tok in enumerate(again):
        first, second = _clause(doc[at[k]]), _clause(tok)
        if at[k] in inside:
            gained += len(second) - len(first)
        elif not first <= second:
            return False
    return gained > 0


class InnerQuoteRepair:
    """The spaCy component (after the parser, before the verb-form repair): see the module's docstring."""

    def __init__(self, nlp):
        self.nlp = nlp

    def __call__(self, doc: Doc) -> Doc:
        for sent in list(doc.sents):
            marks = sorted(i for o, c in quoted_pairs(sent) if _inside_a_verb_group(doc, sent, o, c) for i in (o, c))
            if marks:
                self._reparse(doc, sent, set(marks))
        return doc

    def _reparse(self, doc: Doc, sent: Span, marks: set[int]) -> None:
        kept = [t for t in sent if t.i not in marks]
        spaces = []
        for k, tok in enumerate(kept):
            # a removed mark's space goes to the word before it ("had “intruded” into" → "had intruded into")
            nxt = kept[k + 1].i if k + 1 < len(kept) else sent.end
            spaces.append(any(doc[j].whitespace_ for j in range(tok.i, nxt)))
        again = upstream(self.nlp, Doc(doc.vocab, words=[t.text for t in kept], spaces=spaces), COMPONENT)
        at = {k: tok.i for k, tok in enumerate(kept)}  # the re-parse's index -> the document's
        if len(list(again.sents)) != 1 or not _mended(sent, again, at, marks) or not _same_root(
                sent, at[next(iter(again.sents)).root.i], marks):
            return
        starts = [s.start for s in doc.sents]
        before = doc.to_array([HEAD, DEP])
        arr = before.copy()
        punct = doc.vocab.strings["punct"]
        for k, tok in enumerate(again):
            arr[at[k], 0] = (at[tok.head.i] - at[k]) & 0xFFFFFFFFFFFFFFFF  # (relative, as spaCy stores it)
            arr[at[k], 1] = tok.dep
        for i in marks:
            head = _quoted_head(doc, again, at, i)
            arr[i, 0] = (head - i) & 0xFFFFFFFFFFFFFFFF
            arr[i, 1] = punct
        doc.from_array([HEAD, DEP], arr)
        if [s.start for s in doc.sents] != starts:
            doc.from_array([HEAD, DEP], before)  # (a parse that moves a sentence boundary is not taken)
            return
        for k, tok in enumerate(again):
            mine = doc[at[k]]
            mine.pos, mine.tag, mine.lemma_ = tok.pos, tok.tag, tok.lemma_
            mine.set_morph(tok.morph)


def _same_root(sent: Span, root: int, marks: set[int]) -> bool:
    """Whether a re-parse rooted at `root` keeps the sentence's main clause: a re-parse may mend the verb
    group inside the quotes, not move the sentence's main verb elsewhere ("Washington a sanctionné…, Trump
    ayant menacé de « détruire » l'économie turque" stays Washington's sentence). The first parse's root
    may go where it was no verb, or lay between the quote marks."""
    first = sent.root
    if first.i == root or first.pos_ != "VERB":
        return True
    return any(o < first.i < c for o, c in quoted_pairs(sent) if o in marks)


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
    near = [i for i in at.values()]
    return min(near, key=lambda i: abs(i - mark))
