"""Arabic proclitics: the letters و ف ب ك ل (and their combinations) written onto a word.

``stems(norm)`` lists the readings of a folded token as (number of folded characters
of the clitic, remaining word).  ``لل`` is ل + the article with its alef dropped
(للأمم = ل + الأمم); its reading restores the article and the span starts at the
article's lam.
"""

from __future__ import annotations

from wirewatch.entities.textnorm import Token, fold

_CONJ = ("", "و", "ف")
_PREP = ("", "ب", "ك", "ل")
PREFIXES: tuple[str, ...] = tuple(
    sorted({c + p for c in _CONJ for p in _PREP} - {""}, key=len, reverse=True)
)


def stems(norm: str, min_len: int = 2) -> list[tuple[int, str]]:
    """Readings of ``norm``: the word itself first, then with clitics removed."""
    out = [(0, norm)]
    for conj in _CONJ:
        if conj and not norm.startswith(conj):
            continue
        rest = norm[len(conj):]
        if rest.startswith("لل") and len(rest) > 3:
            out.append((len(conj) + 1, "ال" + rest[2:]))
        for prep in _PREP:
            prefix = conj + prep
            if prefix and norm.startswith(prefix) and len(norm) - len(prefix) >= min_len:
                out.append((len(prefix), norm[len(prefix):]))
    seen: set[tuple[int, str]] = set()
    return [r for r in out if not (r in seen or seen.add(r))]


def base(norm: str) -> str:
    """The word without clitics and article, for lexicon look-ups (وبالرباط -> رباط)."""
    best = norm
    for _, stem in stems(norm):
        word = stem[2:] if stem.startswith("ال") and len(stem) > 3 else stem
        if len(word) < len(best):
            best = word
    return best


def bases(norm: str) -> set[str]:
    """Every lexicon reading of a token (with and without clitics and article)."""
    out = set()
    for _, stem in stems(norm):
        out.add(stem)
        if stem.startswith("ال") and len(stem) > 3:
            out.add(stem[2:])
    return out


def original_offset(token: Token, folded_chars: int) -> int:
    """Offset in the original text after the first ``folded_chars`` folded characters."""
    if folded_chars <= 0:
        return token.start
    count = 0
    for i, char in enumerate(token.text):
        count += len(fold(char))
        if count >= folded_chars:
            j = i + 1
            # skip marks (harakat, tatweel) that still belong to the clitic
            while j < len(token.text) and not fold(token.text[j]):
                j += 1
            return token.start + j
    return token.end
