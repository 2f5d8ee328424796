"""The stage registry and batch pipeline."""

from __future__ import annotations

import pytest

from wirewatch.pipeline import Pipeline, available_stages, get_stage, register_stage
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
