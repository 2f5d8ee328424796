"""Name keys for gazetteer lookup across scripts: case, diacritics and Arabic letter
variants folded; Arabic clitics and articles offered as alternative readings."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_AR_DIACRITICS = re.compile(r"[\u0610-\u061a\u064b-\u065f\u0670\u0640]")
_AR_FOLD = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه", "ؤ": "و",
                          "ئ": "ي"})
_ARABIC = re.compile(r"[\u0600-\u06ff]")
_SPACES = re.compile(r"[\s\-‐‑–—_]+")
_FR_ARTICLE = re.compile(r"^(?:le |la |les |l'|the )")


def is_arabic(text: str) -> bool:
    return bool(_ARABIC.search(text))


@lru_cache(maxsize=200_000)
def name_key(name: str) -> str:
    """The matching key of a place name."""
    text = name.strip().replace("’", "'").replace("ʼ", "'")
    if is_arabic(text):
        text = _AR_DIACRITICS.sub("", text).translate(_AR_FOLD)
    else:
        text = unicodedata.normalize("NFKD", text)
        text = "".join(ch for ch in text if not unicodedata.combining(ch)).casefold()
        text = text.replace(".", "")
    return _SPACES.sub(" ", text).strip(" ,;:()\"«»")


def key_variants(name: str) -> list[str]:
    return list(_key_variants(name))


@lru_cache(maxsize=200_000)
def _key_variants(name: str) -> tuple[str, ...]:
    """The key of ``name`` and the keys of its readings without a leading article or
    Arabic clitic (و، ف، ب، ل، ك then ال), most literal first."""
    key = name_key(name)
    variants = [key]
    if not key:
        return ()
    if is_arabic(key):
        stems = [key]
        if len(key) > 3 and key[0] in "وف":
            stems.append(key[1:])
        for stem in list(stems):
            if len(stem) > 3 and stem[0] in "بلك":
                stems.append(stem[1:])
        for stem in list(stems):
            if stem.startswith("لل") and len(stem) > 4:
                stems.append("ال" + stem[2:])
        for stem in stems:
            if stem not in variants:
                variants.append(stem)
    else:
        stripped = _FR_ARTICLE.sub("", key)
        if stripped != key:
            variants.append(stripped)
    return tuple(variants)
