"""wirewatch: multilingual political event data from the news.

The public surface: :func:`code`, :func:`code_documents`, :func:`ingest`, :func:`open_store`,
:class:`Pipeline` and the records in :mod:`wirewatch.records`.
"""

from wirewatch.api import code, code_documents, ingest, open_store
from wirewatch.pipeline import Pipeline
from wirewatch.records import (
    Actor,
    Article,
    Document,
    EntityRef,
    Event,
    Evidence,
    Mention,
    Place,
    Story,
)

__version__ = "0.1.0"

__all__ = [
    "Actor", "Article", "Document", "EntityRef", "Event", "Evidence", "Mention", "Pipeline",
    "Place", "Story", "code", "code_documents", "ingest", "open_store", "__version__",
]
