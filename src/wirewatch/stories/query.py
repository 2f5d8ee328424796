"""Listing and showing stories: the filters behind ``wirewatch stories`` and the API."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import asdict
from typing import Any

from wirewatch.records import Story


def story_matches(story: Story, actor: str | None = None, since: str | None = None,
                  until: str | None = None, lang: str | None = None) -> bool:
    """True when the story names ``actor`` (id, or a substring of one), overlaps the
    date range [since, until] (ISO dates, either open) and has a report in ``lang``."""
    if actor is not None:
        needle = actor.casefold()
        if not any(needle == a.casefold() or needle in a.casefold() for a in story.actors):
            return False
    if since is not None and story.last_date is not None and story.last_date < since[:10]:
        return False
    if until is not None and story.first_date is not None and story.first_date > until[:10]:
        return False
    return not (lang is not None and lang not in story.titles)


def list_stories(stories: Iterable[Story], actor: str | None = None, since: str | None = None,
                 until: str | None = None, lang: str | None = None) -> Iterator[Story]:
    """Stories passing the filters, newest first (then by id)."""
    kept = [s for s in stories if story_matches(s, actor, since, until, lang)]
    yield from sorted(kept, key=lambda s: (s.last_date or "", s.id), reverse=True)


def story_line(story: Story) -> dict[str, Any]:
    """The one-line JSON form of ``wirewatch stories --format jsonl``."""
    title = next(iter(story.titles.values()), None)
    for lang in ("en", "fr", "ar"):
        if lang in story.titles:
            title = story.titles[lang]
            break
    return {"id": story.id, "title": title, "article_ids": list(story.article_ids),
            "event_ids": list(story.event_ids)}


def story_dict(story: Story) -> dict[str, Any]:
    """The full JSON form of ``wirewatch story ID``."""
    return asdict(story)


def filter_stories(store: Any, actor: str | None = None, since: str | None = None,
                   until: str | None = None, lang: str | None = None) -> list[Story]:
    """The stories of ``store`` passing the filters of :func:`list_stories`."""
    return list(list_stories(store.iter_stories(), actor=actor, since=since, until=until, lang=lang))
