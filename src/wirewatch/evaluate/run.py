"""Run the pipeline over a gold file and score its output."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from wirewatch.evaluate.report import Report
from wirewatch.evaluate.score import score_items
from wirewatch.pipeline import Pipeline
from wirewatch.records import Article, Event


def read_gold(path: str | Path) -> tuple[list[dict[str, Any]], list[str]]:
    """Gold items of a JSONL file and one-line errors for the lines that are not items."""
    items: list[dict[str, Any]] = []
    errors: list[str] = []
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise ValueError(f"{path}: cannot read gold file: {exc}") from None
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
        except json.JSONDecodeError as exc:
            errors.append(f"{path}:{number}: not JSON: {exc.msg}")
            continue
        if not isinstance(item, dict) or "id" not in item or not isinstance(item.get("text"), str):
            errors.append(f"{path}:{number}: not a gold item (needs 'id' and 'text')")
            continue
        if not isinstance(item.get("events", []), list):
            errors.append(f"{path}:{number}: 'events' is not a list")
            continue
        items.append(item)
    return items, errors


def article_of(item: dict[str, Any]) -> Article:
    return Article(id=str(item["id"]), text=item["text"], lang=item.get("lang"),
                   pub_date=item.get("pub_date"), title=item.get("title"),
                   source=item.get("source"))


def predict(items: list[dict[str, Any]], pipeline: Pipeline | None = None) -> dict[str, list[Event]]:
    pipeline = pipeline or Pipeline()
    return {doc.article.id: doc.events for doc in pipeline.pipe(article_of(i) for i in items)}


def evaluate_file(path: str | Path, pipeline: Pipeline | None = None) -> Report:
    """Run ``pipeline`` (default: all stages) on the items of a gold file and score them."""
    items, errors = read_gold(path)
    report = score_items(items, predict(items, pipeline))
    report.errors.extend(errors)
    return report
