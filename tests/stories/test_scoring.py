import pytest

from wirewatch.stories.scoring import bcubed, dedupe_score, pairwise


def test_pairwise_counts_pairs():
    gold = {"a": "1", "b": "1", "c": "1", "d": "2"}
    pred = {"a": "x", "b": "x", "c": "y", "d": "y"}
    score = pairwise(gold, pred)
    # predicted pairs: ab, cd; gold pairs: ab, ac, bc; shared: ab
    assert score.precision == pytest.approx(0.5)
    assert score.recall == pytest.approx(1 / 3)
    assert score.f1 == pytest.approx(0.4)


def test_bcubed_averages_items():
    gold = {"a": "1", "b": "1", "c": "2"}
    pred = {"a": "x", "b": "x", "c": "x"}
    score = bcubed(gold, pred)
    assert score.precision == pytest.approx((2 / 3 + 2 / 3 + 1 / 3) / 3)
    assert score.recall == pytest.approx(1.0)


def test_mismatched_items_are_an_error():
    with pytest.raises(ValueError, match="differ on items: c"):
        pairwise({"a": "1", "c": "1"}, {"a": "x"})


def test_dedupe_score():
    gold = {"e1": "talks", "e2": "talks", "e3": "vote", "e4": "strike"}
    pred = {"e1": "c1", "e2": "c2", "e3": "c3", "e4": "c3"}
    score = dedupe_score(gold, pred)
    assert score.events == 3
    assert score.counted_once == pytest.approx(2 / 3)
    assert score.wrongly_merged == pytest.approx(1 / 3)
