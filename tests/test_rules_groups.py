"""Several actors at once: coordinated subjects acting on each other ("accused each other", "se sont
accusés mutuellement", "exchanged fire"), groups taken up later ("the two neighbours", "les deux
ministres", "the two allies") and plural pronouns after coordinated subjects. Sentences written for
these rules, none taken from an annotated article."""
import pytest

from test_triggers import _events, assert_event, case  # (tests/ is on sys.path under pytest)

TD, IR, TR, GR, GB, FR, ER = "Q657", "Q794", "Q43", "Q41", "Q145", "Q142", "Q986"
RS, XK, MA, DZ, TJ, KG = "Q403", "Q1246", "Q1028", "Q262", "Q863", "Q813"
SD, SS, JP, AU, CN, US, RU, IN = "Q1049", "Q958", "Q17", "Q408", "Q148", "Q30", "Q159", "Q668"
LAVROV, WANG_YI = "Q58217", "Q701801"
RUTO, ABIY, KE, ET = "Q195725", "Q50365049", "Q114", "Q115"
RAMAPHOSA, KAGAME, ZA, RW = "Q1148669", "Q1231345", "Q258", "Q1037"
SA, BH, QA, NI, TW, ML, DE = "Q851", "Q398", "Q846", "Q811", "Q865", "Q912", "Q183"


def p(*keys):
    return frozenset(keys)


CASES = [
    # reciprocal: each coordinated subject acts on the other (not on a place named after the verb)
    case("en-11-accused-each-other", "en", "Serbia and Kosovo accused each other on Monday of stoking tensions in the north.",
         "11", p(RS), p(XK)),
    case("en-11-accused-each-other-back", "en", "Serbia and Kosovo accused each other on Monday of stoking tensions in the north.",
         "11", p(XK), p(RS)),
    case("en-11-blamed-one-another", "en", "Morocco and Algeria blamed one another on Thursday for the collapse of the dialogue.",
         "11", p(DZ), p(MA)),
    case("fr-11-accuses-mutuellement", "fr", "Le Maroc et l'Algérie se sont accusés mutuellement jeudi de saboter le dialogue.",
         "11", p(DZ), p(MA)),
    case("fr-11-accusent-l-un-l-autre", "fr", "Le Maroc et l'Algérie s'accusent l'un l'autre de saboter le dialogue.",
         "11", p(MA), p(DZ)),
    case("fr-11-se-sont-mutuellement-accuses-copula", "fr", "Rabat et Alger se sont mutuellement accusés lundi de saboter le dialogue.",
         "11", p(MA), p(DZ)),
    case("fr-11-reflexive-accused", "fr", "La Serbie et le Kosovo se sont accusés lundi d'attiser les tensions dans le nord.",
         "11", p(XK), p(RS)),
    # "exchanged fire", "ont échangé des tirs / des accusations": fighting and accusing, each way
    case("en-19-exchanged-fire", "en", "Tajikistan and Kyrgyzstan exchanged fire along their disputed border on Friday.",
         "19", p(KG), p(TJ)),
    case("fr-19-echange-des-tirs", "fr", "Le Tadjikistan et le Kirghizistan ont échangé des tirs vendredi à leur frontière.",
         "19", p(TJ), p(KG)),
    case("fr-11-echange-des-accusations", "fr", "Les diplomates serbes et kosovars ont échangé des accusations mardi au Conseil de sécurité.",
         "11", p(XK), p(RS)),
    # groups taken up by a plural noun of heads.tsv (pair_country, pair_person)
    case("en-11-the-two-neighbours", "en", "Sudan and South Sudan held talks in Juba on Monday. The two neighbours later accused each other of backing rebels.",
         "11", p(SS), p(SD)),
    case("en-11-the-two-allies", "en", "Japan and Australia held joint naval drills on Tuesday. China accused the two allies of raising tensions.",
         "11", p(CN), p(AU)),
    case("fr-11-les-deux-allies", "fr", "Le Japon et l'Australie ont mené mardi des exercices navals conjoints. Pékin a accusé les deux alliés d'attiser les tensions.",
         "11", p(CN), p(JP)),
    case("en-11-the-two-ministers", "en", "Sergei Lavrov held talks with Wang Yi in Moscow on Thursday. The two ministers criticised Washington's sanctions policy.",
         "11", p(WANG_YI, CN), p(US)),
    case("fr-11-les-deux-ministres", "fr", "Sergueï Lavrov s'est entretenu jeudi à Moscou avec Wang Yi. Les deux ministres ont critiqué la politique de sanctions de Washington.",
         "11", p(LAVROV, RU), p(US)),
    # "the two countries" after a subject coordinating two states is those two, not the last one named
    case("en-11-the-two-countries-each-other", "en", "Sudan and Chad failed on Monday to agree on border security.\n\n"
         "The two countries blamed each other for the impasse.", "11", p(SD), p(TD)),
    case("fr-11-les-deux-pays-mutuellement", "fr", "Le Soudan et le Tchad ne sont pas parvenus lundi à s'entendre sur la sécurité de la frontière.\n\n"
         "Les deux pays se sont accusés mutuellement de bloquer les discussions.", "11", p(TD), p(SD)),
    # a name coordinated with a demonym on one plural noun, and the pair it makes taken up later
    case("en-05-uk-and-french-officials-two-countries", "en", "UK and French officials held talks in London on Monday.\n\n"
         "The two countries signed a deal on migration.", "05", p(FR), p(GB)),
    case("fr-05-ministres-turc-et-grec-les-deux-ministres", "fr", "Les ministres turc et grec des Affaires étrangères se sont rencontrés mardi à Ankara. "
         "Les deux ministres ont signé une déclaration commune.", "05", p(GR), p(TR)),
    # the EU's members named as a bloc
    case("fr-16-les-vingt-sept", "fr", "Les Vingt-Sept ont adopté jeudi de nouvelles sanctions contre l'Iran.", "16", p("Q458"), p(IR)),
    case("en-16-eu-member-states", "en", "EU member states imposed new sanctions on Iran on Thursday.", "16", p("Q458"), p(IR)),
    # a plural object pronoun takes up the coordinated subject before (not its own clause's subject)
    case("en-04-hosted-them", "en", "Serbia and Kosovo accuse each other of stoking tensions.\n\nKenya's president William Ruto hosted them for talks on Monday.",
         "04", p(RUTO, KE), p(XK)),
    case("fr-04-les-a-recus", "fr", "La Serbie et le Kosovo s'accusent mutuellement d'attiser les tensions.\n\nLe président kényan William Ruto les a reçus lundi.",
         "04", p(RUTO, KE), p(RS)),
    # two states' people named by one noun are each their state's, not one body of the first state
    case("en-04-serbian-and-kosovar-negotiators", "en", "Serbian and Kosovar negotiators met in Brussels on Monday.", "04", p(XK), p(RS)),
    case("fr-04-negociateurs-serbes-et-kosovars", "fr", "Les négociateurs serbes et kosovars se sont rencontrés lundi à Bruxelles.", "04", p(RS), p(XK)),
    # "Houthi" as an adjective names the Houthis
    case("en-19-houthi-targets", "en", "US and British warplanes struck Houthi targets on Saturday.", "19", p(GB), p("Organization:houthis")),
    # "both", "tous deux" as a subject after coordinated subjects
    case("en-11-and-both-criticised", "en", "Morocco and Algeria traded accusations on Monday, and both criticised the African Union.",
         "11", p(DZ), p("Q7159")),
    case("fr-11-et-tous-deux-ont-critique", "fr", "Le Maroc et l'Algérie se sont accusés mutuellement lundi, et tous deux ont critiqué l'Union africaine.",
         "11", p(MA), p("Q7159")),
    # a plural pronoun or possessive after coordinated subjects takes up all of them
    case("en-05-they-after-two-titled-names", "en", "Kenyan President William Ruto and Ethiopian Prime Minister Abiy Ahmed met in Nairobi on Monday.\n\n"
         "They signed a security pact.", "05", p(ABIY, ET), p(RUTO, KE)),
    case("fr-05-ils-after-two-titled-names", "fr", "Le président sud-africain Cyril Ramaphosa et le président rwandais Paul Kagame se sont rencontrés à Kigali.\n\n"
         "Ils ont signé un accord commercial.", "05", p(RAMAPHOSA, ZA), p(KAGAME, RW)),
    # coordinated subjects acting on the bond between them (cues.tsv kind bond) act on each other
    case("en-161-severed-ties", "en", "Saudi Arabia and Iran severed ties in 2016 after the storming of an embassy.",
         "16", p(SA), p(IR)),
    case("en-161-severed-ties-back", "en", "Saudi Arabia and Iran severed ties in 2016 after the storming of an embassy.",
         "16", p(IR), p(SA)),
    case("fr-161-ont-rompu-leurs-liens", "fr", "Le Maroc et l'Iran ont rompu leurs liens en 2018.", "16", p(MA), p(IR)),
    case("fr-161-ont-rompu-leurs-liens-back", "fr", "Le Maroc et l'Iran ont rompu leurs liens en 2018.", "16", p(IR), p(MA)),
    case("en-04-their-foreign-ministers", "en", "Morocco and Algeria agreed on Friday to resume their dialogue. Their foreign ministers met in Geneva on Sunday.",
         "04", p(MA), p(DZ)),
    case("fr-04-leurs-ministres", "fr", "Le Maroc et l'Algérie ont convenu vendredi de reprendre le dialogue. Leurs ministres des Affaires étrangères se sont rencontrés dimanche à Genève.",
         "04", p(DZ), p(MA)),
    case("fr-04-dirigeants-ethiopien-et-erythreen-leurs-ministres", "fr", "Les dirigeants éthiopien et érythréen ont convenu lundi de rouvrir la frontière. "
         "Leurs ministres des Affaires étrangères se sont rencontrés mardi à Asmara.", "04", p(ET), p(ER)),
    # one plural state noun whose complement coordinates states: each of them
    case("en-05-between-the-governments-of-x-and-y", "en",
         "A visa agreement was signed on Tuesday between the governments of Kenya and Ethiopia.", "05", p(KE), p(ET)),
    case("en-19-the-armies-of-x-and-y-clashed", "en", "The armies of Sudan and South Sudan clashed near the border.",
         "19", p(SS), p(SD)),
    case("fr-19-les-armees-de-x-et-de-y", "fr", "Les armées du Soudan et du Soudan du Sud se sont affrontées près de la frontière.",
         "19", p(SD), p(SS)),
    case("en-05-the-foreign-ministries-of-x-and-y", "en",
         "The foreign ministries of Morocco and Bahrain signed a memorandum on consular cooperation.", "05", p(BH), p(MA)),
]


@pytest.mark.parametrize("lang, sentence, root, sources, targets", CASES)
def test_groups_event(lang: str, sentence: str, root: str, sources: frozenset, targets: frozenset) -> None:
    assert_event(lang, sentence, root, sources, targets)


@pytest.mark.parametrize("lang, text, root", [
    # a reflexive verb aimed at a target of its own is no reciprocal act
    ("fr", "La France et l'Allemagne se sont opposées mardi au projet de la Commission européenne.", "12"),
    # a verb whose "se" is its own ("s'opposer") is a dispute, no act on each other
    ("fr", "L'Ethiopie et le Soudan s'opposent depuis des années au sujet de la région d'Al-Fashaga.", "11"),
    # "exchanged fire" is no meeting
    ("fr", "Le Tadjikistan et le Kirghizistan ont échangé des tirs vendredi à leur frontière.", "04"),
    ("en", "Tajikistan and Kyrgyzstan exchanged fire along their disputed border on Friday.", "04"),
    # a coordination of things, not of actors
    ("en", "Russian and Ukrainian grain exports fell sharply in March. Both countries' harvests were hit by drought.", "19"),
    # their sanctions are no bond between them
    ("en", "The United States and Britain tightened their sanctions on Monday.", "16"),
])
def test_no_reciprocal_event_between_the_subjects(lang: str, text: str, root: str) -> None:
    ag = _events(lang, text)
    found = [(e.cameo, e.source, e.target) for e in ag.events]
    subjects = {k for k, ent in ag.entities.items() if ent.type == "Country"}
    assert not any(e.root == root and e.source in subjects and e.target in subjects for e in ag.events), found


@pytest.mark.parametrize("lang, text", [
    ("en", "France and Germany cut their ties with Mali last year."),
    ("fr", "La France et l'Allemagne ont rompu leurs liens avec le Mali."),
])
def test_ties_cut_with_a_third_state_are_aimed_at_it(lang: str, text: str) -> None:
    """Coordinated subjects cutting their ties "with Mali" act on Mali, not on each other."""
    found = {(e.source, e.target) for e in _events(lang, text).events if e.root == "16"}
    assert found == {(FR, ML), (DE, ML)}, found


@pytest.mark.parametrize("lang, text, code, a, b", [
    ("en", "The Russia-Ukraine war left thousands dead.", "190", "Q159", "Q212"),
    ("en", "The border row developed into the Eritrean-Ethiopian War (1998-2000).", "190", "Q986", "Q115"),
    ("en", "US-China talks resumed in Geneva on Monday.", "040", "Q30", "Q148"),
    ("en", "The South Korea-US military drills began on Monday.", "062", "Q884", "Q30"),
    ("fr", "La guerre Russie-Ukraine se poursuit.", "190", "Q159", "Q212"),
    ("fr", "Les pourparlers irano-américains ont repris à Oman.", "046", "Q794", "Q30"),
])
def test_a_pair_adjective_names_both_sides(lang: str, text: str, code: str, a: str, b: str) -> None:
    """"the Russia-Ukraine war", "les pourparlers irano-américains" (combining-forms.tsv): the two sides of the
    noun, each to the other; a pair that drills together drills jointly (062)."""
    found = {(e.cameo, e.source, e.target) for e in _events(lang, text).events}
    assert {(code, a, b), (code, b, a)} <= found, found


@pytest.mark.parametrize("lang, text", [
    ("en", "Guinea-Bissau and Senegal signed a fisheries deal."),  # one name with a hyphen
    ("en", "The Indo-Pacific summit opened on Monday."),  # no second party
    ("fr", "Ils veulent garantir la progression du partenariat stratégique franco-chinois."),  # a state, no act
])
def test_a_hyphen_inside_one_name_or_before_no_party_pairs_no_one(lang: str, text: str) -> None:
    found = [(e.cameo, e.source, e.target) for e in _events(lang, text).events if "hyphen" in e.pattern]
    assert not found, found


def test_a_group_noun_with_a_list_stands_for_the_ones_listed():
    """"Other countries, including France, the UK and Australia, backed…": the ones listed act (05 each);
    the decision they back is the owner's own ("the US decision to strike Syria": the strike is the US's)."""
    from test_triggers import _events
    ag = _events("en", "Other countries, including France, the UK and Australia, fully backed the US decision to strike Syria.")
    got = {(e.cameo[:2], e.source, e.target) for e in ag.events}
    assert {s for r, s, t in got if r == "05" and t == "Q30"} == {"Q142", "Q145", "Q408"}, got
    assert {s for r, s, t in got if r == "19"} <= {"Q30"}, got


def test_a_list_of_states_the_ner_joins_is_each_state():
    """"Mali, Burkina Faso and Niger" tagged by the English model as one name: a span with a comma is a list, and
    each state in it acts."""
    got = {(e.root, e.source) for e in _events("en", "Mali, Burkina Faso and Niger withdrew from ECOWAS on Sunday.").events}
    assert {("16", "Q912"), ("16", "Q965"), ("16", "Q1032")} <= got, got
