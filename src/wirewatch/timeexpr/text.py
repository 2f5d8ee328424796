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


class _FoldTable(dict[int, str]):
    """``str.translate`` table: the fixed foldings above, and for any other character its
    lower case when that is one character (the character itself otherwise), worked out
    on first sight."""

    def __missing__(self, code: int) -> str:
        char = chr(code)
        lower = char.lower()
        mapped = self[code] = lower if len(lower) == 1 else char
        return mapped


_TABLE = _FoldTable({ord(k): v for k, v in _FOLD.items()})


def fold(text: str) -> str:
    """Lower-case Latin, fold Arabic letter variants and digits; same length as ``text``."""
    return text.translate(_TABLE)
