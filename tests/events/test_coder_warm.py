"""Tables built on first use are built by ``EventCoder.warm`` instead, before workers fork."""

from __future__ import annotations

import pytest

from wirewatch.events import participants
from wirewatch.events.coder import EventCoder
from wirewatch.events.lexicon import LANGS


def test_warm_builds_every_language_index_and_the_anchor_indexes(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(participants, "_INDEXES", {})
    coder = EventCoder()
    assert not participants._INDEXES
    coder.warm()
    assert set(participants._INDEXES) == set(LANGS)
    for lexicon in coder.lexicons.values():
        assert "anchor_index" in vars(lexicon) and "case_traps" in vars(lexicon)


def test_the_event_stage_is_warm_when_built(monkeypatch: pytest.MonkeyPatch) -> None:
    from wirewatch.events.stage import EventStage

    monkeypatch.setattr(participants, "_INDEXES", {})
    EventStage()
    assert set(participants._INDEXES) == set(LANGS)


def test_warm_builds_the_regional_adjective_indexes(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(participants, "_REGIONAL", {})
    EventCoder().warm()
    assert set(participants._REGIONAL) == set(LANGS)
