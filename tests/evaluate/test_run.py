import importlib.util
import json
from pathlib import Path

import pytest

from wirewatch.evaluate.run import evaluate_file, read_gold
from wirewatch.pipeline import Pipeline

SHARED = Path(__file__).resolve().parents[2] / ".." / "shared"
STAGE_MODULES = ["wirewatch.language.stage", "wirewatch.timeexpr.stage", "wirewatch.entities.stage",
                 "wirewatch.geo.stage"]


def write_gold(tmp_path: Path) -> Path:
    items = [
        {"id": "t-1", "lang": "en", "pub_date": "2024-05-02", "source": "synthetic",
         "text": "Police arrested twelve protesters in the capital on Wednesday.",
         "events": [{"event_type": "COERCE", "mode": "arrest", "context": [],
                     "actor": [{"text": "Police", "name": None, "country": None, "sector": "COP"}],
                     "recipient": [{"text": "protesters", "name": None, "country": None, "sector": "CVL"}],
                     "date": "2024-05-01", "location": None, "negated": False, "aux": None,
                     "evidence": "Police arrested twelve protesters", "optional": False}],
         "entities": []},
        {"id": "t-2", "lang": "fr", "pub_date": "2024-05-02", "source": "synthetic",
         "text": "Le festival de musique a attiré des milliers de visiteurs.", "events": [], "entities": []},
    ]
    path = tmp_path / "gold.jsonl"
    path.write_text("\n".join(json.dumps(i, ensure_ascii=False) for i in items) + "\nnot json\n{\"x\": 1}\n",
                    encoding="utf-8")
    return path


def test_evaluate_file_with_the_events_stage_alone(tmp_path):
    report = evaluate_file(write_gold(tmp_path), Pipeline(["events"]))
    assert report.overall.gold == 1 and report.overall.hit == 1
    assert report.overall.precision == 1.0
    assert len(report.errors) == 2 and "not JSON" in report.errors[0]
    assert report.roles["actor"].value == 1.0


def test_unreadable_gold_file_is_a_clear_error(tmp_path):
    with pytest.raises(ValueError, match="cannot read"):
        read_gold(tmp_path / "missing.jsonl")


@pytest.mark.skipif(not all(importlib.util.find_spec(m) for m in STAGE_MODULES),
                    reason="earlier pipeline stages not installed")
def test_full_pipeline_end_to_end(tmp_path):
    report = evaluate_file(write_gold(tmp_path), Pipeline())
    assert report.overall.hit == 1 and report.overall.precision == 1.0


@pytest.mark.skipif(not (SHARED / "gold" / "dev").is_dir(), reason="shared development set not present")
def test_development_set_scores(capsys):
    paths = sorted((SHARED / "gold" / "dev").glob("*_dev.jsonl"))
    pipeline = Pipeline(["events"])
    for path in paths:
        report = evaluate_file(path, pipeline)
        print(path.name)
        print(report.to_text())
        # the events stage alone (no linking) is a floor; the figures go to the log
        assert report.overall.f1 >= 0.5, path.name
