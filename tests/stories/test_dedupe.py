from wirewatch.records import Article, EntityRef, Event, Evidence, Place
from wirewatch.stories.dedupe import deduplicate_events, merge_into_one


def _ref(name: str) -> EntityRef:
    return EntityRef(entity_text=name, actor_id=f"id:{name}")


def _ev(eid, art, etype="CONSULT", actors=("DM",), recips=("Lavrov",), when="2024-03-11",
        place="Moscow", **kw) -> Event:
    return Event(id=eid, article_id=art, event_type=etype, actor=[_ref(a) for a in actors],
                 recipient=[_ref(r) for r in recips], date=when,
                 location=Place(name=place) if place else None, **kw)


ARTICLES = {
    "fr": Article(id="fr", text="", lang="fr", source="Le Courrier", pub_date="2024-03-12"),
    "ar": Article(id="ar", text="", lang="ar", source="Al Ofuq", pub_date="2024-03-11"),
    "en": Article(id="en", text="", lang="en", source="Wire A", pub_date="2024-03-11"),
    "en2": Article(id="en2", text="", lang="en", source="Wire B", pub_date="2024-03-11"),
}


def test_reports_across_languages_and_repeats_become_one_event():
    events = [_ev("fr#1", "fr"), _ev("fr#2", "fr", place=None), _ev("ar#1", "ar", when="2024-03"),
              _ev("en#1", "en", actors=("Lavrov",), recips=("DM",))]  # told the other way round
    canon = deduplicate_events(events, {}, ARTICLES)
    assert len(canon) == 1
    c = canon[0]
    assert c.date == "2024-03-11" and c.date_precision == "day"
    assert sorted(m.article_id for m in c.mentions) == ["ar", "en", "fr", "fr"]
    assert c.independent_sources == 3
    assert {m.lang for m in c.mentions} == {"fr", "ar", "en"}
    assert all(e.canonical_id == c.id for e in events)


def test_near_duplicate_copies_count_as_one_source():
    events = [_ev("en#1", "en"), _ev("en2#1", "en2")]
    canon = deduplicate_events(events, {"en2": "en"}, ARTICLES)
    assert len(canon) == 1
    assert canon[0].independent_sources == 1 and canon[0].source_count == 2


def test_distinct_events_stay_apart():
    events = [
        _ev("a", "en"),
        _ev("b", "en", recips=("Xi",)),  # same actor, another counterpart
        _ev("c", "fr", when="2024-03-20"),  # same people, another day
        _ev("d", "fr", etype="ACCUSE"),  # another type
        _ev("e", "ar", place="Geneva"),  # another place
        _ev("f", "ar", aux="future"),  # announced, not held
        _ev("g", "ar", negated=True),
    ]
    assert len(deduplicate_events(events, {}, ARTICLES)) == 7


def test_recalled_past_event_matches_the_event():
    events = [_ev("a", "en"), _ev("b", "fr", aux="historical")]
    assert len(deduplicate_events(events, {}, ARTICLES)) == 1


def test_undated_event_takes_its_report_week():
    near = _ev("a", "en", when=None)
    far = _ev("b", "fr", when="2023-01-05")
    canon = deduplicate_events([near, far, _ev("c", "ar")], {}, ARTICLES)
    assert len(canon) == 2
    assert near.canonical_id != far.canonical_id


def test_mentions_carry_evidence_offsets():
    ev = _ev("a", "fr")
    ev.evidence = [Evidence(article_id="fr", sentence=2, start=10, end=40, text="...")]
    (c,) = deduplicate_events([ev], {}, ARTICLES)
    m = c.mentions[0]
    assert (m.article_id, m.sentence, m.start, m.end, m.lang, m.source) == (
        "fr", 2, 10, 40, "fr", "Le Courrier")


def test_cyclic_near_duplicate_links_do_not_hang():
    events = [_ev("en#1", "en"), _ev("en2#1", "en2")]
    canon = deduplicate_events(events, {"en": "en2", "en2": "en"}, ARTICLES)
    assert len(canon) == 1


def test_within_a_story_partial_participants_merge():
    attacker_only = _ev("a", "en", etype="ASSAULT", actors=("Iran",), recips=(), place=None)
    target_only = _ev("b", "fr", etype="ASSAULT", actors=(), recips=("Israel",), place=None)
    other_target = _ev("c", "ar", etype="ASSAULT", actors=("Iran",), recips=("Jordan",), place=None)
    assert len(deduplicate_events([attacker_only, target_only], {}, ARTICLES)) == 2
    canon = deduplicate_events([attacker_only, target_only, other_target], {}, ARTICLES,
                               same_story=True)
    assert len(canon) == 2
    assert attacker_only.canonical_id == target_only.canonical_id != other_target.canonical_id
    # named sides must still share someone
    lavrov_wang = _ev("d", "en", recips=("Wang Yi",))
    lavrov_xi = _ev("e", "en", recips=("Xi Jinping",))
    assert len(deduplicate_events([lavrov_wang, lavrov_xi], {}, ARTICLES, same_story=True)) == 2


def test_a_state_and_its_government_are_one_party() -> None:
    from wirewatch.records import EntityRef
    from wirewatch.stories.dedupe import ref_key

    state = EntityRef(entity_text="Iran", code="IRN", sector="GOV", actor_id="Q794", identifier_id="Q794")
    capital = EntityRef(entity_text="Tehran", code="IRN", sector="GOV", actor_id="gov:IRN", identifier_id="gov:IRN")
    army = EntityRef(entity_text="Iranian army", code="IRN", sector="MIL", actor_id="gov:IRN")
    person = EntityRef(entity_text="Lavrov", code="RUS", sector="GOV", actor_id="kb:sergey-lavrov")
    assert ref_key(state) == ref_key(capital) == "state:IRN"
    assert ref_key(army) != "state:IRN"
    assert ref_key(person) == "kb:sergey-lavrov"


def test_merge_into_one_answers_as_deduplication_does_and_changes_nothing() -> None:
    one = [_ev("fr#1", "fr"), _ev("ar#1", "ar", when="2024-03"), _ev("en#1", "en", actors=("Lavrov",), recips=("DM",))]
    apart = [_ev("a", "en"), _ev("c", "fr", when="2024-03-20")]
    three = [_ev("a", "en"), _ev("b", "en", recips=("Xi",)), _ev("d", "fr", etype="ACCUSE")]
    for events, expected in ((one, True), (apart, False), (three, False), ([], False)):
        assert merge_into_one(events, {}, ARTICLES) is expected
        assert all(e.canonical_id is None for e in events)
        if events:
            assert (len(deduplicate_events(events, {}, ARTICLES)) == 1) is expected
