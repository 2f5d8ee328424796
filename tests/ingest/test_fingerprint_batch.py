from __future__ import annotations

import pytest

from wirewatch.ingest.fingerprint import (
    minhash_signature,
    signature_similarities,
    signature_similarity,
)

TEXTS = [
    "The envoy met the foreign minister in Rabat on Monday to discuss the ceasefire.",
    "The envoy met the foreign minister in Rabat on Tuesday to discuss the ceasefire.",
    "Le ministre a rencontré l'émissaire à Rabat lundi pour parler du cessez-le-feu.",
    "التقى المبعوث وزير الخارجية في الرباط يوم الاثنين",
    "",
    "ceasefire",
]


def test_batch_similarities_equal_pairwise_ones() -> None:
    signatures = [minhash_signature(text) for text in TEXTS]
    for signature in signatures:
        expected = [signature_similarity(signature, other) for other in signatures]
        assert signature_similarities(signature, signatures) == expected


def test_batch_similarities_of_nothing_is_empty() -> None:
    assert signature_similarities(minhash_signature(TEXTS[0]), []) == []


def test_batch_similarities_reject_signatures_of_another_length() -> None:
    short = minhash_signature(TEXTS[0], num_perm=64)
    with pytest.raises(ValueError, match="different num_perm"):
        signature_similarities(minhash_signature(TEXTS[0]), [minhash_signature(TEXTS[1]), short])
