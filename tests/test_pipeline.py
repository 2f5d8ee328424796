"""The stage registry and batch pipeline."""

from __future__ import annotations

import os

import pytest

from wirewatch.pipeline import WORKER_CHUNK, Pipeline, available_stages, get_stage, register_stage
from wirewatch.records import Article, Document


class Tagger:
    name = "tagger"

    def __init__(self) -> None:
        self.batches: list[int] = []

    def __call__(self, docs: list[Document]) -> list[Document]:
        self.batches.append(len(docs))
        for doc in docs:
            doc.errors.append("seen")
        return docs


def test_custom_stage_runs_in_batches_and_keeps_order() -> None:
    tagger = Tagger()
    register_stage("tagger", lambda: tagger)
    try:
        pipeline = Pipeline(["tagger"], batch_size=3)
        docs = list(pipeline.pipe(Article(id=str(i), text=f"t{i}") for i in range(7)))
        assert [d.article.id for d in docs] == [str(i) for i in range(7)]
        assert tagger.batches == [3, 3, 1]
        assert all(d.errors == ["seen"] for d in docs)
        assert get_stage("tagger") is tagger
    finally:
        register_stage("tagger", lambda: Tagger())


def test_unknown_stage_is_a_clear_error() -> None:
    with pytest.raises(KeyError, match="unknown stage"):
        get_stage("no-such-stage")


def test_default_stages_are_registered() -> None:
    for name in ("prepare", "timeexpr", "entities", "geo", "events"):
        assert name in available_stages()


def test_parallel_pipe_keeps_order_and_processes_everything() -> None:
    # the default "prepare" stage is light; this checks the pool path end to end
    pipeline = Pipeline(["prepare"], batch_size=4, workers=2)
    articles = [Article(id=str(i), text=f"Sentence number {i}. Another one.", lang="en") for i in range(21)]
    docs = list(pipeline.pipe(articles))
    assert [d.article.id for d in docs] == [str(i) for i in range(21)]
    assert all(d.sentences for d in docs)


class BatchSizeRecorder:
    """Writes, on each document, the size of the batch it came in and the process that
    built this stage."""

    name = "batch-size"

    def __init__(self) -> None:
        self.built_in = os.getpid()

    def __call__(self, docs: list[Document]) -> list[Document]:
        for doc in docs:
            doc.errors.append(f"{len(docs)} {self.built_in}")
        return docs


@pytest.fixture
def batch_size_stage():
    register_stage("batch-size", BatchSizeRecorder)
    yield "batch-size"
    register_stage("batch-size", BatchSizeRecorder)


def test_workers_get_small_tasks_and_results_keep_their_order(batch_size_stage: str) -> None:
    pipeline = Pipeline([batch_size_stage], batch_size=10, workers=2, chunk_size=3)
    docs = list(pipeline.pipe(Article(id=str(i), text=f"t{i}") for i in range(20)))
    assert [d.article.id for d in docs] == [str(i) for i in range(20)]
    assert [int(d.errors[0].split()[0]) for d in docs] == [3] * 18 + [2] * 2


def test_chunks_are_never_longer_than_a_batch() -> None:
    assert Pipeline(["prepare"], batch_size=4, workers=2, chunk_size=50).chunk_size == 4
    assert Pipeline(["prepare"], batch_size=64, workers=2).chunk_size == WORKER_CHUNK


def test_forked_workers_share_the_stages_built_here(batch_size_stage: str) -> None:
    pipeline = Pipeline([batch_size_stage], batch_size=4, workers=2)
    if not pipeline.forks_workers:
        pytest.skip("worker processes are not forked on this platform")
    docs = list(pipeline.pipe(Article(id=str(i), text=f"t{i}") for i in range(9)))
    assert {d.errors[0].split()[1] for d in docs} == {str(os.getpid())}


def test_while_waiting_runs_once_beside_the_workers_and_never_without_them(batch_size_stage: str) -> None:
    calls: list[int] = []
    articles = [Article(id=str(i), text=f"t{i}") for i in range(30)]
    parallel = Pipeline([batch_size_stage], batch_size=4, workers=2, chunk_size=2)
    assert len(list(parallel.pipe(articles, while_waiting=lambda: calls.append(1)))) == 30
    assert calls == [1]
    assert len(list(parallel.pipe(articles[:1], while_waiting=lambda: calls.append(2)))) == 1
    assert calls == [1, 2]
    single = Pipeline([batch_size_stage], batch_size=4)
    assert len(list(single.pipe(articles, while_waiting=lambda: calls.append(3)))) == 30
    assert calls == [1, 2]
