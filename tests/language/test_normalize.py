from __future__ import annotations

import random

import pytest

from wirewatch.language.normalize import normalize_for_matching, normalize_with_offsets


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sergueï LAVROV", "serguei lavrov"),
        ("Élysée, Côte d’Ivoire", "elysee, cote d'ivoire"),
        ("«Rabat» “Alger” „Paris‟ ‹a› ‘b’ ‚c′ 5″", "\"rabat\" \"alger\" \"paris\" 'a' 'b' 'c' 5\""),
        ("pro‐Russian – pro—Western ― x−y", "pro-russian - pro-western - x-y"),
        ("Straße", "strasse"),
        ("Kılıçdaroğlu, Łukasz, Søren, Œuvre, cœur", "kilicdaroglu, lukasz, soren, oeuvre, coeur"),
        ("ﬁnal", "final"),
        ("  many   spaces\t\nand\u00a0nbsp  ", "many spaces and nbsp"),
        ("zero\u200bwidth\u200c joiners\u200d\u2060\ufeff", "zerowidth joiners"),
        ("\u200eleft\u200f right\u061c \u202atext\u202c \u2067iso\u2069", "left right text iso"),
        ("", ""),
        ("plain ascii text", "plain ascii text"),
    ],
)
def test_latin_and_punctuation(text: str, expected: str) -> None:
    assert normalize_for_matching(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("أَخْبَارُ", "اخبار"),  # harakat removed, hamza-on-alef folded
        ("إيران آسيا ٱلله", "ايران اسيا الله"),  # alef variants
        ("مستشفى", "مستشفي"),  # alef maqsura -> yeh
        ("الأمم المتحدة", "الامم المتحده"),  # teh marbuta -> heh
        ("مسؤول مسئول", "مسوول مسيول"),  # hamza carriers fold to their carrier
        ("الـــمـــغـــرب", "المغرب"),  # tatweel
        ("القرار ٢٧٠٣ و۱۲", "القرار 2703 و12"),  # Arabic-Indic and Persian digits
        ("ٱلرَّحْمَٰنِ", "الرحمن"),  # superscript alef
        ("ذَٰلِكَ ٱلْكِتَٰبُ لَا رَيْبَ ۛ فِيهِ ۛ", "ذلك الكتب لا ريب فيه"),  # Quranic marks, superscript alef
        ("ﻻ ﺍﻟﺴﻼﻡ", "لا السلام"),  # presentation forms
        ("قال، ثم سأل؟", "قال, ثم سال?"),
    ],
)
def test_arabic(text: str, expected: str) -> None:
    assert normalize_for_matching(text, "ar") == expected


def test_lang_argument_does_not_change_script_rules() -> None:
    text = "Mistura ميستورا"
    assert normalize_for_matching(text, "fr") == normalize_for_matching(text, "ar")


def test_offsets_small_example() -> None:
    text = "  Sergueï\u200b  LAVROV, «أَخْبَار»"
    norm, mapping = normalize_with_offsets(text)
    assert norm == 'serguei lavrov, "اخبار"'
    assert len(mapping) == len(norm) + 1
    assert mapping[-1] == len(text)
    a = norm.index("lavrov")
    b = a + len("lavrov")
    assert text[mapping[a]:mapping[b]] == "LAVROV"
    a = norm.index("اخبار")
    b = a + len("اخبار")
    assert text[mapping[a]:mapping[b]] == "أَخْبَار"


def test_offsets_expansion_maps_every_char_to_its_source() -> None:
    text = "x ﷺ ﬁ y"
    norm, mapping = normalize_with_offsets(text)
    assert norm.startswith("x صلي الله عليه وسلم fi y")
    assert {mapping[i] for i in range(2, 2 + len("صلي الله عليه وسلم"))} == {2}
    assert mapping[norm.index("fi")] == mapping[norm.index("fi") + 1] == text.index("ﬁ")


_ALPHABET = (
    list("abcdefXYZ éèïôÇ ßİ") + ["e\u0301", "a\u0308", "\u0301", "\u0323"]
    + list("ابتثجحخدذرسشصضطظعغفقكلمنهوي ءأإآؤئىةٱ") + ["\u064e", "\u0651", "\u0652", "\u0670", "\u06d6", "\u0640"]
    + list("٠١٢٣۴۵0123") + list("«»“”„‘’′″–—-.,;:!?؟،؛")
    + ["\u200b", "\u200c", "\u200d", "\u200e", "\u200f", "\u202b", "\u202c", "\u2066", "\u2069", "\ufeff"]
    + [" ", "  ", "\t", "\n", "\u00a0", "\u2009"] + ["ﬁ", "ﻻ", "①", "Ⅻ", "😀", "👍🏽", "\ud83d"]
    + list("Жжδ") + ["\u093e", "क"]
)


def _random_texts(count: int, seed: int = 20240312) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(_ALPHABET) for _ in range(rng.randint(0, 40))) for _ in range(count)]


def test_offset_map_properties_on_random_text() -> None:
    for text in _random_texts(3000):
        norm, mapping = normalize_with_offsets(text)
        assert norm == normalize_for_matching(text), repr(text)
        assert len(mapping) == len(norm) + 1
        assert mapping[-1] == len(text)
        assert all(0 <= m < len(text) for m in mapping[:-1])
        assert mapping == sorted(mapping)
        assert norm == norm.strip(" ") and "  " not in norm
        # every token of the normalised text maps back to a span that normalises to it
        position = 0
        for token in norm.split(" "):
            a, b = position, position + len(token)
            position = b + 1
            original = text[mapping[a]:mapping[b]]
            assert normalize_for_matching(original) == token, (repr(text), token, repr(original))


def test_normalisation_is_idempotent_on_random_text() -> None:
    for text in _random_texts(1000, seed=7):
        once = normalize_for_matching(text)
        assert normalize_for_matching(once) == once, repr(text)


def test_no_controls_marks_or_variants_survive() -> None:
    removed = set("\u200b\u200c\u200d\u2060\ufeff\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e"
                  "\u2066\u2067\u2068\u2069\u0640\u064b\u064e\u0651\u0652\u0670أإآٱىةؤئ«»“”‘’٠١۴")
    for text in _random_texts(1000, seed=11):
        assert not removed & set(normalize_for_matching(text)), repr(text)


def test_ascii_maps_one_to_one_so_offsets_are_positions() -> None:
    text = "".join(chr(c) for c in range(128))
    norm, mapping = normalize_with_offsets(text)
    assert len(norm) == len(normalize_for_matching(text))
    for i, offset in enumerate(mapping[:-1]):
        source = text[offset]
        assert norm[i] == (" " if source.isspace() else source.lower())


def test_non_text_input_is_a_clear_error() -> None:
    with pytest.raises(TypeError, match="normalize_for_matching: text must be str, not int"):
        normalize_for_matching(5)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="normalize_with_offsets: text must be str, not NoneType"):
        normalize_with_offsets(None)  # type: ignore[arg-type]
