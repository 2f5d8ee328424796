"""Public records of wirewatch.

Every stage reads and enriches a :class:`Document` (one article plus everything found in
it).  The record classes are plain dataclasses so that they serialise to JSON without
ceremony; the mapping to PLOVER's field names lives in :mod:`wirewatch.plover`.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

SCHEMA_VERSION = "1"

EVENT_TYPES = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE",
    "COOPERATE", "AID", "RETREAT",
    "REQUEST", "ACCUSE", "REJECT", "THREATEN",
    "PROTEST", "MOBILIZE", "COERCE", "ASSAULT", "SANCTION",
)

QUAD_CLASS = {
    **dict.fromkeys(("AGREE", "CONSULT", "SUPPORT", "CONCEDE"), 1),
    **dict.fromkeys(("COOPERATE", "AID", "RETREAT"), 2),
    **dict.fromkeys(("REQUEST", "ACCUSE", "REJECT", "THREATEN"), 3),
    # PLOVER's quad table lists SANCTION under verbal conflict, its own section under
    # material conflict; wirewatch follows the section (see docs/plover.md).
    **dict.fromkeys(("PROTEST", "MOBILIZE", "COERCE", "ASSAULT", "SANCTION"), 4),
}

AUX_VALUES = (None, "future", "hypothetical", "historical")
PRECISIONS = ("day", "month", "year")


@dataclass
class Article:
    """One news report as ingested.  ``text`` is stored verbatim; offsets refer to it."""

    id: str
    text: str
    title: str | None = None
    url: str | None = None
    pub_date: str | None = None  # ISO 8601 date or datetime
    pub_date_source: str | None = None  # "metadata", "html", "feed", "dateline", ...
    lang: str | None = None  # dominant language (ISO 639-1)
    source: str | None = None  # outlet or origin
    extra: dict[str, Any] = field(default_factory=dict)  # unknown input fields, kept
    content_hash: str | None = None  # hash of normalised text (exact duplicates)
    near_duplicate_of: str | None = None
    near_duplicate_score: float | None = None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Article:
        known = {f for f in cls.__dataclass_fields__}
        kwargs = {k: v for k, v in data.items() if k in known}
        extra = dict(kwargs.pop("extra", None) or {})
        extra.update({k: v for k, v in data.items() if k not in known})
        return cls(**kwargs, extra=extra)


@dataclass
class Segment:
    """A stretch of the article in one language (an embedded Arabic post in French text)."""

    start: int
    end: int
    lang: str
    confidence: float = 1.0


@dataclass
class Sentence:
    index: int
    start: int
    end: int
    lang: str


@dataclass
class TimeExpression:
    """A date expression resolved against the publication date."""

    start: int
    end: int
    text: str
    value: str | None  # YYYY-MM-DD, YYYY-MM or YYYY; None when nothing fixes it
    precision: str | None  # day, month, year
    lang: str | None = None
    rule: str | None = None
    end_value: str | None = None  # for ranges


@dataclass
class Place:
    name: str
    geonames_id: int | None = None
    lat: float | None = None
    lon: float | None = None
    country: str | None = None  # ISO 3166-1 alpha-3
    adm1: str | None = None
    feature: str | None = None  # e.g. PPLC, ADM1, PCLI


@dataclass
class Role:
    role: str  # e.g. "foreign_minister"
    of: str | None = None  # country code or organisation id
    start: str | None = None
    end: str | None = None
    label: str | None = None


@dataclass
class Actor:
    """An entry of the actor knowledge base (or an actor made up for an unknown name)."""

    id: str
    name: str
    kind: str = "PER"  # PER, ORG, GPE (state), LOC, GOV (seat of government)
    wikidata: str | None = None
    country: str | None = None
    sector: str | None = None
    names: dict[str, list[str]] = field(default_factory=dict)  # lang -> names
    roles: list[Role] = field(default_factory=list)
    source: str | None = None


@dataclass
class Mention:
    """A span naming a person, organisation or place, possibly linked to an actor."""

    start: int
    end: int
    text: str
    type: str  # PER, ORG, LOC, GPE, TITLE
    lang: str | None = None
    sentence: int | None = None
    actor_id: str | None = None
    actor_name: str | None = None
    wikidata: str | None = None
    country: str | None = None
    sector: str | None = None
    role: str | None = None  # title/role attached to the mention
    place: Place | None = None
    is_metonym: bool = False  # a capital or seat standing for its government
    score: float | None = None
    rule: str | None = None


@dataclass
class EntityRef:
    """A participant of an event: PLOVER's entity object plus linking details."""

    entity_text: str
    code: str | None = None  # country code (ISO alpha-3, IGO, NGO, ...)
    sector: str | None = None
    identifier_id: str | None = None  # Wikidata id where known, else KB id
    identifier_text: str | None = None  # canonical name
    actor_id: str | None = None
    start: int | None = None
    end: int | None = None


@dataclass
class Evidence:
    article_id: str
    sentence: int | None
    start: int
    end: int
    text: str
    lang: str | None = None
    source: str | None = None  # outlet


@dataclass
class Event:
    id: str
    article_id: str
    event_type: str
    mode: str | None = None
    context: list[str] = field(default_factory=list)
    actor: list[EntityRef] = field(default_factory=list)
    recipient: list[EntityRef] = field(default_factory=list)
    date: str | None = None
    date_precision: str | None = None  # day, month, year, or "inferred"
    location: Place | None = None
    location_text: str | None = None
    negated: bool = False
    aux: str | None = None
    attribution: dict[str, Any] | None = None
    evidence: list[Evidence] = field(default_factory=list)
    rule: str | None = None
    confidence: float = 0.5
    canonical_id: str | None = None


@dataclass
class Story:
    id: str
    titles: dict[str, str] = field(default_factory=dict)  # lang -> title
    article_ids: list[str] = field(default_factory=list)
    event_ids: list[str] = field(default_factory=list)
    actors: list[str] = field(default_factory=list)
    places: list[str] = field(default_factory=list)
    first_date: str | None = None
    last_date: str | None = None


@dataclass
class Document:
    """The working document every stage enriches, as spaCy's Doc is for its components."""

    article: Article
    segments: list[Segment] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)
    time_expressions: list[TimeExpression] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    # what a stage hands to a later step that is not part of the public record
    # (e.g. ingest fingerprints computed in a worker process); never stored
    user_data: dict[str, Any] = field(default_factory=dict)

    @property
    def text(self) -> str:
        return self.article.text

    def sentence_at(self, offset: int) -> Sentence | None:
        for sentence in self.sentences:
            if sentence.start <= offset < sentence.end:
                return sentence
        return None

    def lang_at(self, offset: int) -> str | None:
        for segment in self.segments:
            if segment.start <= offset < segment.end:
                return segment.lang
        return self.article.lang
