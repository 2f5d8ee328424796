"""A body noun inside a person's title is not a separate organisation mention."""

from __future__ import annotations

import pytest

from wirewatch.pipeline import Pipeline
from wirewatch.records import Article


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline(["prepare", "entities"])


def _mentions(pipeline: Pipeline, text: str) -> list[tuple[str, str]]:
    doc = next(iter(pipeline.pipe([Article(id="t", text=text, lang="fr", pub_date="2024-03-01")])))
    return [(m.type, m.text) for m in doc.mentions]


def test_council_in_a_title_is_part_of_the_title(pipeline):
    got = _mentions(pipeline, "La présidente du Conseil italien, Giorgia Meloni, a reçu lundi le roi.")
    assert ("PER", "Giorgia Meloni") in got
    assert not any(kind == "ORG" for kind, _ in got)


def test_known_body_in_a_title_stays(pipeline):
    got = _mentions(pipeline, "Le chef de la Minurso, Alexander Ivanko, a rencontré le Conseil de sécurité.")
    assert ("ORG", "Minurso") in got and ("PER", "Alexander Ivanko") in got
