"""On-disk cache of the built knowledge base (and of the gazetteer), keyed by the hashes
of its inputs.

Building the name index computes cross-script keys for every name (about a second);
a pickle of the result loads in a fraction of that.  The key covers the data files,
the user files and the source of the modules that compute keys, so any change rebuilds.
Set ``WIREWATCH_KB_CACHE=0`` to disable, ``WIREWATCH_CACHE_DIR`` to move it.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TypeVar

T = TypeVar("T")

_CODE_FILES = (
    Path(__file__).resolve().parent / "loader.py",
    Path(__file__).resolve().parent / "index.py",
    Path(__file__).resolve().parent / "base.py",
    Path(__file__).resolve().parents[1] / "linking" / "keys.py",
    Path(__file__).resolve().parents[1] / "records.py",
)


def cache_dir() -> Path:
    explicit = os.environ.get("WIREWATCH_CACHE_DIR")
    if explicit:
        return Path(explicit).expanduser()
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "wirewatch"


def cache_enabled() -> bool:
    return os.environ.get("WIREWATCH_KB_CACHE", "1").strip().lower() not in ("0", "false", "no", "off")


def inputs_digest(paths: Sequence[Path], code_files: Sequence[Path] = _CODE_FILES, kind: str = "kb") -> str:
    digest = hashlib.sha256(f"wirewatch-{kind}-1".encode())
    for path in (*code_files, *paths):
        digest.update(str(path.name).encode())
        try:
            digest.update(path.read_bytes())
        except OSError:
            digest.update(b"<missing>")
    return digest.hexdigest()[:32]


def cached(paths: Sequence[Path], build: Callable[[], T], *, code_files: Sequence[Path] = _CODE_FILES,
           kind: str = "kb") -> T:
    """``build()``'s result, from the cache when the inputs are unchanged.

    ``code_files`` are the modules whose source shapes the result and ``kind`` names the
    cached object (the actor KB by default; the gazetteer uses the same cache)."""
    if not cache_enabled():
        return build()
    target = cache_dir() / f"{kind}-{inputs_digest(paths, code_files, kind)}.pickle"
    try:
        with target.open("rb") as fh:
            return pickle.load(fh)
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError, TypeError):
        pass
    value = build()
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=target.parent, suffix=".tmp")
        with os.fdopen(fd, "wb") as fh:
            pickle.dump(value, fh, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, target)
    except OSError:
        pass  # a read-only home only costs the rebuild next time
    return value
