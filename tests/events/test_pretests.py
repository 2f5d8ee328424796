"""The cheap pre-tests of the lexicons skip patterns that cannot match, and nothing else."""

import re

import pytest

from wirewatch.events.lexicon import (
    TriggerRule,
    case_traps,
    leading_literals,
    load_lexicon,
    required_literals,
)
from wirewatch.events.participants import ParticipantFinder
from wirewatch.events.textnorm import fold, script_lang
from wirewatch.events.triggers import TriggerMatch, _resolve, find_triggers_in_spans
from wirewatch.records import Article, Document

TEXTS = {
    "en": "Police arrested dozens of protesters and the army shelled the town; officials sent aid "
          "and the minister called for talks.\nHe held talks with his counterpart, who was in Cairo "
          "for consultations, and said the government stood firmly behind the plan. Gunmen attacked "
          "a convoy; rebels seized the airport and the court convicted two journalists.",
    "fr": "La police a arrêté des manifestants, l'armée a bombardé la ville et le ministre a appelé "
          "à des négociations.\nLes deux ministres se sont entretenus et se sont accordés sur un "
          "cessez-le-feu ; des hommes armés ont attaqué un convoi et les soldats ont riposté.",
    "ar": "اعتقلت الشرطة عشرات المحتجين وقصف الجيش المدينة، ودعا الوزير الى المفاوضات وهدد بفرض عقوبات.\n"
          "وزار الرئيس القاهرة حيث عقدت قمة ثنائية، وناشدت الحكومة المجتمع الدولي تقديم المساعدات.",
}


def _full_scan(folded: str, spans: list[tuple[int, int]], lang: str) -> list[list[tuple[str, int, int]]]:
    """Every pattern run over the whole stretch, as the triggers were found before the index."""
    lex = load_lexicon(lang)
    lo, hi = spans[0][0], spans[-1][1]
    buckets: list[list[TriggerMatch]] = [[] for _ in spans]
    for rule in lex.triggers:
        for m in rule.pattern.finditer(folded, lo, hi):
            prefix = m.groupdict().get("pre") if lang == "ar" else None
            s, e = m.start() + (len(prefix) if prefix else 0), m.end()
            while e > s and folded[e - 1].isspace():
                e -= 1
            inside = [i for i, (a, b) in enumerate(spans) if a <= s and e <= b]
            if e > s and inside:
                buckets[inside[0]].append(TriggerMatch(rule, s, e, prefix))
    return [[(t.rule.source, t.start, t.end) for t in _resolve(b)] for b in buckets]


def _spans(text: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for line in text.split("\n"):
        spans.append((start, start + len(line)))
        start += len(line) + 1
    return spans


@pytest.mark.parametrize("lang", sorted(TEXTS))
def test_indexed_search_finds_what_every_pattern_finds(lang):
    folded = fold(TEXTS[lang])
    spans = _spans(TEXTS[lang])
    found = find_triggers_in_spans(folded, spans, load_lexicon(lang))
    assert [[(t.rule.source, t.start, t.end) for t in b] for b in found] == _full_scan(folded, spans, lang)
    assert sum(map(len, found)) > 5


def test_letters_matching_only_by_case_folding_turn_the_pretests_off():
    # "ı" (dotless) matches "i" under IGNORECASE: the patterns must still be run
    text = "The mınıster held talks ın Ankara and offıcials saıd they stood behınd the plan."
    folded = fold(text)
    lex = load_lexicon("en")
    assert lex.case_traps.search(folded)
    found = find_triggers_in_spans(folded, [(0, len(folded))], lex)
    assert [[(t.rule.source, t.start, t.end) for t in b] for b in found] == _full_scan(folded, [(0, len(folded))], "en")
    assert found[0]


def test_required_literals_are_in_every_match():
    assert required_literals(r"h(?:eld|olds?) (?:\w+ ){0,3}(?:talks|consultations)") == ("consultations", "talks")
    assert required_literals(r"(?:have |has )?agreed(?=\s*[,.;])") == ("agreed",)
    assert required_literals(r"an? (?:lone )?(?:gunman|assailant)") == ("assailant", "gunman")
    assert required_literals(r"(?:is|was) \w+") == ()  # nothing long enough
    assert required_literals(r"(?:talks|\w+ing)") == ("ing", "talks")
    assert required_literals(r"(?:talks|\w+)s") == ()  # one branch without a literal
    assert required_literals(r"Security\s+Council") == ("security",)  # the longer one


def test_leading_literals_open_every_match():
    assert leading_literals(r"(?:have\s+|has\s+)?agreed") == ("agreed", "has", "have")
    assert leading_literals(r"h(?:eld|olds?|olding)\s+talks") == ("held", "hold", "holding")
    assert leading_literals(r"(?:(?<=will )travel|visit(?:ed|s)?)") == ("travel", "visit")
    assert leading_literals(r"(?:is|was)\s+in") == ()  # too short to anchor
    assert leading_literals(r"\w+\s+talks") == ()


def test_derived_anchors_find_what_a_full_scan_finds():
    rule = TriggerRule("AGREE", None, (), re.compile(r"(?<!\w)(?:(?:have\s+|has\s+)?agreed)(?!\w)", re.I),
                       "(?:have |has )?agreed", anchors=leading_literals(r"(?:have\s+|has\s+)?agreed"))
    lex = load_lexicon("en")
    folded = fold("They have agreed. It has  agreed, she agreed, hasagreed, disagreed.")
    found = find_triggers_in_spans(folded, [(0, len(folded))], type(lex)("en", [rule], {}, []))[0]
    assert [folded[t.start:t.end] for t in found] == ["have agreed", "has  agreed", "agreed"]


def test_case_traps():
    assert case_traps(frozenset("in")).search("ı") and case_traps(frozenset("in")).search("İ")
    assert case_traps(frozenset("st")).search("ſ")
    assert not case_traps(frozenset("ab")).search("ı")
    assert not case_traps(frozenset("ti")).search("TI")  # upper case lowers to the literal


@pytest.mark.parametrize("lang", sorted(TEXTS))
def test_role_noun_pretest_finds_what_every_pattern_finds(lang):
    doc = Document(Article(id="t", text=TEXTS[lang], lang=lang))
    lexicons = {lang: load_lexicon(lang)}
    finder = ParticipantFinder(doc, lexicons)
    unfiltered = type(lexicons[lang])(lang, lexicons[lang].triggers, lexicons[lang].cues,
                                      lexicons[lang].generic, lexicons[lang].fallback)
    plain = ParticipantFinder(doc, {lang: unfiltered})
    for start, end in _spans(TEXTS[lang]):
        got = finder._generic(start, end, lang, [])
        assert got == plain._generic(start, end, lang, [])
    assert any(finder._generic(start, end, lang, []) for start, end in _spans(TEXTS[lang]))


def test_script_lang_counts_letters_not_marks_digits_or_punctuation():
    assert script_lang("قال الوزير إن المفاوضات ستستأنف") == "ar"
    assert script_lang("Le ministre a dit « قال » hier", "fr") == "fr"
    # vowel marks, Arabic digits and the Arabic comma are no letters: two Arabic letters of three
    assert script_lang("بَ، ٣٤٥ بِ x") == "ar"
    assert script_lang("بَ، ٣٤٥ x y", "en") == "en"
    assert script_lang("١٢٣ ، ؟", "en") == "en"
    assert script_lang("", "fr") == "fr"


@pytest.mark.parametrize("lang", ["en", "fr", "ar"])
def test_rule_match_at_a_place_tries_only_the_rules_anchored_there(lang):
    from wirewatch.events.modality import _rule_matches_at, _types_matching_at

    lex = load_lexicon(lang)
    for text in (fold(TEXTS[lang]), fold(TEXTS[lang]).replace("s", "ſ", 3).replace("i", "İ", 2)):
        for pos in range(len(text) + 1):
            expected = any(rule.pattern.match(text, pos) for rule in lex.triggers)
            assert _rule_matches_at(text, pos, lex) == expected, (text[pos:pos + 30], pos)
            types = {rule.event_type for rule in lex.triggers if rule.pattern.match(text, pos)}
            assert _types_matching_at(text, pos, lex) == types, (text[pos:pos + 30], pos)


def test_topic_contexts_of_a_sentence_are_those_of_each_cue():
    from wirewatch.events.context import _TOPIC_CUES, contexts

    sentence = "the army shelled the disputed territory before the election; oil exports fell"
    expected = ["military"] + [ctx for ctx, pattern in _TOPIC_CUES
                               if ctx != "military" and pattern.search(sentence)]
    for _ in range(2):  # the second call is answered from the sentence's cached topics
        assert contexts(("military",), sentence, "ASSAULT") == expected
    assert contexts((), sentence, "CONSULT") == ["diplomatic"] + [ctx for ctx, pattern in _TOPIC_CUES
                                                                 if pattern.search(sentence)]
    assert contexts((), "nothing here", "ASSAULT") == []
