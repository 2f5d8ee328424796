-- Per-article analysis: segments, sentences, time expressions, mentions and coded events.
CREATE TABLE analyses (
    article_id TEXT PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
    segments TEXT NOT NULL,
    sentences TEXT NOT NULL,
    time_expressions TEXT NOT NULL,
    errors TEXT NOT NULL,
    analysed_at TEXT NOT NULL
);

CREATE TABLE mentions (
    article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    ord INTEGER NOT NULL,
    start_char INTEGER NOT NULL,
    end_char INTEGER NOT NULL,
    text TEXT NOT NULL,
    type TEXT NOT NULL,
    lang TEXT,
    actor_id TEXT,
    record_json TEXT NOT NULL,
    PRIMARY KEY (article_id, ord)
);
CREATE INDEX mentions_actor_id ON mentions (actor_id);

CREATE TABLE events (
    id TEXT PRIMARY KEY,
    article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    ord INTEGER NOT NULL,
    event_type TEXT NOT NULL,
    mode TEXT,
    event_date TEXT,
    date_precision TEXT,
    negated INTEGER NOT NULL,
    aux TEXT,
    confidence REAL NOT NULL,
    actor_codes TEXT,
    actor_names TEXT,
    recipient_codes TEXT,
    recipient_names TEXT,
    location_country TEXT,
    record_json TEXT NOT NULL
);
CREATE INDEX events_article_id ON events (article_id);
CREATE INDEX events_event_type ON events (event_type);
CREATE INDEX events_event_date ON events (event_date);
CREATE INDEX events_location_country ON events (location_country);

CREATE TABLE events_actors (
    event_id TEXT NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    role TEXT NOT NULL CHECK (role IN ('actor', 'recipient')),
    ord INTEGER NOT NULL,
    code TEXT,
    sector TEXT,
    actor_id TEXT,
    identifier_id TEXT,
    name TEXT,
    entity_text TEXT,
    match_text TEXT NOT NULL,
    PRIMARY KEY (event_id, role, ord)
);
CREATE INDEX events_actors_code ON events_actors (code);
CREATE INDEX events_actors_actor_id ON events_actors (actor_id);
CREATE INDEX events_actors_identifier_id ON events_actors (identifier_id);
