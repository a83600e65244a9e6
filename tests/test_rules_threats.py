"""Threats (13) and coercion (17): constructions whose roles the extractor must find, on sentences
written for this file (other countries and topics than the annotated articles)."""
from __future__ import annotations

import pytest

from test_triggers import _events, assert_event, case  # (tests/ is on sys.path under pytest)

SY, TR, MY, ID, MA, DZ, BA, RS = "Q858", "Q43", "Q833", "Q252", "Q1028", "Q262", "Q225", "Q403"
KE, ET, CL, AR, AM, AZ, GR = "Q114", "Q115", "Q298", "Q414", "Q399", "Q227", "Q41"
ER, SO, BY, UG = "Q986", "Q1045", "Q184", "Q1036"

LT, LV, EE, PL = "Q37", "Q211", "Q191", "Q36"

CASES = [
    # a punitive step announced for the future is a threat (« mesures punitives », "punitive action")
    case("en-13-would-take-punitive-action", "en", "Kenya said it would take punitive action against Ethiopia.", "13", KE, ET),
    case("fr-13-prendrait-des-mesures-punitives", "fr", "Le Kenya a déclaré qu'il prendrait des mesures punitives contre "
         "l'Ethiopie.", "13", KE, ET),
    # a promise of force is a threat of it
    case("en-13-vowed-to-strike", "en", "Iran vowed to strike Israel.", "13", "Q794", "Q801"),
    case("fr-13-promis-de-frapper", "fr", "L'Iran a promis de frapper Israël.", "13", "Q794", "Q801"),
    # retaliation announced against an act: aimed at the act's author, not at the speaker's own state
    case("en-13-retaliate-against-tariffs-imposed-by", "en", "China will retaliate against the tariffs imposed on it "
         "by the US administration, the Commerce Ministry in Beijing said.", "13", "Q148", "Q30"),
    # the threatened act's object named by a demonym is the threatened side's
    case("en-13-threatened-to-sanction-demonym", "en", "Washington threatened on Monday to sanction Chinese banks.",
         "13", "Q30", "Q148"),
    case("fr-13-menace-de-sanctionner-demonyme", "fr", "Le président américain a menacé de sanctionner les banques chinoises.",
         "13", "Q30", "Q148"),
    case("en-13-threatened-to-obliterate-the-economy", "en", "Trump threatened to obliterate the Turkish economy.",
         "13", {"Q22686", "Q30"}, TR),
    # what the warner's side could do is a threat too, aimed at the one its condition names
    case("en-13-warned-it-could-if", "en", "Belarus warned that it could cut off transit to Poland if Lithuania imposed "
         "new penalties.", "13", BY, LT),
    # force its own side would not hesitate to use against another is a threat of force
    case("en-13-not-hesitate-to-use-force", "en", "Azerbaijan said it would not hesitate to use force against Armenia.",
         "13", AZ, AM),
    case("fr-13-recourir-a-la-force", "fr", "L'Azerbaïdjan a assuré qu'il n'hésiterait pas à recourir à la force "
         "contre l'Arménie.", "13", AZ, AM),
    # a French "-yer" verb writes its conditional with an i ("paierait"): a consequence announced all the same
    case("fr-13-paierait-le-prix", "fr", "La Grèce a affirmé que la Turquie paierait un prix élevé.", "13", GR, TR),
    # a deadline granted for an act is an ultimatum (139)
    case("en-13-gave-hours-to-withdraw", "en", "Ethiopia gave Eritrea 48 hours to withdraw its troops from the border.",
         "13", ET, ER),
    case("fr-13-donne-jours-pour-retirer", "fr", "L'Ethiopie a donné 48 heures à l'Erythrée pour retirer ses troupes.",
         "13", ET, ER),
    # "warn of" a deal or a cooperation between two states is concern (110) about either (SCHEMA), as
    # "mettre en garde contre" is
    case("en-11-warned-of-deal-between", "en",
         "Seoul warned of the growing military cooperation between Russia and North Korea.", "11", "Q884",
         {"Q159", "Q423"}),
    # a warning that the warner's own side will act is a threat, the act left unnamed or not
    case("en-13-warned-it-would-not-hesitate", "en",
         "Turkish drones struck a Syrian army convoy near Idlib on Sunday. Damascus warned that it would not "
         "hesitate to respond if Ankara kept attacking its forces.", "13", SY, TR),
    case("en-13-warned-all-necessary-measures", "en",
         "Indonesia detained two Malaysian fishing boats off Borneo. Kuala Lumpur warned that it would take "
         "all necessary measures to protect its fishermen.", "13", MY, ID),
    case("en-13-warned-its-army-would", "en",
         "Morocco warned that its army would not stand idle if Algeria kept arming the rebels.", "13", MA, DZ),
    case("fr-13-prevenu-qu-elle-repondrait", "fr",
         "L'armée serbe a bombardé un village de Bosnie lundi. Sarajevo a prévenu qu'elle répondrait si "
         "Belgrade poursuivait ses provocations.", "13", BA, RS),
    case("fr-13-averti-mesures-necessaires", "fr",
         "L'Indonésie a arrêté vingt pêcheurs malaisiens au large de Bornéo. Kuala Lumpur a averti qu'il "
         "prendrait toutes les mesures nécessaires pour protéger ses pêcheurs.", "13", MY, ID),
    case("fr-13-prevenu-son-armee", "fr",
         "L'Algérie a fermé son espace aérien aux avions marocains. Le Maroc a prévenu que son armée ne "
         "resterait pas les bras croisés.", "13", MA, DZ),
    # a pledge to punish, crush or destroy someone is a threat of force
    case("en-13-vowed-to-punish", "en", "Ethiopia vowed to punish Eritrea for the cross-border raid.", "13", ET, ER),
    case("en-13-pledged-to-crush", "en", "The Kenyan president pledged to crush the Somali militants behind the attack.",
         "13", KE, SO),
    case("fr-13-promis-de-punir", "fr", "L'Ethiopie a promis de punir l'Erythrée pour ce raid.", "13", ET, ER),
    case("fr-13-promis-d-ecraser", "fr", "Le Kenya a promis d'écraser les milices somaliennes responsables de l'attaque.",
         "13", KE, SO),
    # the person a comma names after the object's phrase is the one arrested (the parser hangs the name elsewhere)
    case("en-17-arrested-journalist-on-board-name", "en",
         "Kenya forced a plane to land in Nairobi and arrested a dissident journalist on board, John Kamau.",
         "17", KE, "Person:john-kamau"),
    case("en-17-detained-activist-at-border-name", "en",
         "Belarus detained a prominent activist at the border, Maria Kolesnikova.", "17", BY, "Person:maria-kolesnikova"),
    case("fr-17-arrete-militante-a-la-frontiere-nom", "fr",
         "L'Ouganda a arrêté une militante à la frontière, Sarah Nakato.", "17", UG, "Person:sarah-nakato"),
    # an agentless arrest or expulsion reported by a state is that state's act (not where it took place elsewhere)
    case("en-17-detained-belarus-said", "en", "A Lithuanian lorry driver has been detained on suspicion of smuggling, "
         "Belarus said on Thursday.", "17", BY, LT),
    case("fr-17-arrete-a-annonce-la-bielorussie", "fr", "Un ressortissant letton a été arrêté pour espionnage, a annoncé jeudi "
         "la Biélorussie.", "17", BY, LV),
]


@pytest.mark.parametrize("lang, sentence, root, sources, targets", CASES)
def test_threat_event(lang, sentence, root, sources, targets):
    assert_event(lang, sentence, root, sources, targets)


NO_THREAT = [
    # a warning about what others will do is no threat of the warner's
    ("en", "Argentina arrested ten Chilean fishermen last week. The Chilean government warned that exports would fall."),
    ("en", "Kenya closed its border with Ethiopia. Nairobi warned that prices would rise sharply next year."),
    ("fr", "L'Arménie a fermé sa frontière avec l'Azerbaïdjan. Erevan a prévenu que les prix allaient augmenter."),
    ("fr", "La Grèce a prévenu qu'il faudrait du temps pour reconstruire le port."),
    # a pledge of help is no threat
    ("en", "Ethiopia promised to help Eritrea rebuild its roads."),
    ("fr", "L'Ethiopie a promis d'aider l'Erythrée à reconstruire ses routes."),
]


@pytest.mark.parametrize("lang, text", NO_THREAT)
def test_no_threat(lang, text):
    events = _events(lang, text).events
    assert not any(e.root == "13" for e in events), [(e.cameo, e.source, e.target) for e in events]


@pytest.mark.parametrize("lang, text", [
    ("en", "Kenya arrested a journalist on Friday, President William Ruto said."),
    ("en", "Ethiopia expelled a diplomat last week, Abiy Ahmed confirmed on Monday."),
])
def test_the_one_reporting_a_coercion_is_not_its_target(lang, text):
    events = _events(lang, text).events
    assert not any(e.root == "17" and e.target and e.target.startswith("Person:") for e in events), \
        [(e.cameo, e.source, e.target) for e in events]


@pytest.mark.parametrize("lang, text, source, target", [
    ("fr", "Le Pakistan se réserve le droit de riposter à l'attaque iranienne.", "Q843", "Q794"),
    ("fr", "L'Iran a frappé le Pakistan mardi. Le Pakistan se réserve le droit de riposter, a indiqué le ministère.",
     "Q843", "Q794"),
    ("en", "Saudi Arabia froze all new trade with Canada while retaining its right to take further action.", "Q851", "Q16"),
    ("en", "Iran struck Pakistan on Tuesday. Pakistan said it reserved the right to retaliate.", "Q843", "Q794"),
    # (the reflexive "nous" of the first person plural is the speaker itself, no target)
    ("fr", "L'Inde a frappé le Pakistan. « Nous nous réservons le droit de répondre », a déclaré le ministre pakistanais.",
     "Q843", "Q668"),
])
def test_reserving_the_right_to_respond_is_a_threat(lang, text, source, target):
    """"se réserve le droit de riposter", "retains its right to take further action": the diplomatic formula
    of a threat (130), aimed at whom the answer would be aimed, or the side the article sets against the speaker."""
    assert any(e.cameo.startswith("13") and e.source == source and e.target == target
               for e in _events(lang, text).events)


@pytest.mark.parametrize("lang, text", [
    ("en", "Iran vowed to strike Israel."),
    ("fr", "Le Hezbollah a juré d'attaquer les positions israéliennes."),
])
def test_a_promise_of_force_is_no_force(lang, text):
    found = [(e.cameo, e.source, e.target) for e in _events(lang, text).events if e.root in ("18", "19", "20")]
    assert not found, found


@pytest.mark.parametrize("lang, text", [
    ("en", "Biden vowed to strike an agreement with Mexico."),
    ("en", "The president pledged to strike a deal with the rebels."),
])
def test_a_promise_to_strike_a_deal_is_no_threat(lang, text):
    """"vowed to strike a deal": the verb of force refined by its object (057) makes no threat (138)."""
    found = [(e.cameo, e.source, e.target) for e in _events(lang, text).events if e.root in ("13", "18", "19", "20")]
    assert not found, found


@pytest.mark.parametrize("lang, text, factuality", [
    ("en", "Armenia and Azerbaijan agreed a ceasefire on Tuesday.", "asserted"),
    ("en", "A ceasefire was agreed by Armenia and Azerbaijan on Tuesday.", "asserted"),
    ("fr", "L'Arménie et l'Azerbaïdjan ont convenu d'un cessez-le-feu mardi.", "asserted"),
    ("en", "Armenia and Azerbaijan agreed to meet in Moscow.", "future"),
    ("fr", "L'Arménie et l'Azerbaïdjan ont convenu de se rencontrer à Moscou.", "future"),
])
def test_what_was_agreed_is_done_what_was_agreed_to_do_is_to_come(lang, text, factuality):
    """"agree", "convenir" are future cues for the act agreed on ("agreed to meet"); a truce agreed is in place."""
    from test_triggers import _events
    evs = [e for e in _events(lang, text).events if e.root in ("08", "03")]
    assert evs and all(e.factuality == factuality for e in evs), evs


@pytest.mark.parametrize("lang, text, source, target", [
    ("en", "Moscow said Russia would be forced to take \"counter-measures\" to Sweden's accession.", "Q159", "Q34"),
    ("fr", "Pékin a averti que la Chine prendrait des contre-mesures face à la décision de la Lituanie.", "Q148", "Q37"),
])
def test_counter_measures_answer_the_one_whose_act_they_name(lang, text, source, target):
    """"would take counter-measures to Sweden's accession" (the tokenizer splits the hyphenated cue), « des contre-mesures
    face à la décision de la Lituanie »: a threat aimed at the owner of the act answered."""
    got = {(e.root, e.source, e.target) for e in _events(lang, text).events}
    assert ("13", source, target) in got, got


@pytest.mark.parametrize("lang, text, source, target", [
    ("en", "Armenia shelled Azerbaijani positions on Monday. Azerbaijan will retaliate against Armenia, its defence "
           "minister said.", AZ, AM),
    ("en", "Greece seized a Chilean trawler on Monday. Santiago had decided to take punitive action against Greece.", CL, GR),
    ("en", "Kenya expelled Ugandan traders. Uganda will react strongly to any such insult, its foreign minister said.",
     UG, KE),
    ("fr", "L'Algérie a fermé son espace aérien au Maroc. Rabat prendra des mesures de rétorsion contre Alger.", MA, DZ),
    ("fr", "Le Kenya a expulsé des commerçants ougandais. « L'Ouganda réagira en conséquence », a averti son ministre.",
     UG, KE),
    ("fr", "L'Erythrée a bombardé un poste somalien. La Somalie ripostera, a prévenu le président somalien.", SO, ER),
])
def test_a_retaliation_announced_is_a_threat(lang, text, source, target):
    """"will retaliate", « ripostera », « prendra des mesures de rétorsion », "will react strongly" (cues.tsv kinds
    threat, answer, firm, retaliation_verb): a response its side announces for the future is that side's threat (13),
    at whom the sentence names or the side the article sets against it — not the act of force itself (19)."""
    got = {(e.root, e.source, e.target) for e in _events(lang, text).events}
    assert ("13", source, target) in got and not any(r == "19" and s == source for r, s, _ in got), got


@pytest.mark.parametrize("lang, text", [
    ("en", "Sudan's army clashed with rebels. The government will take the necessary measures to protect its citizens."),
    ("fr", "Le Soudan a fermé sa frontière. Le gouvernement prendra les mesures nécessaires pour protéger ses ressortissants."),
    ("en", "Kenya and Uganda signed a trade deal. Uganda will respond to the Kenyan proposal next week."),
    ("fr", "Le Kenya a proposé un accord à l'Ouganda. L'Ouganda réagira rapidement à la proposition."),
    ("en", "Turkey shelled Greek positions in 1974 and Greece retaliated the next day."),
])
def test_measures_for_a_purpose_or_a_plain_answer_are_no_threat(lang, text):
    """Measures taken to protect, an answer with no word of force or firmness, a past retaliation: no threat."""
    got = [(e.cameo, e.source, e.target) for e in _events(lang, text).events if e.root == "13"]
    assert not got, got


@pytest.mark.parametrize("lang, text", [
    ("fr", "La Turquie promet des mesures de rétorsion après les sanctions américaines."),
    ("en", "Turkey vowed retaliatory measures after the American sanctions."),
])
def test_a_promised_retaliation_after_an_act_threatens_its_author(lang, text):
    """« promet des mesures de rétorsion », "vowed retaliatory measures" (promise refined by rétorsion, retaliatory): a
    threat (13), aimed at the author of the act it follows (_cause_after, through the object's own phrase)."""
    found = {(e.root, e.source, e.target) for e in _events(lang, text).events}
    assert ("13", "Q43", "Q30") in found, found
