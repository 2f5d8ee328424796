"""English word families added for recall (idioms, light verbs, nominal forms) and the guards
that keep their everyday senses (markets, sport, film, weather) from being coded."""

import pytest

from .helpers import code_text

PARTIES = [("Germany", "GPE", "DEU", None), ("Ukraine", "GPE", "UKR", None), ("Canada", "GPE", "CAN", None),
           ("Iran", "GPE", "IRN", None), ("Sudan", "GPE", "SDN", None), ("Morocco", "GPE", "MAR", None),
           ("Spain", "GPE", "ESP", None), ("Turkey", "GPE", "TUR", None), ("Sweden", "GPE", "SWE", None),
           ("France", "GPE", "FRA", None), ("Kenya", "GPE", "KEN", None), ("Egypt", "GPE", "EGY", None),
           ("China", "GPE", "CHN", None), ("Japan", "GPE", "JPN", None), ("Israel", "GPE", "ISR", None),
           ("Poland", "GPE", "POL", None), ("India", "GPE", "IND", None), ("Jordan", "GPE", "JOR", None),
           ("Hungary", "GPE", "HUN", None), ("Mali", "GPE", "MLI", None), ("Libya", "GPE", "LBY", None)]


pytestmark = pytest.mark.usefixtures("own_dates")


def coded(stage, text):
    return code_text(stage, text, "en", PARTIES)


@pytest.mark.parametrize(("text", "expected"), [
    # agreements: idioms, renewals, accession, assurances
    ("Egypt and Sudan buried the hatchet on Monday.", "AGREE"),
    ("Turkey and Egypt patched up their differences on Tuesday.", "AGREE"),
    ("Poland and Ukraine rolled over the transit agreement on Monday.", "AGREE"),
    ("India and China came to terms on border patrols on Monday.", "AGREE"),
    ("Sweden acceded to the convention on Thursday.", "AGREE"),
    ("Libya gave assurances to Egypt on Tuesday that the border would stay open.", "AGREE"),
    ("Jordan and Egypt ironed out their differences over the gas price on Friday.", "AGREE"),
    ("Japan and India elevated their ties to a strategic partnership on Monday.", "AGREE"),
    # support: rallying, endorsements, recognition, co-sponsoring
    ("France and Germany rallied to Poland's side on Monday.", "SUPPORT"),
    ("Egypt gave its endorsement to the Jordanian plan on Sunday.", "SUPPORT"),
    ("Spain extended formal recognition to the new government on Friday.", "SUPPORT"),
    ("Canada put its weight behind Ukraine's bid on Monday.", "SUPPORT"),
    ("Morocco co-sponsored the resolution on Friday.", "SUPPORT"),
    ("Kenya cheered the ruling on Monday.", "SUPPORT"),
    # concessions
    ("The Kenyan government gave ground on Tuesday and dropped the tax.", "CONCEDE"),
    ("Iran owned up on Saturday to downing the airliner by mistake.", "CONCEDE"),
    ("Germany issued a formal apology to Namibia on Friday.", "CONCEDE"),
    ("Hungary waived its veto on Sweden's membership on Monday.", "CONCEDE"),
    ("Canada put its digital tax on ice on Sunday.", "CONCEDE"),
    ("Kenya acquiesced to the doctors' demands on Thursday.", "CONCEDE"),
    # retreats: disengagement, releases, access, ceasefires
    ("Indian and Chinese troops completed disengagement at two friction points on Wednesday.", "RETREAT"),
    ("The opposition leader walked free on Saturday.", "RETREAT"),
    ("Egypt granted clemency to the activist on Wednesday.", "RETREAT"),
    ("Israel let the first fuel tanker into Gaza on Wednesday.", "RETREAT"),
    ("Guns fell silent along the border between Israel and Sudan on Wednesday.", "RETREAT"),
    ("Israel and Iran stopped firing at each other on Tuesday.", "RETREAT"),
    # sanctions
    ("Canada hit two Iranian banks with sanctions on Thursday.", "SANCTION"),
    ("Turkey cut off all commerce with Israel on Thursday.", "SANCTION"),
    ("The reporter was given 16 years in a penal colony on Friday.", "SANCTION"),
    ("Mali put its relations with Ukraine on ice on Sunday.", "SANCTION"),
    ("Egypt said it was denying visas to 80 officials from Libya.", "SANCTION"),
    # cooperation and aid
    ("Spanish police, working in coordination with Morocco's intelligence service, arrested nine suspects.",
     "COOPERATE"),
    ("India extended a 1 billion dollar credit line to Sudan on Thursday.", "AID"),
    ("Poland has taken in two million people fleeing the war in Ukraine.", "AID"),
    ("Jordan parachuted meals over Gaza on Monday.", "AID"),
    ("Turkey came to the aid of Libya on Wednesday.", "AID"),
    ("Egypt topped up its funding for Sudan by 20 million dollars on Tuesday.", "AID"),
    # accusations, requests, rejections, threats
    ("Turkey took a swipe at Sweden on Monday.", "ACCUSE"),
    ("Canada cried foul on Monday after the vote in Iran.", "ACCUSE"),
    ("Iran holds Israel responsible for the killing.", "ACCUSE"),
    ("Poland called in Russia's charge d'affaires on Friday.", "ACCUSE"),
    ("China lodged stern representations with Japan on Thursday.", "ACCUSE"),
    ("Egypt begged Israel on Friday to open the crossing.", "REQUEST"),
    ("Egypt invited Hamas and Israeli negotiators to Cairo on Monday.", "REQUEST"),
    ("Hamas poured cold water on Israel's offer on Tuesday.", "REJECT"),
    ("Israel slammed the door on the French proposal on Thursday.", "REJECT"),
    ("Ukraine shot down the idea of a truce on Saturday.", "REJECT"),
    ("China pushed back against the G7 statement on Monday.", "REJECT"),
    ("Iran put Israel on notice on Sunday.", "THREATEN"),
    ("Iran pledged swift retribution against Israel on Sunday.", "THREATEN"),
    # coercion, deployments, attacks, protests
    ("Greek coastguards apprehended 14 smugglers on Sunday.", "COERCE"),
    ("A court in Turkey remanded the mayor in custody on Sunday.", "COERCE"),
    ("Pakistan forcibly returned thousands of Afghans on Wednesday.", "COERCE"),
    ("Authorities in India switched off mobile internet on Thursday.", "COERCE"),
    ("Egypt mustered troops along the border with Libya on Tuesday.", "MOBILIZE"),
    ("Japan raised its military readiness on Tuesday.", "MOBILIZE"),
    ("Russia struck Ukraine's power grid with dozens of missiles overnight.", "ASSAULT"),
    ("Gunmen raked a bus with gunfire in Sudan on Thursday.", "ASSAULT"),
    ("Students blocked three bridges in Belgrade on Saturday.", "PROTEST"),
    ("Teachers across Kenya began indefinite industrial action on Monday.", "PROTEST"),
    # families added from ordinary news wording
    ("Hungary said it would pull out of the International Criminal Court.", "SANCTION"),
    ("Poland banned imports of grain from Ukraine, and Hungary said it was halting imports of grain from Ukraine.",
     "SANCTION"),
    ("Egypt said the strikes on Sudan would not go unpunished.", "THREATEN"),
    ("Mali ordered the French ambassador to leave within 48 hours on Friday.", "SANCTION"),
    ("EU leaders granted Ukraine candidate status on Thursday.", "SUPPORT"),
    ("Jordan intercepted dozens of Iranian drones overnight.", "ASSAULT"),
    ("Rebels from Sudan swept into the capital of Libya on Sunday.", "ASSAULT"),
    ("Israel's cabinet approved the first phase of the Gaza ceasefire plan on Friday.", "AGREE"),
    ("Germany will supply Ukraine with battle tanks, the chancellor said.", "AGREE"),
])
def test_word_families_are_coded(stage, text, expected):
    assert expected in [t for t, _ in coded(stage, text)]


@pytest.mark.parametrize("text", [
    "Oil prices rallied on Tuesday after producers in Libya kept output steady.",
    "Shares in Japan retreated from record highs, and the yen pulled back against the dollar.",
    "The cricketers of India were beaten by seven wickets in Chennai.",
    "The musical bombed at the box office in London and closed after three weeks.",
    "The verdict the judges in Kenya arrived at after two days surprised few experts.",
    "The summit of Mont Blanc has shrunk by two metres, surveyors in France said.",
    "The Ghana striker fired at goal twice in the first half against Egypt.",
    "The artillery museum in Poland reopened to visitors on Saturday.",
    "Arsenal stormed to the top of the table, and their striker killed off the contest.",
    "The sprinter from Kenya withdrew from the championships with an injury.",
    "UN agencies in Sudan warned of looming famine on Monday.",
    "The landmark ruling in Spain met with a mixed reception.",
    "Air raid sirens sounded across Ukraine, and analysts said the attack on the currency had eased.",
    "The killing of the tiger in India prompted calls for tighter patrols.",
])
def test_everyday_senses_are_not_events(stage, text):
    assert coded(stage, text) == []


def test_a_relations_freeze_is_a_sanction_not_a_concession(stage):
    types = [t for t, _ in coded(stage, "Mali put its relations with Ukraine on ice on Sunday.")]
    assert "CONCEDE" not in types


def test_a_negated_normalisation_is_a_negated_agreement(stage):
    assert ("AGREE", True) in coded(stage, "Jordan will not normalise relations with Israel, it said.")
