"""The ``fingerprint`` stage: exact and near-duplicate fingerprints computed where the
language analysis runs (in worker processes during a parallel ingest), so that the
process writing to the store only compares and writes them."""

from __future__ import annotations

from wirewatch.ingest.fingerprint import content_hash, lsh_band_keys, minhash_signature
from wirewatch.records import Document

KEY = "fingerprint"


class FingerprintStage:
    name = "fingerprint"

    def __call__(self, docs: list[Document]) -> list[Document]:
        for doc in docs:
            article = doc.article
            if not isinstance(article.text, str):
                continue
            digest = article.content_hash or content_hash(article.text)
            signature = minhash_signature(article.text)
            keys = lsh_band_keys(signature)
            doc.user_data[KEY] = (digest, signature if keys else None, keys)
        return docs
