"""The store over the shared seed reports and development items (read, never copied)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from wirewatch.records import Article
from wirewatch.store import Store
from wirewatch.store.search_text import tokens

SHARED = Path(__file__).resolve().parents[2] / ".." / "shared"
SEEDS = SHARED / "seeds" / "seeds.jsonl"
DEV = sorted((SHARED / "gold" / "dev").glob("*.jsonl")) if SHARED.is_dir() else []


def _read(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


@pytest.mark.skipif(not SEEDS.is_file(), reason="shared seed reports not present")
def test_seed_reports_are_stored_once(store: Store) -> None:
    articles = [Article.from_dict(row) for row in _read(SEEDS)]
    first = store.add_articles(articles)
    assert first.inserted == [a.id for a in articles]
    again = store.add_articles([Article.from_dict(row) for row in _read(SEEDS)])
    assert again.inserted == [] and len(again.duplicates) == len(articles)
    for article in articles:
        assert store.get_article(article.id) == article


@pytest.mark.skipif(not DEV, reason="shared development items not present")
def test_every_participant_and_place_as_written_finds_its_item(store: Store) -> None:
    items = [item for path in DEV for item in _read(path)]
    store.add_articles([
        Article(id=i["id"], text=i["text"], lang=i["lang"], pub_date=i.get("pub_date"))
        for i in items
    ])
    missed = []
    searched = 0
    needs_clitic_forms = 0  # Arabic forms not among the item's words as written
    for item in items:
        words = set(tokens(item["text"]))
        forms = set()
        for event in item["events"]:
            for role in ("actor", "recipient"):
                forms.update(p["text"] for p in event.get(role) or [] if p.get("text"))
            if (event.get("location") or {}).get("text"):
                forms.add(event["location"]["text"])
        for form in sorted(forms):
            searched += 1
            if item["lang"] == "ar" and not set(tokens(form)) <= words:
                needs_clitic_forms += 1
            if item["id"] not in {h.article_id for h in store.search(form, limit=100)}:
                missed.append((item["id"], form))
    assert searched > 100
    assert needs_clitic_forms > 0  # so the clitic handling is exercised
    assert missed == []
