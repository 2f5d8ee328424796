"""Text prepared for full-text search in English, French and Arabic.

Both backends index the same prepared copy, so search behaves the same on SQLite and
PostgreSQL.  The text is normalised as everywhere else in wirewatch
(:mod:`wirewatch.language.normalize`: case folded, Latin accents and Arabic harakat
removed, tatweel dropped, alef, yeh, teh marbuta and hamza-carrier variants unified,
digits made ASCII), the ligatures œ and æ are spelled out, and for Arabic tokens the
forms without attached clitics (و ف ب ك ل ال وال بال لل ...) are indexed as well, so that
"موسكو" finds "بموسكو".  A change of this normalisation needs ``Store.reindex_search()``.
"""

from __future__ import annotations

import re
from functools import lru_cache

from wirewatch.language.normalize import normalize_for_matching, normalize_with_offsets

_LIGATURES = {"œ": "oe", "æ": "ae"}
_LIGATURE_TABLE = str.maketrans(_LIGATURES)
_TOKEN = re.compile(r"[^\W_]+")
_ARABIC_LETTER = re.compile(r"^[\u0621-\u064a]+$")

# Longest first; every prefix that matches yields one extra form.
_INDEX_PREFIXES = sorted(
    {
        "و", "ف", "ب", "ك", "ل", "ال", "لل",
        "وال", "فال", "بال", "كال", "ولل", "فلل",
        "وب", "فب", "ول", "فل", "وك", "فك",
        "وبال", "فبال", "وكال", "فكال",
    },
    key=len,
    reverse=True,
)
# The query side only strips prefixes holding the article: a leading single و ف ب ك ل is
# too often part of the word itself (وزير, فرنسا, بريطانيا, لبنان).
_QUERY_PREFIXES = [p for p in _INDEX_PREFIXES if "ال" in p or p.endswith("لل")]
MIN_STEM = 3


def fold(text: str) -> str:
    """The normalised text (see the module docstring)."""
    normalised = normalize_for_matching(text)
    if "œ" in normalised or "æ" in normalised:
        return normalised.translate(_LIGATURE_TABLE)
    return normalised


def fold_with_offsets(text: str) -> tuple[str, list[int]]:
    """The normalised text and, for each of its characters, the index it came from."""
    normalised, offsets = normalize_with_offsets(text)
    offsets = offsets[: len(normalised)]
    if not any(char in normalised for char in _LIGATURES):
        return normalised, offsets
    out: list[str] = []
    mapped: list[int] = []
    for char, offset in zip(normalised, offsets, strict=True):
        spelled = _LIGATURES.get(char, char)
        out.append(spelled)
        mapped.extend([offset] * len(spelled))
    return "".join(out), mapped


def tokens(text: str) -> list[str]:
    return _TOKEN.findall(fold(text))


def clitic_forms(token: str, prefixes: list[str] = _INDEX_PREFIXES) -> list[str]:
    """Forms of an Arabic ``token`` with a leading clitic removed (none for other scripts)."""
    if not _ARABIC_LETTER.match(token):
        return []
    forms = []
    for prefix in prefixes:
        if token.startswith(prefix) and len(token) - len(prefix) >= MIN_STEM:
            stem = token[len(prefix):]
            if stem not in forms:
                forms.append(stem)
    return forms


_CLITIC_INITIALS = frozenset(prefix[0] for prefix in _INDEX_PREFIXES)


@lru_cache(maxsize=65536)
def _index_forms(token: str) -> tuple[str, ...]:
    return tuple(clitic_forms(token))


# Tokens of one whitespace-free piece of raw text.  Normalisation works character by
# character and whitespace never belongs to a token, so the tokens of a text are those of
# its pieces in order; news text repeats its pieces, which makes caching them pay.
_PIECE_TOKENS: dict[str, list[str]] = {}
_PIECE_CACHE_SIZE = 100_000


def _text_tokens(text: str) -> list[str]:
    """``tokens(text)``, computed piece by piece with a cache."""
    cache = _PIECE_TOKENS
    if len(cache) > _PIECE_CACHE_SIZE:
        cache.clear()
    words: list[str] = []
    for piece in text.split():
        found = cache.get(piece)
        if found is None:
            found = cache[piece] = tokens(piece)
        words += found
    return words


def index_text(text: str | None) -> str:
    """What the search index receives: normalised tokens, then the clitic-free forms."""
    if not text:
        return ""
    words = _text_tokens(text)
    extra: list[str] = []
    seen: set[str] = set()
    for word in dict.fromkeys(words):
        if word[0] not in _CLITIC_INITIALS:
            continue
        for form in _index_forms(word):
            if form not in seen:
                seen.add(form)
                extra.append(form)
    return " ".join(words + extra)


def query_groups(query: str) -> list[list[str]]:
    """One group of alternatives per query word; a match needs a member of every group."""
    groups = []
    for word in tokens(query):
        group = [word, *clitic_forms(word, _QUERY_PREFIXES)]
        if group not in groups:
            groups.append(group)
    return groups


def snippet(text: str, groups: list[list[str]], width: int = 160) -> str:
    """A window of the original ``text`` around the first place a query word occurs."""
    if not text:
        return ""
    folded, offsets = fold_with_offsets(text)
    best: tuple[int, int] | None = None
    for group in groups:
        for word in group:
            at = folded.find(word)
            if at >= 0 and (best is None or at < best[0]):
                best = (at, at + len(word))
    if best is None:
        start, end = 0, min(len(text), width)
    else:
        hit_start = offsets[best[0]]
        hit_end = offsets[best[1] - 1] + 1
        start = max(0, hit_start - width // 3)
        end = min(len(text), max(hit_end, start + width))
        if start > 0:
            space = text.find(" ", start, hit_start)
            start = space + 1 if space >= 0 else start
    if end < len(text):
        space = text.rfind(" ", start, end)
        end = space if space > start else end
    body = " ".join(text[start:end].split())
    return ("…" if start > 0 else "") + body + ("…" if end < len(text) else "")
