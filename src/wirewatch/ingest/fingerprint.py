"""Exact and near-duplicate fingerprints of article text.

Exact duplicates: :func:`content_hash` hashes a normalised copy of the text, so that the
same report with different line breaks, letter case, Unicode forms, invisible controls
or Arabic vowel marks and tatweel gets the same hash.

Near duplicates: :func:`minhash_signature` is a MinHash over **word 3-grams** of the
normalised text with punctuation removed.  Word trigrams rather than character n-grams
because:

* a republished wire story keeps almost all of its word trigrams (only those touching a
  changed sentence differ), while two different stories on the same topic share few of
  them beyond stock phrases.  Character 5-grams are dominated by frequent words and
  affixes: on the story triples in tests/ingest/fixtures/pairs, two different stories
  on the same topic share 0.13-0.20 of their character 5-grams (Jaccard) but only
  0.01-0.03 of their word trigrams, while republished copies score 0.73-0.80 and
  0.70-0.74, so trigrams leave a much wider gap for the threshold;
* a word is one shingle instead of about six, which keeps fingerprinting cheap;
* splitting on whitespace after normalisation is language independent for the scripts
  wirewatch reads (Latin, Arabic): Arabic clitics stay attached to their word, which is
  fine since a copy of a text carries the same clitics.

Signatures are ``num_perm`` little-endian unsigned 32-bit integers (``4 * num_perm``
bytes).  Shingle hashes (CRC-32 of each word, combined) and the permutation
coefficients (BLAKE2 of fixed strings) are fixed, so signatures are stable across
processes, machines and library versions and can be stored.
"""

from __future__ import annotations

import hashlib
import re
import string
import unicodedata
import zlib
from collections.abc import Sequence
from functools import cache, lru_cache

import numpy as np

# Chosen by measurement on the English, French and Arabic story triples in
# tests/ingest/fixtures/pairs (see docs/ingest.md): a story republished with a new
# headline and one of eight paragraphs rewritten has a true trigram Jaccard of 0.70-0.74
# (estimates 0.69-0.82); a different story on the same topic 0.01-0.03 (estimates
# 0.02-0.03).  With 128 slots an estimate's standard error is at most 0.044, so 0.5
# sits about five errors away from both, and still admits copies with two of eight
# paragraphs rewritten (Jaccard about 0.55).
NEAR_DUPLICATE_THRESHOLD: float = 0.5

_EMPTY_SLOT = np.uint32(0xFFFFFFFF)

# Invisible format controls, bidi controls, soft hyphen, Arabic tatweel and the Arabic
# vowel and Quranic annotation marks (harakat, superscript alef, small high marks).
_STRIP_RE = re.compile(
    "[\u00ad\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff"
    "\u0640\u064b-\u065f\u0670\u06d6-\u06ed\u08d3-\u08ff]"
)
# Punctuation removed before shingling: all of ASCII's (a fast byte table) and the common
# non-ASCII marks of English, French and Arabic text.  NFKC has already folded
# full-width forms and the ellipsis.  A rarer mark stays attached to its word, which
# costs a little recall on re-punctuated copies and nothing else.
_ASCII_PUNCT = bytes.maketrans(
    string.punctuation.encode("ascii"), b" " * len(string.punctuation)
)
_UNICODE_PUNCT_RE = re.compile(
    "[\u00a1\u00a7\u00ab\u00b0\u00b6\u00b7\u00bb\u00bf\u2010-\u2027\u2030-\u205e"
    "\u060c\u061b\u061f\u066a-\u066d\u06d4\u20ac]+"
)


# A store fingerprints each text twice in a row (content hash, then MinHash).
@lru_cache(maxsize=4)
def _fold(text: str) -> str:
    return _STRIP_RE.sub("", unicodedata.normalize("NFKC", text).casefold())


def normalize_for_hash(text: str) -> str:
    """The normalised text that :func:`content_hash` hashes."""
    return " ".join(_fold(text).split())


def content_hash(text: str) -> str:
    """SHA-256 (hex) of the normalised text; equal for exact duplicates."""
    return hashlib.sha256(normalize_for_hash(text).encode("utf-8")).hexdigest()


def _shingle_hashes(text: str) -> np.ndarray:
    """32-bit hashes of the word 3-grams of the normalised text."""
    folded = _UNICODE_PUNCT_RE.sub(" ", _fold(text))
    words = folded.encode("utf-8").translate(_ASCII_PUNCT).split()
    if not words:
        return np.empty(0, dtype=np.uint32)
    tokens = np.fromiter(map(zlib.crc32, words), dtype=np.uint64, count=len(words))
    # Repeated shingles are left in: they cannot change a minimum, and np.unique would
    # cost more than hashing them.
    if len(tokens) < 3:
        # Too short for a trigram: the whole token sequence is the one shingle.
        return np.array([zlib.crc32(b" ".join(words))], dtype=np.uint32)
    with np.errstate(over="ignore"):
        mixed = (
            tokens[:-2] * np.uint64(0x9E3779B97F4A7C15)
            ^ tokens[1:-1] * np.uint64(0xC2B2AE3D27D4EB4F)
            ^ tokens[2:] * np.uint64(0x165667B19E3779F9)
        )
        mixed ^= mixed >> np.uint64(29)
        mixed *= np.uint64(0xBF58476D1CE4E5B9)
    return (mixed >> np.uint64(32)).astype(np.uint32)


@cache
def _coefficients(num_perm: int) -> tuple[np.ndarray, np.ndarray]:
    def derive(label: str, index: int) -> int:
        digest = hashlib.blake2b(f"wirewatch-minhash-{label}-{index}".encode(), digest_size=4)
        return int.from_bytes(digest.digest(), "little")

    a = np.array([derive("a", i) | 1 for i in range(num_perm)], dtype=np.uint32)
    b = np.array([derive("b", i) for i in range(num_perm)], dtype=np.uint32)
    return a[:, None], b[:, None]


# Columns per block: keeps each temporary at 128 KiB, which measured 4x faster than one
# temporary for a whole 700-word text (no fresh pages to fault in on every call).
_BLOCK = 256


def minhash_signature(text: str, num_perm: int = 128) -> bytes:
    """MinHash signature of ``text`` (``4 * num_perm`` bytes); see the module docstring.

    Slot ``i`` is the minimum over the shingles of a 32-bit permutation
    ``mix((a_i * x) xor b_i)`` (odd ``a_i``; ``mix`` is an xor-shift and an odd
    multiplication), all modulo 2**32, so each slot is a true permutation of the
    32-bit shingle hashes.  A text without any word gets a signature of empty slots
    that matches nothing.
    """
    if num_perm < 1:
        raise ValueError(f"num_perm must be positive, got {num_perm}")
    shingles = _shingle_hashes(text)
    slots = np.full(num_perm, _EMPTY_SLOT, dtype=np.uint32)
    if shingles.size == 0:
        return slots.astype("<u4").tobytes()
    a, b = _coefficients(num_perm)
    for start in range(0, shingles.size, _BLOCK):
        block = a * shingles[None, start:start + _BLOCK]
        np.bitwise_xor(block, b, out=block)
        np.bitwise_xor(block, block >> np.uint32(15), out=block)
        np.multiply(block, np.uint32(0x2C1B3C6D), out=block)
        np.minimum(slots, block.min(axis=1), out=slots)
    # Reserve the all-ones value for "no shingle" so empty texts never match.
    slots[slots == _EMPTY_SLOT] = np.uint32(0xFFFFFFFE)
    return slots.astype("<u4").tobytes()


def _slots(signature: bytes) -> np.ndarray:
    if len(signature) == 0 or len(signature) % 4:
        raise ValueError(f"not a MinHash signature: {len(signature)} bytes")
    return np.frombuffer(signature, dtype="<u4")


def signature_similarity(a: bytes, b: bytes) -> float:
    """Estimated Jaccard similarity of the shingle sets behind two signatures."""
    slots_a, slots_b = _slots(a), _slots(b)
    if slots_a.shape != slots_b.shape:
        raise ValueError(
            f"signatures differ in length ({len(a)} and {len(b)} bytes); "
            "they were made with different num_perm"
        )
    equal = (slots_a == slots_b) & (slots_a != _EMPTY_SLOT)
    return float(equal.mean())


def signature_similarities(signature: bytes, others: Sequence[bytes]) -> list[float]:
    """:func:`signature_similarity` of ``signature`` with each of ``others``, in one pass.

    Gives the same floats as calling :func:`signature_similarity` once per pair.
    """
    if not others:
        return []
    slots = _slots(signature)
    if set(map(len, others)) != {len(signature)}:
        return [signature_similarity(signature, other) for other in others]
    matrix = np.frombuffer(b"".join(others), dtype="<u4").reshape(len(others), slots.size)
    equal = (matrix == slots) & (slots != _EMPTY_SLOT)
    counts = np.count_nonzero(equal, axis=1).tolist()
    return [count / slots.size for count in counts]


def lsh_band_keys(signature: bytes, bands: int = 32) -> list[str]:
    """Locality-sensitive hashing keys, one per band of the signature.

    Two texts whose signatures share any key are near-duplicate candidates; confirm
    with :func:`signature_similarity` against :data:`NEAR_DUPLICATE_THRESHOLD`.  With
    128 slots in 32 bands of 4, a pair at Jaccard 0.5 shares a key with probability
    about 0.87 and a pair at 0.6 about 0.99, while one at 0.2 does so about 5 % of
    the time.  Keys look like ``"07:3fa2c1d09b8e4f1100a1b2c3d4e5f6a7"`` (band index,
    then the band's slots in hex).
    A signature of an empty text has no keys.
    """
    slots = _slots(signature)
    if bands < 1 or slots.size % bands:
        raise ValueError(f"{slots.size} signature slots cannot be split into {bands} bands")
    if bool((slots == _EMPTY_SLOT).all()):
        return []
    # The slots are already uniform hash values: a band's hex is its key.
    width = 8 * (slots.size // bands)
    raw = slots.tobytes().hex()
    return [f"{band:02d}:{raw[band * width:(band + 1) * width]}" for band in range(bands)]
