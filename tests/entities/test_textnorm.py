from __future__ import annotations

from wirewatch.entities.textnorm import fold, fold_with_offsets, tokenize


def test_fold_merges_arabic_variants_and_drops_marks():
    assert fold("إِسرائيلُ") == fold("اسرائيل")
    assert fold("مدرســة") == fold("مدرسة")
    assert fold("Élysée") == "elysee"


def test_offsets_map_folded_characters_back():
    text = "a\u200fب\u0640ـc"
    folded, offsets = fold_with_offsets(text)
    assert folded == "ابc".replace("ا", "a")
    assert [text[i] for i in offsets] == ["a", "ب", "c"]


def test_tokens_cover_original_text():
    text = "L’ambassadeur d'Algérie, Russia’s U.N. envoy"
    toks = tokenize(text)
    assert [t.text for t in toks] == ["L’", "ambassadeur", "d'", "Algérie", ",", "Russia", "’s",
                                      "U.N.", "envoy"]
    for t in toks:
        assert text[t.start : t.end] == t.text


def test_invisible_characters_never_start_or_end_a_token():
    text = "\u200fموسكو\u200f"
    (tok,) = tokenize(text)
    assert tok.text == "موسكو"
    assert tok.is_arabic


def test_tokenize_respects_bounds():
    text = "Paris and Rabat"
    assert [t.text for t in tokenize(text, 6, 15)] == ["and", "Rabat"]
