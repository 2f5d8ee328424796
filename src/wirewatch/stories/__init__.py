"""Incremental cross-lingual story clustering and event deduplication."""

from wirewatch.stories.build import StoryBuilder, story_record, update_stories
from wirewatch.stories.cluster import StoryClusterer, StoryWeights
from wirewatch.stories.dedupe import CanonicalEvent, EventMention, deduplicate_events
from wirewatch.stories.features import ArticleFeatures, build_features, features_from_document
from wirewatch.stories.query import list_stories, story_dict, story_line

__all__ = [
    "ArticleFeatures", "CanonicalEvent", "EventMention", "StoryBuilder", "StoryClusterer",
    "StoryWeights", "build_features", "deduplicate_events", "features_from_document",
    "list_stories", "story_dict", "story_line", "story_record", "update_stories",
]
