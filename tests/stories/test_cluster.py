import random
from datetime import date, timedelta

import numpy as np
import pytest

from wirewatch.records import Article, Document
from wirewatch.stories.cluster import StoryClusterer, StoryWeights
from wirewatch.stories.features import ArticleFeatures, features_from_document


def _vec(seed: int, noise: int | None = None) -> np.ndarray:
    v = np.random.default_rng(seed).standard_normal(512).astype(np.float32)
    if noise is not None:
        v = v + 0.5 * np.random.default_rng(1000 + noise).standard_normal(512).astype(np.float32)
    return v / np.linalg.norm(v)


def _feat(aid: str, day: date, topic: int, n: int, **kw) -> ArticleFeatures:
    return ArticleFeatures(article_id=aid, day=day, vector=_vec(topic, n), **kw)


D = date(2024, 3, 11)


def test_same_topic_joins_other_topic_opens():
    c = StoryClusterer()
    a = c.add(_feat("a", D, 1, 1))
    b = c.add(_feat("b", D, 1, 2))
    x = c.add(_feat("x", D, 2, 3))
    assert a == b != x


def test_same_content_months_apart_stays_apart():
    c = StoryClusterer()
    first = c.add(_feat("a", D, 1, 1))
    later = c.add(_feat("b", D + timedelta(days=60), 1, 2))
    assert first != later


def test_conflicting_named_dates_keep_a_week_later_report_apart():
    c = StoryClusterer()
    a = c.add(_feat("a", D, 1, 1, dates=frozenset({"2024-03-09"})))
    b = c.add(_feat("b", D + timedelta(days=7), 1, 2, dates=frozenset({"2024-03-16"})))
    assert a != b


def test_bridging_report_merges_two_stories():
    w = StoryWeights(threshold=0.5, merge_threshold=0.6)
    c = StoryClusterer(w)
    left, right = _vec(10), _vec(11)
    bridge = (left + right) / np.linalg.norm(left + right)
    s1 = c.add(ArticleFeatures("l", D, vector=left))
    s2 = c.add(ArticleFeatures("r", D, vector=right))
    assert s1 != s2
    c.add(ArticleFeatures("b", D, vector=bridge))
    assert c.story_of("l") == c.story_of("r") == c.story_of("b")
    assert len(c.stories) == 1


def test_deterministic_whatever_the_input_order():
    feats = [_feat(f"t{t}-{n}", D + timedelta(days=n % 3), t, n) for t in range(6) for n in range(4)]
    runs = []
    for seed in range(3):
        shuffled = feats[:]
        random.Random(seed).shuffle(shuffled)
        runs.append(StoryClusterer().add_all(shuffled))
    assert runs[0] == runs[1] == runs[2]
    assert len(set(runs[0].values())) == 6


def test_adding_an_article_twice_is_idempotent():
    c = StoryClusterer()
    sid = c.add(_feat("a", D, 1, 1))
    assert c.add(_feat("a", D, 1, 1)) == sid
    assert c.stories[sid].article_ids == ["a"]


def test_stories_leave_the_window_and_drop_member_vectors():
    c = StoryClusterer(StoryWeights(window_days=5))
    sid = c.add(_feat("a", D, 1, 1))
    c.add(_feat("z", D + timedelta(days=30), 2, 2))
    assert sid not in c._active and c.stories[sid].members == []
    assert c.stories[sid].article_ids == ["a"]


def test_shared_keys_without_vectors():
    c = StoryClusterer()
    common = {"actors": frozenset({"Q1", "Q2"}), "places": frozenset({"gn:1"}),
              "numbers": frozenset({"2703"}), "dates": frozenset({"2024-03-11"})}
    a = c.add(ArticleFeatures("a", D, **common))
    b = c.add(ArticleFeatures("b", D, **common))
    x = c.add(ArticleFeatures("x", D, actors=frozenset({"Q9"}), places=frozenset({"gn:2"})))
    assert a == b != x


def test_missing_pub_date_is_a_clear_error():
    doc = Document(Article(id="bad-1", text="x", pub_date="not a date"))
    with pytest.raises(ValueError, match="article bad-1: no usable pub_date"):
        features_from_document(doc)
