"""Matching copies of text that keep every character at its offset.

Lower-casing and Arabic letter folding are done character by character so that an offset
found in the normalised copy is the same offset in the stored article text.
"""

from __future__ import annotations

import re

_FOLD = str.maketrans({
    "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه",
    "’": "'", "‘": "'", "ʼ": "'", "\u00a0": " ", "\u202f": " ", "\u2009": " ",
    # quotation marks become spaces so that quoted words do not break a pattern
    "«": " ", "»": " ", "“": " ", "”": " ", '"': " ",
})

ARABIC_RE = re.compile(r"[\u0600-\u06ff]")


_ARABIC_FOLD = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه"})


def fold_arabic_letters(text: str) -> str:
    """Only the Arabic letter folding of :func:`fold` (for patterns: case is kept)."""
    return text.translate(_ARABIC_FOLD)


def fold(text: str) -> str:
    """Lower-case and fold letters without changing the length of ``text``."""
    folded = text.translate(_FOLD)
    lowered = folded.lower()
    if len(lowered) == len(folded):
        return lowered
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in folded)


_ARABIC_BLOCK = re.compile(r"[\u0600-\u06ff]+")


def script_lang(text: str, default: str | None = None) -> str | None:
    """``"ar"`` when most letters of ``text`` are Arabic, else ``default``."""
    letters = sum(map(str.isalpha, text))
    if not letters:
        return default
    arabic = sum(map(str.isalpha, "".join(_ARABIC_BLOCK.findall(text))))
    return "ar" if arabic > letters / 2 else default
