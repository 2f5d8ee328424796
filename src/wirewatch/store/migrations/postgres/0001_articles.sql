-- Articles as ingested, their MinHash fingerprints and near-duplicate links.
CREATE TABLE articles (
    seq BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    title TEXT,
    text TEXT NOT NULL,
    url TEXT,
    pub_date TEXT,
    pub_date_source TEXT,
    lang TEXT,
    source TEXT,
    extra TEXT NOT NULL DEFAULT '{}',
    content_hash TEXT,
    near_duplicate_of TEXT,
    near_duplicate_score DOUBLE PRECISION,
    added_at TEXT NOT NULL
);
CREATE UNIQUE INDEX articles_content_hash ON articles (content_hash) WHERE content_hash IS NOT NULL;
CREATE INDEX articles_lang ON articles (lang);
CREATE INDEX articles_pub_date ON articles (pub_date);
CREATE INDEX articles_source ON articles (source);

CREATE TABLE fingerprints (
    article_id TEXT PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
    signature BYTEA NOT NULL
);

CREATE TABLE fingerprint_bands (
    band_key TEXT NOT NULL,
    article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    PRIMARY KEY (band_key, article_id)
);
CREATE INDEX fingerprint_bands_article ON fingerprint_bands (article_id);

CREATE TABLE near_duplicates (
    article_id TEXT PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
    original_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    score DOUBLE PRECISION NOT NULL
);
CREATE INDEX near_duplicates_original ON near_duplicates (original_id);
