"""The written test set of time expressions (tests/timeexpr/data/time_expressions.jsonl)."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from wirewatch.timeexpr.scoring import case_result, load_cases, score_cases

DATA = Path(__file__).resolve().parent / "data"


def test_case_set_shape():
    cases = load_cases(DATA / "time_expressions.jsonl")
    assert len(cases) >= 300
    langs = Counter(case["lang"] for case in cases)
    assert all(langs[lang] >= 90 for lang in ("en", "fr", "ar"))
    for case in cases:
        assert set(case) >= {"text", "lang", "anchor", "expression", "value", "precision"}
        if case["expression"] is not None:
            assert case["expression"] in case["text"]


def test_accuracy_on_case_set():
    score = score_cases(load_cases(DATA / "time_expressions.jsonl"))
    assert score.accuracy >= 0.95, "\n".join(score.failures)
    assert all(c / t >= 0.95 for c, t in score.by_lang.values())


def test_held_out_set():
    cases = load_cases(DATA / "time_expressions_heldout.jsonl")
    score = score_cases(cases)
    assert score.total == len(cases) >= 90
    assert score.accuracy >= 0.95, "\n".join(score.failures)  # measured 0.980


def test_scoring_detects_a_wrong_expectation():
    case = {"text": "The envoy arrived yesterday.", "lang": "en", "anchor": "2024-03-12",
            "expression": "yesterday", "value": "2024-03-10", "precision": "day"}
    assert case_result(case)[0] is False
    case["value"] = "2024-03-11"
    assert case_result(case)[0] is True
