"""Records to and from the JSON kept in the store (nested dataclasses included)."""

from __future__ import annotations

import copy
import json
from dataclasses import fields, is_dataclass
from datetime import UTC, datetime
from typing import Any, TypeVar

from wirewatch.records import (
    Article,
    Document,
    EntityRef,
    Event,
    Evidence,
    Mention,
    Place,
    Segment,
    Sentence,
    Story,
    TimeExpression,
)

T = TypeVar("T")


def dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"), default=str)


def record_json(record: Any) -> str:
    return dumps(plain(record))


_ATOMS = frozenset({str, int, float, bool, type(None)})
_FIELD_NAMES: dict[type, tuple[str, ...]] = {}


def plain(value: Any) -> Any:
    """A record as JSON-ready values: the same JSON as ``dataclasses.asdict`` gives
    (nested records, lists, tuples and dicts included), without its deep copies."""
    kind = type(value)
    if kind in _ATOMS:
        return value
    names = _FIELD_NAMES.get(kind)
    if names is None and is_dataclass(value) and not isinstance(value, type):
        names = _FIELD_NAMES[kind] = tuple(f.name for f in fields(value))
    if names is not None:
        return {name: plain(getattr(value, name)) for name in names}
    if isinstance(value, list | tuple):
        return [plain(item) for item in value]
    if isinstance(value, dict):
        return {plain(k): plain(v) for k, v in value.items()}
    return copy.deepcopy(value)


def _build(cls: type[T], data: dict[str, Any], **nested: Any) -> T:
    """``cls(**data)`` keeping only its fields; ``nested`` replaces decoded fields."""
    names = {f.name for f in fields(cls)}  # type: ignore[arg-type]
    kwargs = {k: v for k, v in data.items() if k in names}
    kwargs.update(nested)
    return cls(**kwargs)


def place_from_dict(data: dict[str, Any] | None) -> Place | None:
    return None if data is None else _build(Place, data)


def entity_from_dict(data: dict[str, Any]) -> EntityRef:
    return _build(EntityRef, data)


def evidence_from_dict(data: dict[str, Any]) -> Evidence:
    return _build(Evidence, data)


def event_from_dict(data: dict[str, Any]) -> Event:
    return _build(
        Event,
        data,
        actor=[entity_from_dict(a) for a in data.get("actor") or []],
        recipient=[entity_from_dict(r) for r in data.get("recipient") or []],
        location=place_from_dict(data.get("location")),
        evidence=[evidence_from_dict(e) for e in data.get("evidence") or []],
        context=list(data.get("context") or []),
    )


def mention_from_dict(data: dict[str, Any]) -> Mention:
    return _build(Mention, data, place=place_from_dict(data.get("place")))


def article_from_dict(data: dict[str, Any]) -> Article:
    return Article.from_dict(dict(data))


def story_from_dict(data: dict[str, Any]) -> Story:
    return _build(Story, data)


def segment_from_dict(data: dict[str, Any]) -> Segment:
    return _build(Segment, data)


def sentence_from_dict(data: dict[str, Any]) -> Sentence:
    return _build(Sentence, data)


def time_expression_from_dict(data: dict[str, Any]) -> TimeExpression:
    return _build(TimeExpression, data)


def document_from_dict(data: dict[str, Any]) -> Document:
    return Document(
        article=article_from_dict(data["article"]),
        segments=[segment_from_dict(s) for s in data.get("segments") or []],
        sentences=[sentence_from_dict(s) for s in data.get("sentences") or []],
        time_expressions=[
            time_expression_from_dict(t) for t in data.get("time_expressions") or []
        ],
        mentions=[mention_from_dict(m) for m in data.get("mentions") or []],
        events=[event_from_dict(e) for e in data.get("events") or []],
        errors=list(data.get("errors") or []),
    )


def now_iso() -> str:
    """The current UTC time as stored in ``added_at``/``analysed_at`` columns."""
    return datetime.now(UTC).isoformat(timespec="seconds")
