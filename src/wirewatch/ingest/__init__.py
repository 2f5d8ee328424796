"""Reading reports into :class:`~wirewatch.records.Article` records.

Inputs are files, directories, http(s) URLs and JSON Lines on stdin; formats are plain
text, HTML, RSS/Atom, JSONL and WARC in any common encoding.  The package also gives the
fingerprints a store uses to find exact and near duplicates.  See docs/ingest.md.
"""

from wirewatch.ingest.fingerprint import (
    NEAR_DUPLICATE_THRESHOLD,
    content_hash,
    lsh_band_keys,
    minhash_signature,
    signature_similarity,
)
from wirewatch.ingest.jsonl import read_jsonl
from wirewatch.ingest.options import IngestOptions, InputError
from wirewatch.ingest.reader import read_inputs

__all__ = [
    "NEAR_DUPLICATE_THRESHOLD",
    "IngestOptions",
    "InputError",
    "content_hash",
    "lsh_band_keys",
    "minhash_signature",
    "read_inputs",
    "read_jsonl",
    "signature_similarity",
]
