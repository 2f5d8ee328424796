from __future__ import annotations

import pytest

from wirewatch.store import search_text

SAMPLES = [
    "The Minister said: «Talks will resume» in Rabat.",
    "Œuvre ÆON ﬁn — l’ONU a dit",
    "zero\u200bwidth and no\u00a0break\u2003spaces\u3000here",
    "e\u0301te\u0301 \u0301a",
    "وقال وزير الخارجية بموسكو والرباط إن المحادثات ستستأنف",
    "بِسْمِ اللَّهِ الرَّحْمَنِ",
    "tab\tnew\nline\r\nform\x0cfeed\x1cgroup",
    "U.S.-led force (8378). 3.14% ٣٤ Straße İstanbul",
    "",
    "   ",
]


@pytest.mark.parametrize("text", SAMPLES)
def test_tokens_by_piece_equal_tokens_of_the_whole_text(text: str) -> None:
    assert search_text._text_tokens(text) == search_text.tokens(text)
    # a second call answers from the cache and must not differ
    assert search_text._text_tokens(text) == search_text.tokens(text)


def test_index_text_keeps_clitic_forms_after_the_tokens() -> None:
    indexed = search_text.index_text("بموسكو بموسكو").split()
    assert indexed[:2] == ["بموسكو", "بموسكو"]
    assert "موسكو" in indexed[2:]
