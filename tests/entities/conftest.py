from __future__ import annotations

import pytest

from wirewatch.entities.detect import Detector
from wirewatch.records import Article, Document, Mention


@pytest.fixture(scope="session")
def detector() -> Detector:
    return Detector()


@pytest.fixture(scope="session")
def detect(detector: Detector):
    def run(text: str, lang: str | None = "en") -> list[Mention]:
        doc = Document(Article(id="t", text=text, lang=lang))
        mentions = detector.detect([doc])[0]
        for m in mentions:
            assert doc.text[m.start : m.end] == m.text
        return mentions

    return run


def find(mentions: list[Mention], text: str) -> Mention:
    hits = [m for m in mentions if m.text == text]
    assert hits, f"{text!r} not in {[m.text for m in mentions]}"
    return hits[0]
