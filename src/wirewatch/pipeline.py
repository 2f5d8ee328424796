"""The ordered stages that turn articles into coded events.

A stage is any object with a ``name`` and a ``__call__(docs) -> docs`` taking a batch of
:class:`~wirewatch.records.Document`.  Stages are registered by name with
:func:`register_stage` and built lazily, so a pipeline is data (a list of names) and each
stage loads its models once per process.  Stages never call each other.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterable, Iterator
from typing import Protocol

from wirewatch.records import Article, Document


class Stage(Protocol):
    name: str

    def __call__(self, docs: list[Document]) -> list[Document]: ...


StageFactory = Callable[[], Stage]

# name -> "module:factory"; resolved on first use so importing wirewatch stays cheap.
_REGISTRY: dict[str, str | StageFactory] = {
    "prepare": "wirewatch.language.stage:PrepareStage",
    "fingerprint": "wirewatch.ingest.stage:FingerprintStage",
    "timeexpr": "wirewatch.timeexpr.stage:TimeExpressionStage",
    "entities": "wirewatch.entities.stage:EntityStage",
    "geo": "wirewatch.geo.stage:GeoStage",
    "events": "wirewatch.events.stage:EventStage",
}

DEFAULT_STAGES: tuple[str, ...] = ("prepare", "timeexpr", "entities", "geo", "events")
INGEST_STAGES: tuple[str, ...] = ("prepare", "fingerprint")

_INSTANCES: dict[str, Stage] = {}


def register_stage(name: str, factory: str | StageFactory) -> None:
    """Register (or replace) a stage factory under ``name``."""
    _REGISTRY[name] = factory
    _INSTANCES.pop(name, None)


def available_stages() -> list[str]:
    return list(_REGISTRY)


def get_stage(name: str) -> Stage:
    """The process-wide instance of a stage, built on first use."""
    if name not in _INSTANCES:
        try:
            factory = _REGISTRY[name]
        except KeyError:
            raise KeyError(f"unknown stage {name!r}; known: {', '.join(_REGISTRY)}") from None
        if isinstance(factory, str):
            module_name, _, attr = factory.partition(":")
            factory = getattr(importlib.import_module(module_name), attr)
        _INSTANCES[name] = factory()
    return _INSTANCES[name]


class Pipeline:
    """Runs named stages in order over batches of documents."""

    def __init__(self, stages: Iterable[str] = DEFAULT_STAGES, batch_size: int = 32, workers: int = 1,
                 finish: Callable[[Document], Document] | None = None, chunk_size: int | None = None):
        """``finish``, a module-level function, trims each processed document to what the
        caller needs (in the worker, so less is sent back between processes).

        With ``workers > 1`` the documents go to the workers in tasks of ``chunk_size``
        (default :data:`WORKER_CHUNK`, at most ``batch_size``): small tasks keep every
        worker busy to the end of a run instead of one finishing a long batch alone.
        """
        self.stage_names = list(stages)
        self.batch_size = max(1, batch_size)
        self.workers = max(1, workers)
        self.finish = finish
        self.chunk_size = max(1, min(self.batch_size, chunk_size or WORKER_CHUNK))

    @property
    def stages(self) -> list[Stage]:
        return [get_stage(name) for name in self.stage_names]

    def load(self) -> None:
        """Build every stage in this process now (models load once per process)."""
        for name in self.stage_names:
            get_stage(name)

    @property
    def forks_workers(self) -> bool:
        """True when worker processes are forked from this one and so share the stages
        already built here instead of building their own."""
        return self.workers > 1 and _start_method() == "fork"

    def process(self, docs: list[Document]) -> list[Document]:
        for stage in self.stages:
            docs = stage(docs)
        if self.finish is not None:
            docs = [self.finish(doc) for doc in docs]
        return docs

    def batches(self, articles: Iterable[Article], size: int | None = None) -> Iterator[list[Document]]:
        size = size or self.batch_size
        batch: list[Document] = []
        for article in articles:
            batch.append(Document(article))
            if len(batch) >= size:
                yield batch
                batch = []
        if batch:
            yield batch

    def pipe(self, articles: Iterable[Article],
             while_waiting: Callable[[], None] | None = None) -> Iterator[Document]:
        """Process articles in batches, yielding documents in input order.

        With ``workers > 1`` the documents go to a pool of processes, each holding its
        own stage instances; results keep the input order.  Where workers are forked the
        stages are built here first, so the models load once and the workers share them.
        ``while_waiting`` is called once, in this process, as soon as the first tasks are
        with the workers (to load what comes next while they work); with one worker it
        is never called.
        """
        if self.workers == 1:
            for batch in self.batches(articles):
                yield from self.process(batch)
            return
        yield from self._pipe_parallel(articles, while_waiting)

    def _pipe_parallel(self, articles: Iterable[Article],
                       while_waiting: Callable[[], None] | None) -> Iterator[Document]:
        import gc
        import multiprocessing
        from collections import deque
        from concurrent.futures import ProcessPoolExecutor

        forking = self.forks_workers
        if forking:
            self.load()
            # objects that exist now are left alone by the collector in the workers, so
            # their pages stay shared with this process instead of being copied
            gc.freeze()
        context = multiprocessing.get_context(_start_method())
        # enough tasks queued that the workers never wait while this process stores
        # and clusters a whole batch of results
        in_flight = max(2 * self.workers, 2 * -(-self.batch_size // self.chunk_size))
        try:
            with ProcessPoolExecutor(self.workers, mp_context=context, initializer=_init_worker,
                                     initargs=(self.stage_names, self.finish)) as pool:
                pending: deque = deque()
                for chunk in self.batches(articles, self.chunk_size):
                    pending.append(pool.submit(_process_in_worker, chunk))
                    if len(pending) >= in_flight:
                        if while_waiting is not None:
                            while_waiting()
                            while_waiting = None
                        yield from pending.popleft().result()
                if while_waiting is not None and pending:
                    while_waiting()
                while pending:
                    yield from pending.popleft().result()
        finally:
            if forking:
                gc.unfreeze()


WORKER_CHUNK = 8  # documents per task sent to a worker process


def _start_method() -> str:
    import multiprocessing

    return "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"


_WORKER_PIPELINE: Pipeline | None = None


def _init_worker(stage_names: list[str], finish: Callable[[Document], Document] | None) -> None:
    global _WORKER_PIPELINE
    _WORKER_PIPELINE = Pipeline(stage_names, finish=finish)


def _process_in_worker(batch: list[Document]) -> list[Document]:
    assert _WORKER_PIPELINE is not None
    return _WORKER_PIPELINE.process(batch)
