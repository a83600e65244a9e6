"""Actors named in one sentence and taken up in the next, across the blank line between paragraphs
(session 8): passages written for these rules, none taken from an annotated article."""
import pytest

from test_triggers import _events


@pytest.mark.parametrize("lang, text, root, source, target", [
    ("fr", "Les rebelles du CSP ont repris les combats contre l'armée malienne.\n\n"
           "Ils accusent l'armée d'avoir tué des civils.", "11", "Organization:rebelles-du-csp", "Organization:armee-malienne"),
    ("en", "The United States and its allies imposed new sanctions on Russia on Friday.\n\n"
           "It also warned Russia against any attack on Moldova.", "13", "Q30", "Q159"),
    ("fr", "Vladimir Poutine est arrivé mardi à Pyongyang pour une visite de deux jours.\n\n"
           "Il a rencontré Kim Jong-un au palais Kumsusan.", "04", "Q7747", "Q56226"),
])
def test_a_pronoun_after_a_paragraph_break_takes_up_the_sentence_before(lang, text, root, source, target):
    """To spaCy the blank line is a sentence of its own; the pronoun's antecedent is in the paragraph before."""
    events = _events(lang, text).events
    assert [e for e in events if e.root == root and e.source == source and e.target == target], events
