"""Segment and sentence invariants over random mixed-script text (fixed seed)."""

from __future__ import annotations

import random

from wirewatch.language.segment import language_segments
from wirewatch.language.sentences import split_sentences

_PIECES = [
    "Le ministre a reçu l'envoyé des Nations unies. ", "The envoy met the minister on Monday. ",
    "قال الوزير إن المحادثات كانت مفيدة. ", "Mr. ", "M. ", "U.S. ", "3.5 ", "9 460e ", "«", "»", "“", "”",
    "?", "!", "؟", "؛", "،", "...", "…", "\n", "\n\n", " ", "\u00a0", "\u200f", "\u200e", "\u202b",
    "\u202c", "\u200b", "😀", "👍🏽", "#الصحراء_الغربية ", "pic.twitter.com/x1Y2 ", "@UN ", "(@UNNews) March 11, 2024 ",
    "Staffan de Mistura ", "ستيفان دي ميستورا ", "ONUالأمم", "الـUN", "Путин ", "e\u0301", "\u064e", "ـ", "\ud83d", "x",
]


_INVISIBLE = set("\u200b\u200c\u200d\u200e\u200f\u061c\u2060\ufeff\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


def _texts(count: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(_PIECES) for _ in range(rng.randint(0, 60))) for _ in range(count)]


def test_segments_cover_text_and_sentences_nest() -> None:
    for text in _texts(600, seed=3):
        for hint in (None, "fr", "ar"):
            segments = language_segments(text, hint)
            if not text:
                assert segments == []
                continue
            assert segments[0].start == 0 and segments[-1].end == len(text), repr(text)
            for left, right in zip(segments, segments[1:], strict=False):
                assert left.end == right.start and left.lang != right.lang, repr(text)
            assert all(s.start < s.end and 0.0 <= s.confidence <= 1.0 for s in segments)
            sentences = split_sentences(text, segments)
            assert [s.index for s in sentences] == list(range(len(sentences)))
            previous_end = 0
            for sentence in sentences:
                assert previous_end <= sentence.start < sentence.end, repr(text)
                previous_end = sentence.end
                owners = [g for g in segments if g.start <= sentence.start and sentence.end <= g.end]
                assert len(owners) == 1 and owners[0].lang == sentence.lang, repr(text)
                chunk = text[sentence.start:sentence.end]
                assert chunk.strip() == chunk and chunk
            # what lies between sentences is only white space and invisible controls
            gaps = [text[a.end:b.start] for a, b in zip(sentences, sentences[1:], strict=False)]
            if sentences:
                gaps += [text[:sentences[0].start], text[sentences[-1].end:]]
            else:
                gaps = [text]
            assert all(not "".join(ch for ch in gap if ch not in _INVISIBLE).strip()
                       for gap in gaps), repr(text)
