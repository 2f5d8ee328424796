from wirewatch.events.rules import apply_conventions


def test_a_threat_carries_no_future_or_hypothetical_aux():
    assert apply_conventions("THREATEN", None, "future", "will retaliate") == ("THREATEN", None, None)
    assert apply_conventions("THREATEN", "sanction", "hypothetical", "could") == ("THREATEN", "sanction", None)
    assert apply_conventions("THREATEN", None, "historical", "threatened") == ("THREATEN", None, "historical")


def test_an_announced_attack_is_a_threat_and_a_planned_visit_an_agreement():
    assert apply_conventions("ASSAULT", None, "future", "will strike") == ("THREATEN", "violence", None)
    assert apply_conventions("CONSULT", "visit", "future", "will visit") == ("AGREE", None, None)
    assert apply_conventions("CONSULT", "visit", "future", "will visit", negated=True) == ("CONSULT", "visit", "future")
