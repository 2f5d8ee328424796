from __future__ import annotations

import pytest

from wirewatch.language.identify import function_word_vote, identify_language

from .conftest import shared_jsonl


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The minister said on Monday that the talks with Morocco had been useful and "
         "that a new round would follow.", "en"),
        ("Le ministre a déclaré lundi que les entretiens avec le Maroc avaient été utiles et "
         "qu'une nouvelle réunion suivrait.", "fr"),
        ("قال الوزير يوم الاثنين إن المحادثات مع المغرب كانت مفيدة وإن جولة جديدة ستعقد قريبا.", "ar"),
        ("El ministro dijo el lunes que las conversaciones con Marruecos fueron útiles y que "
         "habrá una nueva ronda.", "es"),
        ("Der Minister sagte am Montag, die Gespräche mit Marokko seien nützlich gewesen und "
         "eine neue Runde werde folgen.", "de"),
        ("Министр заявил в понедельник, что переговоры с Марокко были полезными.", "ru"),
        ("وزیر امور خارجه ایران روز دوشنبه با همتای روسی خود دیدار و گفتگو کرد.", "fa"),
    ],
)
def test_languages(text: str, lang: str) -> None:
    found, confidence = identify_language(text)
    assert found == lang
    assert 0.5 < confidence <= 1.0


@pytest.mark.parametrize("text", ["", "   \n\t ", "...!?", "😀👍🏽🎉", "2024-03-11 12:00", "\u200f\u200e"])
def test_no_letters_is_undetermined(text: str) -> None:
    assert identify_language(text) == ("und", 0.0)


def test_arabic_script_wins_over_a_latin_name() -> None:
    lang, confidence = identify_language("التقى ستيفان دي ميستورا (Staffan de Mistura) بوزير الخارجية")
    assert lang == "ar"
    assert confidence > 0.5


def test_short_text_is_english_or_french_with_low_confidence() -> None:
    for text in ("Bonjour", "Mr. Smith", "Le Monde"):
        lang, confidence = identify_language(text)
        assert lang in ("en", "fr")
        assert confidence < 0.5
    assert identify_language("ميستورا")[0] == "ar"
    assert identify_language("ميستورا")[1] < identify_language("المبعوث الشخصي للأمين العام")[1]


def test_function_words_decide_only_clear_cases() -> None:
    assert function_word_vote("the talks") is None  # too short
    assert function_word_vote(
        "Il presidente del consiglio ha detto che il governo non cambierà la linea."
    ) is None  # Italian: no clear English or French vote
    assert function_word_vote(
        "Le Conseil de sécurité a prorogé le mandat de la mission pour une année."
    )[0] == "fr"


def test_dev_gold_texts_are_identified_in_their_language() -> None:
    rows = [row for name in ("en", "fr", "ar") for row in shared_jsonl(f"gold/dev/{name}_dev.jsonl")]
    wrong = [row["id"] for row in rows if identify_language(row["text"])[0] != row["lang"]]
    assert not wrong


def test_non_text_input_is_a_clear_error() -> None:
    with pytest.raises(TypeError, match="identify_language: text must be str, not NoneType"):
        identify_language(None)  # type: ignore[arg-type]
