"""Meetings, visits, appeals, intents, cooperation, aid and concessions (CAMEO 02–08) as news
phrases them: sentences written for these rules (battery B3 of session 7), none taken from an
annotated article."""
import pytest

from test_triggers import _events, assert_event, case  # (tests/ is on sys.path under pytest)

RU, UA, US, IR, CN, JP, MA, EU = "Q159", "Q212", "Q30", "Q794", "Q148", "Q17", "Q1028", "Q458"
IN = "Q668"
HAMAS = "Organization:hamas"
PUTIN, ZELENSKY, XI, BIDEN, SUNAK, GB = "Q7747", "Q3874799", "Q15031", "Q6279", "Q20055561", "Q145"


def p(*keys):
    return frozenset(keys)


CASES = [
    # hosting talks: with a partner, the host met them; between two others, the talks are theirs
    case("en-04-hosted-talks-with", "en", "Erdogan hosted talks with Putin in Istanbul on Monday.", "04", p("Q39259", "Q43"), p(PUTIN, RU)),
    case("fr-04-accueilli-pourparlers-avec", "fr", "Recep Tayyip Erdogan a accueilli des pourparlers avec Vladimir Poutine à Istanbul.",
         "04", p("Q39259", "Q43"), p(PUTIN, RU)),
    case("en-04-host-talks-between", "en", "Austria will host talks between Iran and the International Atomic Energy Agency next week.",
         "04", p(IR), p("Q41984")),
    # an organisation's leaders stand for it, not for the state it is of
    case("en-04-met-hamas-leaders", "en", "The Qatari prime minister met Hamas leaders in Doha.", "04", p("Q846"), p(HAMAS)),
    case("fr-04-dirigeants-du-hamas", "fr", "Le Premier ministre qatari a rencontré des dirigeants du Hamas à Doha.", "04", p("Q846"), p(HAMAS)),
    # "a call with X" is a phone call; "X's call for a ceasefire" (no partner) is none
    case("en-04-had-a-call-with", "en", "Trump said he had a very good call with Putin on Tuesday.", "04", p("Q22686", US), p(PUTIN, RU)),
    case("en-04-in-a-call-with", "en", "In a call with Xi on Monday, Biden raised concerns about Taiwan.", "04", p(BIDEN, US), p(XI, CN)),
    # "procéder à" a noun trigger of several words: the noun's own "de" is no other agent's
    case("fr-08-proceder-echange-prisonniers", "fr", "La Russie et l'Ukraine ont procédé vendredi à un échange de prisonniers.",
         "08", p(RU), p(UA)),
    # "convenir de" commits as "agree to" does: an intent to cooperate
    case("fr-03-convenir-cooperation", "fr", "Pékin et Moscou ont convenu de renforcer leur coopération militaire.",
         "03", p(CN), p(RU)),
    # readiness for talks is an intent to meet (036), the ready side's
    case("en-03-ready-for-talks", "en", "Russian Foreign Minister Sergei Lavrov said Moscow was ready for talks with Kyiv.",
         "03", p(RU, "Q58217"), p(UA)),
    case("fr-03-pret-a-des-negociations", "fr", "Sergueï Lavrov s'est dit prêt à des négociations avec Kiev.",
         "03", p(RU, "Q58217"), p(UA)),
    # a foreign name the tagger calls X still names a side ("entre Xi Jinping et Joe Biden")
    # a time noun the parser made an object does not stop the guest from being found
    case("fr-04-recevoir-jour-objet", "fr", "Le roi du Maroc Mohammed VI a reçu jeudi à Rabat le président sénégalais.",
         "04", p("Q57553", "Q1028"), p("Q1041")),
    case("fr-04-rencontre-entre-nom-x", "fr", "La rencontre entre Xi Jinping et Joe Biden, la première depuis un an, s'est tenue en marge du sommet de l'APEC à San Francisco.",
         "04", p(XI, CN), p(BIDEN, US)),
    # "lors de" hung on the object's words: the subject met the one it addressed
    case("fr-04-lors-rencontre-objet", "fr", "Volodymyr Zelensky a remercié Rishi Sunak pour le soutien du Royaume-Uni lors d'une rencontre à Londres.",
         "04", p(ZELENSKY, UA), p(SUNAK, GB)),
    # one plural title, two demonyms: the two states met
    case("en-04-two-demonyms-plural-title", "en", "The Indian and Chinese foreign ministers met in Beijing on Monday.",
         "04", p(IN), p(CN)),
    case("en-04-two-demonyms-plural-title-back", "en", "The Indian and Chinese foreign ministers met in Beijing on Monday.",
         "04", p(CN), p(IN)),
    # an amount looked through to what it counts ("pledged $1bn in aid to Y")
    case("en-03-pledge-amount-in-aid", "en", "The European Union pledged 50 billion euros in aid to Ukraine over four years.",
         "03", p(EU), p(UA)),
    case("fr-03-promettre-montant-aide", "fr", "L'Union européenne a promis 50 milliards d'euros d'aide à l'Ukraine.",
         "03", p(EU), p(UA)),
    case("en-07-announce-amount-in-assistance", "en", "Japan announced $5 million in emergency humanitarian assistance to Morocco after the earthquake.",
         "07", p(JP), p(MA)),
    # a denial of aid is the charge the article reports
    case("en-07-denied-supplying", "en", "Iran has denied supplying drones to Russia.", "07", p(IR), p(RU)),
    # a batch the trigger names ("aid package", "sanctions package") stands for it, with its prepositions and verb
    case("en-07-aid-package-for", "en", "The United States unveiled a 300 million dollar aid package for Ukraine.",
         "07", US, UA),
    case("en-07-aid-tranche-for", "en", "Japan approved a new aid tranche for Ukraine on Friday.", "07", JP, UA),
    case("en-16-sanctions-package-against", "en", "The EU adopted a new sanctions package against Russia.",
         "16", EU, RU),
    # praise of an agreement (a truce, a deal) the article reported between others goes to its parties
    case("en-05-welcomed-the-deal", "en", "Armenia and Azerbaijan signed a peace deal in Washington. Russia welcomed the deal.",
         "05", RU, {"Q399", "Q227"}),
    case("fr-05-a-salue-l-accord", "fr", "L'Ethiopie et le TPLF ont signé un accord de paix à Pretoria. Antony Blinken a salué l'accord.",
         "05", {"Q7821917", US}, {"Q115", "Organization:tigray-people-s-liberation-front"}),
    case("en-05-praised-the-ceasefire", "en", "Israel and Hamas agreed to a truce. Egypt praised the ceasefire.",
         "05", "Q79", {"Q801", "Organization:hamas"}),
    # drills two parties hold with no one else named are joint drills, each with the other (cues kind joint)
    case("en-06-two-states-held-drills", "en", "Japan and the Philippines held naval drills in the South China Sea on Monday.",
         "06", JP, "Q928"),
    case("en-06-two-states-held-drills-back", "en", "Japan and the Philippines held naval drills in the South China Sea on Monday.",
         "06", "Q928", JP),
    case("fr-06-deux-etats-ont-mene-des-manoeuvres", "fr", "La Russie et la Chine ont mené lundi des manœuvres navales en mer de Chine orientale.",
         "06", CN, RU),
    # the signing of a text: the parties named on it (or on what it is about), by verb or noun
    case("fr-05-signature-de-documents-entre", "fr", "Les deux présidents ont assisté à la signature de documents de coopération "
         "entre le Vietnam et la Sierra Leone.", "05", "Q881", "Q1044"),
    case("en-05-signing-of-documents-between", "en", "The two leaders attended the signing of cooperation documents between "
         "Vietnam and Sierra Leone.", "05", "Q1044", "Q881"),
    case("fr-05-signe-le-cadre-entre", "fr", "Le ministre russe a signé le nouveau cadre de coopération entre la Russie et la Mauritanie.",
         "05", RU, "Q1025"),
    case("fr-05-signe-un-cadre-avec", "fr", "La Russie a signé un cadre de coopération avec la Mauritanie.", "05", RU, "Q1025"),
    case("en-06-drills-with", "en", "Russia held air drills with Belarus on Tuesday.", "06", RU, "Q184"),
    case("fr-06-exercices-avec", "fr", "Washington a mené mardi des exercices aériens avec l'armée guyanienne.", "06", US, "Q734"),
    # gratitude, appreciation: praise (051) of the one thanked, or of the owner of what is thanked for
    case("en-05-gratitude-for-contribution", "en", "Kenya expressed its gratitude for Japan's contribution.", "05",
         "Q114", JP),
    case("en-05-appreciation-for-efforts", "en", "Kenya expressed appreciation for the efforts of India.", "05",
         "Q114", IN),
]


@pytest.mark.parametrize("lang, sentence, root, sources, targets", CASES)
def test_cooperation_event(lang, sentence, root, sources, targets):
    assert_event(lang, sentence, root, sources, targets)


@pytest.mark.parametrize("lang, text", [
    ("en", "Putin has not met Zelensky since the war began."),
    ("fr", "Vladimir Poutine n'a pas rencontré Volodymyr Zelensky depuis le début de la guerre."),
    ("fr", "Kiev a démenti que Zelensky ait rencontré un émissaire russe."),
    ("en", "Washington has never provided long-range missiles to Kyiv."),
    ("en", "Will Trump meet Kim again? Analysts doubt it."),
    # receiving a thing from someone is no hosting of them
    ("en", "The Kremlin said Putin had received a letter from Kim but did not say whether they would meet."),
    ("fr", "Vladimir Poutine a reçu jeudi une lettre d'Emmanuel Macron."),
    ("en", "Macron's call for a ceasefire in Gaza drew criticism from Israel."),
])
def test_a_meeting_or_aid_said_not_to_have_happened_is_no_event(lang, text):
    found = [(e.cameo, e.source, e.target) for e in _events(lang, text).events if e.root in ("04", "07")]
    assert not found, found


def test_talks_that_ended_by_themselves_broke_nothing_off():
    found = [(e.cameo, e.source, e.target) for e in _events(
        "en", "Talks in Istanbul between Russia and Ukraine ended without agreement on Friday.").events]
    assert not [f for f in found if f[0][:2] == "16"], found
    assert [f for f in found if f[0][:2] == "04"], found


@pytest.mark.parametrize("lang, text, body", [
    ("fr", "Le secrétaire général de l'ONU, Antonio Guterres, a appelé Israël à autoriser l'entrée de l'aide humanitaire à Gaza.", "Q1065"),
    ("fr", "Le secrétaire général de l'ONU, Antonio Guterres, a rencontré mardi à New York le président iranien Massoud Pezeshkian.", "Q1065"),
])
def test_a_title_and_its_name_after_a_comma_are_one_actor(lang, text, body):
    """The parser makes the name a conjunct of the title: the title's organisation is no second actor."""
    events = _events(lang, text).events
    assert [e for e in events if e.source == "Q311440"], [(e.cameo, e.source, e.target) for e in events]
    assert not [e for e in events if e.source == body], [(e.cameo, e.source, e.target) for e in events]


@pytest.mark.parametrize("lang, text, venue_state", [
    ("en", "The Istanbul talks between Russia and Ukraine ended on Friday.", "Q43"),
    ("fr", "Les pourparlers d'Istanbul entre la Russie et l'Ukraine se sont achevés vendredi.", "Q43"),
    ("fr", "L'appel de Macron à un cessez-le-feu à Gaza a été critiqué par Israël.", "Q219060"),
])
def test_a_city_naming_talks_or_what_is_called_for_is_the_venue(lang, text, venue_state):
    """'the Istanbul talks', 'un cessez-le-feu à Gaza': the city is where, its state no party."""
    events = [e for e in _events(lang, text).events if e.root in ("02", "04")]
    assert not [e for e in events if venue_state in (e.source, e.target)], [(e.cameo, e.source, e.target) for e in events]
    if "Russia" in text or "Russie" in text:
        assert [e for e in events if {e.source, e.target} == {RU, UA}], [(e.cameo, e.source, e.target) for e in events]


def test_seeking_to_do_something_is_no_request():
    found = [(e.cameo, e.source, e.target) for e in _events(
        "en", "The visit of Wang Yi to Moscow comes as Beijing seeks to play a peacemaker role.").events]
    assert not [f for f in found if f[0][:2] == "02"], found
    found = [(e.cameo, e.source, e.target) for e in _events("en", "Ukraine is seeking more air defence systems from Germany.").events]
    assert [f for f in found if f[0][:2] == "02" and f[1:] == (UA, "Q183")], found


def test_hosting_talks_between_others_hosts_no_guest():
    """'L'Autriche accueillera la semaine prochaine des pourparlers entre l'Iran et l'AIEA': the talks are
    Iran's and the agency's; Austria is their go-between (045 to each, as real annotators code "the DRC hosted
    negotiations between…"), no host of a visit (043) and no visitor (the talks hung on the date by the parser)."""
    found = [(e.cameo, e.source, e.target) for e in _events("fr", "L'Autriche accueillera la semaine prochaine des "
             "pourparlers entre l'Iran et l'Agence internationale de l'énergie atomique.").events]
    assert {f for f in found if "Q40" in f} == {("045", "Q40", IR), ("045", "Q40", "Q41984")}, found
    assert [f for f in found if f[0][:2] == "04" and set(f[1:]) == {IR, "Q41984"}], found


def test_praising_ones_own_agreement_is_no_event_towards_the_other_party():
    ag = _events("en", "Iran and Saudi Arabia signed an agreement in Beijing. Iran welcomed the agreement.")
    assert not [e for e in ag.events if e.root == "05" and e.cameo != "057"]


@pytest.mark.parametrize("text", [
    "The Foreign Ministry released a statement on the Russian strikes.",
    "The Pentagon released footage of the Russian jet that struck the drone.",
    "The military released video clips that showed a Chinese ship dousing a Philippine vessel.",
    "Hamas released the names of three Israeli hostages.",
])
def test_releasing_news_sets_no_one_free(text: str) -> None:
    """A statement, footage or a list released (heads.tsv kind information) is no release of anyone (084)."""
    events = _events("en", text).events
    assert not [e for e in events if e.cameo == "084"], events


@pytest.mark.parametrize("text, source, target", [
    ("Russia released two American journalists on Thursday.", "Q159", "Q30"),
    ("Hamas released three Israeli hostages.", "Organization:hamas", "Q801"),
])
def test_releasing_people_is_a_release(text: str, source: str, target: str) -> None:
    events = _events("en", text).events
    assert any(e.cameo == "084" and e.source == source and e.target == target for e in events), events


def test_declining_an_invitation_rejects_a_meeting() -> None:
    events = _events("en", "Justin Trudeau declined an invitation from Donald Trump to the summit.").events
    assert [(e.cameo, e.source, e.target) for e in events] == [("125", "Q3099714", "Q22686")]
    # "declined to comment" names no one, and what declines is no actor
    for text in ("The Kremlin declined to comment on the report.", "Russian exports to China declined sharply in May."):
        assert not _events("en", text).events, text



@pytest.mark.parametrize("lang, text", [
    ("fr", "Le Qatar engage des pourparlers pour libérer des otages détenus par le Hamas à Gaza, en échange d'un "
           "cessez-le-feu."),
    ("fr", "Le Qatar négocie avec le Hamas la libération d'otages israéliens en échange d'un cessez-le-feu avec Israël."),
    ("en", "Qatar is negotiating with Hamas to free Israeli hostages in exchange for a ceasefire with Israel."),
])
def test_in_exchange_for_is_no_exchange(lang: str, text: str) -> None:
    """"en échange de", "in exchange for" (cues.tsv kind idiom): a locution, no meeting or exchange of its own."""
    events = _events(lang, text).events
    assert not [e for e in events if e.trigger.lower() in ("échange", "exchange")], events


@pytest.mark.parametrize("lang, text, a, b", [
    ("en", "The ceasefire follows an agreement signed between India and Pakistan in 2003.", IN, "Q843"),
    ("fr", "La Déclaration de Panmunjom a été signée entre Moon Jae-in et Kim Jong-un.", "Q21001", "Q56226"),
    ("fr", "Le bureau a ouvert conformément à la Déclaration de Panmunjom, signée cinq mois plus tôt entre Moon Jae-in "
           "et Kim Jong-un.", "Q21001", "Q56226"),
])
def test_an_agreement_signed_between_two_parties_is_theirs(lang, text, a, b):
    """No agent named, "signed between X and Y": the two parties signed it, each with the other."""
    events = [e for e in _events(lang, text).events if e.root == "05"]
    assert any({e.source, e.target} == {a, b} for e in events), events


@pytest.mark.parametrize("text, code", [
    ("Joe Biden et Vladimir Poutine ont convenu du retour de leurs ambassadeurs respectifs.", "030"),
    ("L'Arménie et l'Azerbaïdjan ont convenu de reprendre les négociations.", "036"),
])
def test_two_sides_that_agree_on_something_bind_each_other(text, code):
    """"convenir de/du…" (French "agree on"): the two subjects agree each with the other, the code from the
    phrase's words (ambassadors' return: 030; talks: 036)."""
    events = _events("fr", text).events
    assert len({(e.source, e.target) for e in events if e.cameo == code}) == 2, events


@pytest.mark.parametrize("lang, text, source, target", [
    ("fr", "Emmanuel Macron souhaite convaincre la Chine de faire pression sur la Russie.", "Q3052772", CN),
    ("en", "Blinken tried to convince China to stop supporting Russia.", "Q7821917", CN),
])
def test_persuading_someone_to_act_appeals_to_them(lang, text, source, target):
    assert any(e.cameo == "020" and e.source == source and e.target == target for e in _events(lang, text).events)


@pytest.mark.parametrize("lang, text", [
    ("en", "The evidence convinced Germany that the attack was planned."),
    ("fr", "Ces arguments ont convaincu la France de la nécessité d'agir."),
])
def test_what_convinces_is_no_one_appealing(lang, text):
    assert [e for e in _events(lang, text).events if e.root == "02"] == []


@pytest.mark.parametrize("lang, text, targets", [
    ("en", "Japan and the Philippines held naval drills in the South China Sea on Monday. China condemned the drills.", {"Q148"}),
    ("fr", "La Russie et la Chine ont mené lundi des manœuvres navales. Le Japon a dénoncé ces manœuvres.", {"Q17"}),
    ("en", "China launched military drills around Taiwan on Thursday.", set()),
])
def test_drills_two_parties_hold_together_are_no_show_of_force(lang, text, targets):
    """A show of force (15) needs a target named with the drills ("around Taiwan"); drills two states hold
    together are their cooperation, not a show of force at the third state the article names."""
    shows = [(e.cameo, e.source, e.target) for e in _events(lang, text).events if e.root == "15"]
    assert not [s for s in shows if s[2] in targets], shows
    if not targets:
        assert shows, "drills around a named place are a show of force at it"


@pytest.mark.parametrize("lang, text", [
    ("fr", "La Russie a signé un cadre de coopération avec la Mauritanie."),
    ("fr", "Les deux présidents ont assisté à la signature de documents de coopération entre le Vietnam et la Sierra Leone."),
    ("en", "Russia and Mauritania signed a military cooperation memorandum."),
])
def test_what_a_signed_text_is_about_is_no_event_of_its_own(lang, text):
    """"un accord de coopération" signed is an agreement (05); the cooperation it is about has not begun."""
    events = _events(lang, text).events
    assert not [e for e in events if e.root == "06"], [(e.cameo, e.source, e.target) for e in events]
    assert [e for e in events if e.root == "05"], [(e.cameo, e.source, e.target) for e in events]


@pytest.mark.parametrize("text, code, pair, back", [
    ("Le Soudan joue un rôle clé en se rangeant aux côtés de Riyad contre l'Iran.", "051", ("Q1049", "Q851"), False),
    ("Volodymyr Zelensky était à Paris mercredi soir aux côtés d'Emmanuel Macron.", "042", None, True),
])
def test_aux_cotes_with_a_verb_of_siding_or_fighting(text, code, pair, back):
    """"se ranger aux côtés de X" is support for X, one way (051); "était à Paris aux côtés de Macron" stays a
    meeting, received by the other side."""
    found = {(e.cameo, e.source, e.target) for e in _events("fr", text).events}
    mine = [f for f in found if f[0] == code]
    assert mine, found
    if pair:
        assert (code, *pair) in found and (code, pair[1], pair[0]) not in found, found
    if back:
        assert any(c2[:2] == code[:2] and (s2, t2) == (t, s_) for c, s_, t in mine for c2, s2, t2 in found), found


@pytest.mark.parametrize("lang, text", [
    ("en", "Japan and South Korea both are members of the pact, which bans export curbs aimed at one country."),
    ("fr", "Le Japon et la Corée du Sud sont tous deux membres de l'accord."),
])
def test_members_of_an_agreement_made_none_here(lang, text):
    """cues kind member: "members of the pact", "signataires de l'accord" state a status, no agreement made."""
    found = [(e.cameo, e.source, e.target) for e in _events(lang, text).events if e.root == "05"]
    assert not found, found


@pytest.mark.parametrize("lang, text, root", [
    ("en", "Serbia and Kosovo agreed on Tuesday, the EU envoy said.", None),
    ("fr", "La Serbie et le Kosovo ont convenu mardi, selon l'émissaire européen.", None),
    ("en", "Serbia and Kosovo agreed to a ceasefire on Tuesday.", "08"),
])
def test_agreeing_on_nothing_named_is_no_event(lang, text, root):
    """"X and Y agreed" (019) with nothing agreed on named: real annotators list what was agreed (a truce: 08,
    talks: 03…), never the bare accord (root 01 was never right on 126 unseen real articles)."""
    roots = {e.root for e in _events(lang, text).events}
    assert "01" not in roots, roots
    if root:
        assert root in roots, roots


@pytest.mark.parametrize("lang, text, code, inner", [
    ("en", "Kenya and Ethiopia agreed to boost trade.", "030", None),
    ("fr", "Le Mali et le Niger ont convenu de mener des patrouilles conjointes.", "030", None),
    ("en", "India and Bangladesh agreed to withdraw their troops from the border.", "035", "08"),
    ("fr", "Le Kirghizistan et le Tadjikistan ont convenu de retirer leurs troupes de la frontière.", "035", "08"),
])
def test_agreeing_to_act_is_an_intent(lang, text, code, inner):
    """"X and Y agreed to <act>" is both sides' intent (03: 035 to withdraw, 030 otherwise), as real
    annotators code "ils ont convenu de retirer leurs troupes" (0312) and "agreed to work together" (036): the
    act agreed on is not done yet (no 08 withdrawal)."""
    ag = _events(lang, text)
    got = {(e.cameo, e.source, e.target) for e in ag.events}
    assert sum(1 for c, s, t in got if c == code) == 2, got
    if inner:
        assert not any(c[:2] == inner for c, s, t in got), got


@pytest.mark.parametrize("lang, text, code, pair", [
    ("en", "Ireland will recognise Kosovo next month, the prime minister announced.", "054", ("Q27", "Q1246")),
    ("fr", "Le Kenya va rétablir ses relations diplomatiques avec la Somalie à compter du 1er juin.", "050", ("Q114", "Q1045")),
    ("en", "Kenya and Somalia will restore their diplomatic ties, both sides said.", "050", ("Q114", "Q1045")),
])
def test_a_recognition_or_relations_announced_for_later_keep_their_code(lang, text, code, pair):
    """A recognition or relations restored announced for a date to come are that act, future (as real annotators
    code them), not an intent (03)."""
    found = {(e.cameo, e.source, e.target, e.factuality) for e in _events(lang, text).events}
    assert (code, *pair, "future") in found, found
    assert not [f for f in found if f[0][:2] == "03"], found


@pytest.mark.parametrize("lang, text, code", [
    ("en", "South Korea and the US are set to hold annual military drills from next week.", "062"),
    ("en", "Serbia and Kosovo are due to sign a trade agreement next week.", "057"),
    ("fr", "La France et l'Inde devraient signer des accords économiques jeudi.", "057"),
])
def test_a_scheduled_act_keeps_its_root(lang, text, code):
    """cues kind scheduled: an act on a schedule ("are set to", "devraient") is that act to come, as real annotators
    code it (062, 057 future), not the intent (03) a promise is; both parties, each way."""
    found = [(e.cameo, e.factuality) for e in _events(lang, text).events]
    assert found.count((code, "future")) == 2, found
    assert not [c for c, _ in found if c[:2] == "03"], found


def test_a_promised_act_is_still_an_intent():
    """A speaker's "we will…" stays a promise (the shared set's "Nous allons renforcer notre coopération": 03)."""
    text = "« Nous allons renforcer notre coopération avec l'Egypte », a déclaré le président turc Erdogan."
    assert {e.root for e in _events("fr", text).events} == {"03"}


@pytest.mark.parametrize("lang, text, source, target", [
    ("en", "Erdogan drops opposition to Sweden's NATO bid.", "Q39259", "Q34"),
    ("en", "Turkey dropped its objections to Sweden's bid on Monday.", "Q43", "Q34"),
    ("en", "Hungary lifted its veto on Sweden's membership.", "Q28", "Q34"),
    ("fr", "La Turquie a levé son veto à l'adhésion de la Suède.", "Q43", "Q34"),
])
def test_an_opposition_dropped_is_a_concession(lang, text, source, target):
    """"drop opposition", "lift veto", "lever son veto" (multi-word triggers, 080): an opposition ended yields to
    the one opposed, it is no rejection (12); the owner of the bid is the one yielded to, not NATO (heads kind proposal)."""
    found = {(e.cameo, e.source, e.target) for e in _events(lang, text).events}
    assert ("080", source, target) in found, found
    assert not [f for f in found if f[0][:2] in ("11", "12")], found


@pytest.mark.parametrize("lang, text", [
    ("en", "Tanzania donated relief supplies to Mozambique and Malawi, hit by cyclone Idai."),
    ("en", "Cuba was hit by Hurricane Irma on Sunday."),
    ("fr", "Le Mozambique a été frappé par le cyclone Idai."),
])
def test_a_storm_is_no_actor(lang, text):
    """heads kind hazard: the name after "cyclone", "hurricane", "ouragan" is a storm's, no actor hits anyone."""
    ag = _events(lang, text)
    assert not [e for e in ag.events if e.root in ("18", "19")], [(e.cameo, e.source, e.target) for e in ag.events]
    assert not [k for k, e in ag.entities.items() if e.label in ("Idai", "Irma", "Hurricane Irma")], list(ag.entities)


def test_a_mediated_exchange_between_two_parties_is_mediation_with_each():
    """"mediated an exchange of prisoners between Russia and Ukraine" (_between_parties): 045 to each party."""
    found = {(e.cameo, e.source, e.target) for e in _events(
        "en", "The United Arab Emirates has mediated an exchange of 206 prisoners of war between Russia and Ukraine.").events}
    assert {("045", "Q878", "Q159"), ("045", "Q878", "Q212")} <= found, found


@pytest.mark.parametrize("lang, text", [
    ("en", "The US struck Syria on Thursday. The Israeli government has also expressed its support of the strike, "
           "saying the use of chemical weapons would not be tolerated."),
    ("fr", "Les Etats-Unis ont frappé la Syrie jeudi. Israël a exprimé son soutien aux frappes."),
])
def test_support_of_an_act_reported_elsewhere_approves_its_author(lang, text):
    """"expressed its support of the strike": approval (051) of whoever struck, not military aid (the weapons named
    nearby are the act's)."""
    found = {(e.cameo, e.target) for e in _events(lang, text).events if e.root == "05" or e.root == "07"}
    assert ("051", "Q30") in found and not [f for f in found if f[0][:2] == "07"], found


@pytest.mark.parametrize("lang, text", [
    ("fr", "Le Qatar a négocié un échange de prisonniers entre l'Iran et les Etats-Unis."),
    ("en", "Qatar negotiated a prisoner swap between Iran and the United States."),
])
def test_a_deal_negotiated_between_two_others_is_mediation(lang, text):
    """"négocié un échange entre l'Iran et les Etats-Unis": the subject mediates (045, one way to each), it holds no
    talks with either; "Iran negotiated a deal with the US" stays talks both ways."""
    found = {(e.cameo, e.source, e.target) for e in _events(lang, text).events}
    assert found == {("045", "Q846", "Q794"), ("045", "Q846", "Q30")}, found
    talks = {(e.cameo, e.source, e.target) for e in _events("en", "Iran negotiated a deal with the United States.").events}
    assert ("046", "Q794", "Q30") in talks and ("046", "Q30", "Q794") in talks, talks


@pytest.mark.parametrize("lang, text, code", [
    # what two sides agree to do sets the intent: settling a dispute (037), working together or mending
    # relations (030), meeting (036)
    ("en", "Kenya and Ethiopia agreed to resolve the dispute through dialogue.", "037"),
    ("fr", "Le Maroc et la Mauritanie avaient convenu de régler le différend par la voie diplomatique.", "037"),
    ("en", "Venezuela and Colombia agreed on normalizing relations.", "030"),
    ("en", "Brazil and Argentina agreed to work together to strengthen the trade bloc.", "030"),
    ("en", "Brazil and Argentina agreed to meet again next month.", "036"),
])
def test_what_two_sides_agree_to_do_sets_the_intent(lang, text, code):
    from test_triggers import _events
    ag = _events(lang, text)
    assert sorted({e.cameo for e in ag.events}) == [code], [(e.cameo, e.source, e.target) for e in ag.events]
    assert len({(e.source, e.target) for e in ag.events}) == 2  # each side to the other


@pytest.mark.parametrize("lang, text, code", [
    ("en", "Ukraine and Russia swapped 90 prisoners of war on Friday.", "084"),
    ("en", "Russia and Ukraine swapped accusations over the attack.", "112"),
    ("en", "It marks the second POW swap between Russia and Ukraine in two days.", "084"),
    ("en", "Saudi Arabia reopened its embassy in Damascus.", "050"),
    ("fr", "L'Arabie saoudite a rouvert son ambassade à Damas.", "050"),
])
def test_swaps_and_reopened_embassies(lang, text, code):
    """A prisoner swap returns people each way (084; accusations swapped are 112); an embassy reopened in a
    capital restores ties with its state (050)."""
    from test_triggers import _events
    ag = _events(lang, text)
    assert ag.events and {e.cameo for e in ag.events} == {code}, [(e.cameo, e.source, e.target) for e in ag.events]


def test_a_currency_swap_returns_no_one():
    """Only a swap of prisoners is a return of people (084): "the currency swap between China and Argentina" is none."""
    from test_triggers import _events
    ag = _events("en", "The currency swap between China and Argentina was renewed.")
    assert not [e for e in ag.events if e.cameo == "084"], ag.events


@pytest.mark.parametrize("lang, text, code, source, target", [
    # a noun of intention: its infinitive is the owner's act to come, or that of whoever voices it
    ("en", "France announced its intention to send aid to Ukraine.", "033", "Q142", UA),
    ("en", "China expressed its willingness to cooperate with France.", "031", CN, "Q142"),
    ("en", "France's plan to send aid to Ukraine was welcomed in Kyiv.", "033", "Q142", UA),
    ("fr", "La Chine a exprimé sa volonté de coopérer avec la France.", "031", CN, "Q142"),
    ("fr", "La France a annoncé son intention d'envoyer une aide humanitaire au Liban.", "0333", "Q142", "Q822"),
    # verbs and adjectives of intention, and a future auxiliary on the verb above
    ("en", "Japan intends to send troops to Haiti.", "0334", JP, "Q790"),
    ("en", "Germany is determined to help Ukraine.", "033", "Q183", UA),
    ("en", "Guyana will continue to cooperate with the United States.", "031", "Q734", US),
    ("fr", "La Chine a décidé de fournir une aide humanitaire au Sri Lanka.", "0333", CN, "Q854"),
    # a noun object of a verb in the future
    ("fr", "La France poursuivra son soutien militaire à l'Ukraine.", "0332", "Q142", UA),
    ("en", "France will provide military support to Ukraine.", "0332", "Q142", UA),
])
def test_an_intention_voiced_is_an_intent(lang, text, code, source, target):
    """Real annotators code a cooperative act that is only intended, decided or to come as the intent to do
    it (03): "a décidé de fournir une aide humanitaire au Sri Lanka" is 0333, not aid given."""
    from test_triggers import _events
    ag = _events(lang, text)
    got = {(e.cameo, e.source, e.target) for e in ag.events}
    assert (code, source, target) in got, got


@pytest.mark.parametrize("lang, text", [
    ("en", "Brazil wants to strengthen ties with Venezuela."),
    ("en", "Russia and China have strengthened military cooperation."),
    ("fr", "La France cherche à renforcer ses liens économiques avec la Chine."),
    ("fr", "Maduro a exprimé son intention d'approfondir les relations avec le Brésil."),
    ("fr", "La Turquie et l'Égypte veulent renforcer leur coopération."),
])
def test_strengthening_ties_or_cooperation_is_a_will_to_cooperate(lang, text):
    """Ties, relations and cooperation strengthened or deepened are a will to cooperate (030), as real
    annotators code "vouloir renforcer leur coopération"; not material cooperation (06)."""
    from test_triggers import _events
    ag = _events(lang, text)
    roots = {e.cameo[:2] for e in ag.events}
    assert roots == {"03"}, [(e.cameo, e.source, e.target) for e in ag.events]


def test_not_wanting_a_war_is_no_threat():
    """An intention denied in reported speech ("insisting that he did not want a wider war") announces no
    consequence: intention words are no future auxiliary for the threat reading."""
    from test_triggers import _events
    ag = _events("en", "Biden said he held Tehran responsible, while insisting that he did not want a wider war with Iran.")
    assert not [e for e in ag.events if e.cameo[:2] == "13"], [(e.cameo, e.source, e.target) for e in ag.events]


@pytest.mark.parametrize("lang, text", [
    ("fr", "Un accord de cessez-le-feu a été conclu entre la Thaïlande et le Cambodge."),
    ("en", "A ceasefire agreement was reached between Thailand and Cambodia."),
])
def test_a_ceasefire_agreement_is_the_ceasefire(lang, text):
    """A ceasefire agreement reached between two sides is their truce (087, as real annotators code "un accord
    de cessez-le-feu a été trouvé entre la Thaïlande et le Cambodge"), not a text signed (057)."""
    from test_triggers import _events
    ag = _events(lang, text)
    got = {(e.cameo[:3], e.source, e.target) for e in ag.events}
    assert {("087", "Q869", "Q424"), ("087", "Q424", "Q869")} <= got and not any(c == "057" for c, s, t in got), got


@pytest.mark.parametrize("lang, text, code", [
    ("en", "Rwanda supports the M23 rebels in eastern Congo.", "070"),
    ("en", "Iran backs the Houthi rebels in Yemen.", "070"),
    ("fr", "Le Rwanda soutient la rébellion du M23.", "070"),
    # (the participle hung by the parser on "mains": the group it supports still decides)
    ("fr", "Le Donbass reste entre les mains de séparatistes prorusses soutenus par Moscou.", "070"),
    # armed forces supported (the participle hangs on "forces"); "back" tagged as an adverb is still the verb
    ("fr", "Les forces de Khalifa Haftar, soutenues par l'Égypte, avancent vers Tripoli.", "070"),
    ("en", "Egypt backs the forces of Khalifa Haftar.", "070"),
    ("en", "The UAE and Egypt back the forces of Khalifa Haftar.", "070"),
    ("en", "France supports Ukraine.", "051"),
    # an armed group known by its name (actors.tsv role armed_group), no word "rebels" needed
    ("en", "Algeria backs the Polisario Front.", "070"),
    ("fr", "Le Front Polisario, soutenu par Alger, réclame un référendum.", "070"),
    ("en", "Iran praised Hamas.", "051"),
])
def test_support_of_rebels_is_material(lang, text, code):
    """Support of rebels, separatists or militias is material aid (070), as real annotators code "des séparatistes
    prorusses soutenus par Moscou"; support of a state stays political (051)."""
    from test_triggers import _events
    ag = _events(lang, text)
    assert ag.events and {e.cameo for e in ag.events} == {code}, [(e.cameo, e.source, e.target) for e in ag.events]


@pytest.mark.parametrize("lang, text, root", [
    ("en", "Mali collaborates with Russia on security.", "06"),
    ("fr", "Le Mali collabore avec la Russie dans la lutte contre le terrorisme.", "06"),
    ("en", "Chad will collaborate with France during the withdrawal.", "03"),
    ("fr", "Le Tchad collaborera avec la France.", "03"),
])
def test_collaborating_is_cooperating(lang, text, root):
    """"collaborate", "collaborer", "collaboration" are read as "cooperate" and its family (060; to come: 03)."""
    from test_triggers import _events
    ag = _events(lang, text)
    got = [(e.root, e.source, e.target) for e in ag.events]
    assert any(r == root and s in ("Q912", "Q657") and t in ("Q159", "Q142") for r, s, t in got), got


@pytest.mark.parametrize("lang, text", [
    ("en", "A deal was reached by Ethiopia and Eritrea on Sunday."),
    ("fr", "Un accord a été conclu par l'Éthiopie et l'Érythrée dimanche."),
])
def test_an_agreement_reached_by_two_parties_binds_each(lang, text):
    """"A deal was reached by X and Y": the passive of the light verb, read as "X and Y reached a deal" (057 both ways)."""
    from test_triggers import _events
    got = {(e.root, e.source, e.target) for e in _events(lang, text).events}
    assert {("05", "Q115", "Q986"), ("05", "Q986", "Q115")} <= got, got


@pytest.mark.parametrize("lang, text, root, source, target", [
    ("fr", "Le Kenya enverra des policiers en Haïti.", "03", "Q114", "Q790"),
    ("fr", "La France a envoyé des soldats en Côte d'Ivoire.", "07", "Q142", "Q1008"),
])
def test_troops_sent_into_a_country_go_to_it(lang, text, root, source, target):
    """"envoyer des policiers en Haïti": "en" before a country names where the troops go, the target (074; to come:
    0334), as "à" does."""
    from test_triggers import _events
    got = {(e.root, e.source, e.target) for e in _events(lang, text).events}
    assert (root, source, target) in got, got


@pytest.mark.parametrize("lang, text, code, source, target", [
    ("en", "Kenya sent police officers to Haiti.", "074", "Q114", "Q790"),
    ("fr", "La Turquie a expédié des drones en Libye.", "072", "Q43", "Q1016"),
])
def test_police_sent_are_peacekeeping_and_goods_shipped_into_a_country_go_to_it(lang, text, code, source, target):
    """Police, forces and personnel sent are peacekeeping (074); "expédier … en Libye" names where they go.
    ("dispatch", "dépêcher" read as "send" were tried: envoys and instructors dispatched became aid, three false
    events on the read real articles, none right.)"""
    from test_triggers import _events
    got = {(e.cameo, e.source, e.target) for e in _events(lang, text).events}
    assert (code, source, target) in got, got


@pytest.mark.parametrize("lang, text, one, other", [
    ("fr", "Plusieurs accords ont été signés lors de la visite du président sénégalais à Paris.", "Q1041", "Q142"),
    ("en", "Four agreements were signed during Modi's visit to Dhaka.", "Q1058", "Q902"),
])
def test_agreements_signed_during_a_visit_bind_visitor_and_host(lang, text, one, other):
    """Agreements signed (passive, no agent) during a visit are the visitor's and the host's (057 each way)."""
    ag = _events(lang, text)
    side = lambda k: {k, ag.entities[k].country if k in ag.entities else None}  # noqa: E731
    got = [(e.cameo, e.source, e.target) for e in ag.events if e.cameo == "057"]
    assert any(one in side(s) and other in side(t) for c, s, t in got), got
    assert any(other in side(s) and one in side(t) for c, s, t in got), got


@pytest.mark.parametrize("lang, text, root", [
    ("en", "Rwandan President Paul Kagame arrived in Nairobi on Monday for a state visit to Kenya.\nSix agreements will "
           "be signed in different areas of cooperation.", "03"),  # (to come: an intent)
    ("en", "Rwandan President Paul Kagame arrived in Nairobi on Monday for a state visit to Kenya.\nThe signing of six "
           "agreements followed the talks.", "05"),
    ("fr", "Le président rwandais Paul Kagame est arrivé lundi à Nairobi pour une visite d'État au Kenya.\nSix accords "
           "ont été signés dans différents domaines de coopération.", "05"),
])
def test_a_signing_that_names_no_one_binds_the_two_the_article_sets_together(lang, text, root):
    """A signing whose sentence names no actor ("Six agreements will be signed…", "la signature de six accords")
    binds the two the article's cooperative events pair (the visitor and the host here)."""
    got = {(e.root, e.source, e.target) for e in _events(lang, text).events}
    assert {(root, "Q1037", "Q114"), (root, "Q114", "Q1037")} <= got, got


def test_a_signing_that_names_no_one_in_an_article_pairing_no_one_is_no_event():
    got = [e for e in _events("en", "Six agreements were signed in different areas of cooperation on Monday.").events]
    assert not got, got


@pytest.mark.parametrize("lang, text", [
    ("en", "Rwandan President Paul Kagame arrived in Nairobi on Monday for a state visit to Kenya.\nAn agreement on "
           "trade was reached after the talks."),
    ("fr", "Le président rwandais Paul Kagame est arrivé lundi à Nairobi pour une visite d'État au Kenya.\nUn accord "
           "commercial a été conclu à l'issue des entretiens."),
])
def test_an_agreement_reached_that_names_no_one_binds_the_two_the_article_sets_together(lang, text):
    """"An agreement was reached", "un accord a été conclu" (the agreement sealed, its sentence naming no one) binds
    the two the article's cooperative events pair, as a signing does; an agreement only mentioned does not."""
    got = {(e.root, e.source, e.target) for e in _events(lang, text).events}
    assert {("05", "Q1037", "Q114"), ("05", "Q114", "Q1037")} <= got, got


def test_an_agreement_only_mentioned_binds_no_one():
    text = ("Rwandan President Paul Kagame arrived in Nairobi on Monday for a state visit to Kenya.\nUnder the "
            "agreement, trucks cross the border freely.")
    got = {(e.root, e.source, e.target) for e in _events("en", text).events}
    assert not any(r == "05" for r, s, t in got), got


@pytest.mark.parametrize("lang, text", [
    ("en", "Rwandan President Paul Kagame arrived in Nairobi on Monday for a state visit to Kenya.\nRwanda signed six "
           "agreements on trade and energy."),
    ("fr", "Le président rwandais Paul Kagame est arrivé lundi à Nairobi pour une visite d'État au Kenya.\nLe Rwanda a "
           "signé six accords sur le commerce et l'énergie."),
])
def test_agreements_one_side_signs_with_no_partner_named_bind_it_with_its_counterpart(lang, text):
    """A signing with one party and no partner in its sentence is with the one the article pairs that party with
    most (the open target, as for the roots of OPEN_ROOTS). (Each way as well: never-read +3 right of 8 more found,
    but the shared set's French fell below its floor; not kept.)"""
    got = {(e.root, e.source, e.target) for e in _events(lang, text).events}
    assert ("05", "Q1037", "Q114") in got, got


def test_agreements_one_side_signs_in_an_article_pairing_it_with_no_one_bind_no_one():
    got = [e for e in _events("en", "Rwanda signed six agreements on trade and energy on Monday.").events]
    assert not got, got


@pytest.mark.parametrize("lang, text", [
    ("fr", "Vladimir Poutine a reçu Kim Jong Un au Kremlin.\nKim a également signé le livre d'or."),
    ("en", "Vladimir Putin hosted Kim Jong Un at the Kremlin.\nKim also signed the guest book."),
])
def test_signing_a_thing_that_is_no_agreement_binds_no_one(lang, text):
    """What is signed, when named, must be a text of agreement (heads kind document: agreement, treaty, memorandum…)."""
    got = {(e.root, e.source, e.target) for e in _events(lang, text).events}
    assert not any(r == "05" for r, s, t in got), got


@pytest.mark.parametrize("lang, text, a, b", [
    ("en", "Egypt and Qatar agreed on Sunday to restore diplomatic relations after three years of talks.", "Q79", "Q846"),
    ("en", "Bahrain and Iran have agreed to resume diplomatic relations, officials said.", "Q398", "Q794"),
    ("fr", "Le Maroc et l'Iran ont convenu de rétablir leurs relations diplomatiques.", MA, IR),
    ("fr", "Le Canada a accepté de rétablir les relations diplomatiques avec l'Inde.", "Q16", IN),
])
def test_relations_agreed_to_be_restored_are_restored(lang, text, a, b):
    """Agreeing (or accepting) to restore relations is coded by annotators as the relations restored (050), not as
    an intent to cooperate (03): the agreement is the act."""
    got = {(e.root, e.source, e.target) for e in _events(lang, text).events}
    assert ("05", a, b) in got and not any(r == "03" for r, s, t in got), got


@pytest.mark.parametrize("lang, text, state, body", [
    ("en", "Burkina Faso withdrew from ECOWAS in January.", "Q965", "Q193272"),
    ("fr", "Le Niger a annoncé son retrait de la Cédéao.", "Q1032", "Q193272"),
    ("fr", "La Russie s'est retirée du Conseil de l'Europe.", RU, "Q8908"),
])
def test_leaving_an_international_body_reduces_relations(lang, text, state, body):
    """A withdrawal from an international organisation (actors.tsv role international_org) is a cut in relations
    (16), not troops pulled back (08); troops withdrawn from a UN mission stay 08."""
    got = {(e.root, e.source, e.target) for e in _events(lang, text).events}
    assert ("16", state, body) in got and not any(r == "08" for r, s, t in got), got


def test_troops_withdrawn_from_a_un_mission_are_a_withdrawal():
    got = {(e.root, e.source) for e in _events("en", "France withdrew its troops from the UN mission in Mali.").events}
    assert ("08", "Q142") in got, got


@pytest.mark.parametrize("lang, text", [
    ("fr", "Le Hamas a rejeté la proposition égyptienne de trêve."),
    ("fr", "Le Hamas a rejeté la proposition de cessez-le-feu de l'Egypte."),
])
def test_a_truce_proposed_is_no_truce(lang, text):
    """« la proposition égyptienne de trêve »: the truce a proposal names has not been made (no 08 event, the
    proposal rejected stays)."""
    got = {(e.root, e.source, e.target) for e in _events(lang, text).events}
    assert not any(r == "08" for r, s, t in got) and any(r == "12" for r, s, t in got), got


def test_an_invitation_to_restore_relations_stays_an_invitation():
    """Only agreeing or accepting to restore relations is the relations restored: an invitation to do so is the
    inviter's 036 to each invitee."""
    got = {(e.root, e.source, e.target) for e in _events(
        "en", "China invited Iran and Saudi Arabia to restore diplomatic relations.").events}
    assert {("03", "Q148", IR), ("03", "Q148", "Q851")} <= got, got


@pytest.mark.parametrize("lang, text", [
    ("fr", "Depuis avril, le gouvernement libyen internationalement reconnu et le maréchal Haftar ont observé la trêve."),
    ("fr", "Le gouvernement yéménite internationalement reconnu et les Houthis ont largement observé la trêve."),
])
def test_an_internationally_recognised_government_is_no_recognition(lang: str, text: str) -> None:
    ag = _events(lang, text)
    assert not [e for e in ag.events if e.root == "05" and e.cameo == "054"], ag.events


@pytest.mark.parametrize("text", [
    "DOHA (Reuters)The United States signed a deal with the Taliban on Saturday.",
    "DOHA, March 3 (AFP) The United States signed a deal with the Taliban on Saturday.",
])
def test_a_capitalised_filing_place_is_no_party(text: str) -> None:
    """A dateline without a dash ("DOHA (Reuters)"): where the story was filed, not the state of the city."""
    ag = _events("en", text)
    assert ag.events and not [e for e in ag.events if "Q846" in (e.source, e.target)], ag.events


@pytest.mark.parametrize("lang, text, source, target", [
    ("fr", "Le Nicaragua a annoncé le retrait de tout le personnel diplomatique nicaraguayen du Costa Rica.", "Q811", "Q800"),
    ("en", "Qatar withdrew its diplomatic staff from Cairo on Sunday.", "Q846", "Q79"),
])
def test_diplomatic_staff_withdrawn_is_a_cut_in_relations(lang, text, source, target):
    """« le retrait de tout le personnel diplomatique », "withdrew its diplomatic staff": the refine words of
    withdrawal name diplomats (161), not troops (087)."""
    got = {(e.cameo, e.source, e.target) for e in _events(lang, text).events}
    assert ("161", source, target) in got, got


@pytest.mark.parametrize("lang, text", [
    ("fr", "L'Union européenne a annoncé le gel de son aide au Mali."),
    ("en", "The EU announced the suspension of part of its aid to Mali."),
])
def test_aid_frozen_is_a_cut_of_aid(lang, text):
    """« le gel de son aide », "the suspension of part of its aid": the freeze (gel, refined by the aid it stops: 162)."""
    got = {(e.cameo, e.target) for e in _events(lang, text).events}
    assert ("162", "Q912") in got, got


@pytest.mark.parametrize("lang, text", [
    ("fr", "L'Union européenne a appelé à la reprise du dialogue entre le Maroc et l'Inde."),
    ("en", "The European Union called for a resumption of talks between Morocco and India."),
])
def test_talks_called_for_between_two_others_are_an_appeal_to_both(lang: str, text: str) -> None:
    """The talks are asked for (026 to each party), not held: no meeting between the two."""
    found = {(e.root, e.source, e.target) for e in _events(lang, text).events}
    assert {("02", EU, MA), ("02", EU, IN)} <= found, found
    assert not [f for f in found if f[0] == "04"], found


def test_a_meeting_that_sets_an_appeal_is_held() -> None:
    """"On the sidelines of a meeting, X pressed Y": the meeting is where the appeal was made, not what it asks."""
    found = {(e.root, e.source, e.target) for e in _events(
        "en", "On the sidelines of a regional meeting in Jakarta, Japan's foreign minister pressed China's top "
        "diplomat to take action.").events}
    assert ("04", JP, CN) in found, found


@pytest.mark.parametrize("lang, text", [
    ("fr", "Le Togo et le Ghana se sont félicités de la signature de l'accord."),
    ("fr", "Le Bénin et le Niger se sont félicités mardi de la réouverture de la frontière."),
])
def test_two_who_welcome_a_thing_together_do_not_praise_each_other(lang, text):
    """PRAISE_NOT_MUTUAL: two subjects of « se féliciter de » welcome a thing together, not each
    other (a commitment or a signing two parties make binds each to the other, 03 05x 06 08)."""
    got = [(e.cameo, e.source, e.target) for e in _events(lang, text).events if e.cameo[:3] in ("051", "052", "053")]
    assert not any({s, t} <= {"Q945", "Q117", "Q962", "Q1032"} for _, s, t in got), got


@pytest.mark.parametrize("lang, text", [
    ("en", "Malawi and Tanzania have signed a Joint Permanent Commission of Cooperation."),
    ("fr", "Le Malawi et la Tanzanie ont signé une Commission permanente conjointe de coopération."),
])
def test_what_two_sign_is_no_party_they_sign_with_each_other(lang, text):
    """A named body as the object of "sign" is what is signed: the two subjects sign with each other (057)."""
    got = {(e.cameo, e.source, e.target) for e in _events(lang, text).events}
    assert ("057", "Q1020", "Q924") in got and ("057", "Q924", "Q1020") in got, got


@pytest.mark.parametrize("lang, text", [
    ("en", "Baku and Yerevan failed to agree at talks in June last year."),
    ("en", "Russia failed to reach an agreement with Ukraine."),
    ("fr", "L'Arménie et l'Azerbaïdjan ont échoué à s'entendre lors des pourparlers de juin."),
])
def test_what_parties_failed_to_agree_on_is_no_agreement(lang, text):
    """_failed (cues kind failure: fail, échouer): an agreement, a commitment or a signing tried and not reached is no
    event (02–08 are not listed undone); the talks it was tried at took place."""
    got = {(e.cameo, e.source, e.target) for e in _events(lang, text).events}
    assert not any(c[:2] in ("03", "05") for c, _, _ in got), got


def test_a_document_signed_is_no_party():
    """"the GCC signed the Al-Ula Declaration": a named document the NER takes for an organisation is what is signed."""
    got = [(e.cameo, e.source, e.target) for e in _events(
        "en", "Leaders of the Gulf Cooperation Council signed two documents on Tuesday, the Al-Ula Declaration and a "
              "final communique.").events if e.cameo == "057"]
    assert not any("Declaration" in (s or "") + (t or "") or "declaration" in (s or "") + (t or "") for _, s, t in got), got


@pytest.mark.parametrize("lang, text, pair", [
    ("en", "A Kazakh-Uzbek border agreement was signed on Monday.", {"Q232", "Q265"}),
    ("en", "Sino-Indian talks resumed on Monday.", {"Q148", "Q668"}),
])
def test_a_pair_adjective_the_tagger_took_for_an_organisation_names_two_states(lang, text, pair):
    """"Kazakh-Uzbek" tagged as one organisation: two demonyms joined by a hyphen are the two sides (_hyphen_pair)."""
    found = {(e.source, e.target) for e in _events(lang, text).events}
    assert tuple(sorted(pair)) in {tuple(sorted(p)) for p in found}, found


def test_the_release_by_a_state_of_someone_is_a_release():
    """triggers.tsv release (NOUN): "the release by Iran of two British nationals" (084); a press release names no one."""
    found = {(e.cameo[:3], e.source) for e in _events(
        "en", "Britain confirmed the release by Iran of the British national Nazanin Zaghari-Ratcliffe.").events}
    assert ("084", "Q794") in found, found
    assert not _events("en", "The ministry said in a press release that the talks would resume.").events


@pytest.mark.parametrize("lang, text, pair", [
    ("fr", "Les négociations maroco-algériennes ont repris lundi.", {"Q1028", "Q262"}),
    ("fr", "Les pourparlers saoudo-iraniens se sont tenus à Bagdad.", {"Q851", "Q794"}),
])
def test_french_pair_adjectives_of_more_states_name_both(lang, text, pair):
    """combining-forms.tsv « maroco », « saoudo »…: the first half of a pair adjective names its state."""
    found = {tuple(sorted((e.source, e.target))) for e in _events(lang, text).events if e.root == "04"}
    assert tuple(sorted(pair)) in found, found
