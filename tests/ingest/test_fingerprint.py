from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from pathlib import Path

import pytest

from wirewatch.ingest import (
    NEAR_DUPLICATE_THRESHOLD,
    content_hash,
    lsh_band_keys,
    minhash_signature,
    signature_similarity,
)

PAIRS = Path(__file__).resolve().parent / "fixtures" / "pairs"


def _story(lang: str, kind: str) -> str:
    return (PAIRS / f"{lang}_{kind}.txt").read_text(encoding="utf-8")


def test_content_hash_ignores_case_whitespace_and_unicode_form() -> None:
    a = "The Minister  said:\n\n\"Talks will resume.\""
    b = "the minister said: \"TALKS WILL RESUME.\"  "
    assert content_hash(a) == content_hash(b)
    # NFKC: a ligature and a full-width letter fold to their plain forms.
    assert content_hash("ﬁnal Ａgreement") == content_hash("final agreement")
    assert content_hash(a) != content_hash("The minister said talks will not resume.")


def test_content_hash_ignores_invisible_controls_and_arabic_marks() -> None:
    plain = "قال الوزير إن المحادثات ستستأنف"
    vocalised = "قَالَ الوَزِيرُ إِنَّ المُحَادَثَاتِ سَتُسْتَأْنَفُ"
    stretched = "قـــال الوزير إن المحادثات ستستأنف"
    with_controls = "\u200fقال الوزير\u200b إن المحادثات\u2067 ستستأنف\u2069"
    assert content_hash(vocalised) == content_hash(plain)
    assert content_hash(stretched) == content_hash(plain)
    assert content_hash(with_controls) == content_hash(plain)
    assert content_hash("قال الوزير إن المحادثات توقفت") != content_hash(plain)


def test_signature_shape_and_stability() -> None:
    text = _story("en", "original")
    signature = minhash_signature(text)
    assert isinstance(signature, bytes) and len(signature) == 4 * 128
    assert minhash_signature(text) == signature
    assert len(minhash_signature(text, num_perm=64)) == 4 * 64
    assert signature_similarity(signature, signature) == 1.0


@pytest.mark.parametrize("lang", ["en", "fr", "ar"])
def test_republished_story_is_near_duplicate(lang: str) -> None:
    original = minhash_signature(_story(lang, "original"))
    republished = minhash_signature(_story(lang, "republished"))
    assert signature_similarity(original, republished) > NEAR_DUPLICATE_THRESHOLD
    shared = set(lsh_band_keys(original)) & set(lsh_band_keys(republished))
    assert shared, "near duplicates must share an LSH key"


@pytest.mark.parametrize("lang", ["en", "fr", "ar"])
def test_other_story_on_same_topic_is_not_near_duplicate(lang: str) -> None:
    original = minhash_signature(_story(lang, "original"))
    other = minhash_signature(_story(lang, "other"))
    assert signature_similarity(original, other) < NEAR_DUPLICATE_THRESHOLD
    republished = minhash_signature(_story(lang, "republished"))
    assert signature_similarity(republished, other) < NEAR_DUPLICATE_THRESHOLD


def test_reformatting_keeps_similarity_high() -> None:
    text = _story("fr", "original")
    reflowed = " ".join(text.split()).upper().replace(",", " ,")
    assert signature_similarity(minhash_signature(text), minhash_signature(reflowed)) == 1.0


def test_signature_tracks_jaccard_of_word_trigrams() -> None:
    words = [f"mot{i}" for i in range(400)]
    half_changed = words[:200] + [f"autre{i}" for i in range(200)]
    # 198 shared trigrams out of 398 + 200 distinct ones: Jaccard about 0.33.
    estimate = signature_similarity(
        minhash_signature(" ".join(words)), minhash_signature(" ".join(half_changed))
    )
    assert 0.2 < estimate < 0.47


def test_empty_and_short_texts() -> None:
    empty = minhash_signature("  \n ")
    assert signature_similarity(empty, empty) == 0.0
    assert lsh_band_keys(empty) == []
    short = minhash_signature("Ceasefire")
    assert signature_similarity(short, minhash_signature("ceasefire!")) == 1.0
    assert signature_similarity(short, minhash_signature("truce")) == 0.0


def test_lsh_band_keys() -> None:
    signature = minhash_signature(_story("ar", "original"))
    keys = lsh_band_keys(signature)
    assert len(keys) == 32 and len(set(keys)) == 32
    assert all(key.startswith(f"{band:02d}:") for band, key in enumerate(keys))
    assert len(lsh_band_keys(signature, bands=16)) == 16
    other = lsh_band_keys(minhash_signature(_story("en", "original")))
    assert not set(keys) & set(other)
    with pytest.raises(ValueError):
        lsh_band_keys(signature, bands=48)


def test_mismatched_signatures_are_rejected() -> None:
    with pytest.raises(ValueError):
        signature_similarity(minhash_signature("a b c d"), minhash_signature("a b c d", 64))
    with pytest.raises(ValueError):
        signature_similarity(b"abc", b"abc")


def test_content_hash_is_sha256_of_the_normalised_text() -> None:
    expected = hashlib.sha256("l'envoyé a rencontré le ministre".encode()).hexdigest()
    assert content_hash("  L'Envoyé a\u00a0rencontré\n le MINISTRE ") == expected


def test_signatures_are_the_same_in_another_process() -> None:
    # Stored signatures must stay comparable: nothing may depend on per-process
    # hash seeds or on state built at run time.
    text = _story("fr", "original")
    code = (
        "import sys; from wirewatch.ingest import minhash_signature; "
        "sys.stdout.write(minhash_signature(sys.stdin.buffer.read().decode('utf-8')).hex())"
    )
    env = {**os.environ, "PYTHONHASHSEED": "12345"}
    other = subprocess.run(
        [sys.executable, "-c", code], input=text.encode("utf-8"), capture_output=True,
        env=env, check=True, timeout=60,
    ).stdout
    assert other.decode("ascii") == minhash_signature(text).hex()
