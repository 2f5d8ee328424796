"""Exact matching of known names over token streams, in any language.

Names are indexed by the tuple of their folded tokens.  Arabic first tokens are also
tried without proclitics, so "وبالرباط" matches "الرباط" and the mention covers the
name only.  Latin names must be capitalised in the text unless the text is all capitals,
and short acronyms ("UN", "EU") must match case exactly.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from wirewatch.entities import clitics
from wirewatch.entities.textnorm import Token, tokenize

# KB name types: GOV is a seat of government ("Kremlin"), NORP a demonym (not a mention)
KIND_TO_TYPE = {"PER": "PER", "ORG": "ORG", "GPE": "GPE", "LOC": "LOC", "GOV": "ORG"}
_DETERMINERS = frozenset({"the", "le", "la", "les", "l'"})


@dataclass(frozen=True, slots=True)
class Entry:
    surface: str
    actor_id: str
    kind: str
    acronym: bool  # short all-capitals name: must match case exactly


@dataclass(frozen=True, slots=True)
class Match:
    first: int  # token index
    last: int  # token index, exclusive
    start: int
    end: int
    entries: tuple[Entry, ...]

    @property
    def type(self) -> str:
        kinds = [e.kind for e in self.entries]
        types = [KIND_TO_TYPE[k] for k in kinds]
        for kind in ("PER", "ORG", "GPE", "LOC"):
            if kind in types:
                return kind
        return "ORG"


class Gazetteer:
    """Names of one language, looked up by folded token tuples."""

    def __init__(self, lang: str, rows: Iterable[tuple[str, str, str]],
                 title_words: frozenset[str] = frozenset()):
        self.lang = lang
        self.title_words = title_words
        self._index: dict[tuple[str, ...], list[Entry]] = {}
        self._max_len: dict[str, int] = {}
        for surface, actor_id, kind in rows:
            self.add(surface, actor_id, kind)

    def add(self, surface: str, actor_id: str, kind: str) -> None:
        """Index a name; mentions exclude articles and titles, so names are stored without
        them ("the Kremlin" -> "Kremlin", "Crown Prince Mohammed bin Salman" -> "Mohammed
        bin Salman"; a title-stripped person name needs two words left)."""
        kind = kind.upper() if kind else "ORG"
        if kind not in KIND_TO_TYPE:
            return
        tokens = [t for t in tokenize(surface) if t.norm != "-"]
        while len(tokens) > 1 and tokens[0].norm in _DETERMINERS:
            tokens = tokens[1:]
        if kind == "PER" and tokens and self._is_title_word(tokens[0]):
            while tokens and self._is_title_word(tokens[0]):
                tokens = tokens[1:]
            if len(tokens) < 2:
                return
        key = tuple(t.norm for t in tokens)
        if not key or len(key) > 12 or not any(c.isalpha() for c in key[0]):
            return
        surface = surface[tokens[0].start : tokens[-1].end]
        acronym = len(surface) <= 5 and surface.isupper() and surface.isascii()
        self._index.setdefault(key, []).append(Entry(surface, actor_id, kind, acronym))
        if len(key) > self._max_len.get(key[0], 0):
            self._max_len[key[0]] = len(key)

    def _is_title_word(self, token: Token) -> bool:
        if token.is_arabic:
            return bool(clitics.bases(token.norm) & self.title_words)
        return token.norm in self.title_words

    def __len__(self) -> int:
        return len(self._index)

    def lookup(self, key: tuple[str, ...]) -> list[Entry]:
        return self._index.get(key, [])

    def _first_readings(self, token: Token) -> list[tuple[int, str]]:
        if self.lang == "ar" or token.is_arabic:
            return clitics.stems(token.norm)
        return [(0, token.norm)]

    def _case_ok(self, tokens: list[Token], first: int, last: int, entries: list[Entry],
                 all_caps: bool) -> list[Entry]:
        head = tokens[first]
        if head.is_arabic:
            return entries
        kept = []
        surface = " ".join(t.text for t in tokens[first:last])
        for entry in entries:
            if entry.acronym:
                if surface.replace(".", "") == entry.surface.replace(".", ""):
                    kept.append(entry)
            elif head.is_upper_initial or all_caps or not any(
                c.isupper() for c in entry.surface
            ):
                kept.append(entry)
        return kept

    def match(self, tokens: list[Token], all_caps: bool = False) -> list[Match]:
        """All name matches (overlapping ones included; the caller resolves overlaps)."""
        found: list[Match] = []
        n = len(tokens)
        for i, token in enumerate(tokens):
            for offset, first_norm in self._first_readings(token):
                longest = self._max_len.get(first_norm)
                if not longest:
                    continue
                for length in range(min(longest, n - i), 0, -1):
                    key = (first_norm, *(t.norm for t in tokens[i + 1 : i + length]))
                    entries = self._index.get(key)
                    if not entries:
                        continue
                    entries = self._case_ok(tokens, i, i + length, entries, all_caps)
                    if not entries:
                        continue
                    start = clitics.original_offset(token, offset) if offset else token.start
                    found.append(
                        Match(i, i + length, start, tokens[i + length - 1].end, tuple(entries))
                    )
                    break
        return found
