from wirewatch.evaluate.score import score_items
from wirewatch.records import EntityRef, Event, Evidence, Place

TEXT = "Algeria recalled its ambassador to France. Moscow did not condemn the attack."


def gold_event(event_type, actor, recipient=(), **extra):
    return {"event_type": event_type, "mode": None, "context": [],
            "actor": [{"text": t, "name": n, "country": c, "sector": "GOV"} for t, n, c in actor],
            "recipient": [{"text": t, "name": n, "country": c, "sector": None} for t, n, c in recipient],
            "date": extra.pop("date", None), "location": extra.pop("location", None),
            "negated": extra.pop("negated", False), "aux": extra.pop("aux", None),
            "evidence": extra.pop("evidence", ""), "optional": extra.pop("optional", False), **extra}


def pred(event_type, actor, recipient=(), span=(0, 10), **extra):
    return Event(id=f"p-{event_type}-{span}-{len(actor)}-{len(recipient)}", article_id="g1", event_type=event_type,
                 actor=[EntityRef(t, c, identifier_text=n) for t, n, c in actor],
                 recipient=[EntityRef(t, c, identifier_text=n) for t, n, c in recipient],
                 evidence=[Evidence("g1", 0, span[0], span[1], TEXT[span[0]:span[1]], "en")], **extra)


def item(events, entities=(), lang="en"):
    return {"id": "g1", "lang": lang, "pub_date": "2024-07-31", "text": TEXT, "events": events,
            "entities": list(entities)}


ALG = ("Algeria", "Algeria", "DZA")
FRA = ("France", "France", "FRA")
MOS = ("Moscow", "Russia", "RUS")


def test_perfect_prediction():
    gold = [gold_event("SANCTION", [ALG], [FRA], date="2024-07-30", evidence="Algeria recalled its ambassador to France")]
    report = score_items([item(gold)], {"g1": [pred("SANCTION", [ALG], [FRA], date="2024-07-30")]})
    assert (report.overall.precision, report.overall.recall) == (1.0, 1.0)
    assert report.roles["actor"].value == 1.0 and report.roles["recipient"].value == 1.0
    assert report.attributes["date"].value == 1.0
    assert report.by_lang["en"].f1 == 1.0 and report.by_type["SANCTION"].f1 == 1.0


def test_wrong_type_is_a_miss_and_a_false_alarm_but_alt_types_match():
    gold = [gold_event("COERCE", [ALG], [FRA], alt_types=["SANCTION"])]
    assert score_items([item(gold)], {"g1": [pred("SANCTION", [ALG], [FRA])]}).overall.f1 == 1.0
    report = score_items([item(gold)], {"g1": [pred("ASSAULT", [ALG], [FRA])]})
    assert report.overall.correct_pred == 0 and report.overall.hit == 0 and report.overall.gold == 1


def test_negated_only_matches_negated():
    gold = [gold_event("ACCUSE", [MOS], negated=True)]
    assert score_items([item(gold)], {"g1": [pred("ACCUSE", [MOS])]}).overall.f1 == 0.0
    report = score_items([item(gold)], {"g1": [pred("ACCUSE", [MOS], negated=True)]})
    assert report.overall.f1 == 1.0 and report.attributes["negated_recall"].value == 1.0


def test_optional_events_are_neither_missed_nor_false_alarms():
    gold = [gold_event("SUPPORT", [ALG], optional=True)]
    assert score_items([item(gold)], {"g1": []}).overall.gold == 0
    report = score_items([item(gold)], {"g1": [pred("SUPPORT", [ALG])]})
    assert report.overall.precision == 1.0 and report.overall.gold == 0


def test_granularity_is_not_punished():
    two_recipients = [gold_event("REQUEST", [MOS], [ALG, FRA])]
    split = [pred("REQUEST", [MOS], [ALG], span=(0, 5)), pred("REQUEST", [MOS], [FRA], span=(6, 9))]
    report = score_items([item(two_recipients)], {"g1": split})
    assert (report.overall.precision, report.overall.recall) == (1.0, 1.0)
    two_golds = [gold_event("REQUEST", [MOS], [ALG]), gold_event("REQUEST", [MOS], [FRA])]
    joined = [pred("REQUEST", [MOS], [ALG, FRA])]
    report = score_items([item(two_golds)], {"g1": joined})
    assert (report.overall.precision, report.overall.recall) == (1.0, 1.0)


def test_exact_repeat_is_a_false_alarm():
    gold = [gold_event("SANCTION", [ALG], [FRA])]
    report = score_items([item(gold)], {"g1": [pred("SANCTION", [ALG], [FRA]), pred("SANCTION", [ALG], [FRA], span=(1, 9))]})
    assert report.overall.pred == 2 and report.overall.correct_pred == 1


def test_unrelated_prediction_of_the_same_type_is_a_false_alarm():
    gold = [gold_event("SANCTION", [ALG], [FRA])]
    report = score_items([item(gold)], {"g1": [pred("SANCTION", [ALG], [FRA]), pred("SANCTION", [MOS], [ALG], span=(50, 60))]})
    assert report.overall.correct_pred == 1 and report.overall.pred == 2


def test_person_names_must_match_and_uno_counts_as_igo():
    entities = [{"text": "Guterres", "name": "António Guterres", "type": "PER", "country": "IGO"}]
    gold = [gold_event("ACCUSE", [("Guterres", "António Guterres", "UNO")], [MOS])]
    good = pred("ACCUSE", [("Guterres", "Antonio Guterres", "IGO")], [MOS])
    wrong = pred("ACCUSE", [("Amina Mohammed", "Amina J. Mohammed", "IGO")], [MOS])
    assert score_items([item(gold, entities)], {"g1": [good]}).roles["actor"].value == 1.0
    assert score_items([item(gold, entities)], {"g1": [wrong]}).roles["actor"].value == 0.0


def test_date_at_gold_precision_and_location():
    gold = [gold_event("SANCTION", [ALG], [FRA], date="2024-07",
                       location={"text": "Alger", "name": "Algiers", "country": "DZA"})]
    good = pred("SANCTION", [ALG], [FRA], date="2024-07-30", location=Place("Algiers", country="DZA"))
    coarse = pred("SANCTION", [ALG], [FRA], date="2024", location=Place("Oran", country="DZA"))
    report = score_items([item(gold)], {"g1": [good]})
    assert report.attributes["date"].value == 1.0 and report.attributes["location"].value == 1.0
    report = score_items([item(gold)], {"g1": [coarse]})
    assert report.attributes["date"].value == 0.0 and report.attributes["location"].value == 0.0


def test_empty_items_measure_precision_and_report_renders():
    report = score_items([item([])], {"g1": [pred("ACCUSE", [MOS])]})
    assert report.overall.precision == 0.0 and report.overall.gold == 0
    text = report.to_text(details=True)
    assert "overall" in text and "false ACCUSE" in text
    assert report.to_dict()["overall"]["predicted"] == 1


def test_aux_recall_and_precision_per_value():
    gold = [gold_event("SANCTION", [ALG], [FRA], aux="historical", evidence="Algeria recalled its ambassador to France"),
            gold_event("ACCUSE", [MOS], aux="future", evidence="Moscow did not condemn the attack")]
    predictions = [pred("SANCTION", [ALG], [FRA], aux="historical"),
                   pred("ACCUSE", [MOS], span=(43, 76), aux="hypothetical")]
    attributes = score_items([item(gold)], {"g1": predictions}).attributes
    assert attributes["aux_historical_recall"].value == 1.0 and attributes["aux_historical_precision"].value == 1.0
    assert attributes["aux_future_recall"].value == 0.0 and attributes["aux_future_recall"].total == 1
    assert attributes["aux_hypothetical_precision"].value == 0.0
    assert attributes["aux"].ok == 1 and attributes["aux"].total == 2


def test_negation_agreement_counts_polarity_on_events_whose_type_was_found():
    gold = [gold_event("ACCUSE", [MOS], negated=True, evidence="Moscow did not condemn the attack")]
    flipped = score_items([item(gold)], {"g1": [pred("ACCUSE", [MOS], span=(43, 76))]}).attributes
    assert flipped["negation_agreement"].total == 1 and flipped["negation_agreement"].value == 0.0
    right = score_items([item(gold)], {"g1": [pred("ACCUSE", [MOS], span=(43, 76), negated=True)]}).attributes
    assert right["negation_agreement"].value == 1.0
    other_type = score_items([item(gold)], {"g1": [pred("REJECT", [MOS], span=(43, 76))]}).attributes
    assert other_type["negation_agreement"].total == 0


def test_details_list_wrong_roles_of_matched_events():
    gold = [gold_event("ACCUSE", [ALG], [FRA])]
    wrong_recipient = pred("ACCUSE", [ALG], [MOS], span=(0, 41))
    report = score_items([item(gold)], {"g1": [wrong_recipient]})
    assert report.items[0]["role_errors"] == ["ACCUSE recipient: want France; got Moscow"]
    assert "  role  ACCUSE recipient: want France; got Moscow" in report.to_text(details=True)
    right = score_items([item(gold)], {"g1": [pred("ACCUSE", [ALG], [FRA], span=(0, 41))]})
    assert right.items[0]["role_errors"] == []
