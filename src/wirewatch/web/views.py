"""JSON forms of store records for the HTTP API (PLOVER for events, plain dicts otherwise)."""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

from wirewatch.records import Article, Event, Story


class ArticleCache:
    """Articles fetched once per request, to fill the ``cite_info`` of many events."""

    def __init__(self, store: Any):
        self.store = store
        self._found: dict[str, Article | None] = {}

    def get(self, article_id: str) -> Article | None:
        if article_id not in self._found:
            self._found[article_id] = self.store.get_article(article_id)
        return self._found[article_id]


def plover_events(events: list[Event], articles: ArticleCache) -> list[dict[str, Any]]:
    from wirewatch.plover import event_to_plover

    return [event_to_plover(event, articles.get(event.article_id)) for event in events]


def article_summary(article: Article) -> dict[str, Any]:
    """An article without its text (for lists)."""
    return {
        "id": article.id, "title": article.title, "url": article.url, "pub_date": article.pub_date,
        "lang": article.lang, "source": article.source, "chars": len(article.text),
        "near_duplicate_of": article.near_duplicate_of,
        "near_duplicate_score": article.near_duplicate_score,
    }


def story_title(story: Story) -> str | None:
    for lang in ("en", "fr", "ar"):
        if lang in story.titles:
            return story.titles[lang]
    return next(iter(story.titles.values()), None)


def story_summary(story: Story) -> dict[str, Any]:
    return {
        "id": story.id, "title": story_title(story), "titles": dict(story.titles),
        "languages": sorted(story.titles), "n_articles": len(story.article_ids),
        "n_events": len(story.event_ids), "article_ids": list(story.article_ids),
        "event_ids": list(story.event_ids), "actors": list(story.actors), "places": list(story.places),
        "first_date": story.first_date, "last_date": story.last_date,
    }


def mention_dict(mention: Any) -> dict[str, Any]:
    return asdict(mention)


def story_events(store: Any, story: Story) -> list[Event]:
    """The canonical events of a story, one record each with every report as evidence.

    Story event ids are canonical ids set when the story was built; the member events are
    those of the story's articles carrying one of these ids.
    """
    from wirewatch.stories.canonical import representative
    from wirewatch.stories.dedupe import canonical_from_group

    wanted = set(story.event_ids)
    articles: dict[str, Article | None] = {a: store.get_article(a) for a in story.article_ids}
    groups: dict[str, list[Event]] = {}
    for article_id in story.article_ids:
        for event in store.query_events(article_id=article_id):
            key = event.canonical_id or event.id
            if key in wanted:
                groups.setdefault(key, []).append(event)
    known = {a: art for a, art in articles.items() if art is not None}
    near = {a: art.near_duplicate_of for a, art in known.items() if art.near_duplicate_of}
    members = {e.id: e for group in groups.values() for e in group}
    out = [representative(canonical_from_group(group, cid, near, known), members, articles)
           for cid, group in groups.items()]
    out.sort(key=lambda e: (e.date is None, e.date or "", e.id))
    return out
