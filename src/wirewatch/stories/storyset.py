"""Reader for story sets (data/stories/dev.jsonl and sets of the same kind).

One JSON object per line: id, lang, pub_date, source, title, text, story (label), events
(list of {label, event_type, actor: [names], recipient: [names], date, location}) and
optionally near_duplicate_of.  Names stand in for linked actor ids.
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from wirewatch.records import Article, EntityRef, Event, Place


@dataclass
class StoryItem:
    article: Article
    story: str
    events: list[Event] = field(default_factory=list)
    event_labels: dict[str, str] = field(default_factory=dict)  # event id -> real-world label


def name_id(name: str) -> str:
    """A stand-in actor id for a canonical name (what the linker would return)."""
    folded = unicodedata.normalize("NFKD", name)
    folded = "".join(c for c in folded if not unicodedata.combining(c)).lower()
    return "name:" + re.sub(r"[^a-z0-9]+", "-", folded).strip("-")


def _refs(names: object, where: str) -> list[EntityRef]:
    if names is None:
        return []
    if not isinstance(names, list) or not all(isinstance(n, str) for n in names):
        raise ValueError(f"{where}: actor and recipient must be lists of names")
    return [EntityRef(entity_text=n, identifier_text=n, actor_id=name_id(n)) for n in names]


def _item(data: dict[str, object], where: str) -> StoryItem:
    for key in ("id", "text", "story", "pub_date"):
        if not isinstance(data.get(key), str) or not data[key]:
            raise ValueError(f"{where}: missing or empty field {key!r}")
    article = Article(
        id=str(data["id"]), text=str(data["text"]), title=data.get("title"),  # type: ignore[arg-type]
        pub_date=str(data["pub_date"]), lang=data.get("lang"),  # type: ignore[arg-type]
        source=data.get("source"),  # type: ignore[arg-type]
        near_duplicate_of=data.get("near_duplicate_of"),  # type: ignore[arg-type]
    )
    item = StoryItem(article=article, story=str(data["story"]))
    raw_events = data.get("events") or []
    if not isinstance(raw_events, list):
        raise ValueError(f"{where}: events must be a list")
    for n, raw in enumerate(raw_events):
        if not isinstance(raw, dict) or not raw.get("label") or not raw.get("event_type"):
            raise ValueError(f"{where}: event {n} needs a label and an event_type")
        event = Event(
            id=f"{article.id}#e{n}", article_id=article.id, event_type=str(raw["event_type"]),
            actor=_refs(raw.get("actor"), where), recipient=_refs(raw.get("recipient"), where),
            date=raw.get("date"), date_precision="day" if raw.get("date") else None,
            location=Place(name=str(raw["location"])) if raw.get("location") else None,
        )
        item.events.append(event)
        item.event_labels[event.id] = str(raw["label"])
    return item


def load_story_set(path: str | Path) -> list[StoryItem]:
    """Read a story set; raises ValueError naming the file and line of a bad record."""
    path = Path(path)
    items: list[StoryItem] = []
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise ValueError(f"{path}: cannot read story set ({exc})") from None
    for lineno, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        where = f"{path}:{lineno}"
        try:
            data = json.loads(line)
        except json.JSONDecodeError as exc:
            raise ValueError(f"{where}: not JSON ({exc.msg})") from None
        if not isinstance(data, dict):
            raise ValueError(f"{where}: expected a JSON object")
        items.append(_item(data, where))
    return items


def _gold_refs(parties: object) -> list[EntityRef]:
    refs: list[EntityRef] = []
    for party in parties if isinstance(parties, list) else []:
        if isinstance(party, dict) and (party.get("name") or party.get("text")):
            name = str(party.get("name") or party.get("text"))
            refs.append(EntityRef(entity_text=str(party.get("text") or name), identifier_text=name,
                                  code=party.get("country"), actor_id=name_id(name)))
    return refs


def gold_item(data: dict[str, object], labels: list[str], where: str) -> StoryItem:
    """A record of the shared gold FORMAT (events with evidence) plus one label per event."""
    from wirewatch.records import Evidence

    text = data.get("text")
    if not isinstance(text, str) or not isinstance(data.get("id"), str):
        raise ValueError(f"{where}: gold record needs id and text")
    raw_events = data.get("events") or []
    if not isinstance(raw_events, list) or len(raw_events) != len(labels):
        raise ValueError(f"{where}: {len(labels)} labels for {len(raw_events)} events")
    article = Article(id=str(data["id"]), text=text, pub_date=data.get("pub_date"),  # type: ignore[arg-type]
                      lang=data.get("lang"), source=data.get("source"))  # type: ignore[arg-type]
    item = StoryItem(article=article, story=str(data["id"]))
    for n, (raw, label) in enumerate(zip(raw_events, labels, strict=True)):
        evidence = str(raw.get("evidence") or "")
        start = text.find(evidence) if evidence else -1
        loc = raw.get("location") or None
        event = Event(
            id=f"{article.id}#e{n}", article_id=article.id, event_type=str(raw["event_type"]),
            actor=_gold_refs(raw.get("actor")), recipient=_gold_refs(raw.get("recipient")),
            date=raw.get("date"), negated=bool(raw.get("negated")), aux=raw.get("aux"),
            location=Place(name=str(loc.get("name") or loc.get("text"))) if isinstance(loc, dict) else None,
            evidence=[Evidence(article.id, None, start, start + len(evidence), evidence,
                               lang=article.lang)] if start >= 0 else [],
        )
        item.events.append(event)
        item.event_labels[event.id] = label
    return item
