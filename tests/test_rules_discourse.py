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


@pytest.mark.parametrize("lang, text, person, state", [
    ("en", "US envoy Amos Hochstein met Lebanese parliament speaker Nabih Berri in Beirut on Monday.",
     "Person:amos-hochstein", "Q30"),
    ("en", "US envoy Amos Hochstein met Lebanese parliament speaker Nabih Berri in Beirut on Monday.",
     "Person:nabih-berri", "Q822"),
    ("en", "The deal was signed by Saudi national security adviser Musaed al-Aiban.", "Person:musaed-al-aiban", "Q851"),
    ("fr", "Le ministre Abdoulaye Diop a reçu l'envoyé spécial américain, Peter Pham.", "Person:peter-pham", "Q30"),
    ("fr", "L'ambassadeur russe, Alexandre Grouchko, a été convoqué.", "Person:alexandre-grouchko", "Q159"),
])
def test_a_title_with_a_state_makes_the_person_a_member_of_it(lang, text, person, state):
    """Envoys, ambassadors, advisers, speakers, officials (titles.tsv roles that serve a state, SERVING_ROLES):
    the person acts for the state the title names, and is no "leader" of it."""
    ag = _events(lang, text)
    found = {(r.subject, r.predicate, r.object) for r in ag.relations}
    assert (person, "memberOf", state) in found, found
    assert not [r for r in ag.relations if r.subject == person and r.predicate == "leaderOf"], found


@pytest.mark.parametrize("lang, text, root, source, target", [
    ("fr", "Israël a tué un commandant du Hezbollah au Liban.", "18", "Q801", "Organization:hezbollah"),
    ("fr", "Un responsable du Hamas a rencontré le Premier ministre qatari.", "04", "Organization:hamas", "Q846"),
])
def test_an_unnamed_official_of_an_organisation_stands_for_it(lang, text, root, source, target):
    """"un commandant du Hezbollah" (a serving title of an organisation, no name): Hezbollah, not Lebanon."""
    events = _events(lang, text).events
    assert [e for e in events if e.root == root and e.source == source and e.target == target], events
