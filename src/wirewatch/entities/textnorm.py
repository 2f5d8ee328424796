"""Matching forms of text with a map back to the original offsets.

``fold`` turns a text into a lower-cased, accent-free copy in which Arabic spelling
variants are merged and invisible characters (bidi marks, zero-width joiners, tatweel,
Arabic short vowels) are dropped.  ``offsets[i]`` is the index in the original text of
the character ``i`` of the folded copy, so a match in the copy maps back exactly.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

# Characters that carry no letters: bidi controls, zero-width characters, BOM, tatweel.
_INVISIBLE = frozenset(
    "\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e"
    "\u2066\u2067\u2068\u2069\u2060\ufeff\u0640\u00ad"
)
_ARABIC_FOLD = {
    "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا",
    "ى": "ي", "ة": "ه", "ؤ": "و", "ئ": "ي",
    "گ": "ك", "ڤ": "ف", "ی": "ي", "ک": "ك",
}
_PUNCT_FOLD = {"\u2019": "'", "\u2018": "'", "\u02bc": "'", "`": "'", "\u2010": "-", "\u2011": "-"}


def _fold_char(char: str) -> str:
    if char in _INVISIBLE:
        return ""
    if char in _ARABIC_FOLD:
        return _ARABIC_FOLD[char]
    if char in _PUNCT_FOLD:
        return _PUNCT_FOLD[char]
    if "\u064b" <= char <= "\u065f" or char == "\u0670":  # Arabic harakat, dagger alef
        return ""
    if char.isascii():
        return char.lower()
    decomposed = unicodedata.normalize("NFKD", char)
    kept = "".join(c for c in decomposed if not unicodedata.combining(c))
    return kept.casefold() if kept else ""


_FOLDED: dict[str, str] = {}


def _fold_cached(char: str) -> str:
    folded = _FOLDED.get(char)
    if folded is None:
        folded = _FOLDED[char] = _fold_char(char)
    return folded


def fold_with_offsets(text: str) -> tuple[str, list[int]]:
    """The folded copy of ``text`` and, per folded character, its original offset."""
    pieces = [_FOLDED.get(c) or _fold_cached(c) for c in text]
    folded = "".join(pieces)
    if len(folded) == len(text) and "" not in pieces:  # one folded char per original
        return folded, list(range(len(text)))
    offsets: list[int] = []
    for index, piece in enumerate(pieces):
        offsets.extend([index] * len(piece))
    return folded, offsets


def fold(text: str) -> str:
    return "".join([_FOLDED.get(c) or _fold_cached(c) for c in text])


@dataclass(frozen=True, slots=True)
class Token:
    """A word of the original text: ``start``/``end`` are original offsets."""

    start: int
    end: int
    text: str  # original surface
    norm: str  # folded form
    is_arabic: bool = False
    is_upper_initial: bool = False


_ARABIC_LETTER = re.compile(r"[\u0600-\u06ff]")
_FIRST_LETTER = re.compile(r"[^\W\d_]")


def make_token(start: int, end: int, text: str, norm: str) -> Token:
    if text.isascii():
        upper = text[0].isupper() if text[0].isalpha() else any(c.isupper() for c in text[:2])
        return Token(start, end, text, norm, False, upper)
    first = _FIRST_LETTER.search(text)
    return Token(start, end, text, norm, _ARABIC_LETTER.search(text) is not None,
                 first is not None and first.group().isupper())


# A word: letters/digits with inner hyphens, periods of abbreviations (U.N.) and
# apostrophes; French elisions (l', d', qu') are split off as their own tokens.
_WORD = re.compile(
    r"(?:[ldjmnstc]|qu|jusqu|lorsqu|puisqu)'(?=\w)"
    r"|(?:[^\W_](?:\.[^\W_])+\.?)"
    r"|'s\b"
    r"|[^\W_]+(?:(?:-|'(?!s\b))[^\W_]+)*"
    r"|[^\w\s]",
    re.IGNORECASE,
)


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """Words and punctuation of ``text[start:end]`` with original offsets.

    Invisible characters are removed before matching and never start or end a token.
    """
    end = len(text) if end is None else end
    folded, offsets = fold_with_offsets(text[start:end])
    tokens: list[Token] = []
    for match in _WORD.finditer(folded):
        if not match.group().strip():
            continue
        s = start + offsets[match.start()]
        e = start + offsets[match.end() - 1] + 1
        tokens.append(make_token(s, e, text[s:e], match.group()))
    return tokens
