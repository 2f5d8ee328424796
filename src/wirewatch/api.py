"""The Python API: the same jobs as the command line, in memory or against a store.

>>> import wirewatch
>>> events = wirewatch.code([{"id": "a1", "text": "...", "lang": "en"}])
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from itertools import islice
from typing import Any

from wirewatch.pipeline import DEFAULT_STAGES, INGEST_STAGES, Pipeline
from wirewatch.records import Article, Document

ArticleLike = Article | dict[str, Any] | str


class InputRecordError(ValueError):
    """An input record that cannot be turned into an article."""


def to_article(item: ArticleLike) -> Article:
    """Turn a JSONL-style dict, a bare string or an Article into an Article.

    Dicts are read exactly as ``wirewatch ingest`` reads JSONL lines (same fields, same ids
    for records without one, unknown fields kept in ``extra``).
    """
    from wirewatch.ingest.jsonl import article_from_record

    if isinstance(item, Article):
        return item
    if isinstance(item, str):
        item = {"text": item}
    if not isinstance(item, dict):
        raise InputRecordError(f"expected an object with a 'text' field, got {type(item).__name__}")
    try:
        return article_from_record(item)
    except ValueError as exc:
        raise InputRecordError(str(exc)) from None


def batched(items: Iterable[Any], size: int) -> Iterator[list[Any]]:
    iterator = iter(items)
    while batch := list(islice(iterator, size)):
        yield batch


def code_documents(
    articles: Iterable[ArticleLike],
    *,
    stages: Sequence[str] = DEFAULT_STAGES,
    batch_size: int = 32,
    workers: int = 1,
) -> Iterator[Document]:
    """Run the coding pipeline over articles, yielding enriched documents in order."""
    pipeline = Pipeline(stages, batch_size=batch_size, workers=workers)
    yield from pipeline.pipe(to_article(a) for a in articles)


def code(
    articles: Iterable[ArticleLike],
    *,
    stages: Sequence[str] = DEFAULT_STAGES,
    batch_size: int = 32,
    workers: int = 1,
) -> list[dict[str, Any]]:
    """Code articles into PLOVER-style event dicts (each with ``article_id``)."""
    from wirewatch.plover import event_to_plover

    events: list[dict[str, Any]] = []
    for doc in code_documents(articles, stages=stages, batch_size=batch_size, workers=workers):
        events.extend(event_to_plover(event, doc.article) for event in doc.events)
    return events


@dataclass
class IngestReport:
    read: int = 0
    inserted: int = 0
    duplicates: int = 0
    near_duplicates: int = 0
    events: int = 0
    stories: int = 0
    errors: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "read": self.read,
            "inserted": self.inserted,
            "duplicates": self.duplicates,
            "near_duplicates": self.near_duplicates,
            "events": self.events,
            "stories": self.stories,
            "errors": list(self.errors),
        }


def ingest(
    inputs: Iterable[str],
    db: str | None = None,
    *,
    code: bool = True,
    stories: bool = True,
    options: Any = None,
    batch_size: int = 64,
    workers: int = 1,
    on_batch: Callable[[IngestReport], None] | None = None,
) -> IngestReport:
    """Read inputs into the store; with ``code``, then code every stored article not yet
    coded and update the stories.

    Each batch is one transaction: a crash loses at most the batch in flight, and a rerun
    skips what is already stored and codes only what is not coded yet.
    """
    from wirewatch.ingest import InputError, read_inputs
    from wirewatch.store import open_store

    report = IngestReport()

    def articles() -> Iterator[Article]:
        for item in read_inputs(inputs, options):
            if isinstance(item, InputError):
                report.errors.append(str(item))
            else:
                report.read += 1
                yield item

    prepare = Pipeline(INGEST_STAGES, batch_size=batch_size, workers=workers, finish=_what_the_store_needs)
    coder = Pipeline(DEFAULT_STAGES, batch_size=batch_size, workers=workers)
    builder = _story_builder(workers) if code and stories else None

    # while the workers analyse the input: the coding workers will be forked from this
    # process and share what it has loaded (the story model, used only here, loads once
    # they are at work: see analyse_store)
    warm_up = coder.load if code and coder.forks_workers else None
    with open_store(db) as store:
        for docs in batched(prepare.pipe(articles(), while_waiting=warm_up), batch_size):
            result = store.add_articles([d.article for d in docs],
                                        [d.user_data.get("fingerprint") for d in docs])
            report.inserted += len(result.inserted)
            report.duplicates += len(result.duplicates)
            report.near_duplicates += len(result.near_duplicates)
            if on_batch is not None:
                on_batch(report)
        if code:
            analyse_store(store, report=report, batch_size=batch_size, workers=workers,
                          stories=stories, on_batch=on_batch, story_builder=builder)
    return report


def _what_the_store_needs(doc: Document) -> Document:
    """Ingest stores the article and its fingerprints; the coding phase recomputes the rest."""
    return Document(doc.article, errors=doc.errors, user_data=doc.user_data)


def analyse_store(
    store: Any,
    *,
    report: IngestReport | None = None,
    batch_size: int = 64,
    workers: int = 1,
    stories: bool = True,
    on_batch: Callable[[IngestReport], None] | None = None,
    story_builder: Any = None,
) -> IngestReport:
    """Code every stored article that has no analysis yet, saving each batch as it is done.

    ``story_builder`` (a :class:`wirewatch.stories.build.StoryBuilder`) carries story
    state over from an earlier call; by default each call starts its own."""
    report = report if report is not None else IngestReport()
    pending = store.article_ids_without_analysis()
    if not pending:
        return report
    pipeline = Pipeline(DEFAULT_STAGES, batch_size=batch_size, workers=workers)
    articles = (a for a in (store.get_article(i) for i in pending) if a is not None)
    builder = None
    if stories:
        builder = story_builder if story_builder is not None else _story_builder(workers)
    # the story model is used only in this process: with workers it loads while they code
    load_stories = builder.load if builder is not None and pipeline.workers > 1 else None
    for docs in batched(pipeline.pipe(articles, while_waiting=load_stories), batch_size):
        store.save_documents(docs)
        report.events += sum(len(d.events) for d in docs)
        if builder is not None:
            from wirewatch.stories.build import update_stories

            update_stories(store, docs, builder)
        if on_batch is not None:
            on_batch(report)
    if stories:
        report.stories = _count_stories(store)
    return report


def _story_builder(workers: int = 1) -> Any:
    """One story builder for a whole run, so stories already seen are not restored again.

    Beside worker processes the embeddings use one BLAS thread: the cores are busy, and
    spinning BLAS threads would take time from the workers."""
    from wirewatch.stories.build import StoryBuilder

    return StoryBuilder(embed_threads=1 if workers > 1 else None)


def _count_stories(store: Any) -> int:
    try:
        return sum(1 for _ in store.iter_stories())
    except (AttributeError, NotImplementedError):
        return 0


def open_store(target: str | None = None) -> Any:
    """Open the SQLite file or PostgreSQL URL ``target`` (default: WIREWATCH_DB or wirewatch.db)."""
    from wirewatch.store import open_store as _open

    return _open(target)
