from wirewatch.events.lexicon import LANGS, load_lexicon
from wirewatch.records import EVENT_TYPES

MODES = {
    "CONSULT": {"visit", "third-party", "multilateral", "phone"},
    "RETREAT": {"withdraw", "release", "disarm", "ceasefire", "access", "resign"},
    "REQUEST": {"assist", "change", "yield", "meet"},
    "REJECT": {"assist", "change", "yield", "meet"},
    "ACCUSE": {"disapprove", "investigate", "allege"},
    "THREATEN": {"restrict", "arrest", "relations", "expel", "territory", "violence"},
    "PROTEST": {"demo", "riot", "strike", "hunger", "boycott", "obstruct", "vandalize"},
    "SANCTION": {"convict", "expel", "withdraw", "discontinue"},
    "MOBILIZE": {"troops", "weapons", "police", "militia"},
    "COERCE": {"seize", "restrict", "censor", "curfew", "martial-law", "arrest", "deport", "withhold",
               "misinformation", "cyber"},
    "ASSAULT": {"abduct", "beat", "torture", "sexual", "targeted", "destroy", "primitive", "firearms",
                "explosives", "suicide-attack", "aerial", "drone", "heavy-weapons", "crowd-control",
                "unconventional"},
}


def test_every_language_covers_every_type_with_valid_modes():
    for lang in LANGS:
        lexicon = load_lexicon(lang)
        types = {t.event_type for t in lexicon.triggers}
        assert types == set(EVENT_TYPES), (lang, set(EVENT_TYPES) - types)
        for trigger in lexicon.triggers:
            if trigger.mode is not None:
                assert trigger.mode in MODES.get(trigger.event_type, set()), (lang, trigger.source)
        for key in ("negation_before", "future_before", "reporting", "anonymous", "social_media"):
            assert lexicon.cues[key], (lang, key)
        assert lexicon.generic


def test_unknown_language_is_a_clear_error():
    try:
        load_lexicon("de")
    except ValueError as exc:
        assert "de" in str(exc)
    else:
        raise AssertionError("expected ValueError")
