"""Disapproval, rejection and reduced relations (CAMEO 11, 12, 16): constructions, each shown by
sentences written here (none taken from an annotated article)."""
import pytest

from test_triggers import _events, assert_event, case  # (tests/ is on sys.path under pytest)

AM, AZ, DZ, ET, KE, ML, NE, RS, RU, SE, SY, TR, UA, UG, US, IL, FR, BY, EU = (
    "Q399", "Q227", "Q262", "Q115", "Q114", "Q912", "Q1032", "Q403", "Q159", "Q34", "Q858", "Q43", "Q212",
    "Q1036", "Q30", "Q801", "Q142", "Q184", "Q458")
DE, JP, CN, IR, GB, EE, ECOWAS = "Q183", "Q17", "Q148", "Q794", "Q145", "Q191", "Q193272"

KP = "Q423"

CASES = [
    # "X said Y was to blame": Y is blamed, by X
    case("en-11-said-was-to-blame", "en", "China said the United States was to blame for the tensions.", "11", CN, US),
    case("en-11-is-to-blame-said", "en", "Russia is to blame for the attack, Kyiv said.", "11", UA, RU),
    # a French predicate adjective in the feminine, read by the tagger as a passive participle
    case("fr-11-dite-preoccupee-par", "fr", "La Russie s'est dite préoccupée par le renforcement militaire de l'Ukraine.",
         "11", RU, UA),
    case("fr-11-est-preoccupee-par", "fr", "La Russie est préoccupée par le renforcement militaire de l'Ukraine.",
         "11", RU, UA),
    # rejecting another's claims ("affirmations … selon lesquelles") denies them (016)
    case("fr-01-rejete-les-affirmations", "fr", "La Russie a rejeté les affirmations de l'Ukraine selon lesquelles "
         "elle aurait livré des armes.", "01", RU, UA),
    # disapproval with no one named, after an act: aimed at that act's author
    case("fr-11-indignation-apres-la-decision-de", "fr", "L'Algérie a exprimé sa profonde indignation après la décision "
         "de l'Espagne sur le Sahara occidental.", "11", DZ, "Q29"),
    case("en-11-dissatisfaction-after-decision", "en", "China voiced strong dissatisfaction after the Dutch decision to "
         "restrict chip exports.", "11", CN, "Q55"),
    # a condemned act's author named by an adjective the parser hung as a clause ("frappes russes": acl)
    case("fr-11-frappes-russes-acl", "fr", "Paris, Berlin et Rome ont condamné lundi les nouvelles frappes russes contre "
         "des infrastructures énergétiques ukrainiennes.", "11", FR, RU),
    # "dénoncer un accord" ends it (16): aimed at the other party, even hung on the verb by the parser
    case("fr-16-denonce-ses-accords-avec", "fr", "Le Mali a dénoncé ses accords de défense avec la France.", "16", ML, FR),
    # a seized ship is its owner's: "belonging to", "appartenant à"; "arraisonner" is seizing a ship
    case("en-17-seized-tanker-belonging-to", "en", "Iran seized a tanker belonging to Israel.", "17", IR, IL),
    case("fr-17-petrolier-appartenant-a", "fr", "L'Iran a saisi un pétrolier appartenant à Israël.", "17", IR, IL),
    case("fr-17-arraisonne", "fr", "L'Iran a arraisonné un pétrolier britannique dans le détroit d'Ormuz.", "17", IR, GB),
    # disapproval of others' cooperation the article reported is aimed at its parties
    case("en-11-criticised-the-agreement", "en", "Russia and North Korea signed a military cooperation agreement on Tuesday. "
         "Japan criticised the agreement.", "11", JP, frozenset({RU, KP})),
    case("fr-11-critique-l-accord", "fr", "La Russie et la Corée du Nord ont signé un accord de coopération militaire mardi. "
         "Le Japon a critiqué l'accord.", "11", JP, frozenset({RU, KP})),
    # a suspended attack is a de-escalation (087), no cut in relations
    case("en-08-suspending-its-operations", "en", "Azerbaijan announced it was suspending its military operations against Armenian forces.", "08", AZ, AM),
    case("fr-08-suspendu-son-offensive", "fr", "La Turquie a suspendu son offensive contre l'armée syrienne.", "08", TR, SY),
    case("fr-08-suspendu-son-operation-adversaire", "fr", "Les FDS ont attaqué des soldats turcs à Kobané. Recep Tayyip Erdogan a rencontré Vladimir Poutine à Sotchi. La Turquie a suspendu son opération.", "08", TR, "Organization:fds"),
    # a trade cut (imports, exports) is an embargo (163); a frozen aid is reduced aid (162)
    case("en-16-suspended-imports", "en", "Kenya suspended all imports of Ugandan sugar on Monday.", "16", KE, UG),
    case("en-16-halted-arms-exports", "en", "Germany halted arms exports to Turkey after the offensive began.", "16", DE, TR),
    case("en-16-froze-aid", "en", "The United States froze its military aid to Mali after the coup.", "16", US, ML),
    case("fr-16-gele-exportations", "fr", "L'Allemagne a gelé ses exportations d'armes vers la Turquie.", "16", DE, TR),
    case("fr-16-suspendu-importations", "fr", "La Chine a suspendu les importations de poissons japonais.", "16", CN, JP),
    case("fr-16-gele-aide", "fr", "Les Etats-Unis ont gelé leur aide au Niger.", "16", US, NE),
    # a sanctions noun: the participle's agent imposes them, a name before it undergoes them
    case("en-16-imposed-by", "en", "The sanctions imposed on Russia by the European Union have hurt its economy.", "16", EU, RU),
    case("fr-16-imposees-par", "fr", "Les sanctions imposées à la Russie par l'Union européenne pèsent sur son économie.", "16", EU, RU),
    case("fr-16-decretees-par", "fr", "L'embargo décrété contre l'Iran par les Etats-Unis a fait chuter ses exportations.", "16", US, IR),
    case("en-16-compound-undergoer", "en", "The EU widened its Belarus sanctions on Monday.", "16", EU, BY),
    case("en-16-compound-undergoer-2", "en", "Washington tightened Iran sanctions on Friday.", "16", US, IR),
    case("en-16-compound-imposer", "en", "US sanctions on Iran have hurt its oil exports.", "16", US, IR),
    # a bare participle on the one acted on: that one is accused, by whoever acts on it
    case("fr-11-expulse-accuses", "fr", "La Turquie a expulsé deux diplomates suédois, accusés d'espionnage.", "11", TR, SE),
    case("fr-11-expulse-accuse-ingerence", "fr", "Le Mali a expulsé le représentant de la Cédéao, accusé d'ingérence.", "11", ML, ECOWAS),
    case("fr-11-persona-non-grata-accuses", "fr", "Le Niger a déclaré persona non grata deux diplomates belges, accusés d'« ingérence grave ».", "11", NE, "Q31"),
    case("en-11-expelled-accused", "en", "Russia expelled two Estonian diplomats, accused of hostile activities.", "11", RU, EE),
    case("en-11-arrested-accused", "en", "Iran arrested a French tourist, accused of spying for Israel.", "11", IR, FR),
    # a pronoun object of a condemnation, no actor: the armed acts the article just reported
    case("en-11-condemned-them", "en", "Turkey launched air strikes on Iraq. Iraq condemned them on Monday.", "11", "Q796", TR),
    case("en-11-condemned-it", "en", "Serbia deployed troops along the border with Kosovo. Germany condemned it.", "11", DE, RS),
    case("fr-11-l-accuse-un-etat", "fr", "Le Mali a rompu ses relations avec l'Algérie. Bamako l'accuse d'avoir armé les rebelles.", "11", ML, DZ),
    case("fr-11-les-a-condamnees", "fr", "La Russie a mené des frappes contre l'Ukraine. La Pologne les a condamnées.", "11", "Q36", RU),
    # a negative judgement in reported speech: the speaker disapproves of whoever did the act judged
    case("en-11-said-the-strikes-were-a-violation", "en", "Turkey launched air strikes on Iraq on Sunday. Iraq said the strikes were a flagrant violation of international law.", "11", "Q796", TR),
    case("en-11-said-it-was-a-provocation", "en", "Azerbaijan shelled Armenian border posts on Tuesday. France said it was a dangerous provocation.", "11", FR, AZ),
    case("en-11-said-their-raids-were-illegal", "en", "Kenya said Somalia's raids were illegal.", "11", KE, "Q1045"),
    case("en-11-said-the-us-sanctions-were-illegal", "en", "China said the US sanctions were illegal and unacceptable.", "11", CN, US),
    case("fr-11-estime-que-ces-frappes-etaient", "fr", "La Russie a mené des frappes contre l'Ukraine. La Pologne a estimé que ces frappes étaient une violation flagrante du droit international.", "11", "Q36", RU),
    case("fr-11-declare-que-c-etait", "fr", "L'armée soudanaise a bombardé la ville tchadienne d'Adré. Le Tchad a déclaré que c'était une agression inacceptable.", "11", "Q657", "Q1049"),
    # blaming an event on someone: the one it is blamed on, or whoever that one's act names as its author
    case("en-11-blamed-on-exercises-staged-by", "en", "Russia blamed the unrest on exercises staged by Washington near the border.", "11", RU, US),
    case("en-11-blamed-on-fighters-armed-by", "en", "Turkey blamed the bombing on fighters armed by the United States.", "11", TR, US),
    case("en-11-blamed-on-troops", "en", "China blamed the clash on Indian troops.", "11", CN, "Q668"),
    # an English predicate adjective the tagger reads as a passive participle ("was disappointed by")
    case("en-11-was-disappointed-by", "en", "Ankara was disappointed by the decision of Sweden.", "11", TR, SE),
    case("en-11-said-it-was-concerned-by", "en", "Tokyo said it was deeply concerned by the Chinese drills.", "11", JP, CN),
    case("fr-11-dit-decu-par", "fr", "Le Kenya s'est dit déçu par la décision de l'Ouganda.", "11", KE, UG),
    # the object of the last of coordinated nouns of disapproval is each one's
    case("en-11-indignation-and-protest-against", "en", "Ethiopia expressed its indignation and protest against the "
         "move by Kenya.", "11", ET, KE),
    # "the Chinese side", « la partie turque »: the state
    case("en-11-the-chinese-side", "en", "The Chinese side condemned the Japanese decision.", "11", CN, JP),
    case("fr-11-la-partie-turque", "fr", "La partie turque a condamné la décision des États-Unis.", "11", TR, US),
    # words of displeasure as predicates ("s'est dite contrariée par", "was shocked by") and of scorn as
    # judgements (« a qualifié de ridicules »)
    case("fr-11-dite-contrariee-par", "fr", "La Suède s'est dite « contrariée » par l'annulation de la visite du "
         "président turc.", "11", SE, TR),
    case("en-11-was-shocked-by", "en", "Kenya was shocked by the decision of Uganda.", "11", KE, UG),
    # the possessive of an arrest is the one arrested: the arrest's author is the article's
    case("en-11-condemned-her-detention", "en", "Kenya arrested the Ugandan opposition leader Kizza Besigye in Nairobi. "
         "Uganda condemned his detention.", "11", UG, KE),
    case("fr-11-a-condamne-son-arrestation", "fr", "Le Kenya a arrêté Kizza Besigye, un opposant ougandais. "
         "L'Ouganda a condamné son arrestation.", "11", UG, KE),
    case("fr-11-qualifie-de-ridicules", "fr", "Le ministre kényan a qualifié de « ridicules » les propos tenus par "
         "l'Ouganda.", "11", KE, UG),
    # an elided « d' » glued to a straight quotation mark is cut from it, and the word inside is read
    case("fr-11-qualifie-d-inhumain-guillemets-droits", "fr", "Le Kenya a qualifié d'\"inhumain\" le verdict de "
         "l'Ouganda.", "11", KE, UG),
    # words of judging beyond the usual ones: inhuman, arbitrary, insane, obscene…
    case("en-11-called-it-inhumane", "en", "Kenya called Uganda's decision inhumane.", "11", KE, UG),
    # a hyphenated word the tokenizer cuts ("counter", "-", "productive") is read whole
    case("en-11-called-it-counter-productive", "en", "Kenya called Uganda's decision counter-productive.", "11", KE, UG),
    case("fr-11-qualifie-d-arbitraire", "fr", "Le Kenya a qualifié d'arbitraire la décision de l'Ouganda.", "11", KE, UG),
]


@pytest.mark.parametrize("lang, sentence", [
    ("fr", "L'Algérie a multiplié les attaques verbales contre la France."),
    ("en", "Belarus stepped up its verbal attacks on Lithuania."),
])
def test_verbal_attacks_are_words_not_force(lang, sentence):
    ag = _events(lang, sentence)
    assert {e.root for e in ag.events} == {"11"}, ag.events


@pytest.mark.parametrize("lang, sentence, codes", [
    ("en", "Kenya suspended all imports of Ugandan sugar on Monday.", {"163"}),
    ("en", "Germany halted arms exports to Turkey after the offensive began.", {"163"}),
    ("en", "The United States froze its military aid to Mali after the coup.", {"162"}),
    ("fr", "L'Allemagne a gelé ses exportations d'armes vers la Turquie.", {"163"}),
    ("fr", "Les Etats-Unis ont gelé leur aide au Niger.", {"162"}),
])
def test_a_cut_in_trade_is_an_embargo_and_in_aid_reduced_aid(lang, sentence, codes):
    ag = _events(lang, sentence)
    assert {e.cameo for e in ag.events if e.root == "16"} == codes, ag.events


@pytest.mark.parametrize("lang, sentence, root, sources, targets", CASES)
def test_disapproval_event(lang, sentence, root, sources, targets):
    assert_event(lang, sentence, root, sources, targets)


@pytest.mark.parametrize("lang, sentence", [
    ("en", "Azerbaijan announced it was suspending its military operations against Armenian forces."),
    ("en", "The Security Council demanded that Israel halt its strikes on Syria."),
    ("fr", "La Turquie a suspendu son offensive contre l'armée syrienne."),
    ("fr", "Le Mali a interrompu ses frappes aériennes contre les positions rebelles."),
])
def test_a_suspended_attack_reduces_no_relations(lang, sentence):
    ag = _events(lang, sentence)
    assert [e for e in ag.events if e.root == "16"] == [], ag.events


def test_the_sanctioning_side_named_before_sanctions_is_no_undergoer():
    ag = _events("en", "Britain and Germany extended their Russia sanctions, while Moscow condemned the British sanctions.")
    assert not any(e.root == "16" and e.target in (GB, DE) for e in ag.events), ag.events


@pytest.mark.parametrize("lang, sentence, accused", [
    ("fr", "La Turquie a expulsé deux diplomates suédois, accusés d'espionnage.", SE),
    ("fr", "La mission de l'ONU, accusée d'attiser les tensions, a quitté le Mali.", "Q1065"),
])
def test_the_one_accused_is_no_accuser(lang, sentence, accused):
    ag = _events(lang, sentence)
    assert not any(e.root == "11" and e.source == accused for e in ag.events), ag.events


@pytest.mark.parametrize("lang, sentence", [
    ("en", "Turkey launched air strikes on Iraq on Sunday. Iraq said the strikes were not illegal."),
    ("en", "Turkey launched air strikes on Iraq on Sunday. Iraq said the talks were useful."),
    ("fr", "La Russie a mené des frappes contre l'Ukraine. La Pologne a estimé que la rencontre était utile."),
])
def test_a_reported_judgement_disapproves_only_with_a_negative_word(lang, sentence):
    ag = _events(lang, sentence)
    assert [e for e in ag.events if e.root == "11"] == [], ag.events


@pytest.mark.parametrize("lang, text, code", [
    ("en", "China protested against the American arms sales on Friday.", "111"),
    ("fr", "La Chine a protesté contre la visite de la présidente de la Chambre américaine.", "111"),
    # the noun as the verb: a state's protest is in words ("a élevé une protestation", "lodged a protest")
    ("fr", "La Chine a élevé une protestation auprès des États-Unis.", "111"),
    ("en", "China lodged a formal protest with the United States.", "111"),
    ("en", "Thousands of protesters protested against France outside the embassy in Niamey.", "14"),
    ("en", "Washington has also rallied behind Lithuania.", "051"),
])
def test_a_state_protests_in_words_a_crowd_in_the_street(lang: str, text: str, code: str) -> None:
    """CAMEO 14 is a demonstration; a state that protests disapproves (111); rallying behind a state supports it."""
    events = _events(lang, text).events
    assert events and all(e.cameo.startswith(code) for e in events), events


@pytest.mark.parametrize("lang, text, code, source, target", [
    ("fr", "Le Japon a levé ses restrictions sur les exportations vers la Corée du Sud, une mesure saluée par Séoul.",
     "051", "Q884", "Q17"),
    ("fr", "Le gouvernement américain a retiré Cuba de sa liste noire, vendredi, une décision que Cuba a saluée comme une "
           "étape importante envers la normalisation des relations.", "051", "Q241", "Q30"),
    ("en", "Japan lifted its export curbs on South Korea, a decision that Seoul welcomed.", "051", "Q884", "Q17"),
    ("en", "Washington removed Cuba from its list of state sponsors of terrorism, a move Havana welcomed.", "051", "Q241", "Q30"),
    ("fr", "La Russie a expulsé deux diplomates estoniens, une décision condamnée par Tallinn.", "11", "Q191", "Q159"),
])
def test_judging_a_decision_judges_the_one_who_made_it(lang, text, code, source, target):
    """", une décision que X a saluée", ", a step condemned by X": the noun sums up the act of the
    clause before it, so the praise or blame goes to that act's subject."""
    assert_event(lang, text, code[:2], frozenset({source}), frozenset({target}))
    assert any(e.cameo.startswith(code) for e in _events(lang, text).events)


@pytest.mark.parametrize("lang, text, source, target", [
    ("en", "Antony Blinken's visit to Taiwan angered China.", "Q148", "Q7821917"),
    ("en", "Blinken's trip drew condemnation from China.", "Q148", "Q7821917"),
    ("en", "Lithuania's decision provoked fury in Beijing.", "Q148", "Q37"),
    ("fr", "La visite d'Antony Blinken à Taïwan a provoqué la colère de la Chine.", "Q148", "Q7821917"),
    ("fr", "Antony Blinken a déclenché la fureur de la Chine avec sa visite à Taïwan.", "Q148", "Q7821917"),
    ("fr", "Cette décision de la Lituanie a irrité Pékin.", "Q148", "Q37"),
])
def test_anger_an_act_provoked_is_aimed_at_its_author(lang, text, source, target):
    """"X's visit angered China", "a provoqué la colère de la Chine", "drew condemnation from China" (cues kind
    elicit, triggers frame provoke): the one angered disapproves of the act's author — not of the place visited."""
    events = [e for e in _events(lang, text).events if e.root == "11"]
    assert [(e.source, e.target) for e in events] == [(source, target)], events


@pytest.mark.parametrize("lang, text", [
    ("en", "The visit sparked anger in Beijing."),
    ("fr", "La visite à Taïwan a provoqué la colère de la Chine."),
])
def test_anger_at_an_act_of_no_named_author_has_no_target(lang, text):
    assert [e for e in _events(lang, text).events if e.root == "11" and e.target] == []


def test_the_one_to_blame_blames_no_one() -> None:
    ag = _events("en", "China said the United States was to blame for the tensions.")
    assert not [e for e in ag.events if e.source == US and e.root == "11"], ag.events


@pytest.mark.parametrize("lang, text, source, target", [
    ("en", "The Saudi foreign ministry said the Canadian position is a blatant interference in the kingdom's affairs.",
     "Q851", "Q16"),
    ("en", "Somalia considers Ethiopia's deal a flagrant violation of its sovereignty.", "Q1045", "Q115"),
    ("fr", "L'Ethiopie a signé un accord avec le Somaliland. La Somalie considère cet accord comme une violation "
           "flagrante de sa souveraineté.", "Q1045", "Q115"),
])
def test_a_states_position_judged_negatively_is_disapproved(lang, text, source, target):
    """"said the Canadian position is an interference" (a noun with an owner judged in reported speech: _owned_noun),
    "considers X a violation", "considère X comme une violation" (judge verbs: 111 only with a negative word)."""
    ag = _events(lang, text)
    side = lambda k: (ag.entities[k].country or k) if k in ag.entities else k  # noqa: E731
    found = {(side(e.source), e.target) for e in ag.events if e.root == "11"}
    assert (source, target) in found, found


def test_considering_a_partner_or_sanctions_is_no_disapproval():
    for text in ("Japan considers China an important partner.", "Russia is considering sanctions against Georgia."):
        assert not [e for e in _events("en", text).events if e.root == "11"], text


@pytest.mark.parametrize("lang, text", [
    ("fr", "Le Pérou a protesté après des critiques formulées par le président mexicain contre le gouvernement péruvien."),
    ("en", "Peru protested after criticism voiced by the Mexican president against the Peruvian government."),
])
def test_a_participle_brings_its_agent_to_the_event_noun(lang, text):
    """"des critiques formulées par X contre Y", "criticism voiced by X against Y": the participle hung on
    the noun names who criticised."""
    from test_triggers import _events
    ag = _events(lang, text)
    assert any(e.root == "11" and e.source == "Q96" and "Q419" in {e.target, getattr(ag.entities.get(e.target), "country", None)}
               for e in ag.events), [(e.cameo, e.source, e.target) for e in ag.events]


@pytest.mark.parametrize("text, sources, target, demanded", [
    ("Sudan and Egypt push Ethiopia for a binding deal over the dam.", {"Q1049", "Q79"}, "Q115", True),
    ("The United States is pushing Israel to agree to a ceasefire.", {"Q30"}, "Q801", True),
    ("Russian forces pushed into the town of Avdiivka in Ukraine.", set(), None, False),
])
def test_pushing_someone_for_something_is_a_demand(text, sources, target, demanded):
    """"Push X for Y", "is pushing X to agree": a demand on X (10) when what is demanded is named; troops
    pushing into a town demand nothing. The deal pushed for is no agreement between the pushers."""
    from test_triggers import _events
    ag = _events("en", text)
    got = {(e.cameo[:2], e.source, e.target) for e in ag.events}
    if demanded:
        assert {s for r, s, t in got if r == "10" and t == target} == sources, got
        assert not any(r == "05" for r, s, t in got), got
    else:
        assert not any(r == "10" for r, s, t in got), got


@pytest.mark.parametrize("lang, text, source, target", [
    ("fr", "L'Espagne a rappelé son ambassadeur après les commentaires désobligeants du président argentin Javier Milei "
           "sur le Premier ministre espagnol.", "Q52395487", "Q29"),
    ("en", "Spain recalled its ambassador after the derogatory remarks by Argentine President Javier Milei about the "
           "Spanish prime minister.", "Q52395487", "Q29"),
    ("fr", "Lima a protesté contre les propos offensants du président colombien contre le Pérou.", "Q739", "Q419"),
])
def test_offensive_remarks_are_their_authors_disapproval(lang, text, source, target):
    """Remarks, comments or "propos" a negative word qualifies (derogatory, insulting, désobligeants, offensants…;
    frame judge) are their author's disapproval (111) of whom they are about."""
    ag = _events(lang, text)
    side = lambda k: {k, ag.entities[k].country if k in ag.entities else None}  # noqa: E731
    got = [(e.root, e.source, e.target) for e in ag.events]
    assert any(r == "11" and source in side(s) and target in side(t) for r, s, t in got), got


@pytest.mark.parametrize("lang, text", [
    ("fr", "La France a qualifié les propos du président turc d’« inacceptables »."),
    ("en", "France called the remarks of the Turkish president unacceptable."),
])
def test_remarks_judged_by_a_verb_are_the_judges_disapproval_only(lang, text):
    """Remarks a judging verb qualifies are its object: the negative word is the judge's (France → Turkey), not
    the remarks' author's about the judge."""
    got = {(e.root, e.source, e.target) for e in _events(lang, text).events}
    assert ("11", "Q142", "Q43") in got and ("11", "Q43", "Q142") not in got, got


def test_remarks_without_a_negative_word_are_no_disapproval():
    ag = _events("en", "Biden made brief remarks about Mexico on Friday.")
    assert not [e for e in ag.events if e.root == "11"], ag.events


@pytest.mark.parametrize("lang, text, pairs", [
    ("en", "Saudi Arabia and Egypt cut diplomatic relations with Qatar on Monday, citing terrorism.",
     {("Q851", "Q846"), ("Q79", "Q846")}),
    ("en", "Russia expelled two Estonian diplomats, citing espionage.", {("Q159", "Q191")}),
])
def test_a_wrongdoing_cited_as_the_reason_is_an_accusation(lang, text, pairs):
    """"cut ties with Qatar, citing terrorism": the wrongdoing given as the reason (frame reason, cues kind
    wrongdoing or negative) accuses the one the sentence acts on (112). (French "invoquant des ingérences" was
    tried: two more events on the never-read real articles, none right.)"""
    got = {(e.source, e.target) for e in _events(lang, text).events if e.root == "11"}
    assert pairs <= got, got


@pytest.mark.parametrize("lang, text", [
    ("en", "Kenya cited progress in the talks with Somalia."),
])
def test_a_reason_or_topic_without_blame_accuses_no_one(lang, text):
    assert not [e for e in _events(lang, text).events if e.root == "11"], _events(lang, text).events


@pytest.mark.parametrize("lang, text, source, target", [
    ("en", "Maduro called Milei a fascist.", "Q58132", "Q52395487"),
    ("fr", "Erdogan a qualifié Netanyahu de dictateur.", "Q39259", "Q43723"),
    ("en", "Argentine President Javier Milei called the wife of Spanish Prime Minister Pedro Sanchez corrupt.",
     "Q52395487", "Q6070218"),
])
def test_an_insult_is_a_disapproval(lang, text, source, target):
    """Names called (fascist, dictator, corrupt, liar, puppet; fasciste, dictateur, corrompu…: negative cues) by a
    verb of judging are a disapproval (111) of the one so called, or of whom that one belongs to."""
    got = {(e.root, e.source, e.target) for e in _events(lang, text).events}
    assert ("11", source, target) in got, got


@pytest.mark.parametrize("lang, text", [
    ("en", "Iran struck targets inside Pakistan on Tuesday. Pakistan said the violation was an unprovoked and blatant "
           "breach of its sovereignty."),
    ("fr", "L'Iran a frappé des cibles au Pakistan mardi. Le Pakistan a estimé que cette violation était inacceptable."),
])
def test_a_violation_judged_in_reported_speech_is_disapproval_of_its_author(lang, text):
    """"the violation", "cette incursion" point back to an act the article reported (heads kind operation): judged
    negatively in reported speech, it is the speaker's disapproval of whoever did it (Pakistan → Iran)."""
    got = {(e.root, e.source, e.target) for e in _events(lang, text).events}
    assert ("11", "Q843", "Q794") in got, got


@pytest.mark.parametrize("lang, text, source, target", [
    ("fr", "Le Maroc a exprimé sa « profonde consternation » face à la décision de l'Espagne.", "Q1028", "Q29"),
    ("en", "Japan expressed dismay at China's decision to ban seafood imports.", "Q17", "Q148"),
    ("en", "India voiced disappointment over the US decision.", "Q668", "Q30"),
])
def test_dismay_and_disappointment_are_disapproval(lang, text, source, target):
    """"consternation", "déception", "dismay", "disappointment" expressed at another's act disapprove of it (110)."""
    got = {(e.cameo, e.source, e.target) for e in _events(lang, text).events}
    assert ("110", source, target) in got, got


@pytest.mark.parametrize("lang, text, source, target", [
    ("en", "\"It is unacceptable that Russia continues to bomb Ukrainian cities,\" the French president said.", FR, RU),
    ("en", "It is regrettable that Japan has chosen to release the water, China's foreign minister said.", CN, JP),
    ("fr", "« Il est inacceptable que la Russie continue de bombarder les villes ukrainiennes », a déclaré le "
           "président français.", FR, RU),
    ("fr", "Il est regrettable que le Japon ait choisi de rejeter l'eau, a déclaré le ministre chinois des "
           "Affaires étrangères.", CN, JP),
])
def test_it_is_unacceptable_that_x_is_disapproval_of_x(lang, text, source, target):
    """An impersonal judgement ("it is unacceptable that…", "il est regrettable que…") reported as someone's speech
    disapproves of the subject of the "that" clause."""
    got = {(e.root, e.source, e.target) for e in _events(lang, text).events}
    assert ("11", source, target) in got, got


@pytest.mark.parametrize("lang, text", [
    ("fr", "« Ces frappes israéliennes sont illégales », a déclaré le ministre iranien des Affaires étrangères."),
    ("fr", "« Les frappes d'Israël sont inacceptables », a estimé jeudi le ministre iranien."),
])
def test_a_quoted_judgement_before_its_verb_of_speech_is_the_speakers(lang, text):
    """« X est illégal », a déclaré Y: the verb of speech hangs on the quote's predicate (the French parse), and the
    negative judgement is Y's disapproval of whoever did X, as in "Y a déclaré que X était illégal"."""
    got = {(e.root, e.source, e.target) for e in _events(lang, text).events}
    assert ("11", IR, IL) in got, got


@pytest.mark.parametrize("lang, text", [
    ("en", "\"It is important that Russia and Ukraine talk,\" the French president said."),
    ("fr", "« Il est inacceptable que des civils soient tués », a déclaré le président français."),
])
def test_an_impersonal_judgement_of_no_actor_or_a_positive_one_is_no_disapproval(lang, text):
    got = {(e.root, e.source, e.target) for e in _events(lang, text).events}
    assert not any(r == "11" for r, s, t in got), got


@pytest.mark.parametrize("lang, text, source, target", [
    ("en", "There has been a constant war of words between New Delhi and Islamabad over the incident.", "Q668", "Q843"),
    ("fr", "La guerre des mots entre Alger et Rabat se poursuit.", DZ, "Q1028"),
    ("fr", "Nouvelle passe d'armes entre Paris et Alger sur la question mémorielle.", FR, DZ),
])
def test_a_war_of_words_is_each_sides_criticism_not_a_war(lang, text, source, target):
    got = {(e.cameo, e.source, e.target) for e in _events(lang, text).events}
    assert {("111", source, target), ("111", target, source)} <= got, got
    assert not any(c.startswith("19") for c, s, t in got), got


@pytest.mark.parametrize("lang, text, author, victim", [
    ("en", "Iran detained the Swedish researcher Ahmadreza Djalali in April. Sweden condemned the detention of Djalali.",
     "Q794", "Person:ahmadreza-djalali"),
    ("en", "Russia annexed Crimea in 2014. Canada condemned the annexation of Crimea.", "Q159", None),
    ("fr", "L'Iran a arrêté le chercheur suédois Ahmadreza Djalali en avril. La Suède a condamné l'arrestation de Djalali.",
     "Q794", "Person:ahmadreza-djalali"),
])
def test_an_act_condemned_is_its_authors_not_its_victims(lang, text, author, victim):
    """"condemned the detention of X", « a condamné l'arrestation de X »: the "of X" of an act of force or coercion is
    the one it was done to; the condemnation is aimed at the act's author (the article's act, _complete_nested)."""
    got = [(e.root, e.target) for e in _events(lang, text).events if e.root == "11"]
    assert ("11", author) in got and not any(t == victim for r, t in got if victim), got


@pytest.mark.parametrize("lang, text, source, target", [
    ("en", "Poland held Belarus responsible for the incident.", "Q36", BY),
    ("en", "\"We hold the Russian government responsible for his safety,\" said the Estonian foreign minister.", EE, RU),
])
def test_holding_someone_responsible_is_an_accusation(lang, text, source, target):
    """"held Belarus responsible" (the adjective read by the model as the name's modifier), "« We hold the Russian
    government responsible », said X" (a small clause in the speaker's own first-person quote): both accuse."""
    assert_event(lang, text, "11", frozenset({source}), frozenset({target}))


@pytest.mark.parametrize("lang, text, source, target", [
    ("en", "Ecuador's police raided the Mexican embassy. Nicaragua called Ecuador's actions reprehensible.", "Q811", "Q736"),
    ("fr", "Le ministre mexicain a estimé que la décision du Pérou était infondée.", "Q96", "Q419"),
    ("fr", "Le ministre mexicain a déclaré que la décision du Pérou était condamnable.", "Q96", "Q419"),
])
def test_judging_an_act_reprehensible_or_unfounded_disapproves_of_its_author(lang, text, source, target):
    """"called Ecuador's actions reprehensible" (a negative word of cues.tsv), « a estimé que la décision du Pérou était
    infondée » (the French model reads the adjective after « était » as a passive verb): disapproval of the author."""
    assert_event(lang, text, "11", frozenset({source}), frozenset({target}))


@pytest.mark.parametrize("lang, text", [
    ("en", "The United States imposed sanctions on Venezuela. Maduro condemned the sanctions against Venezuela."),
    ("fr", "Les Etats-Unis ont imposé des sanctions au Venezuela. Maduro a dénoncé les sanctions contre son pays."),
])
def test_condemning_sanctions_against_oneself_condemns_who_imposed_them(lang, text):
    """"condemned the sanctions against Venezuela": the "against X" of a coercive act condemned is its victim, so the
    condemnation goes to the article's author of the act (the United States), not to Venezuela."""
    got = {(e.root, e.source, e.target) for e in _events(lang, text).events if e.root == "11"}
    assert ("11", "Q58132", "Q30") in got, got


@pytest.mark.parametrize("lang, text, source, target", [
    ("fr", "Le ministre a déclaré que la Corée du Sud ne pouvait accepter la décision japonaise.", "Q884", "Q17"),
    ("fr", "Le Chili n'accepte pas la décision de la Bolivie.", "Q298", "Q750"),
    ("en", "Seoul cannot accept Tokyo's decision to restrict exports, the minister said.", "Q884", "Q17"),
])
def test_an_acceptance_refused_is_a_rejection(lang, text, source, target):
    """« ne pouvait accepter la décision japonaise », "cannot accept Tokyo's decision": not accepting a thing named
    is rejecting it (120), and the refusal is stated, not negated."""
    got = {(e.root, e.source, e.target, e.factuality) for e in _events(lang, text).events}
    assert ("12", source, target, "asserted") in got or ("12", source, target, "reported") in got, got


def test_a_participle_with_its_par_under_se_dire_is_the_adjective():
    """« s'est dit déçu par la décision de X »: the French model makes « déçu » a verb hung on « se dire », with its
    « par » phrase; it is the adjective's disapproval (110) of the decision's author."""
    got = {(e.root, e.source, e.target) for e in _events(
        "fr", "Barack Obama s'est dit déçu par la décision de la Chine de refuser l'extradition de deux militants.").events}
    assert ("11", "Q76", "Q148") in got, got


@pytest.mark.parametrize("lang, text, source, target", [
    ("en", "The French ambassador was summoned to the Iranian foreign ministry on Friday.", "Q794", "Q142"),
    ("en", "Turkey's ambassador was summoned by Iran's foreign ministry.", "Q794", "Q43"),
    ("en", "The US ambassador in Moscow was summoned on Tuesday.", "Q159", "Q30"),
    ("fr", "L'ambassadeur de France a été convoqué au ministère algérien des Affaires étrangères.", "Q262", "Q142"),
    ("fr", "L'ambassadeur de France à Bamako a été convoqué mardi.", "Q912", "Q142"),
    # no agent and no post named: the state whose ministry reports the summons (_speakers_state)
    ("en", "Britain's ambassador was summoned over the remarks, the Chinese foreign ministry said.", "Q148", "Q145"),
    ("fr", "L'ambassadeur de France a été convoqué vendredi, a annoncé le ministère iranien des Affaires étrangères.",
     "Q794", "Q142"),
])
def test_an_envoy_summoned_in_the_passive_is_summoned_by_the_state_they_serve_in(lang, text, source, target):
    """_passive_summons: "was summoned", « a été convoqué » with an envoy as subject is the summons the verb-first rows
    read; its author is the agent, else the state the envoy serves in or whose ministry they were called to."""
    assert_event(lang, text, "11", frozenset({source}), frozenset({target}))


def test_a_meeting_convened_in_the_passive_is_no_summons():
    found = [(e.cameo, e.source, e.target) for e in _events("fr", "Une réunion a été convoquée mardi à l'ONU.").events]
    assert not any(c.startswith("11") for c, _, _ in found), found


@pytest.mark.parametrize("lang, text, source, target", [
    ("en", "Russia detained the Japanese consul on Monday. Tokyo lodged a strong protest about the detention.", "Q17", "Q159"),
    ("fr", "La Russie a arrêté le consul japonais lundi. Tokyo a protesté contre cette arrestation.", "Q17", "Q159"),
    ("en", "Israel struck Damascus on Sunday. Iran protested against the strikes.", "Q794", "Q801"),
])
def test_a_protest_over_an_act_the_article_reported_is_aimed_at_its_author(lang, text, source, target):
    """_act_disapproved: a protest with no one named, "over/about/against" an act of force or coercion, is aimed at
    the author of that act (named there, else the one the article reported)."""
    assert_event(lang, text, "11", frozenset({source}), frozenset({target}))


@pytest.mark.parametrize("lang, text", [
    ("en", "Serbia delivered a protest note to Albania."),
    ("fr", "La Serbie a remis une note de protestation à l'Albanie."),
])
def test_a_protest_note_handed_over_is_a_protest(lang, text):
    """deliver/remettre refined by protest/protestation: a note of protest (111), no aid (07) nor praise (05)."""
    assert_event(lang, text, "11", frozenset({"Q403"}), frozenset({"Q222"}))


@pytest.mark.parametrize("lang, text, source, target", [
    ("en", "Russia struck Kyiv on Monday. The attack was strongly condemned by the UN Security Council.", "Q37470", "Q159"),
    ("en", "The Israeli strikes were condemned by Egypt.", "Q79", "Q801"),
    ("fr", "L'arrestation du journaliste français par la Russie a été condamnée par Paris.", "Q142", "Q159"),
])
def test_an_act_condemned_in_the_passive_is_its_authors(lang, text, source, target):
    """"The attack was condemned by X": the subject is an act (of force or coercion), not an actor; X condemns its
    author, named with it ("Israeli", « par la Russie ») or the one the article reported (_complete_nested)."""
    assert_event(lang, text, "11", frozenset({source}), frozenset({target}))


@pytest.mark.parametrize("lang, text, source, target", [
    ("en", "China has been expanding its influence in the Pacific, to the concern of the United States.", "Q30", "Q148"),
    ("en", "Russia deployed troops near the border, to the anger of Ukraine.", "Q212", "Q159"),
    ("fr", "La Chine a envoyé des navires près des îles, à la grande colère du Japon.", "Q17", "Q148"),
])
def test_an_act_done_to_the_concern_of_another_is_disapproved_by_it(lang, text, source, target):
    """"…, to the concern of X", « …, à la grande colère de X » (_to_the_feeling_of): X disapproves of the clause's
    subject, though the noun hangs on the subject's own verb."""
    assert_event(lang, text, "11", frozenset({source}), frozenset({target}))


def test_regretting_a_decision_is_disapproval_of_its_author():
    """triggers.tsv regret (VERB), as « regretter »: "regrets this decision by Venezuela" (110)."""
    assert_event("en", "The EU profoundly regrets this decision by Venezuela.", "11", frozenset({"Q458"}), frozenset({"Q717"}))
