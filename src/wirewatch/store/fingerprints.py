"""Exact and near-duplicate fingerprints of article text, from :mod:`wirewatch.ingest`."""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from types import ModuleType

from wirewatch.store.errors import StoreError

_NAMES = ("content_hash", "minhash_signature", "signature_similarity", "lsh_band_keys")
# The package re-exports them; the module is where they are defined.
_MODULES = ("wirewatch.ingest", "wirewatch.ingest.fingerprint")


@dataclass(frozen=True)
class Fingerprint:
    content_hash: str
    signature: bytes | None  # None for a text without words
    band_keys: list[str]


@dataclass(frozen=True)
class Fingerprinter:
    content_hash: Callable[[str], str]
    minhash_signature: Callable[[str], bytes]
    signature_similarity: Callable[[bytes, bytes], float]
    lsh_band_keys: Callable[[bytes], list[str]]
    threshold: float

    def fingerprint(self, text: str, content_hash: str | None = None) -> Fingerprint:
        digest = content_hash or self.content_hash(text)
        signature = bytes(self.minhash_signature(text))
        keys = list(self.lsh_band_keys(signature))
        return Fingerprint(digest, signature if keys else None, keys)

    def similarity(self, a: bytes, b: bytes) -> float:
        return float(self.signature_similarity(a, b))


def _provider() -> ModuleType:
    for name in _MODULES:
        try:
            module = importlib.import_module(name)
        except ImportError:
            continue
        if all(hasattr(module, n) for n in (*_NAMES, "NEAR_DUPLICATE_THRESHOLD")):
            return module
    raise StoreError(
        "wirewatch.ingest provides no fingerprint functions "
        f"({', '.join(_NAMES)}, NEAR_DUPLICATE_THRESHOLD)"
    )


def load_fingerprinter() -> Fingerprinter:
    """The ingest fingerprint functions, imported on first use."""
    module = _provider()
    return Fingerprinter(
        content_hash=module.content_hash,
        minhash_signature=module.minhash_signature,
        signature_similarity=module.signature_similarity,
        lsh_band_keys=module.lsh_band_keys,
        threshold=float(module.NEAR_DUPLICATE_THRESHOLD),
    )
