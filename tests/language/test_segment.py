from __future__ import annotations

import pytest

from wirewatch.language.segment import language_segments
from wirewatch.records import Segment

EN = ("The Security Council extended the mandate of the mission for another year on Thursday, "
      "and the envoy said that talks would resume in the spring.")
FR = ("Le Conseil de sécurité a prorogé jeudi le mandat de la mission pour une année, et "
      "l'envoyé a indiqué que les discussions reprendraient au printemps.")
AR = ("مدد مجلس الأمن الخميس ولاية البعثة لعام آخر، وقال المبعوث إن المحادثات ستستأنف في "
      "الربيع المقبل بمشاركة جميع الأطراف.")


def assert_covers(text: str, segments: list[Segment]) -> None:
    assert segments, "no segments"
    assert segments[0].start == 0
    assert segments[-1].end == len(text)
    for left, right in zip(segments, segments[1:], strict=False):
        assert left.end == right.start
        assert left.lang != right.lang
    assert all(s.start < s.end for s in segments)


def langs(segments: list[Segment]) -> list[str]:
    return [s.lang for s in segments]


def test_seed_french_article_with_embedded_arabic_post(seed_fr: dict) -> None:
    text = seed_fr["text"]
    segments = language_segments(text, "fr")
    assert_covers(text, segments)
    assert langs(segments) == ["fr", "ar", "fr"]
    arabic = text[segments[1].start:segments[1].end]
    assert arabic.startswith("المبعوث")
    assert "(@UNNewsArabic) March 11, 2024" in arabic  # the post's signature stays with it
    assert text[segments[2].start:].startswith("Lors de la")
    assert text[:segments[0].end].rstrip().endswith("Omar Hilale.")


def test_monolingual_texts() -> None:
    for text, lang in ((EN, "en"), (FR, "fr"), (AR, "ar")):
        segments = language_segments(text)
        assert langs(segments) == [lang]
        assert_covers(text, segments)


def test_paragraph_in_another_language() -> None:
    text = f"{FR}\n\n{EN}\n\n{FR}"
    segments = language_segments(text)
    assert_covers(text, segments)
    assert langs(segments) == ["fr", "en", "fr"]
    assert text[segments[1].start:segments[1].end].strip() == EN


def test_arabic_paragraph_between_english_ones() -> None:
    text = f"{EN}\n{AR}\n{EN}"
    segments = language_segments(text)
    assert_covers(text, segments)
    assert langs(segments) == ["en", "ar", "en"]
    assert text[segments[1].start:segments[1].end].strip() == AR


def test_latin_name_inside_arabic_makes_no_segment() -> None:
    text = ("التقى المبعوث الأممي Staffan de Mistura بوزير الخارجية الروسي في موسكو، "
            "وفق ما أعلنت الأمم المتحدة (UN) على موقعها www.un.org اليوم.")
    assert langs(language_segments(text)) == ["ar"]


def test_arabic_word_quoted_in_french_makes_no_segment() -> None:
    text = ("Les manifestants du «حراك» ont de nouveau défilé vendredi à Alger, "
            "scandant « يتنحاو ڨاع » devant la Grande Poste.")
    assert langs(language_segments(text)) == ["fr"]


def test_mixed_scripts_inside_one_token() -> None:
    text = f"{FR} Le sigle ONUالأمم et le mot الـUN apparaissent. {FR}"
    segments = language_segments(text)
    assert_covers(text, segments)
    assert langs(segments) == ["fr"]


def test_bidi_marks_between_languages() -> None:
    text = f"{EN}\u200f\n\u202b{AR}\u202c\n\u200e{EN}"
    segments = language_segments(text)
    assert_covers(text, segments)
    assert langs(segments) == ["en", "ar", "en"]


@pytest.mark.parametrize("text", ["   ", "\n\n", "😀🎉👍🏽", "... !!! ---", "2024 12 31", "\u200f\u200e"])
def test_text_without_letters_is_one_undetermined_segment(text: str) -> None:
    assert language_segments(text) == [Segment(0, len(text), "und", 0.0)]
    assert language_segments(text, "fr") == [Segment(0, len(text), "fr", 0.0)]


def test_empty_text() -> None:
    assert language_segments("") == []


def test_hint_decides_short_uncertain_text() -> None:
    assert language_segments("Mistura à Moscou", "fr")[0].lang == "fr"
    assert language_segments("Mistura in Moscow", "en")[0].lang == "en"
    # a hint in another script does not override script evidence
    assert language_segments("ميستورا في موسكو", "fr")[0].lang == "ar"


def test_short_lines_take_the_language_of_their_neighbours() -> None:
    text = f"Par notre correspondant\n{FR}\nAFP\n{EN}\n— Reuters"
    segments = language_segments(text)
    assert_covers(text, segments)
    assert langs(segments) == ["fr", "en"]
    assert segments[1].start == text.index(EN)


def test_short_line_decided_by_function_words() -> None:
    text = (f"{EN}\n« Nous avons eu des échanges francs et constructifs sur l'ensemble des "
            "dossiers », a-t-il déclaré.\nHe did not give further details about the talks.")
    segments = language_segments(text)
    assert_covers(text, segments)
    assert langs(segments) == ["en", "fr", "en"]
    assert text[segments[2].start:] == "He did not give further details about the talks."


def test_short_sentence_in_another_script_between_sentences() -> None:
    text = "Le slogan était partout. لا للعهدة الخامسة يا بوتفليقة. La police n'est pas intervenue."
    segments = language_segments(text)
    assert_covers(text, segments)
    assert langs(segments) == ["fr", "ar", "fr"]
    assert text[segments[1].start:segments[1].end].strip() == "لا للعهدة الخامسة يا بوتفليقة."


def test_same_words_quoted_inside_a_sentence_make_no_segment() -> None:
    text = "Les manifestants scandaient « لا للعهدة الخامسة » devant la Grande Poste, vendredi."
    assert langs(language_segments(text)) == ["fr"]


def test_english_sentence_inside_arabic_paragraph() -> None:
    text = ("وقال الوزير في تصريح صحفي إن بلاده تدعم الحل السياسي. He said: \"We support a "
            "political solution based on realism and compromise.\" وأضاف أن المغرب منفتح على الحوار.")
    segments = language_segments(text)
    assert_covers(text, segments)
    assert langs(segments) == ["ar", "en", "ar"]
    assert text[segments[1].start:segments[1].end].startswith("He said")


def test_non_text_input_is_a_clear_error() -> None:
    with pytest.raises(TypeError, match="language_segments: text must be str, not list"):
        language_segments(["a"])  # type: ignore[arg-type]


def test_post_signature_in_french_form_stays_with_the_post() -> None:
    post = ("المبعوث الشخصي للأمين العام يزور موسكو بناء على دعوة السلطات الروسية. "
            "— أخبار الأمم المتحدة (@UNNewsArabic) 11 mars 2024")
    text = f"{FR} {post} {FR}"
    segments = language_segments(text)
    assert langs(segments) == ["fr", "ar", "fr"]
    assert text[segments[1].start:segments[1].end].strip().endswith("11 mars 2024")


def test_uncertain_lines_take_the_language_of_their_neighbours() -> None:
    text = f"{FR}\nPhoto : Fadel Senna / AFP via Getty Images, Rabat, Maroc\n{FR}"
    assert langs(language_segments(text)) == ["fr"]


def test_language_change_inside_one_paragraph() -> None:
    text = f"{FR} {EN} {FR}"
    segments = language_segments(text)
    assert_covers(text, segments)
    assert langs(segments) == ["fr", "en", "fr"]
    assert text[segments[1].start:segments[1].end].strip() == EN


def test_one_language_paragraph_with_a_foreign_name_is_not_cut() -> None:
    text = (f"{FR} Le quotidien Le Monde et le New York Times ont publié la lettre, "
            "que le Washington Post a également citée.")
    assert langs(language_segments(text)) == ["fr"]


def test_random_mixes_of_dev_items_are_segmented_by_item_language() -> None:
    import random

    from .conftest import shared_jsonl

    rows = [row for name in ("en", "fr", "ar") for row in shared_jsonl(f"gold/dev/{name}_dev.jsonl")]
    rng = random.Random(5)
    for separator in ("\n\n", "\n", " "):
        for _ in range(40):
            items = [rng.choice(rows) for _ in range(rng.randint(2, 5))]
            text = separator.join(item["text"] for item in items)
            expected: list[str] = []
            for item in items:
                if not expected or expected[-1] != item["lang"]:
                    expected.append(item["lang"])
            segments = language_segments(text)
            assert_covers(text, segments)
            assert langs(segments) == expected, (separator, [i["id"] for i in items])
