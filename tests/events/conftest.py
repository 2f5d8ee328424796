"""Fixtures shared by the events tests."""

import pytest

from wirewatch.events.lexicon import load_lexicon
from wirewatch.events.stage import EventStage


@pytest.fixture(scope="module")
def stage() -> EventStage:
    return EventStage()


@pytest.fixture(scope="module")
def lexicons():
    return {lang: load_lexicon(lang) for lang in ("en", "fr", "ar")}


@pytest.fixture
def own_dates(monkeypatch):
    """Date tests exercise the coder's own resolver, whatever the timeexpr package does."""
    from wirewatch.events import dating

    monkeypatch.setattr(dating, "_stage_event_date", None)
