-- Full-text search over a normalised copy of title and text; rowid = articles.seq.
-- The copy is written by the store (see search_text.py), not by a trigger, because the
-- Arabic normalisation and clitic forms are computed in Python.
CREATE VIRTUAL TABLE article_search USING fts5 (
    title,
    body,
    tokenize = 'unicode61 remove_diacritics 2'
);
-- backfill: search
