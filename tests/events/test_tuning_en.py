"""The English tuning set (data/events/tuning/en.jsonl) and the word families added from it."""

from pathlib import Path

import pytest

from wirewatch.evaluate.run import evaluate_file
from wirewatch.events.stage import EventStage
from wirewatch.pipeline import Pipeline

from .helpers import code_text, make_doc

TUNING_EN = Path(__file__).resolve().parents[2] / "data" / "events" / "tuning" / "en.jsonl"

# events stage alone (fallback actor list instead of linking): measured 0.947 when the set was written
TUNING_F1_FLOOR = 0.92


pytestmark = pytest.mark.usefixtures("own_dates")


PARTIES = [("Germany", "GPE", "DEU", None), ("Ukraine", "GPE", "UKR", None), ("Canada", "GPE", "CAN", None),
           ("Iran", "GPE", "IRN", None), ("Sudan", "GPE", "SDN", None), ("Morocco", "GPE", "MAR", None),
           ("Spain", "GPE", "ESP", None), ("Turkey", "GPE", "TUR", None), ("Sweden", "GPE", "SWE", None),
           ("France", "GPE", "FRA", None), ("Kenya", "GPE", "KEN", None), ("Egypt", "GPE", "EGY", None),
           ("China", "GPE", "CHN", None), ("Japan", "GPE", "JPN", None), ("Israel", "GPE", "ISR", None),
           ("Poland", "GPE", "POL", None), ("India", "GPE", "IND", None), ("Jordan", "GPE", "JOR", None),
           ("Hungary", "GPE", "HUN", None), ("Mali", "GPE", "MLI", None), ("Libya", "GPE", "LBY", None)]


def types_of(stage, text):
    return [event_type for event_type, _ in code_text(stage, text, "en", PARTIES)]


@pytest.mark.parametrize(("text", "expected"), [
    # agreements: signatures, normalisation, pledges with an adjunct, deals hammered out
    ("Morocco and Spain put their signatures on a fisheries arrangement on Monday.", "AGREE"),
    ("Israel and Jordan normalised ties on Monday.", "AGREE"),
    ("Hungary and Poland vowed on Tuesday to build a joint rail link.", "AGREE"),
    ("Sudan and Egypt hammered out a deal on the border on Saturday.", "AGREE"),
    # consultations: video links, landings, resumed dialogue, closed-door meetings
    ("Egypt and Jordan conferred by video link on Wednesday.", "CONSULT"),
    ("The Polish president landed in Kyiv on Tuesday.", "CONSULT"),
    ("Turkey and Sweden resumed their dialogue in Ankara on Tuesday.", "CONSULT"),
    # support, concessions, cooperation, aid
    ("Canada stood behind Ukraine on Monday.", "SUPPORT"),
    ("France softened its stance on the reform on Monday.", "CONCEDE"),
    ("Spain and Morocco carried out joint counter-terrorism drills on Tuesday.", "COOPERATE"),
    ("Japan airdropped food parcels over Sudan on Monday.", "AID"),
    ("Jordan distributed blankets and tents to families in Libya on Monday.", "AID"),
    ("China donated 500,000 vaccine doses to Kenya on Monday.", "AID"),
    # releases, withdrawals, ceasefires
    ("Iran freed a French aid worker on Tuesday.", "RETREAT"),
    ("A truce between Israel and Iran came into force on Saturday.", "RETREAT"),
    # requests, accusations, rejections, threats
    ("Egypt made a plea to Israel on Saturday for an end to the bombardment.", "REQUEST"),
    ("Kenya gave Sudan a 48-hour deadline to release the crew.", "REQUEST"),
    ("Egypt summoned Israel's deputy high commissioner on Monday.", "ACCUSE"),
    ("Turkey pointed the finger at Sweden on Monday.", "ACCUSE"),
    ("France said the strikes were a flagrant violation of international law.", "ACCUSE"),
    ("Hungary and Poland blocked the EU budget on Monday.", "REJECT"),
    ("Mali walked out of the negotiations with France on Monday.", "REJECT"),
    ("Iran said any provocation at the border would be met with force.", "THREATEN"),
    ("China said it would not tolerate the drills near Japan.", "THREATEN"),
    # protests, deployments, coercion, attacks, sanctions
    ("Doctors across Kenya downed tools on Tuesday.", "PROTEST"),
    ("Farmers blockaded the highways into Delhi on Monday.", "PROTEST"),
    ("Russia announced a partial call-up of reservists on Wednesday.", "MOBILIZE"),
    ("Poland placed its army on heightened alert on Monday.", "MOBILIZE"),
    ("Hackers knocked government websites in Ukraine offline on Wednesday.", "COERCE"),
    ("Police in Egypt impounded a rescue ship on Monday.", "COERCE"),
    ("Russian cruise missiles rained down on Kyiv on Monday.", "ASSAULT"),
    ("Heavy fighting erupted around Khartoum on Sunday.", "ASSAULT"),
    ("China retaliated with a 34 percent levy on all Canadian imports.", "SANCTION"),
    ("Mali ordered the French ambassador out of the country on Monday.", "SANCTION"),
    ("Mali tore up its defence accords with France on Monday.", "SANCTION"),
    ("Egypt and Sudan proclaimed an end to hostilities on Monday.", "AGREE"),
    ("Morocco joined the Abraham Accords on Thursday.", "AGREE"),
    ("Egypt took a phone call from the Iranian president on Wednesday.", "CONSULT"),
    ("Germany wants Hungary to lift its veto.", "REQUEST"),
    ("Iran denied any involvement in the drone deliveries.", "REJECT"),
    ("Egypt dismissed the Israeli proposal as a non-starter.", "REJECT"),
    ("Egypt moved heavy weaponry to the border with Libya.", "MOBILIZE"),
    ("Canada imposed visa restrictions on Iran's officials.", "SANCTION"),
])
def test_added_english_families_are_coded(stage, text, expected):
    assert expected in types_of(stage, text)


@pytest.mark.parametrize("text", [
    "The bombing range near the coast of Kenya has been closed to the public since the 1990s.",
    "Oil prices rose in China on Monday on hopes of stronger demand.",
    "Police dogs in France took part in a demonstration of training techniques.",
    "The support staff of the embassy of Germany moved to a new compound.",
    "Analysts say talks between Egypt and Sudan are a sign of a wider thaw.",
    "The arrest warrant system of the police in Kenya was upgraded last month.",
])
def test_hard_negatives_code_no_event(stage, text):
    assert types_of(stage, text) == []


def test_rejected_as_an_adjective_is_no_rejection(stage):
    assert types_of(stage, "Germany deported 40 rejected asylum seekers to Libya on Tuesday.") == ["COERCE"]


def test_a_name_ending_in_forces_keeps_the_event():
    stage = EventStage()
    text = "Sudan's Rapid Support Forces withdrew from the presidential palace on Monday."
    doc = make_doc(text, "en", "2024-05-10", [("Sudan", "GPE", "SDN", None),
                                            ("Rapid Support Forces", "ORG", "SDN", "Rapid_Support_Forces")])
    assert [e.event_type for e in stage([doc])[0].events] == ["RETREAT"]


def test_a_denial_negates_the_act(stage):
    events = stage([make_doc("Iran denied targeting civilians in Israel.", "en", "2024-05-10",
                             [("Iran", "GPE", "IRN", None), ("Israel", "GPE", "ISR", None)])])[0].events
    assert [(e.event_type, e.negated) for e in events] == [("ASSAULT", True)]


def test_a_refusal_to_back_is_a_negated_support(stage):
    events = stage([make_doc("Turkey said it would not back Sweden's bid.", "en", "2024-05-10",
                             [("Turkey", "GPE", "TUR", None), ("Sweden", "GPE", "SWE", None)])])[0].events
    assert [(e.event_type, e.negated) for e in events] == [("SUPPORT", True)]


def test_a_call_on_a_weekday_is_not_a_request(stage):
    assert "REQUEST" not in types_of(stage, "In a phone call on Wednesday, Egypt and Jordan talked for an hour.")


@pytest.mark.skipif(not TUNING_EN.is_file(), reason="tuning set not present")
def test_tuning_set_keeps_its_measured_floor():
    report = evaluate_file(TUNING_EN, Pipeline(["events"]))
    assert not report.errors
    assert report.overall.f1 >= TUNING_F1_FLOOR


@pytest.mark.parametrize(("text", "expected"), [
    ("The Egyptian minister of culture visited the museum on Tuesday.", []),
    ("Egypt's foreign minister visited Jordan on Tuesday.", ["CONSULT"]),
])
def test_a_visit_needs_a_host(stage, text, expected):
    assert types_of(stage, text) == expected
