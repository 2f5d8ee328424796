"""English verb families and nominal constructions added for recall."""

import pytest

from .helpers import make_doc

pytestmark = pytest.mark.usefixtures("own_dates")


def types_of(stage, text, mentions):
    events = stage([make_doc(text, "en", "2024-05-10", mentions)])[0].events
    return [e.event_type for e in events]


@pytest.mark.parametrize(("text", "expected"), [
    ("Germany shipped air defence missiles to Ukraine on Tuesday.", "AID"),
    ("Canada added Iran's Revolutionary Guards to its terrorist list on Monday.", "SANCTION"),
    ("Sudan's army dismantled checkpoints around the capital on Monday.", "RETREAT"),
    ("The Kenyan government rescinded the tax increase on Friday.", "CONCEDE"),
    ("Morocco and Spain inked a fisheries agreement in Rabat on Monday.", "AGREE"),
    ("Turkey warned Sweden it would block the bid.", "THREATEN"),
    ("France threw its weight behind Kenya on Monday.", "SUPPORT"),
    ("Iran shot down a US drone on Thursday.", "ASSAULT"),
    ("Egypt voiced its opposition to the plan on Monday.", "REJECT"),
    ("Canada rebuked China on Monday.", "ACCUSE"),
    ("China raised tariffs on Canada on Monday.", "SANCTION"),
    ("Canada granted asylum to Iran's former envoy on Monday.", "AID"),
])
def test_added_english_constructions_are_coded(stage, text, expected):
    parties = [("Germany", "LOC", "DEU", None), ("Ukraine", "LOC", "UKR", None),
               ("Canada", "LOC", "CAN", None), ("Iran", "LOC", "IRN", None),
               ("Sudan", "LOC", "SDN", None), ("Morocco", "LOC", "MAR", None),
               ("Spain", "LOC", "ESP", None), ("Turkey", "LOC", "TUR", None),
               ("Sweden", "LOC", "SWE", None), ("France", "LOC", "FRA", None),
               ("Kenya", "LOC", "KEN", None), ("Egypt", "LOC", "EGY", None),
               ("China", "LOC", "CHN", None), ("US", "LOC", "USA", None)]
    mentions = [m for m in parties if m[0] in text]
    assert expected in types_of(stage, text, mentions)


def test_a_pause_agreed_in_a_deal_is_not_a_second_retreat(stage):
    types = types_of(stage, "Israel and Hamas had agreed to a four-day pause in fighting.",
                     [("Israel", "LOC", "ISR", None), ("Hamas", "ORG", "PSE", None)])
    assert "RETREAT" not in types
