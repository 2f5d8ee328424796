"""The ``events`` pipeline stage."""

from __future__ import annotations

from wirewatch.events.coder import EventCoder
from wirewatch.events.merge import merge_repeats
from wirewatch.records import Document


class EventStage:
    """Fills ``doc.events`` with PLOVER-coded events; lexicons load once per process."""

    name = "events"

    def __init__(self) -> None:
        self.coder = EventCoder()
        self.coder.warm()

    def __call__(self, docs: list[Document]) -> list[Document]:
        for doc in docs:
            try:
                doc.events = merge_repeats(self.coder.code(doc))
            except Exception as exc:  # one bad document must not stop the batch
                doc.errors.append(f"events: article {doc.article.id!r} not coded: {type(exc).__name__}: {exc}")
                doc.events = []
        return docs
