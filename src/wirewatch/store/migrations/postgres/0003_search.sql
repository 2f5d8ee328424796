-- Full-text search over a normalised copy of title and text (simple configuration:
-- no stemming, the store normalises and adds Arabic clitic-stripped forms itself).
CREATE TABLE article_search (
    seq BIGINT PRIMARY KEY REFERENCES articles (seq) ON DELETE CASCADE,
    document TSVECTOR NOT NULL
);
CREATE INDEX article_search_document ON article_search USING GIN (document);
-- backfill: search
