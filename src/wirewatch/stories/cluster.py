"""Incremental, deterministic story clustering across languages.

Each article is compared only with the stories active in a time window around its
publication day.  Candidates come from two bounded sources: the ``top_k`` story
centroids nearest to the article's embedding (a brute-force dot product over the
active stories only) and the stories sharing a linked actor, place, distinctive number
or named date with it (an inverted index, most recent stories first).  The article
joins the best-scoring candidate above ``threshold`` or opens a story; every other
candidate it also matches above ``merge_threshold`` is merged into that story (a
bridging report).  Stories that leave the window keep their summary but drop member
vectors, so memory grows with the number of articles only through ids.
"""

from __future__ import annotations

import hashlib
import heapq
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from itertools import islice

import numpy as np

from wirewatch.stories.embedding import DIM
from wirewatch.stories.features import ArticleFeatures


@dataclass(frozen=True)
class StoryWeights:
    """Hand-set combination, tuned on data/stories/dev.jsonl (see docs/stories.md)."""

    cosine: float = 1.0
    actors: float = 0.1
    places: float = 0.15
    place_conflict: float = 0.1
    numbers: float = 0.2
    date_match: float = 0.1
    date_conflict: float = 0.3
    gap_grace_days: float = 2.0
    gap_per_day: float = 0.04
    threshold: float = 0.68
    merge_threshold: float = 0.81
    no_vector_cosine: float = 0.4  # stands in for the cosine when either side has no vector
    member_share: float = 0.5  # weight of the best member against the story aggregate
    window_days: int = 10
    top_k: int = 16
    max_candidates: int = 12  # fully scored per article
    members_kept: int = 12
    key_fanout: int = 32  # stories taken per inverted-index key, most recently updated first


@dataclass
class StoryState:
    id: str
    first_day: date
    last_day: date
    article_ids: list[str] = field(default_factory=list)
    titles: dict[str, str] = field(default_factory=dict)  # lang -> first title seen
    actors: Counter[str] = field(default_factory=Counter)
    places: Counter[str] = field(default_factory=Counter)
    dates: Counter[str] = field(default_factory=Counter)
    numbers: Counter[str] = field(default_factory=Counter)
    vector_sum: np.ndarray | None = None
    members: list[ArticleFeatures] = field(default_factory=list)  # recent, while active

    unit: np.ndarray | None = None  # normalised vector_sum, kept in step by refresh()

    @property
    def centroid(self) -> np.ndarray | None:
        return self.unit

    def refresh(self) -> None:
        if self.vector_sum is None:
            self.unit = None
            return
        norm = float(np.linalg.norm(self.vector_sum))
        self.unit = self.vector_sum / norm if norm > 0 else None

    def keys(self) -> set[str]:
        return {*(f"a:{k}" for k in self.actors), *(f"p:{k}" for k in self.places),
                *(f"n:{k}" for k in self.numbers), *(f"d:{k}" for k in self.dates)}


def article_keys(feat: ArticleFeatures) -> set[str]:
    return {*(f"a:{k}" for k in feat.actors), *(f"p:{k}" for k in feat.places),
            *(f"n:{k}" for k in feat.numbers), *(f"d:{k}" for k in feat.dates)}


def story_id_for(article_id: str) -> str:
    return "st-" + hashlib.sha1(article_id.encode("utf-8")).hexdigest()[:16]


def _jaccard(a: Iterable[str], b: Iterable[str]) -> float:
    sa, sb = set(a), set(b)
    if not sa or not sb:
        return 0.0
    return len(sa & sb) / len(sa | sb)


def _set_terms(w: StoryWeights, feat: ArticleFeatures, actors: Iterable[str],
               places: Iterable[str], numbers: Iterable[str], dates: Iterable[str]) -> float:
    score = w.actors * _jaccard(feat.actors, actors)
    places_set = set(places)
    if feat.places and places_set:
        score += w.places if feat.places & places_set else -w.place_conflict
    if feat.numbers & set(numbers):
        score += w.numbers
    dates_set = set(dates)
    if feat.dates and dates_set:
        score += w.date_match if feat.dates & dates_set else -w.date_conflict
    return score


def _gap_penalty(w: StoryWeights, days: int) -> float:
    return w.gap_per_day * max(0.0, days - w.gap_grace_days)


def pair_score(w: StoryWeights, a: ArticleFeatures, b: ArticleFeatures) -> float:
    """Similarity of two articles; above ``w.threshold`` they tell the same story."""
    cos = (float(a.vector @ b.vector) if a.vector is not None and b.vector is not None
           else w.no_vector_cosine)
    return (w.cosine * cos + _set_terms(w, a, b.actors, b.places, b.numbers, b.dates)
            - _gap_penalty(w, abs((a.day - b.day).days)))


class _VectorIndex:
    """Centroids of active stories in one matrix; free slots are reused."""

    def __init__(self, dim: int = DIM):
        self.matrix = np.zeros((64, dim), dtype=np.float32)
        self.slot_of: dict[str, int] = {}
        self.id_at: dict[int, str] = {}
        self.free: list[int] = []
        self.used = np.zeros(64, dtype=bool)

    def put(self, story_id: str, vector: np.ndarray) -> None:
        slot = self.slot_of.get(story_id)
        if slot is None:
            if self.free:
                slot = heapq.heappop(self.free)
            else:
                slot = len(self.slot_of)
                if slot >= len(self.matrix):
                    self.matrix = np.vstack([self.matrix, np.zeros_like(self.matrix)])
                    self.used = np.concatenate([self.used, np.zeros_like(self.used)])
            self.slot_of[story_id] = slot
            self.id_at[slot] = story_id
            self.used[slot] = True
        self.matrix[slot] = vector

    def remove(self, story_id: str) -> None:
        slot = self.slot_of.pop(story_id, None)
        if slot is not None:
            del self.id_at[slot]
            self.used[slot] = False
            self.matrix[slot] = 0.0
            heapq.heappush(self.free, slot)

    def nearest(self, vector: np.ndarray, k: int) -> list[str]:
        if not self.slot_of:
            return []
        top = len(self.slot_of) + len(self.free)
        sims = self.matrix[:top] @ vector
        sims[~self.used[:top]] = -np.inf
        k = min(k, len(self.slot_of))
        idx = np.argpartition(-sims, k - 1)[:k]
        return [self.id_at[int(i)] for i in idx if np.isfinite(sims[i])]


class StoryClusterer:
    """Assigns articles to stories one at a time; see the module docstring."""

    def __init__(self, weights: StoryWeights | None = None):
        self.w = weights or StoryWeights()
        self.stories: dict[str, StoryState] = {}
        self._alias: dict[str, str] = {}  # merged story id -> surviving id
        self._article_story: dict[str, str] = {}
        self._active: set[str] = set()
        self._expiry: list[tuple[date, str]] = []  # (last_day, story id), lazy heap
        self._index: dict[str, dict[str, date]] = {}  # key -> {story id: last day}
        self._vectors = _VectorIndex()
        self._clock: date | None = None

    # -- public -------------------------------------------------------------------------
    def add_all(self, features: Iterable[ArticleFeatures]) -> dict[str, str]:
        """Assign a batch in (pub_date, id) order; returns article id -> story id."""
        out: dict[str, str] = {}
        for feat in sorted(features, key=lambda f: f.sort_key):
            out[feat.article_id] = self.add(feat)
        return {aid: self.story_of(aid) or sid for aid, sid in out.items()}

    def add(self, feat: ArticleFeatures) -> str:
        """Assign one article (idempotent for an article already assigned)."""
        known = self.story_of(feat.article_id)
        if known is not None:
            return known
        self._advance(feat.day)
        scored = self._score_candidates(feat)
        if scored and scored[0][0] >= self.w.threshold:
            target = scored[0][1]
            bridged = [sid for score, sid in scored[1:] if score >= self.w.merge_threshold]
            self._attach(target, feat)
            for other in bridged:
                target = self._merge(target, other)
            return target
        return self._open(feat)

    def story_of(self, article_id: str) -> str | None:
        sid = self._article_story.get(article_id)
        return self._resolve(sid) if sid is not None else None

    def seed(self, story_id: str, article_ids: Iterable[str], first_day: date, last_day: date,
             titles: dict[str, str] | None = None, actors: Iterable[str] = (),
             places: Iterable[str] = (), members: Iterable[ArticleFeatures] = ()) -> None:
        """Restore a stored story so that new articles can join it.

        ``members`` are features of some of its (most recent) articles, rebuilt from the
        store; they give the story its vector, dates and numbers back.
        """
        state = StoryState(id=story_id, first_day=first_day, last_day=last_day,
                           titles=dict(titles or {}), actors=Counter(actors),
                           places=Counter(places))
        self.stories[story_id] = state
        for feat in sorted(members, key=lambda f: f.sort_key):
            self._absorb(state, feat)
        state.article_ids = list(dict.fromkeys(article_ids))
        for aid in state.article_ids:
            self._article_story[aid] = story_id
        state.first_day, state.last_day = min(first_day, state.first_day), max(last_day, state.last_day)
        self._activate(state)

    # -- internals ----------------------------------------------------------------------
    def _resolve(self, sid: str) -> str:
        root = sid
        while root in self._alias:
            root = self._alias[root]
        while sid != root:  # path compression
            nxt = self._alias[sid]
            self._alias[sid] = root
            sid = nxt
        return root

    def _advance(self, day: date) -> None:
        if self._clock is None or day > self._clock:
            self._clock = day
        horizon = self._clock.toordinal() - self.w.window_days
        while self._expiry and self._expiry[0][0].toordinal() < horizon:
            last, sid = heapq.heappop(self._expiry)
            state = self.stories.get(sid)
            if state is None or sid not in self._active or state.last_day != last:
                continue  # stale entry: merged away or extended since
            self._unindex(state)
            # out of the window: keep the summary only
            state.members = []
            state.vector_sum = state.unit = None

    def _activate(self, state: StoryState) -> None:
        state.refresh()
        self._active.add(state.id)
        heapq.heappush(self._expiry, (state.last_day, state.id))
        for key in state.keys():
            self._index.setdefault(key, {})[state.id] = state.last_day
        centroid = state.centroid
        if centroid is not None:
            self._vectors.put(state.id, centroid)

    def _unindex(self, state: StoryState) -> None:
        self._active.discard(state.id)
        for key in state.keys():
            bucket = self._index.get(key)
            if bucket is not None:
                bucket.pop(state.id, None)
                if not bucket:
                    del self._index[key]
        self._vectors.remove(state.id)

    def _candidates(self, feat: ArticleFeatures) -> list[str]:
        """At most ``max_candidates`` active stories, ranked by a cheap pre-score."""
        shared: Counter[str] = Counter()
        if feat.vector is not None:
            shared.update(dict.fromkeys(self._vectors.nearest(feat.vector, self.w.top_k), 0))
        for key in sorted(article_keys(feat)):
            bucket = self._index.get(key)
            if not bucket:
                continue
            # buckets are in order of last update (stories are re-inserted when they
            # change), so the most recently active stories are at the end
            shared.update(islice(reversed(bucket), self.w.key_fanout))
        lo = feat.day.toordinal() - self.w.window_days
        hi = feat.day.toordinal() + self.w.window_days
        ranked: list[tuple[float, str]] = []
        for sid, keys in shared.items():
            state = self.stories.get(sid)
            if (state is None or sid not in self._active or state.last_day.toordinal() < lo
                    or state.first_day.toordinal() > hi):
                continue
            centroid = state.centroid
            cos = float(feat.vector @ centroid) if feat.vector is not None and centroid is not None else 0.0
            ranked.append((cos + 0.1 * keys, sid))
        ranked.sort(key=lambda x: (-x[0], x[1]))
        return [sid for _, sid in ranked[: self.w.max_candidates]]

    def _story_score(self, feat: ArticleFeatures, state: StoryState) -> float:
        w = self.w
        centroid = state.centroid
        cos = (float(feat.vector @ centroid) if feat.vector is not None and centroid is not None
               else w.no_vector_cosine)
        gap = 0
        if feat.day < state.first_day:
            gap = (state.first_day - feat.day).days
        elif feat.day > state.last_day:
            gap = (feat.day - state.last_day).days
        aggregate = (w.cosine * cos
                     + _set_terms(w, feat, state.actors, state.places, state.numbers, state.dates)
                     - _gap_penalty(w, gap))
        if not state.members:
            return aggregate
        best = max(pair_score(w, feat, m) for m in state.members)
        return w.member_share * best + (1.0 - w.member_share) * aggregate

    def _score_candidates(self, feat: ArticleFeatures) -> list[tuple[float, str]]:
        scored = [(self._story_score(feat, self.stories[sid]), sid)
                  for sid in self._candidates(feat)]
        scored.sort(key=lambda x: (-x[0], x[1]))
        return scored

    def _open(self, feat: ArticleFeatures) -> str:
        sid = story_id_for(feat.article_id)
        while sid in self.stories or sid in self._alias:  # vanishingly rare hash clash
            sid = story_id_for(sid)
        state = StoryState(id=sid, first_day=feat.day, last_day=feat.day)
        self.stories[sid] = state
        self._absorb(state, feat)
        self._activate(state)
        return sid

    def _absorb(self, state: StoryState, feat: ArticleFeatures) -> None:
        state.article_ids.append(feat.article_id)
        self._article_story[feat.article_id] = state.id
        if feat.lang and feat.title and feat.lang not in state.titles:
            state.titles[feat.lang] = feat.title
        state.actors.update(feat.actors)
        state.places.update(feat.places)
        state.dates.update(feat.dates)
        state.numbers.update(feat.numbers)
        if feat.vector is not None:
            state.vector_sum = (feat.vector.astype(np.float32).copy() if state.vector_sum is None
                                else state.vector_sum + feat.vector)
        state.members.append(feat)
        if len(state.members) > self.w.members_kept:
            state.members = state.members[-self.w.members_kept:]
        state.first_day = min(state.first_day, feat.day)
        state.last_day = max(state.last_day, feat.day)

    def _attach(self, sid: str, feat: ArticleFeatures) -> None:
        state = self.stories[sid]
        self._unindex(state)
        self._absorb(state, feat)
        self._activate(state)

    def _merge(self, a: str, b: str) -> str:
        sa, sb = self.stories[a], self.stories[b]
        keep, gone = (sa, sb) if (sa.first_day, sa.id) <= (sb.first_day, sb.id) else (sb, sa)
        self._unindex(keep)
        self._unindex(gone)
        members = sorted([*keep.members, *gone.members], key=lambda f: f.sort_key)
        keep.article_ids.extend(gone.article_ids)
        for lang, title in gone.titles.items():
            keep.titles.setdefault(lang, title)
        keep.actors.update(gone.actors)
        keep.places.update(gone.places)
        keep.dates.update(gone.dates)
        keep.numbers.update(gone.numbers)
        if gone.vector_sum is not None:
            keep.vector_sum = (gone.vector_sum.copy() if keep.vector_sum is None
                               else keep.vector_sum + gone.vector_sum)
        keep.members = members[-self.w.members_kept:]
        keep.first_day = min(keep.first_day, gone.first_day)
        keep.last_day = max(keep.last_day, gone.last_day)
        del self.stories[gone.id]
        self._alias[gone.id] = keep.id
        self._activate(keep)
        return keep.id
