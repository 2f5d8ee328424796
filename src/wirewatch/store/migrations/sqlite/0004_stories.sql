-- Stories (clusters of articles across languages) and canonical events.
ALTER TABLE events ADD COLUMN canonical_id TEXT;
CREATE INDEX events_canonical_id ON events (canonical_id);

CREATE TABLE stories (
    id TEXT PRIMARY KEY,
    record_json TEXT NOT NULL,
    first_date TEXT,
    last_date TEXT,
    updated_at TEXT NOT NULL
);

CREATE TABLE story_articles (
    story_id TEXT NOT NULL REFERENCES stories (id) ON DELETE CASCADE,
    article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    PRIMARY KEY (story_id, article_id)
);
CREATE INDEX story_articles_article_id ON story_articles (article_id);

-- No foreign key on event_id: re-coding an article replaces its events, stories are rebuilt.
CREATE TABLE story_events (
    story_id TEXT NOT NULL REFERENCES stories (id) ON DELETE CASCADE,
    event_id TEXT NOT NULL,
    PRIMARY KEY (story_id, event_id)
);
CREATE INDEX story_events_event_id ON story_events (event_id);
