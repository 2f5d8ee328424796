"""From coded documents to story records: clustering, event deduplication, store updates."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from datetime import date
from typing import Any, Protocol

from wirewatch.records import Article, Document, Event, Story
from wirewatch.stories.cluster import StoryClusterer, StoryState, StoryWeights
from wirewatch.stories.dedupe import CanonicalEvent, deduplicate_events, merge_into_one
from wirewatch.stories.embedding import EMBED_THREADS, SentenceEmbedder, embeddings_available
from wirewatch.stories.features import build_features, parse_day

MAIN_ACTORS = 8
MAIN_PLACES = 6
TITLE_ORDER = {"en": 0, "fr": 1, "ar": 2}  # first title shown by listings
SEED_MEMBERS = 6  # articles read back per stored story when a new process resumes


class StoryStore(Protocol):
    """The part of the store that stories use."""

    def save_story(self, story: Story) -> None: ...
    def get_story(self, story_id: str) -> Story | None: ...
    def iter_stories(self) -> Iterable[Story]: ...


class StoryBuilder:
    """Keeps a clusterer and the events of the articles it has seen."""

    def __init__(self, weights: StoryWeights | None = None, embed: bool | None = None,
                 embed_threads: int | None = None):
        use = embeddings_available() if embed is None else embed
        self.embedder = SentenceEmbedder(embed_threads or EMBED_THREADS) if use else None
        self.clusterer = StoryClusterer(weights)
        self.articles: dict[str, Article] = {}
        self.events: dict[str, list[Event]] = {}  # article id -> its events
        self.errors: list[str] = []
        self._canonical: dict[str, CanonicalEvent] = {}
        self._prior_events: dict[str, list[str]] = {}  # seeded story -> stored event ids
        # (event type, month) -> canonical id -> member events, to link across stories
        self._registry: dict[tuple[str, str], dict[str, list[Event]]] = {}

    def load(self) -> None:
        """Load the embedding model now rather than on the first batch."""
        if self.embedder is not None:
            self.embedder.load()

    def add(self, docs: Sequence[Document]) -> list[str]:
        """Cluster a batch; returns the ids of the stories it created or changed."""
        fresh = [d for d in docs if self.clusterer.story_of(d.article.id) is None]
        feats, errors = build_features(fresh, self.embedder)
        self.errors.extend(errors)
        by_id = {d.article.id: d for d in fresh}
        for feat in feats:
            doc = by_id[feat.article_id]
            self.articles[feat.article_id] = doc.article
            self.events[feat.article_id] = list(doc.events)
        assigned = self.clusterer.add_all(feats)
        return sorted({self.clusterer.story_of(aid) or sid for aid, sid in assigned.items()})

    def seed_from(self, stories: Iterable[Story], around: Sequence[date] = (),
                  load_document: Callable[[str], Document | None] | None = None) -> None:
        """Restore stored stories (those near a day of ``around``) so new articles can join.

        With ``load_document`` the latest ``SEED_MEMBERS`` articles of each story are
        read back and summarised again (vector, dates, numbers, events).
        """
        window = self.clusterer.w.window_days
        chosen: list[tuple[Story, date, date]] = []
        for story in sorted(stories, key=lambda s: s.id):
            first, last = parse_day(story.first_date), parse_day(story.last_date)
            if first is None or last is None or not story.article_ids:
                continue
            if self.clusterer.story_of(story.article_ids[0]) is not None:
                continue
            if around and not any(first.toordinal() - window <= d.toordinal()
                                  <= last.toordinal() + window for d in around):
                continue
            chosen.append((story, first, last))
        docs: dict[str, Document] = {}
        if load_document is not None:
            for story, _, _ in chosen:
                for aid in story.article_ids[-SEED_MEMBERS:]:
                    doc = load_document(aid)
                    if doc is not None:
                        docs[aid] = doc
        feats, errors = build_features(list(docs.values()), self.embedder)
        self.errors.extend(errors)
        by_article = {f.article_id: f for f in feats}
        for aid, doc in docs.items():
            self.articles[aid] = doc.article
            self.events[aid] = list(doc.events)
        for story, first, last in chosen:
            members = [by_article[a] for a in story.article_ids if a in by_article]
            self._prior_events[story.id] = list(story.event_ids)
            self.clusterer.seed(story.id, story.article_ids, first, last, story.titles,
                                story.actors, story.places, members)

    def canonical_events(self, story_id: str | None = None) -> list[CanonicalEvent]:
        """Deduplicated events of one story (or of everything seen)."""
        ids = (self.clusterer.stories[story_id].article_ids if story_id is not None
               else list(self.events))
        events = [e for aid in ids for e in self.events.get(aid, [])]
        near = {aid: a.near_duplicate_of for aid, a in self.articles.items() if a.near_duplicate_of}
        canon = deduplicate_events(events, near, self.articles, same_story=story_id is not None)
        if story_id is not None:
            self._link_across_stories(canon, {e.id: e for e in events}, near)
        for c in canon:
            self._canonical[c.id] = c
        return canon

    def _link_across_stories(self, canon: list[CanonicalEvent], members: dict[str, Event],
                             near: dict[str, str]) -> None:
        """Give an event recalled in another story's reports that story's canonical id."""
        for c in canon:
            if not c.date:
                continue
            key = (c.event_type, c.date[:7])
            own = [members[e] for e in c.event_ids]
            own_people = _people(own)
            bucket = self._registry.setdefault(key, {})
            for other_id in sorted(bucket):
                others = bucket[other_id]
                if other_id == c.id or {e.id for e in others} & set(c.event_ids):
                    continue
                if not own_people & _people(others):
                    continue  # no shared participant: the strict rules below cannot merge them
                # strict rules only: the stories differ, so the events must share people
                if merge_into_one(others + own, near, self.articles):
                    c.id = other_id
                    for event in own:
                        event.canonical_id = other_id
                    break
            known = {e.id for e in bucket.get(c.id, [])}
            bucket[c.id] = bucket.get(c.id, []) + [e for e in own if e.id not in known]

    def story(self, story_id: str) -> Story:
        state = self.clusterer.stories[story_id]
        record = story_record(state, self.canonical_events(story_id), self.articles)
        prior = [e for e in self._prior_events.get(story_id, []) if e not in record.event_ids]
        record.event_ids = prior + record.event_ids
        return record

    def stories(self) -> list[Story]:
        return [self.story(sid) for sid in sorted(self.clusterer.stories)]


def _people(events: Iterable[Event]) -> set[str]:
    """Identities of the participants of ``events`` (KB or Wikidata ids)."""
    return {ref.actor_id or ref.identifier_id for event in events
            for ref in (*event.actor, *event.recipient) if ref.actor_id or ref.identifier_id}


def story_record(state: StoryState, canonical: Sequence[CanonicalEvent],
                 articles: dict[str, Article]) -> Story:
    """The public Story record of a clustered story and its canonical events."""
    actors: Counter[str] = Counter(state.actors)
    for event in canonical:
        for ref in (*event.actor, *event.recipient):
            if ref.actor_id:
                actors[ref.actor_id] += len(event.mentions)
    days = [state.first_day, state.last_day]
    days += [d for d in (parse_day(e.date) for e in canonical if e.date_precision == "day") if d]
    timeline = sorted(canonical, key=lambda e: (e.date or "9999", e.id))
    ordered = sorted(state.article_ids, key=lambda a: ((articles[a].pub_date or "") if a in articles
                                                       else "", a))
    return Story(
        id=state.id,
        titles=dict(sorted(state.titles.items(), key=lambda kv: (TITLE_ORDER.get(kv[0], 9), kv[0]))),
        article_ids=ordered,
        event_ids=[e.id for e in timeline],
        actors=[a for a, _ in sorted(actors.items(), key=lambda kv: (-kv[1], kv[0]))][:MAIN_ACTORS],
        places=[p for p, _ in sorted(state.places.items(), key=lambda kv: (-kv[1], kv[0]))][:MAIN_PLACES],
        first_date=min(days).isoformat(),
        last_date=max(days).isoformat(),
    )


def update_stories(store: Any, docs: Sequence[Document],
                   builder: StoryBuilder | None = None) -> list[Story]:
    """Cluster ``docs`` into the stories held by ``store``; save and return changed stories.

    ``store`` needs ``save_story``, ``get_story`` and ``iter_stories``; a store that also
    has ``delete_story`` loses the ids of stories merged into others.  Articles already
    in a stored story are not clustered again, so re-running a batch changes nothing.
    """
    for method in ("save_story", "get_story", "iter_stories"):
        if not callable(getattr(store, method, None)):
            raise TypeError(f"store {type(store).__name__} has no {method}(); cannot keep stories")
    builder = builder or StoryBuilder()
    days = [d for d in (parse_day(doc.article.pub_date) for doc in docs) if d]
    if days:
        loader = getattr(store, "get_document", None)
        builder.seed_from(store.iter_stories(), around=sorted(set(days)),
                          load_document=loader if callable(loader) else None)
    before = set(builder.clusterer.stories)
    changed = builder.add(docs)
    merged_away = sorted(before - set(builder.clusterer.stories))
    out = [builder.story(sid) for sid in changed]
    saver = getattr(store, "save_stories", None)
    if callable(saver):
        saver(out)  # one transaction
    else:
        for story in out:
            store.save_story(story)
    set_canonical = getattr(store, "set_canonical_ids", None)
    if callable(set_canonical):
        set_canonical({e.id: e.canonical_id for doc in docs for e in doc.events if e.canonical_id})
    deleter = getattr(store, "delete_story", None)
    if callable(deleter):
        for sid in merged_away:
            deleter(sid)
    return out
