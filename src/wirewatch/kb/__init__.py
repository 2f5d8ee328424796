"""Actor knowledge base: data files, loaders, name index, user additions.

``load_kb()`` reads the shipped data files (``kb/data/``), then the user's own YAML, CSV
or JSON-lines files (``extra_paths``, the ``WIREWATCH_KB_EXTRA`` path list and
``$XDG_CONFIG_HOME/wirewatch/kb/``), and builds the name index once per process.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Sequence
from pathlib import Path

from wirewatch.kb.base import KnowledgeBase
from wirewatch.kb.cache import cached
from wirewatch.kb.loader import DATA_DIR, SHIPPED_FILES, KBFileError, build, read_entries

__all__ = ["DATA_DIR", "KBFileError", "KnowledgeBase", "load_kb", "read_entries", "user_kb_paths"]

ENV_EXTRA = "WIREWATCH_KB_EXTRA"
_USER_SUFFIXES = (".yaml", ".yml", ".csv", ".tsv", ".jsonl")
_CACHE: dict[tuple, KnowledgeBase] = {}
_LOCK = threading.Lock()


def user_kb_paths() -> list[Path]:
    """User files: ``WIREWATCH_KB_EXTRA`` (os.pathsep-separated) then the config dir."""
    paths: list[Path] = []
    for item in (os.environ.get(ENV_EXTRA) or "").split(os.pathsep):
        if item.strip():
            path = Path(item.strip()).expanduser()
            if path.is_dir():
                paths.extend(sorted(p for p in path.iterdir() if p.suffix.lower() in _USER_SUFFIXES))
            else:
                paths.append(path)
    config = Path(os.environ.get("XDG_CONFIG_HOME") or Path.home() / ".config") / "wirewatch" / "kb"
    if config.is_dir():
        paths.extend(sorted(p for p in config.iterdir() if p.suffix.lower() in _USER_SUFFIXES))
    return paths


def _stamp(path: Path) -> tuple[str, float, int]:
    try:
        stat = path.stat()
        return str(path.resolve()), stat.st_mtime, stat.st_size
    except OSError:
        return str(path), -1.0, -1


def load_kb(extra_paths: Sequence[str | Path] = (), *, include_user: bool = True) -> KnowledgeBase:
    """The knowledge base, built once per process for a given set of files.

    Raises :class:`KBFileError` (a ``ValueError``) naming the file and the reason when a
    user file is missing or unreadable; bad entries inside a file are skipped and listed
    in ``KnowledgeBase.warnings``.
    """
    paths = [Path(p).expanduser() for p in extra_paths]
    if include_user:
        paths.extend(user_kb_paths())
    key = tuple(_stamp(p) for p in paths)
    with _LOCK:
        kb = _CACHE.get(key)
        if kb is None:
            for path in paths:  # fail on an unreadable user file before touching the cache
                if not path.is_file():
                    raise KBFileError(f"{path}: no such file")
            inputs = [DATA_DIR / name for name in SHIPPED_FILES] + paths
            kb = cached(inputs, lambda: KnowledgeBase(build(paths)))
            _CACHE[key] = kb
        return kb


def clear_cache() -> None:
    with _LOCK:
        _CACHE.clear()
