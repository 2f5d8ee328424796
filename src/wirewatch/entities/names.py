"""Where the names matched in text come from: the actor KB, or a small built-in list.

The KB (:mod:`wirewatch.kb`) is the source of truth.  When it cannot be imported or
loaded, the files ``data/fallback_names.tsv`` and ``data/fallback_demonyms.tsv`` keep
detection working with countries, capitals and a few international bodies.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from wirewatch.entities.textnorm import fold

log = logging.getLogger(__name__)

DATA_DIR = Path(__file__).resolve().parent / "data"
LANGS = ("en", "fr", "ar")

NameRow = tuple[str, str, str]  # surface, actor_id, kind


def _read_tsv(path: Path) -> Iterator[list[str]]:
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            yield line.split("\t")


@dataclass
class NameSource:
    """Names per language plus demonym lookup, from the KB or the fallback lists."""

    rows: Callable[[str], Iterable[NameRow]]
    demonym: Callable[[str, str], str | None]
    kb: Any = None

    @property
    def from_kb(self) -> bool:
        return self.kb is not None


def fallback_source() -> NameSource:
    names: dict[str, list[NameRow]] = {}
    for lang, kind, actor_id, surface in _read_tsv(DATA_DIR / "fallback_names.tsv"):
        names.setdefault(lang, []).append((surface, actor_id, kind))
    demonyms: dict[tuple[str, str], str] = {}
    for lang, country, word in _read_tsv(DATA_DIR / "fallback_demonyms.tsv"):
        demonyms[(lang, fold(word))] = country

    def demonym(word: str, lang: str) -> str | None:
        return demonyms.get((lang, fold(word)))

    return NameSource(rows=lambda lang: names.get(lang, []), demonym=demonym)


def kb_source(kb: Any) -> NameSource:
    fallback = fallback_source()
    seen: dict[tuple[str, str], str | None] = {}

    def rows(lang: str) -> Iterable[NameRow]:
        return kb.iter_names(lang)

    def demonym(word: str, lang: str) -> str | None:
        key = (word, lang)
        if key in seen:
            return seen[key]
        try:
            found = kb.demonym(word, lang)
        except Exception:  # noqa: BLE001 - a KB bug must not stop detection
            found = None
        found = found or fallback.demonym(word, lang)
        if len(seen) < 200_000:
            seen[key] = found
        return found

    return NameSource(rows=rows, demonym=demonym, kb=kb)


def load_kb_or_none() -> Any:
    try:
        from wirewatch.kb import load_kb  # type: ignore[attr-defined]
    except ImportError:
        return None
    try:
        return load_kb()
    except Exception as exc:  # noqa: BLE001 - report and fall back
        log.warning("actor KB could not be loaded (%s); using built-in names", exc)
        return None


def default_source(kb: Any = None) -> NameSource:
    kb = kb if kb is not None else load_kb_or_none()
    return kb_source(kb) if kb is not None else fallback_source()
