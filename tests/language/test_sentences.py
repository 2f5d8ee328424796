from __future__ import annotations

import pytest

from wirewatch.language.segment import language_segments
from wirewatch.language.sentences import MAX_SENTENCE_CHARS, split_sentences
from wirewatch.records import Segment


def split(text: str, lang: str | None = None) -> list[str]:
    segments = [Segment(0, len(text), lang, 1.0)] if lang else language_segments(text)
    sentences = split_sentences(text, segments)
    for i, sentence in enumerate(sentences):
        assert sentence.index == i
        assert text[sentence.start:sentence.end] == text[sentence.start:sentence.end].strip()
        assert sentence.start < sentence.end
    return [text[s.start:s.end] for s in sentences]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mr. Smith met Dr. Jones in St. Louis. They talked.",
         ["Mr. Smith met Dr. Jones in St. Louis.", "They talked."]),
        ("The U.S. and the U.N. agreed. The talks ended.",
         ["The U.S. and the U.N. agreed.", "The talks ended."]),
        ("He lives in the U.S. The talks ended.", ["He lives in the U.S.", "The talks ended."]),
        ("John F. Kennedy spoke. So did J. R. Smith.", ["John F. Kennedy spoke.", "So did J. R. Smith."]),
        ("Growth was 3.5 per cent. It was 1.000.000 people in 2023.",
         ["Growth was 3.5 per cent.", "It was 1.000.000 people in 2023."]),
        ("See resolution No. 2703 and p. 12 of the report. Then vote.",
         ["See resolution No. 2703 and p. 12 of the report.", "Then vote."]),
        ("He hesitated... then left. Later... Nothing.", ["He hesitated... then left.", "Later...", "Nothing."]),
        ('"We will come back." The envoy left.', ['"We will come back."', "The envoy left."]),
        ("“We will come back.” The envoy left.", ["“We will come back.”", "The envoy left."]),
        ("Talks end at 5 p.m. The vote follows, e.g. on Monday.",
         ["Talks end at 5 p.m.", "The vote follows, e.g. on Monday."]),
        ("Was it agreed? Yes! It was.", ["Was it agreed?", "Yes!", "It was."]),
        ("Visit un.org/news and #Sahara.2024 now. Done.", ["Visit un.org/news and #Sahara.2024 now.", "Done."]),
    ],
)
def test_english(text: str, expected: list[str]) -> None:
    assert split(text, "en") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("M. Macron a reçu Mme Dupont et Mlle. Martin. Ils ont parlé.",
         ["M. Macron a reçu Mme Dupont et Mlle. Martin.", "Ils ont parlé."]),
        ("Lors de la 9 460e séance, la résolution 2 703 a été adoptée. Moscou s'est abstenu.",
         ["Lors de la 9 460e séance, la résolution 2 703 a été adoptée.", "Moscou s'est abstenu."]),
        ("Il a dit : « Nous reviendrons. » Puis il est parti.",
         ["Il a dit : « Nous reviendrons. »", "Puis il est parti."]),
        ("«Une solution juste et durable.» Par ailleurs, rien.",
         ["«Une solution juste et durable.»", "Par ailleurs, rien."]),
        ("« Quoi ? » a-t-il demandé. Personne n'a répondu.",
         ["« Quoi ? » a-t-il demandé.", "Personne n'a répondu."]),
        ("Le Pr. Martin et le Dr. Durand, etc. sont venus. Fin.",
         ["Le Pr. Martin et le Dr. Durand, etc. sont venus.", "Fin."]),
        ("Les Etats-Unis, la France, etc. Le reste a suivi.",
         ["Les Etats-Unis, la France, etc.", "Le reste a suivi."]),
    ],
)
def test_french(text: str, expected: list[str]) -> None:
    assert split(text, "fr") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("قال الوزير إن المحادثات كانت مفيدة. وأضاف أن جولة جديدة ستعقد، دون أن يحدد موعدها.",
         ["قال الوزير إن المحادثات كانت مفيدة.", "وأضاف أن جولة جديدة ستعقد، دون أن يحدد موعدها."]),
        ("هل انتهت المحادثات؟ لا! ستستأنف غدا.", ["هل انتهت المحادثات؟", "لا!", "ستستأنف غدا."]),
        ("وصل الوفد.#الصحراء_الغربية pic.twitter.com/AbC123 — أخبار",
         ["وصل الوفد.", "#الصحراء_الغربية pic.twitter.com/AbC123 — أخبار"]),
        ("قال الوزير «سنعود قريبا.» ثم غادر القاعة.", ["قال الوزير «سنعود قريبا.»", "ثم غادر القاعة."]),
        ("ألقى د. محمد كلمة. وقعت الحادثة سنة 2024 م. وقد انتهت.",
         ["ألقى د. محمد كلمة.", "وقعت الحادثة سنة 2024 م.", "وقد انتهت."]),
        ("بلغ النمو 3.5 بالمئة هذا العام", ["بلغ النمو 3.5 بالمئة هذا العام"]),
        ("السطر الأول بلا نقطة\nالسطر الثاني", ["السطر الأول بلا نقطة", "السطر الثاني"]),
    ],
)
def test_arabic(text: str, expected: list[str]) -> None:
    assert split(text, "ar") == expected


def test_arabic_semicolon_only_between_long_parts() -> None:
    short = "وافق الطرفان؛ لكن الخلاف استمر."
    assert split(short, "ar") == [short]
    left = "أعلنت الحكومة اليوم عن حزمة واسعة من الإجراءات الاقتصادية الجديدة"
    right = "وقال المعارضون إن هذه الإجراءات لن تكفي لمعالجة الأزمة الحالية في البلاد."
    assert split(f"{left}؛ {right}", "ar") == [f"{left}؛", right]


def test_paragraph_break_always_ends_a_sentence() -> None:
    assert split("First part without stop\n\nsecond part", "en") == [
        "First part without stop", "second part"]
    assert split("Titre de l'article\n\nLe texte commence ici.", "fr") == [
        "Titre de l'article", "Le texte commence ici."]


def test_hard_wrapped_lines_are_joined() -> None:
    text = "The envoy travelled to Moscow\nand met the minister.\nHe left on Monday."
    assert split(text, "en") == [
        "The envoy travelled to Moscow\nand met the minister.", "He left on Monday."]


def test_sentences_stay_inside_segments(seed_fr: dict) -> None:
    text = seed_fr["text"]
    segments = language_segments(text, "fr")
    sentences = split_sentences(text, segments)
    assert [s.index for s in sentences] == list(range(len(sentences)))
    for sentence in sentences:
        owner = [seg for seg in segments if seg.start <= sentence.start and sentence.end <= seg.end]
        assert len(owner) == 1 and owner[0].lang == sentence.lang
    arabic = [text[s.start:s.end] for s in sentences if s.lang == "ar"]
    assert arabic[0].startswith("المبعوث") and arabic[0].endswith("الروسية.")
    assert arabic[1].startswith("وأجرى") and arabic[1].endswith("فيرشينين.")
    french = [text[s.start:s.end] for s in sentences if s.lang == "fr"]
    assert any(s.startswith("Lors de la 9 460e séance") for s in french)
    assert any(s.endswith("acceptable.»") for s in french)


def test_empty_and_degenerate_texts() -> None:
    assert split_sentences("", []) == []
    assert split("   \n\n  ", "en") == []
    assert split("😀🎉👍🏽", "und") == ["😀🎉👍🏽"]
    assert split("... !!! ...", "en") == ["... !!! ..."]
    assert split("\u200f\u200e", "ar") == []
    text = "No segments given. Still split."
    assert [text[s.start:s.end] for s in split_sentences(text, [])] == [
        "No segments given.", "Still split."]


def test_bidi_marks_are_not_part_of_sentence_edges() -> None:
    text = "\u200fقال الوزير إن المحادثات مفيدة.\u200f \u200fوأضاف أنها ستستأنف.\u200f"
    assert split(text, "ar") == ["قال الوزير إن المحادثات مفيدة.", "وأضاف أنها ستستأنف."]


def test_very_long_text_without_punctuation_is_cut_into_bounded_pieces() -> None:
    words = "mot " * 50_000
    pieces = split(words, "fr")
    assert all(len(p) <= MAX_SENTENCE_CHARS for p in pieces)
    assert "".join(p + " " for p in pieces) == words
    arabic = "كلمة؛ " * 40_000
    assert all(len(p) <= MAX_SENTENCE_CHARS for p in split(arabic, "ar"))
    unbroken = "x" * 10_000
    assert split(unbroken, "en") == [unbroken[i:i + MAX_SENTENCE_CHARS]
                                     for i in range(0, 10_000, MAX_SENTENCE_CHARS)]


def test_arabic_curly_quotes_after_punctuation() -> None:
    text = "وقال المتحدث “لن نتراجع.” وغادر القاعة بعد ذلك."
    assert split(text, "ar") == ["وقال المتحدث “لن نتراجع.”", "وغادر القاعة بعد ذلك."]


def test_arabic_comma_never_ends_a_sentence() -> None:
    text = "قال الوزير، في مؤتمر صحفي، إن الحكومة، رغم الضغوط، لن تغير موقفها"
    assert split(text, "ar") == [text]


def test_segments_outside_the_text_are_clipped() -> None:
    text = "First one. Second one."
    sentences = split_sentences(text, [Segment(-5, 500, "en")])
    assert [text[s.start:s.end] for s in sentences] == ["First one.", "Second one."]


def test_non_text_input_is_a_clear_error() -> None:
    with pytest.raises(TypeError, match="split_sentences: text must be str, not bytes"):
        split_sentences(b"abc", [])  # type: ignore[arg-type]


def test_company_suffix_can_end_a_sentence() -> None:
    assert split("Shares of Acme Inc. rose. He bought Acme Inc. The deal closed.", "en") == [
        "Shares of Acme Inc. rose.", "He bought Acme Inc.", "The deal closed."]


def test_list_items_on_their_own_lines_are_sentences() -> None:
    text = "The resolution asks for:\n- a ceasefire\n- talks without preconditions\n• a report"
    assert split(text, "en") == [
        "The resolution asks for:", "- a ceasefire", "- talks without preconditions", "• a report"]
