"""Normalisation of text for matching (names, keywords), with a map back to the original.

The normalised form is only ever used to *find* things; offsets always go back to the
verbatim ``article.text`` through the map returned by :func:`normalize_with_offsets`.

What it does to each character, in order:

1. quotes and dashes unified (before NFKC, which would turn ``″`` into two primes);
   zero-width characters and bidi controls dropped;
2. NFKC, then casefold;
3. combining diacritics of the generic blocks removed (``é`` -> ``e``, ``ï`` -> ``i``,
   Cyrillic ``ё`` -> ``е``), and the Latin letters whose mark does not decompose or that
   are ligatures spelled out (``ø ł đ ð ı ħ`` -> ``o l d d i h``, ``œ æ þ`` -> ``oe ae th``);
   Arabic harakat, superscript alef, Quranic marks and tatweel removed;
4. Arabic letter variants folded: ``أ إ آ ٱ`` -> ``ا``, ``ى`` -> ``ي``, ``ة`` -> ``ه``,
   ``ؤ`` -> ``و``, ``ئ`` -> ``ي`` (hamza carriers fold to their carrier: spellings of the
   same name vary in exactly this way, e.g. ``مسؤول``/``مسئول``), Persian ``ی ک`` ->
   ``ي ك``; Arabic punctuation ``، ؛ ؟ ٫ ٬ ٪`` -> ``, ; ? . , %``; every decimal digit
   (Arabic-Indic, Persian, ...) -> ASCII;
5. whitespace runs collapsed to one space, leading and trailing whitespace dropped.

Working per character keeps the offset map exact and turns the work into one
``str.translate`` over a table filled as characters are first seen.  The difference from
whole-string NFKC is that combining sequences are not composed before the other steps;
the marks that matter for matching are removed anyway, and no supported language needs
the compositions that remain (conjoining Hangul jamo, some Indic vowel signs).
"""

from __future__ import annotations

import re
import unicodedata

__all__ = ["normalize_for_matching", "normalize_with_offsets"]

_ZERO_WIDTH_AND_BIDI = (
    "\u200b\u200c\u200d\u2060\ufeff"  # ZWSP, ZWNJ, ZWJ, word joiner, BOM
    "\u200e\u200f\u061c"  # LRM, RLM, ALM
    "\u202a\u202b\u202c\u202d\u202e"  # LRE, RLE, PDF, LRO, RLO
    "\u2066\u2067\u2068\u2069"  # LRI, RLI, FSI, PDI
    "\u00ad"  # soft hyphen: invisible too
)

_PRE_MAP: dict[int, str] = {
    **{ord(c): "" for c in _ZERO_WIDTH_AND_BIDI},
    **{ord(c): '"' for c in "«»“”„‟″‶〝〞＂"},
    **{ord(c): "'" for c in "‹›‘’‚‛′‵＇"},
    **{ord(c): "-" for c in "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\u2e3a\u2e3b\ufe58\ufe63\uff0d"},
    ord("\u0640"): "",  # tatweel
    ord("\u0671"): "\u0627",  # alef wasla
    ord("\u0649"): "\u064a",  # alef maqsura -> yeh
    ord("\u0629"): "\u0647",  # teh marbuta -> heh
    ord("\u06cc"): "\u064a",  # Farsi yeh
    ord("\u06a9"): "\u0643",  # keheh
    # Latin letters that carry their mark inside (no decomposition) and ligatures; applied
    # after casefold, so capitals fold too.
    **{ord(k): v for k, v in {"œ": "oe", "æ": "ae", "ø": "o", "ł": "l", "đ": "d", "ð": "d",
                              "ı": "i", "þ": "th", "ħ": "h"}.items()},
    ord("\u060c"): ",",
    ord("\u061b"): ";",
    ord("\u061f"): "?",
    ord("\u066b"): ".",
    ord("\u066c"): ",",
    ord("\u066a"): "%",
}

_ARABIC_MARKS = frozenset(
    [chr(c) for c in range(0x064B, 0x0660)]
    + ["\u0670"]
    + [chr(c) for c in range(0x0610, 0x061B)]
    + [chr(c) for c in range(0x06D6, 0x06DD)]
    + [chr(c) for c in range(0x06DF, 0x06E9)]
    + [chr(c) for c in range(0x06EA, 0x06EE)]
    + [chr(c) for c in range(0x08D3, 0x0900) if c != 0x08E2]
)


def _is_stripped_mark(ch: str) -> bool:
    c = ord(ch)
    return (
        0x0300 <= c <= 0x036F
        or 0x1AB0 <= c <= 0x1AFF
        or 0x1DC0 <= c <= 0x1DFF
        or 0x20D0 <= c <= 0x20FF
        or 0xFE20 <= c <= 0xFE2F
        or ch in _ARABIC_MARKS
    )


def _fold_char(ch: str) -> str:
    mapped = ch.translate(_PRE_MAP)
    if mapped != ch:
        return mapped
    if ch.isdecimal():
        return str(unicodedata.decimal(ch))
    return ch


def _normalize_char(ch: str) -> str:
    """The normalised form of one character (possibly empty, possibly several)."""
    text = ch.translate(_PRE_MAP)
    text = unicodedata.normalize("NFKC", text).casefold()
    text = unicodedata.normalize("NFD", text)
    text = "".join(_fold_char(c) for c in text if not _is_stripped_mark(c))
    text = unicodedata.normalize("NFC", text)
    return "".join(" " if c.isspace() else c for c in text)


class _Table(dict[int, str]):
    """``str.translate`` table filled on first sight of each character."""

    def __missing__(self, code: int) -> str:
        value = _normalize_char(chr(code))
        self[code] = value
        return value


class _Lengths(dict[int, str]):
    """``str.translate`` table: each character to ``chr(len(its normalised form))``."""

    def __missing__(self, code: int) -> str:
        value = chr(len(_TABLE[code]))
        self[code] = value
        return value


_TABLE = _Table()
_LENGTHS = _Lengths()
_NEEDS_WORK_RE = re.compile(r"[^\x20-\x7e]|[A-Z]|  ")
_SPACE_RUNS_RE = re.compile(" {2,}")
_EDGE_OR_RUN_RE = re.compile("^ +| {2,}| +$")


def normalize_for_matching(text: str, lang: str | None = None) -> str:
    """The matching form of ``text`` (see the module docstring); never store it."""
    if not isinstance(text, str):
        raise TypeError(f"normalize_for_matching: text must be str, not {type(text).__name__}")
    if not text:
        return ""
    if not _NEEDS_WORK_RE.search(text):
        return text.strip(" ")
    return _SPACE_RUNS_RE.sub(" ", text.translate(_TABLE)).strip(" ")


def _translate_with_offsets(text: str) -> tuple[str, list[int]]:
    """``text.translate(_TABLE)`` and the source offset of each output character."""
    translated = text.translate(_TABLE)
    if text.isascii():  # every ASCII character maps to exactly one
        return translated, list(range(len(text)))
    lengths = text.translate(_LENGTHS)  # one character per input character: its output length
    if len(translated) == len(text) and lengths.count("\x01") == len(text):
        return translated, list(range(len(text)))
    import numpy as np

    counts = np.frombuffer(lengths.encode("latin-1"), dtype=np.uint8)
    offsets: list[int] = np.repeat(np.arange(len(text)), counts).tolist()
    return translated, offsets


def normalize_with_offsets(text: str, lang: str | None = None) -> tuple[str, list[int]]:
    """Normalise like :func:`normalize_for_matching` and map each output character back.

    Returns ``(normalized, m)`` with ``len(m) == len(normalized) + 1``: ``normalized[i]``
    comes from ``text[m[i]]``, and ``m[-1] == len(text)``, so a match ``[a, b)`` in
    ``normalized`` is ``text[m[a]:m[b]]``.
    """
    if not isinstance(text, str):
        raise TypeError(f"normalize_with_offsets: text must be str, not {type(text).__name__}")
    out, offsets = _translate_with_offsets(text)
    if _EDGE_OR_RUN_RE.search(out):
        parts: list[str] = []
        kept: list[int] = []
        previous = 0
        for match in _EDGE_OR_RUN_RE.finditer(out):
            a, b = match.span()
            keep_to = a if a == 0 or b == len(out) else a + 1
            parts.append(out[previous:keep_to])
            kept.extend(offsets[previous:keep_to])
            previous = b
        parts.append(out[previous:])
        kept.extend(offsets[previous:])
        out, offsets = "".join(parts), kept
    offsets.append(len(text))
    return out, offsets
