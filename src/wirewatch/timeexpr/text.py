"""Length-preserving folding of text for matching, so that match offsets are text offsets."""

from __future__ import annotations

_FOLD = {
    "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه", "ؤ": "و",
    "’": "'", "ʼ": "'", "‘": "'", "\u00a0": " ", "\u202f": " ", "\u2009": " ",
    "–": "-", "—": "-", "‑": "-",
    "،": ",", "؛": ";",
}
for _i in range(10):
    _FOLD[chr(0x0660 + _i)] = str(_i)  # Arabic-Indic digits
    _FOLD[chr(0x06F0 + _i)] = str(_i)  # Extended Arabic-Indic (Persian) digits


def fold(text: str) -> str:
    """Lower-case Latin, fold Arabic letter variants and digits; same length as ``text``."""
    out = []
    for ch in text:
        mapped = _FOLD.get(ch)
        if mapped is None:
            low = ch.lower()
            mapped = low if len(low) == 1 else ch
        out.append(mapped)
    return "".join(out)
