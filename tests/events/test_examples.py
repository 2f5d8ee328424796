from pathlib import Path

import pytest

from wirewatch.evaluate.run import evaluate_file
from wirewatch.pipeline import Pipeline

EXAMPLES = Path(__file__).resolve().parents[2] / "data" / "events"


@pytest.mark.parametrize("lang", ["en", "fr", "ar"])
def test_written_examples_are_coded(lang):
    report = evaluate_file(EXAMPLES / f"examples_{lang}.jsonl", Pipeline(["events"]))
    assert not report.errors
    assert report.overall.gold >= 15
    assert report.overall.f1 >= 0.85, report.to_text(details=True)
    assert report.roles["actor"].value >= 0.8, report.to_text(details=True)
